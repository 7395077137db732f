"""Find the other sections of a multi-section article around its heaviest run of prose.

Company pages, guides, wikis and long features put their text under several sub-headings, with
boxes, galleries or link lists between the sections. The heaviest run of prose is then only one
section; the others are runs of their own that a single best run leaves out. All the maximal
runs of a page are found at once (Ruzzo and Tompa's linear-time method), and every run that
weighs a fair share of the best one joins the body, unless readers' comments or a comment form
lie between them.
"""

from __future__ import annotations

from eventwire.clean.blocks import Line


def maximal_runs(weights: list[float]) -> list[tuple[int, int, float]]:
    """All maximal-scoring ``[start, end)`` runs of ``weights``, with their totals.

    The runs do not overlap, each has a positive total, and no run can be extended or merged
    with another without lowering its total (Ruzzo and Tompa, 1999). The heaviest of them is
    the run :func:`eventwire.clean.selection.best_run` finds.
    """
    # Each run is [start, end, cumulative total before start, cumulative total at end].
    runs: list[list[float]] = []
    # Lowest "cumulative before start" among runs[:k + 1]: on a page that keeps losing weight
    # (prose islands in furniture) no earlier run can absorb a new one, and knowing that at
    # once keeps the search linear instead of scanning every earlier run for every new one.
    lowest: list[float] = []
    cumulative = 0.0
    for position, weight in enumerate(weights):
        if weight <= 0:
            cumulative += weight
            continue
        run = [position, position + 1, cumulative, cumulative + weight]
        cumulative += weight
        while True:
            earlier = len(runs) - 1
            if lowest and lowest[-1] >= run[2]:
                earlier = -1
            while earlier >= 0 and runs[earlier][2] >= run[2]:
                earlier -= 1
            if earlier < 0 or runs[earlier][3] >= run[3]:
                runs.append(run)
                lowest.append(min(lowest[-1], run[2]) if lowest else run[2])
                break
            run = [runs[earlier][0], run[1], runs[earlier][2], run[3]]
            del runs[earlier:]
            del lowest[earlier:]
    return [(int(start), int(end), high - low) for start, end, low, high in runs]


# A run this heavy, relative to the best one, is another section of the same text; lighter
# runs are teasers, captions or boxes that happen to hold a sentence or two.
SECTION_SHARE = 0.3
# Sections are whole paragraphs: a run of less than this weight is a stray line however light
# the best run is.
SECTION_MIN_WEIGHT = 200.0
# Sections above the best run are judged more leniently: pages put the article's own opening
# sections there, while below it come teasers, comments and site blurbs.
SECTION_SHARE_BEFORE = 0.05
SECTION_MIN_WEIGHT_BEFORE = 50.0
WEAK_RUN_WEIGHT = 400.0
WEAK_PAGE_MIN_WEIGHT = 1.0


def other_sections(
    lines: list[Line], weights: list[float], start: int, end: int
) -> list[tuple[int, int]]:
    """Runs outside ``[start, end)`` heavy enough to be further sections of the same text.

    Args:
        lines: the labelled lines of the page.
        weights: their weights in context (see :mod:`eventwire.clean.selection`).
        start: first position of the chosen run.
        end: one past its last position.

    Returns:
        ``[start, end)`` spans in page order, each starting and ending with prose.
    """
    if end <= start:
        return []
    best = max(sum(weights[start:end]), 0.0)
    floor_after = max(SECTION_SHARE * best, SECTION_MIN_WEIGHT)
    floor_before = max(SECTION_SHARE_BEFORE * best, SECTION_MIN_WEIGHT_BEFORE)
    if best < WEAK_RUN_WEIGHT:
        # No run stands out (shops, galleries, lists of short items): every stretch of prose
        # the page has is as likely to be its text as the best one.
        floor_after = floor_before = WEAK_PAGE_MIN_WEIGHT
    forms = [position for position, line in enumerate(lines) if "form" in line.kinds]
    first_form_after = next((position for position in forms if position >= end), len(lines))
    last_form_before = max((position for position in forms if position < start), default=-1)
    spans = []
    for run_start, run_end, total in maximal_runs(weights):
        if run_start < end and run_end > start:
            continue
        if total < (floor_before if run_end <= start else floor_after):
            continue
        # Prose beyond a comment form is readers'; prose above one belongs to another page.
        if run_start >= end and run_start > first_form_after:
            continue
        if run_end <= start and run_end <= last_form_before:
            continue
        while run_start < run_end and lines[run_start].label not in ("good", "fair"):
            run_start += 1
        while run_end > run_start and lines[run_end - 1].label not in ("good", "fair"):
            run_end -= 1
        if run_end > run_start:
            spans.append((run_start, run_end))
    return spans
