"""Find date expressions in text and describe each as a JSON-able ``expression`` dict.

The scanner knows nothing about anchors: it says *what* the text says ("Sunday", looking back;
"November 25" with no year; "three days after" a following date). :mod:`eventwire.when.resolve`
turns an expression into a :class:`~eventwire.model.DateValue`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from eventwire.when import patterns as p
from eventwire.when.absolute import (
    day_month_date,
    decade_date,
    fiscal_year_date,
    month_date,
    numeric_date,
    short_year_date,
    year_date,
)
from eventwire.when.anchored import (
    day_after_date,
    following_date,
    hours_after_date,
    same_day_date,
)
from eventwire.when.candidate import (
    Builder,
    Candidate,
    day_candidate,
    day_expression,
    is_valid_date,
    left_context,
    month_number,
)
from eventwire.when.family_scan import SplitAlternation
from eventwire.when.periods import (
    day_of_month_date,
    quarter_code_date,
)
from eventwire.when.relative import (
    feast_date,
    in_units_date,
    offset_date,
    time_word_date,
    weekday_date,
)


def scan_dates(text: str) -> list[Candidate]:
    """All date expressions in ``text``, longest first where two overlap, in text order.

    Args:
        text: any text; offsets of the result index it.

    Returns:
        Non-overlapping candidates sorted by start, with "N days after <date>" already joined
        to the date that follows it.
    """
    found: list[Candidate] = []
    lower = text.lower()
    caseless = len(lower) == len(text)  # true for nearly all text; offsets must agree
    numeric, day_month, years = p.DIGIT_LED.finditer_each(text)
    months, weekdays, feasts = p.CAPITAL_LED.finditer_each(text)
    # In the order the patterns always ran: candidates of one length and start keep it.
    matches_by_builder: list[tuple[Iterable[re.Match[str]], Builder]] = [
        (numeric, numeric_date),
        (day_month, day_month_date),
        (p.FISCAL_YEAR.finditer(text), fiscal_year_date),
        (p.DASHED_MONTH.finditer(text), dashed_month_date),
        (p.QUARTER_CODE.finditer(text), quarter_code_date),
        (p.HALF_YEAR_CODE.finditer(text) if _has_half_code(text) else (), quarter_code_date),
        (years, year_date),
        (months, month_date),
        (weekdays, weekday_date),
        (p.WEEKDAYS_ABBREVIATED.finditer(text) if _has_abbreviation(text) else (), weekday_date),
        (feasts, feast_date),
        # Every decade ends in "0s": the test in C spares a pass of the pattern.
        (p.DECADES.finditer(text) if "0s" in text else (), decade_date),
        (p.SHORT_YEAR_SCAN.finditer(text), short_year_date),
    ]
    for matches, build in matches_by_builder:
        for match in matches:
            candidate = build(text, match)
            if candidate is not None:
                found.append(candidate)
    for pattern, any_case, build in _TIME_WORD_BUILDERS:
        for match in pattern.finditer(lower) if caseless else any_case.finditer(text):
            candidate = build(text, match)
            if candidate is not None:
                found.append(candidate)
    chosen = _without_overlaps(found)
    _mark_recurring(text, chosen)
    return _join_shifts(text, chosen)


def dashed_month_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "15-Mar-2024", "03-JAN-2023": the day is read back from the hyphen the match starts at."""
    hyphen = match.start()
    start = hyphen
    while start > hyphen - 2 and start > 0 and text[start - 1].isdigit():
        start -= 1
    if start == hyphen or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/.,$")):
        return None  # "A-Mar-2024" is a code; "2024-Mar-15" or "1.5-Mar-" no day first
    month, day, year = month_number(match["m"]), int(text[start:hyphen]), int(match["y"])
    if day == 0 or not is_valid_date(year, month, day):
        return None
    return day_candidate(text, start, match.end(), day_expression(year, month, day, None))


def _mark_recurring(text: str, chosen: list[Candidate]) -> None:
    """Make "every Tuesday" and "the first Tuesday in September" recurring, not one day.

    "The city holds elections on the first Tuesday in September" states a rule, not a date:
    read as the present of a schedule it would date an election that nobody announced.
    """
    previous_recurs = False
    for index, candidate in enumerate(chosen):
        kind = candidate.expression["type"]
        if kind not in ("weekday", "month") or candidate.expression.get("year") is not None:
            previous_recurs = False
            continue
        recurs = left_context(p.LEFT_RECURRING, text, candidate.start) is not None and (
            kind == "month"
            or p.RIGHT_RECURRING.match(text, candidate.end) is not None
            or text[max(0, candidate.start - 6) : candidate.start].lower().strip()
            in ("every", "each")
        )
        follows = (
            previous_recurs
            and index > 0
            and p.RIGHT_RECURRING.match(text, chosen[index - 1].end, candidate.start + 1)
            is not None
        )
        if recurs or follows:
            written = candidate.expression.get("text", text[candidate.start : candidate.end])
            candidate.expression = {"type": "recurring", "text": written}
        previous_recurs = recurs or follows


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
    # Longest first; a map of taken characters keeps this linear in the text even for a
    # hostile text with 100,000 candidates (inserting into a sorted list was quadratic).
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    end = max((candidate.end for candidate in found), default=0)
    taken = bytearray(end)
    kept: list[Candidate] = []
    for candidate in found:
        if taken.find(1, candidate.start, candidate.end) != -1:
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        kept.append(candidate)
    kept.sort(key=lambda c: c.start)
    return kept


def _join_shifts(text: str, chosen: list[Candidate]) -> list[Candidate]:
    result: list[Candidate] = []
    index = 0
    while index < len(chosen):
        candidate = chosen[index]
        index += 1
        expression = candidate.expression
        if expression["type"] != "shift" or expression.get("anchored") is not False:
            result.append(candidate)
            continue
        following = chosen[index] if index < len(chosen) else None
        if following is not None and not text[candidate.end : following.start].strip():
            expression["base"] = following.expression
            expression["text"] = text[candidate.start : following.end]
            expression.pop("anchored")
            result.append(Candidate(candidate.start, following.end, expression, 0.9))
            index += 1
            continue
        event = p.EVENT_PHRASE.match(text, candidate.end)
        if event is not None:
            expression["event"] = event.group().strip()
            expression["text"] = text[candidate.start : event.end()]
            expression["base"] = None
            expression.pop("anchored")
            result.append(Candidate(candidate.start, event.end(), expression, 0.6))
        elif expression.pop("bare_previous", False):
            # "The day before, ..." names no event: it counts from the date told before.
            expression.pop("anchored")
            expression["base"], expression["previous"] = None, True
            result.append(candidate)
    return result


_BUILDERS: list[tuple[re.Pattern[str], Builder]] = [
    (p.NUMERIC, numeric_date),
    (p.DAY_MONTH, day_month_date),
    (p.FISCAL_YEAR, fiscal_year_date),
    (p.DASHED_MONTH, dashed_month_date),
    (p.QUARTER_CODE, quarter_code_date),
    (p.HALF_YEAR_CODE, quarter_code_date),
    (p.YEARS, year_date),
    (p.MONTHS, month_date),
    (p.WEEKDAYS, weekday_date),
    (p.WEEKDAYS_ABBREVIATED, weekday_date),
    (p.FEASTS, feast_date),
    (p.DECADES, decade_date),
    (p.SHORT_YEAR, short_year_date),
]
_TIME_WORD_BUILDERS: list[tuple[re.Pattern[str] | SplitAlternation, re.Pattern[str], Builder]] = [
    (p.RELATIVE_SCAN, p.RELATIVE_ANY_CASE, time_word_date),
    (p.OFFSET_SCAN, p.OFFSET_ANY_CASE, offset_date),
    (p.FOLLOWING_SCAN, p.FOLLOWING_ANY_CASE, following_date),
    (p.DAY_AFTER_SCAN, p.DAY_AFTER_ANY_CASE, day_after_date),
    (p.HOURS_AFTER_SCAN, p.HOURS_AFTER_ANY_CASE, hours_after_date),
    (p.SAME_DAY, p.SAME_DAY_ANY_CASE, same_day_date),
    (p.LATER_IN_THE_DAY, p.LATER_IN_THE_DAY_ANY_CASE, same_day_date),
    (p.EARLIER_IN_THE_DAY, p.EARLIER_IN_THE_DAY_ANY_CASE, same_day_date),
    (p.DAY_OF_MONTH, p.DAY_OF_MONTH_ANY_CASE, day_of_month_date),
    (p.IN_UNITS, p.IN_UNITS_ANY_CASE, in_units_date),
]


def _has_half_code(text: str) -> bool:
    # Substring tests in C: nearly every text lacks both, and the pattern then never runs.
    return "H1" in text or "H2" in text


def _has_abbreviation(text: str) -> bool:
    return p.WEEKDAY_ABBREVIATION_MARK.search(text) is not None


def iter_expressions(expression: dict) -> Iterator[dict]:
    """``expression`` and every expression nested in it (range ends, shift bases)."""
    yield expression
    for key in ("start", "end", "base"):
        nested = expression.get(key)
        if isinstance(nested, dict):
            yield from iter_expressions(nested)
