"""Which year (or month) an expression without one stands for.

A date written without its year ("May 3", "Friday, 3 May", "Easter") is placed in the year
nearest an anchor in the direction its clause points, or next to the other dates the article
states; a weekday given with the date settles the year by the calendar.
"""

from __future__ import annotations

import bisect
import datetime as dt

from eventwire.model import DateBasis, DateValue

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# How far a year inferred from a weekday may be from the reference date before we distrust it.
_WEEKDAY_YEAR_SPAN = 15


def quoted(expression: dict) -> str:
    """The expression's words in quotes, for a resolution reason."""
    return f"'{expression.get('text', expression.get('type'))}'"


def anchor_words(anchor: dt.date, basis: DateBasis) -> str:
    """How a reason names the anchor: 'publication 2024-05-08' or 'story date …'."""
    return f"{'story date' if basis == 'story' else 'publication'} {anchor.isoformat()}"


def missing_year(expression: dict) -> DateValue:
    """The unknown value of an expression whose year nothing in the article gives."""
    return DateValue.unknown(
        f"{quoted(expression)} has no year and the article has no date to take it from",
        expression,
    )


def safe_date(year: int, month: int, day: int) -> dt.date:
    # 29 February in a common year: the scanner accepted it for leap years only.
    return dt.date(year, month, min(day, 28) if month == 2 and day == 29 else day)


def pick_year(anchor: dt.date, direction: str, make, by_month: bool = False) -> int:
    def distance(year: int) -> float:
        value = make(year)
        if by_month:
            delta = (value.year - anchor.year) * 12 + value.month - anchor.month
        else:
            delta = (value - anchor).days
        if direction == "last_or_same":
            return -delta if delta <= 0 else float("inf")
        if direction == "next_or_same":
            return delta if delta >= 0 else float("inf")
        if direction == "last":
            return -delta if delta < 0 else float("inf")
        if direction == "next":
            return delta if delta > 0 else float("inf")
        if direction in ("nearest", "around"):
            return abs(delta)
        if direction == "future":
            return delta if delta >= 0 else -3 * delta
        # A past clause allows a few days ahead (a dateline a day behind, "Nov. 26" written
        # late on the 25th) but never a date months away.
        limit = 1 if by_month else 7
        return -delta if delta <= 0 else (delta if delta <= limit else float("inf"))

    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=distance)


def year_from_known(expression: dict, known: tuple[dt.date, ...], make, precision) -> DateValue:
    if not known:
        return missing_year(expression)
    ordered = sorted(set(known))

    def nearest(value: dt.date) -> dt.date:
        position = bisect.bisect_left(ordered, value)
        around = ordered[max(0, position - 1) : position + 1]
        return min(around, key=lambda k: abs((value - k).days))

    years = sorted({k.year + shift for k in ordered for shift in (-1, 0, 1)})
    year = min(years, key=lambda y: abs((make(y) - nearest(make(y))).days))
    value = make(year)
    reason = f"{quoted(expression)}: year from {nearest(value).isoformat()} stated in the article"
    return DateValue(value, precision, "explicit", reason, expression)


def year_from_weekday(expression: dict, anchor, known, basis) -> DateValue | None:
    month, day, weekday = expression["month"], expression["day"], expression["weekday"]
    references = [anchor] if anchor is not None else list(known)
    source = anchor_words(anchor, basis) if anchor is not None else "the dates in the article"
    if not references:
        references = [dt.date.today()]
        source = "today's date (the article has no other date)"
    centre = references[0].year
    candidates = []
    for year in range(centre - _WEEKDAY_YEAR_SPAN, centre + _WEEKDAY_YEAR_SPAN + 1):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        if value.weekday() == weekday:
            candidates.append(value)
    if not candidates:
        return None
    if source.startswith("today"):
        # With nothing else to go on, an article reports the most recent such day.
        past = [c for c in candidates if c <= references[0]]
        best = max(past) if past else min(candidates)
    else:
        best = min(candidates, key=lambda c: min(abs((c - r).days) for r in references))
    if anchor is not None and abs((best - anchor).days) > 400:
        return None  # the weekday disagrees with the publication year: trust the year
    reason = (
        f"{quoted(expression)}: {day} {best.strftime('%B')} is a {WEEKDAY_NAMES[weekday]} "
        f"in {best.year}, nearest to {source}"
    )
    return DateValue(best, "day", "explicit", reason, expression)


def months_away(here: int, span: tuple[int, int, int]) -> int:
    begin, end, _ = span
    if begin <= here < end:
        return 0
    return begin - here if here < begin else here - end + 1


def is_day_of(month_start: dt.date, day: int) -> bool:
    try:
        month_start.replace(day=day)
    except ValueError:
        return False
    return True


def day_distance(value: dt.date, anchor: dt.date, direction: str) -> float:
    delta = (value - anchor).days
    if direction == "future":
        return delta if delta >= 0 else 1000 - delta
    if direction in ("nearest", "around"):
        return abs(delta)
    return -delta if delta <= 0 else 1000 + delta
