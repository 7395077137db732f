"""Choose the article body among labelled lines of flattened page text.

Prose adds its length to a candidate run and furniture subtracts, more for each further line of
an unbroken stretch of non-prose; the article is the run with the highest total (Kadane's
method). Around that core: prose right after the headline counts more, the paragraph that opens
the article is never mistaken for an isolated teaser, readers' comments below a comment form
count less, a second heavy run next to the best one (the article cut in two by a gallery or a
table of contents) is joined, and a standfirst cut off by a byline or caption is taken along.
The end of the body is then trimmed of the page's closing furniture
(:mod:`eventwire.clean.ending`), its edges take in the lists that belong to it
(:mod:`eventwire.clean.edges`, :mod:`eventwire.clean.quantities`), and long heading-shaped
lines inside it (teaser links, captions; not the items of a list a paragraph announces), photo
captions that end in the picture's credit, numbered figure captions, and the site's own appeals
and notices (subscribe, donate, affiliate disclosures) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.clean.blocks import Line
from eventwire.clean.edges import announced_items, widen_spans
from eventwire.clean.ending import (
    CLOSING_MAX_SHARE,
    is_body_furniture,
    trim_closing,
    trim_detached_tail,
)
from eventwire.clean.profiles import byline_names, profile_lines, trim_profiles
from eventwire.clean.sections import other_sections

_WEIGHT_JUNK_BASE = 40.0
_WEIGHT_FORM_BASE = 300.0


def line_weight(line: Line) -> float:
    """How much a line adds to (or, for furniture, subtracts from) a candidate article run."""
    length = float(len(line.text))
    if line.label == "good":
        return length
    if line.label == "fair":
        return 0.4 * length
    if line.label == "short":
        return -(10.0 + 0.3 * length)
    if "form" in line.kinds:
        # Comment threads and reply forms follow the article; prose beyond them is readers'.
        return -(_WEIGHT_FORM_BASE + length)
    if "consent" in line.kinds:
        return -(_WEIGHT_JUNK_BASE + 1.5 * length)
    return -(_WEIGHT_JUNK_BASE / 2 + 0.5 * length)


# Each further line in an unbroken stretch of non-prose costs this much more: one sub-heading
# between paragraphs is cheap, a menu of twenty links is a wall between two stretches of text.
_STRETCH_STEP = 16.0


_ISOLATED_PROSE_FACTOR = 0.1
_AFTER_HEADLINE_LINES = 80
_AFTER_HEADLINE_BOOST = 2.0
_ABOVE_HEADLINE_SHARE = 0.15


def _weights_in_context(lines: list[Line], headline: int | None = None) -> list[float]:
    weights = []
    stretch = 0
    for line in lines:
        weight = line_weight(line)
        if line.label in ("short", "junk"):
            weight -= _STRETCH_STEP * stretch
            stretch += 1
        else:
            stretch = 0
        weights.append(weight)
    prose = [line.label in ("good", "fair") for line in lines]
    _mark_comments(lines, prose, weights)
    opening = _opening_paragraph(lines, prose, headline)
    for position in range(len(lines)):
        if position == opening:
            continue
        # A paragraph alone between heading-like lines on both sides is a teaser in a list of
        # related stories (headline, author, date, summary), not a paragraph of the article.
        if (
            prose[position]
            and position >= 2
            and not prose[position - 1]
            and not prose[position - 2]
            and (position + 1 == len(lines) or not prose[position + 1])
        ):
            weights[position] *= _ISOLATED_PROSE_FACTOR
    return weights


# A reader's comment starts within this many lines below its byline ("jdoe says: … at 10:32",
# "Pingback: …") ...
_COMMENT_TEXT_LINES = 2
# ... and costs this share of its length: a thread of pingbacks or replies below a short post
# is longer than the post, but it is not the article, with or without a comment form.
_COMMENT_PENALTY = 0.5


def _mark_comments(lines: list[Line], prose: list[bool], weights: list[float]) -> None:
    since_byline = _COMMENT_TEXT_LINES + 1
    for position, line in enumerate(lines):
        if "comment" in line.kinds:
            since_byline = 0
            continue
        since_byline += 1
        if prose[position] and since_byline <= _COMMENT_TEXT_LINES:
            weights[position] = -_COMMENT_PENALTY * len(line.text)
            prose[position] = False


# The first paragraph this close below the headline opens the article even when captions, a
# byline or a player sit around it: short posts and podcast notes are one paragraph long.
_OPENING_MAX_LINES = 8


def _opening_paragraph(lines: list[Line], prose: list[bool], headline: int | None) -> int | None:
    if headline is None:
        return None
    # Share rows and other junk between headline and text are not counted: a row of ten
    # share buttons keeps the opening paragraph as far from the headline as one caption does.
    counted = 0
    for position in range(headline + 1, len(lines)):
        if prose[position]:
            return None if lines[position].kinds else position
        if "form" in lines[position].kinds:
            return None
        if lines[position].label != "junk":
            counted += 1
        if counted >= _OPENING_MAX_LINES:
            return None
    return None


# Prose below a comment form or thread header is readers' comments or the blog's sidebar; it
# can outweigh a short post, so it counts for less once a sentence or so of prose has come
# before the form (a one-paragraph post under its headline is enough).
_AFTER_FORM_FACTOR = 0.45
_FORM_MIN_PROSE_BEFORE = 50.0


def _discount_after_comment_form(lines: list[Line], weights: list[float]) -> None:
    prose_before = 0.0
    for position, line in enumerate(lines):
        if (
            "form" in line.kinds
            and line.label == "junk"
            and prose_before >= _FORM_MIN_PROSE_BEFORE
            and not _is_post_meta(line)
        ):
            for later in range(position + 1, len(lines)):
                if weights[later] > 0:
                    weights[later] *= _AFTER_FORM_FACTOR
            return
        if weights[position] > 0:
            prose_before += weights[position]


# "Von Thilo / 6. November 2023 / Keine Kommentare": the post's byline with its date and a link
# to its comments sits above the article, not at the start of the thread.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_POST_META_MAX_WORDS = 12


def _is_post_meta(line: Line) -> bool:
    return line.words <= _POST_META_MAX_WORDS and _YEAR.search(line.text) is not None


# A second stretch of prose this heavy, relative to the best one, is the same article cut in
# two by a gallery, a table of contents or an embedded box, unless a comment form lies between.
_NEIGHBOUR_RUN_SHARE = 0.4
_NEIGHBOUR_MAX_GAP_LINES = 40


def _join_neighbour_runs(
    lines: list[Line], weights: list[float], start: int, end: int
) -> tuple[int, int]:
    best = sum(weights[start:end])
    low = max(0, start - _NEIGHBOUR_MAX_GAP_LINES * 3)
    before = _neighbour_run(lines, weights, low, start, best, before=True)
    if before is not None:
        start = before[0]
    high = min(len(lines), end + _NEIGHBOUR_MAX_GAP_LINES * 3)
    after = _neighbour_run(lines, weights, end, high, best, before=False)
    if after is not None:
        end = after[1]
    return start, end


def _neighbour_run(
    lines: list[Line], weights: list[float], low: int, high: int, best: float, *, before: bool
) -> tuple[int, int] | None:
    """The heaviest run in ``low:high`` if it is close to the body, heavy enough, and no
    comment form stands between it and the body (which lies at ``high`` or ``low``)."""
    run_start, run_end = best_run(weights[low:high])
    run_start, run_end = run_start + low, run_end + low
    gap = lines[run_end:high] if before else lines[low:run_start]
    if (
        run_end > run_start
        and len(gap) <= _NEIGHBOUR_MAX_GAP_LINES
        and sum(weights[run_start:run_end]) >= _NEIGHBOUR_RUN_SHARE * best
        and not any("form" in line.kinds for line in gap)
    ):
        return run_start, run_end
    return None


def best_run(weights: list[float]) -> tuple[int, int]:
    """The ``[start, end)`` run of positions with the largest total weight (Kadane's method)."""
    best_total, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for position, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, position
        total += weight
        if total > best_total:
            best_total, best_span = total, (start, position + 1)
    return best_span


@dataclass
class BodySelection:
    """The lines chosen as article body, the lines before it, and what was dropped inside it."""

    body: list[Line]
    before: list[Line]
    after: list[Line]
    dropped: list[Line]


def select_body(lines: list[Line], headline: int | None = None) -> BodySelection:
    """Choose the article body among labelled lines.

    Args:
        lines: the labelled lines of the page.
        headline: position of the headline in ``lines`` when known; prose shortly after it
            counts more, because that is where articles start.

    Returns:
        The body lines in order (furniture inside the chosen run removed, heading-like lines
        at its edges trimmed), with the lines before and after the run for metadata search.
    """
    if not lines:
        return BodySelection([], [], [], [])
    weights = _weights_in_context(lines, headline)
    if headline is not None:
        for position in range(headline + 1, min(len(lines), headline + 1 + _AFTER_HEADLINE_LINES)):
            if weights[position] > 0:
                weights[position] *= _AFTER_HEADLINE_BOOST
    _discount_after_comment_form(lines, weights)
    start, end = best_run(weights)
    start, end = _join_neighbour_runs(lines, weights, start, end)
    if headline is not None and start <= headline < end:
        # Prose above the headline is a teaser or a lead-in only when it is a small part of the
        # run; when most of the run comes before it, the "headline" is a sub-heading.
        above = sum(weight for weight in weights[start:headline] if weight > 0)
        below = sum(weight for weight in weights[headline + 1 : end] if weight > 0)
        if above <= _ABOVE_HEADLINE_SHARE * (above + below):
            start = headline + 1
    while start < end and lines[start].label not in ("good", "fair"):
        start += 1
    while end > start and lines[end - 1].label not in ("good", "fair"):
        end -= 1
    lead = _lead_before(lines, start, headline) if start < end else []
    spans = sorted([(start, end), *other_sections(lines, weights, start, end)])
    if spans[-1][1] > spans[-1][0]:
        # The page's closing furniture follows the last stretch of text, whichever run it is.
        spans[-1] = (spans[-1][0], trim_closing(lines, *spans[-1]))
        spans[-1] = (spans[-1][0], trim_detached_tail(lines, *spans[-1]))
        spans[-1] = (spans[-1][0], trim_profiles(lines, *spans[-1]))
    floor = headline + 1 if headline is not None and headline < spans[0][0] else 0
    spans = widen_spans(lines, spans, floor=floor)
    chosen = [line for span_start, span_end in spans for line in lines[span_start:span_end]]
    body: list[Line] = []
    dropped: list[Line] = []
    seen: set[str] = set()
    furniture = _site_furniture(chosen) | profile_lines(chosen, byline_names(lines))
    listed = set().union(*(announced_items(lines, *span) for span in spans))
    for line in [*lead, *chosen]:
        if (
            line.label == "junk"
            or line.text in seen
            or (_is_teaser_link(line) and line.index not in listed)
            or is_photo_credit(line)
            or is_figure_caption(line)
            or line.index in furniture
        ):
            dropped.append(line)
            continue
        seen.add(line.text)
        body.append(line)
    taken = {line.index for line in lead}
    first, last = spans[0][0], spans[-1][1]
    before = [line for line in lines[:first] if line.index not in taken]
    return BodySelection(body, before, lines[last:], dropped)


def _site_furniture(chosen: list[Line]) -> set[int]:
    """Indexes of the appeals and notices in the chosen lines (see
    :func:`eventwire.clean.ending.is_body_furniture`), unless they are most of its text: a page
    about a newsletter or a donation campaign has no other article to keep."""
    found = [line for line in chosen if line.label != "junk" and is_body_furniture(line)]
    prose = sum(len(line.text) for line in chosen if line.label in ("good", "fair"))
    if sum(len(line.text) for line in found) > CLOSING_MAX_SHARE * prose:
        return set()
    return {line.index for line in found}


# A heading-shaped line this long inside the body is the headline of a teaser to another story
# or a photo caption: the article's own sub-headings are a few words.
TEASER_MIN_WORDS = 10


def _is_teaser_link(line: Line) -> bool:
    return line.label == "short" and line.words >= TEASER_MIN_WORDS


# A photo caption closes with its credit ("… im Abendrot. Bild: TebNad/Shutterstock.com",
# "(Foto: dpa)", "Photograph by Jane Doe") or is nothing but the credit; the article's own
# sentences name a photographer in running text, not in these slots.
_CREDIT = re.compile(
    r"(?:^|[\s(.,;|/–-])(?:photo(?:graph)?s?|fotos?|bild(?:er)?|bildquelle|imagen|image|"
    r"picture|abbildung|featured image|credit)\s{0,2}(?:by\b|:|©)",
    re.IGNORECASE,
)
# The credit starts this close to the end of the line: a name or an agency, not more text.
CREDIT_TAIL_CHARS = 70
CREDIT_MAX_WORDS = 40


def is_photo_credit(line: Line) -> bool:
    """Whether a line is a photo caption ending in (or made of) the picture's credit."""
    if line.words > CREDIT_MAX_WORDS:
        return False
    tail_start = max(0, len(line.text) - CREDIT_TAIL_CHARS - 20)
    return _CREDIT.search(line.text, tail_start) is not None


# "Abbildung 4: …", "Figure 1: …", "Abb. 3: …": the numbered caption of a figure or table
# describes the picture, not the events; the article refers to it by number in its own words.
_FIGURE_CAPTION = re.compile(
    r"(?:abbildung|abb\.|bild|figure|fig\.|grafik|tabelle|table|illustration|rys\.|ryc\.)"
    r"\s{0,2}\d{1,3}[a-z]?\s{0,2}[:.]\s",
    re.IGNORECASE,
)


def is_figure_caption(line: Line) -> bool:
    """Whether a line is the numbered caption of a figure or table ("Abbildung 4: …")."""
    return line.words <= CREDIT_MAX_WORDS and _FIGURE_CAPTION.match(line.text) is not None


# A standfirst sits above the body, cut off from it by a byline, a date, a photo caption or a
# paywall label; those few short lines cost more than the one paragraph brings to the run.
_LEAD_GAP_LINES = 6
_LEAD_PARAGRAPHS = 2


# When the "headline" was found below the body's start (a repeated spec-table row or a teaser
# title), it cannot bound the search for the standfirst, so this many lines above are searched.
# Without any headline the search is not made: the lines above are then as often a teaser.
_LEAD_SEARCH_LINES = 8


def _lead_before(lines: list[Line], start: int, headline: int | None) -> list[Line]:
    if headline is None:
        return []
    if headline < start:
        floor = headline + 1
    else:
        floor = max(0, start - _LEAD_SEARCH_LINES)
    lead: list[Line] = []
    gap = 0
    for position in range(start - 1, floor - 1, -1):
        line = lines[position]
        if line.label in ("good", "fair"):
            if "form" in line.kinds or "consent" in line.kinds:
                break
            lead.append(line)
            gap = 0
            if len(lead) == _LEAD_PARAGRAPHS:
                break
            continue
        if line.kinds or gap == _LEAD_GAP_LINES:
            break
        gap += 1
    lead.reverse()
    if headline < start and not lead:
        lead = _standfirst_under_headline(lines, headline, start)
    return lead


# The standfirst sits right under the headline (a date or a kicker may come between); a byline
# box, a share row or a list of related links may then separate it from the body, further than
# the lead search above reaches.
_STANDFIRST_OFFSET_LINES = 2
_STANDFIRST_MIN_WORDS = 15
_STANDFIRST_MAX_GAP_LINES = 30


def _standfirst_under_headline(lines: list[Line], headline: int, start: int) -> list[Line]:
    position = headline + 1
    while position < start and lines[position].label not in ("good", "fair"):
        if lines[position].kinds or position - headline > _STANDFIRST_OFFSET_LINES:
            return []
        position += 1
    if position >= start or start - position > _STANDFIRST_MAX_GAP_LINES:
        return []
    # When the "headline" found is a kicker, the line below is the real headline, a sentence
    # too but a short one; a standfirst is longer.
    if lines[position].words < _STANDFIRST_MIN_WORDS:
        return []
    lead: list[Line] = []
    for line in lines[position:start]:
        if "form" in line.kinds or "consent" in line.kinds:
            return []
    for line in lines[position:start]:
        if line.label not in ("good", "fair") or len(lead) == _LEAD_PARAGRAPHS:
            break
        # A share or print box repeats the headline; that copy is no standfirst.
        if line.text != lines[headline].text:
            lead.append(line)
    return lead
