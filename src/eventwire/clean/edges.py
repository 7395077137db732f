"""Widen the chosen body at its end by a list that the article's last paragraph announces.

Body selection keeps runs that start and end with prose, so short lines at a run's edges are
left out. A list announced by the paragraph before it ("My favourite spots on the coast:",
"Read about:") is the article's own: its items are short lines, set as one block without blank
lines between them (or one item per paragraph), with no stock phrases of menus, share rows or
forms, no field labels and no dates. It is told from furniture by that structure, not by
words. Items of such a list keep their place inside the body too, however much a long one looks
like a teaser headline.
"""

from __future__ import annotations

from eventwire.clean.blocks import Line
from eventwire.clean.metadata import is_byline, is_date_line
from eventwire.clean.quantities import quantities_end, quantities_start

# A list longer than this is a link farm or an index, not part of an article paragraph.
LIST_MAX_ITEMS = 40
# A list announced by a colon has at least this many items set as one block.
ANNOUNCED_MIN_ITEMS = 2
# List items are names, phrases or one sentence; a longer line is a paragraph of its own.
LIST_ITEM_MAX_WORDS = 30


def _plain(line: Line) -> bool:
    """Whether a line carries no mark of furniture: stock phrases, a field label, a date."""
    return (
        line.label != "junk"
        and not line.kinds
        and not line.page_field
        and not is_date_line(line.text)
        and not is_byline(line.text)
    )


def _is_item(line: Line) -> bool:
    return line.label in ("short", "fair") and line.words <= LIST_ITEM_MAX_WORDS and _plain(line)


def list_end(lines: list[Line], end: int, limit: int) -> int:
    """New end of a body run whose last line announces a list, once the list is taken in.

    Args:
        lines: the labelled lines of the page.
        end: one past the last position of the run; ``lines[end - 1]`` is prose.
        limit: the run may not grow past this position (the next chosen run, or the page end).

    Returns:
        The new end (``end`` itself when no list follows).
    """
    if end <= 0 or end >= limit or not lines[end - 1].text.rstrip().endswith(":"):
        return end
    position = end
    # Items of one list follow each other without a blank line; when the first item stands
    # alone, the list is set one item per paragraph and each further item stands alone too.
    first_block = _block_end(lines, position, limit)
    if not all(_is_item(line) for line in lines[position:first_block]):
        return end
    position = first_block
    if first_block - end == 1:
        while position < limit and position - end < LIST_MAX_ITEMS:
            block = _block_end(lines, position, limit)
            if block - position != 1 or not _is_item(lines[position]):
                break
            position = block
    if position - end > LIST_MAX_ITEMS:
        return end
    return position


def announced_items(lines: list[Line], start: int, end: int) -> set[int]:
    """Indexes of the plain short lines in ``lines[start:end]`` set as one block right below a
    paragraph that announces them with a colon ("… stellt zentrale Forderungen auf:").

    Such a line may be as long as a teaser headline, but it is an item of the article's list.
    """
    items: set[int] = set()
    for position in range(start, end - 1):
        line = lines[position]
        if line.label not in ("good", "fair") or not line.text.rstrip().endswith(":"):
            continue
        block = _block_end(lines, position + 1, end)
        # One line alone under a colon is a form's or a box's label, not a list.
        if not ANNOUNCED_MIN_ITEMS <= block - position - 1 <= LIST_MAX_ITEMS:
            continue
        items.update(
            item.index
            for item in lines[position + 1 : block]
            if item.label == "short" and _plain(item)
        )
    return items


def _block_end(lines: list[Line], position: int, limit: int) -> int:
    """One past the last line of the block starting at ``position`` (no blank line inside)."""
    end = position + 1
    while end < limit and lines[end].index == lines[end - 1].index + 1:
        end += 1
    return end


def widen_spans(
    lines: list[Line], spans: list[tuple[int, int]], *, floor: int = 0
) -> list[tuple[int, int]]:
    """The body spans, each widened at its end by the list its last paragraph announces, and
    on either side by a list of measured quantities (:mod:`eventwire.clean.quantities`).

    Args:
        lines: the labelled lines of the page.
        spans: ``[start, end)`` spans of the body in page order, not overlapping.
        floor: no span grows above this position (the line below the headline).

    Returns:
        The spans with new edges; none grows into the next.
    """
    widened: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(spans):
        if end <= start:
            widened.append((start, end))
            continue
        limit = spans[number + 1][0] if number + 1 < len(spans) else len(lines)
        new_end = list_end(lines, end, limit)
        if new_end == end:
            new_end = quantities_end(lines, end, limit)
        low = max(floor, widened[-1][1] if widened else 0)
        widened.append((quantities_start(lines, start, low) if start > low else start, new_end))
    return widened
