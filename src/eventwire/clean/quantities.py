"""Take in the list of measured quantities that sits right beside the body of a page.

Recipes put their ingredients above the method ("125 g", "Mehl", "1 Pck. Vanillinzucker"),
shops and guides their specifications, and recipes again their nutrition facts below it
("390 kcal", "8 g Eiweiß"). Every line of such a list is short, so line labels call it a menu,
and body selection, which keeps runs that start and end with prose, leaves it out; yet the
list is the page's own text. It is told from furniture by structure, in any language: a stretch
of short lines next to the body, free of stock phrases, in which many lines carry a number with
a unit of measure. Prices, dates, counters and scores carry numbers but no such units, so
shop teasers, archive lists and share counters do not qualify.
"""

from __future__ import annotations

import re

from eventwire.clean.blocks import Line

# Units of measure written after a number in recipes, nutrition facts and specifications, in
# the languages of our corpora; each stands as a whole word ("5 g", "2 EL", "1 Pck.", "3 cups").
_UNITS = (
    "g|gr|grams?|gramm|grammes?|gramos|grammi|gramów|gramy|kg|mg|dag|dkg|ml|cl|dl|l|ltr|"
    "liters?|litres?|litros?|litri|litrów|oz|ounces?|lb|lbs|pounds?|kcal|kj|"
    "el|tl|essl|teel|msp|pck|pkt|päckchen|packung|prise|prisen|bund|dose|dosen|becher|"
    "tasse|tassen|glas|stück|stk|scheibe|scheiben|zehe|zehen|zweig|zweige|handvoll|"
    "cup|cups|tbsp|tsp|tablespoons?|teaspoons?|pinch|cloves?|slices?|cans?|sticks?|"
    "càs|càc|cuillères?|pincée|sachets?|verres?|gousses?|"
    "cucharadas?|cucharaditas?|tazas?|pizca|dientes?|"
    "cucchiai|cucchiaio|cucchiaini|cucchiaino|bicchieri|bicchiere|spicchi|"
    "łyżki|łyżka|łyżek|łyżeczki|łyżeczka|szklanki|szklanka|opakowanie|opakowania|ząbki|"
    "sztuka|sztuki|sztuk|szczypta|plastry|plasterki|"
    "mm|cm|kw|mah|°c"
)
# A number (with decimals, a range or a fraction) followed by a unit; the unit may carry a
# dot ("Pck.") or a plural slash ("Dose/n"). Every repetition is bounded, so a line of any
# length is matched in linear time.
_QUANTITY = re.compile(
    r"(?:^|[\s(])(?:\d{1,6}(?:[.,/]\d{1,4})?(?:\s?[-–]\s?\d{1,6}(?:[.,]\d{1,4})?)?|[½¼¾⅓⅔⅛])"
    rf"\s?(?:{_UNITS})(?:\.|/n|/en)?(?=[\s),;:.]|$)",
    re.IGNORECASE,
)
# The list is searched this many lines away from the body, and no further.
QUANTITY_SEARCH_LINES = 80
# A list of quantities has at least this many of them ...
QUANTITY_MIN_LINES = 4
# ... and they are this share of its lines at least (the others name what is measured).
QUANTITY_MIN_SHARE = 0.3
# Headings of the list ("Zutaten", "Für den Teig:") stand right above its first quantity.
QUANTITY_HEADING_LINES = 2
# Items are a few words; a line longer than this is prose or a teaser, not a list item.
QUANTITY_ITEM_MAX_WORDS = 20


def is_quantity_line(line: Line) -> bool:
    """Whether a short line gives a measured amount ("125 g", "2 EL Zucker", "390 kcal")."""
    return line.words <= QUANTITY_ITEM_MAX_WORDS and _QUANTITY.search(line.text) is not None


def _is_list_line(line: Line) -> bool:
    # Junk lines inside the list are step numbers and bare amounts ("1", "½"); they bound
    # nothing and are dropped with the other junk when the body is assembled.
    return (
        not line.kinds
        and not line.page_field
        and line.label in ("short", "junk")
        and line.words <= QUANTITY_ITEM_MAX_WORDS
    )


def quantities_start(lines: list[Line], start: int, floor: int) -> int:
    """New start of a body run once the list of quantities right above it is taken in.

    Args:
        lines: the labelled lines of the page.
        start: first position of the run.
        floor: the run may not grow below this position (the headline, the previous run).

    Returns:
        The new start (``start`` itself when no such list lies above).
    """
    stretch = []
    position = start - 1
    while position >= max(floor, start - QUANTITY_SEARCH_LINES) and _is_list_line(lines[position]):
        stretch.append(position)
        position -= 1
    measured = [position for position in stretch if is_quantity_line(lines[position])]
    if len(measured) < QUANTITY_MIN_LINES:
        return start
    first = measured[-1]
    if len(measured) < QUANTITY_MIN_SHARE * (start - first):
        return start
    heading = first
    while heading - 1 >= floor and first - heading < QUANTITY_HEADING_LINES:
        if heading - 1 not in stretch or lines[heading - 1].label == "junk":
            break
        heading -= 1
    return heading


def quantities_end(lines: list[Line], end: int, limit: int) -> int:
    """New end of a body run once the list of quantities right below it is taken in.

    Args:
        lines: the labelled lines of the page.
        end: one past the last position of the run.
        limit: the run may not grow past this position (the next run, or the page end).

    Returns:
        The new end (``end`` itself when no such list lies below).
    """
    stretch = []
    position = end
    while position < min(limit, end + QUANTITY_SEARCH_LINES) and _is_list_line(lines[position]):
        stretch.append(position)
        position += 1
    measured = [position for position in stretch if is_quantity_line(lines[position])]
    if len(measured) < QUANTITY_MIN_LINES:
        return end
    last = measured[-1]
    if len(measured) < QUANTITY_MIN_SHARE * (last + 1 - end):
        return end
    # The name of the last amount ("8 g" / "Eiweiß") may stand on the next line.
    if last + 1 in stretch and lines[last + 1].label == "short":
        last += 1
    return last + 1
