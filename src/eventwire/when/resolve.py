"""Turn a date ``expression`` (see :mod:`eventwire.when.scan`) into a :class:`DateValue`.

An expression can be resolved again later against a better anchor: an article without a
publication date gets one from its story, and its relative dates then get basis "story".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from eventwire.model import DateBasis, DatePrecision, DateValue
from eventwire.when.periods import easter_sunday, nth_weekday
from eventwire.when.years import (
    WEEKDAY_NAMES,
    anchor_words,
    day_distance,
    is_day_of,
    months_away,
    pick_year,
    quoted,
    safe_date,
    year_from_known,
    year_from_weekday,
)

_UNIT_PRECISION: dict[str, DatePrecision] = {
    "day": "day", "week": "week", "month": "month", "year": "year",
}  # fmt: skip


class UnknownExpression(ValueError):
    """An expression dict whose ``type`` this resolver does not know."""


def resolve_expression(
    expression: dict,
    anchor: dt.date | None,
    *,
    anchor_basis: str = "publication",
    known_dates: Sequence[dt.date] = (),
) -> DateValue:
    """Resolve a date expression against an anchor date.

    Args:
        expression: a dict made by the scanner (``{"type": "weekday", ...}``).
        anchor: the date relative expressions count from (publication or story date), or None.
        anchor_basis: "publication" gives relative results basis "relative"; "story" gives
            basis "story".
        known_dates: other dates the article states, used to infer a missing year.

    Returns:
        The resolved value; ``DateValue.unknown`` (keeping the expression) when it needs an
        anchor that is missing.

    Raises:
        UnknownExpression: when ``expression["type"]`` is not one the scanner makes.
    """
    kind = expression.get("type")
    handler = _HANDLERS.get(kind)  # type: ignore[arg-type]
    if handler is None:
        raise UnknownExpression(
            f"cannot resolve date expression of type {kind!r}; known types: {', '.join(_HANDLERS)}"
        )
    relative_basis: DateBasis = "story" if anchor_basis == "story" else "relative"
    return handler(expression, anchor, relative_basis, tuple(known_dates))


def _value(
    expression: dict, value: dt.date, precision: DatePrecision, basis: DateBasis, reason: str
) -> DateValue:
    return DateValue(value, precision, basis, reason, expression)


def _missing_anchor(expression: dict) -> DateValue:
    return DateValue.unknown(f"{quoted(expression)} needs a publication date", expression)


def _date(expression: dict, anchor, basis, known) -> DateValue:
    value = dt.date(expression["year"], expression["month"], expression["day"])
    return _value(expression, value, "day", "explicit", f"{quoted(expression)} in the text")


def _year(expression: dict, anchor, basis, known) -> DateValue:
    reason = f"{quoted(expression)} in the text"
    if expression.get("ambiguous"):
        reason += ": day and month order unclear, year only"
    if expression.get("decade"):
        reason += ": a decade, dated from its first year"
    if expression.get("fiscal"):
        reason += ": a fiscal year, dated by the year it is named after"
    return _value(expression, dt.date(expression["year"], 1, 1), "year", "explicit", reason)


def _month(expression: dict, anchor, basis, known) -> DateValue:
    month = expression["month"]
    if expression.get("year") is not None:
        value = dt.date(expression["year"], month, 1)
        return _value(expression, value, "month", "explicit", f"{quoted(expression)} in the text")
    direction = expression.get("direction", "past")
    if anchor is not None:
        # A month without a day is a long period: "in May" said in March is last May unless
        # the clause speaks of the future.
        strict = {"past": "last_or_same", "future": "next_or_same"}.get(direction, direction)
        year = pick_year(anchor, strict, lambda y: dt.date(y, month, 1), by_month=True)
        value = dt.date(year, month, 1)
        reason = f"{quoted(expression)} nearest {direction} to {anchor_words(anchor, basis)}"
        return _value(expression, value, "month", basis, reason)
    return year_from_known(expression, known, lambda y: dt.date(y, month, 1), "month")


def _month_day(expression: dict, anchor, basis, known) -> DateValue:
    month, day = expression["month"], expression["day"]
    weekday = expression.get("weekday")
    if weekday is not None:
        inferred = year_from_weekday(expression, anchor, known, basis)
        if inferred is not None:
            return inferred
    if anchor is not None:
        direction = expression.get("direction", "past")
        year = pick_year(anchor, direction, lambda y: safe_date(y, month, day))
        value = safe_date(year, month, day)
        reason = f"{quoted(expression)} nearest {direction} to {anchor_words(anchor, basis)}"
        return _value(expression, value, "day", basis, reason)
    return year_from_known(expression, known, lambda y: safe_date(y, month, day), "day")


def _weekday(expression: dict, anchor, basis, known) -> DateValue:
    if anchor is None:
        return _missing_anchor(expression)
    weekday, direction = expression["weekday"], expression.get("direction", "past")
    gap = (anchor.weekday() - weekday) % 7
    if direction == "past":
        value = anchor - dt.timedelta(days=gap)
    elif direction == "last":
        value = anchor - dt.timedelta(days=gap or 7)
    elif direction == "week":
        # "Thursday last week": that weekday of the week (Monday to Sunday) named.
        monday = anchor - dt.timedelta(days=anchor.weekday())
        value = monday + dt.timedelta(days=7 * expression["week"] + weekday)
    elif direction == "around":
        # "ahead of Saturday's vote": whichever Saturday is closer; a tie looks ahead.
        ahead = (weekday - anchor.weekday()) % 7
        value = anchor - dt.timedelta(days=gap) if gap < ahead else anchor + dt.timedelta(ahead)
    else:
        ahead = (weekday - anchor.weekday()) % 7
        value = anchor + dt.timedelta(days=ahead or (7 if direction == "next" else 0))
    word = "after" if value > anchor else "on or before"
    reason = f"{quoted(expression)} {word} {anchor_words(anchor, basis)}"
    if expression.get("weeks_on"):
        # "Monday week": the coming Monday, then a week on.
        value += dt.timedelta(weeks=expression["weeks_on"])
        reason = f"{quoted(expression)}: a week after the coming {WEEKDAY_NAMES[weekday]}, "
        reason += f"from {anchor_words(anchor, basis)}"
    return _value(expression, value, "day", basis, reason)


def _weekend(expression: dict, anchor, basis, known) -> DateValue:
    if anchor is None:
        return _missing_anchor(expression)
    saturday = {"type": "weekday", "weekday": 5, "direction": expression.get("direction", "past")}
    value = _weekday(saturday, anchor, basis, known).value
    assert value is not None
    reason = f"{quoted(expression)}: the weekend around {anchor_words(anchor, basis)}"
    weeks = expression.get("weeks", 0)
    if weeks:
        value += dt.timedelta(weeks=weeks)
        reason = f"{quoted(expression)}: {-weeks} week(s) before the last weekend before "
        reason += anchor_words(anchor, basis)
    return _value(expression, value, "week", basis, reason)


def shift_date(value: dt.date, unit: str, amount: int) -> dt.date:
    """``value`` moved by ``amount`` days, weeks, months or years (clamped to month ends)."""
    if unit == "day":
        return value + dt.timedelta(days=amount)
    if unit == "week":
        return value + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 1)
    month_index = value.year * 12 + value.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    for day in (value.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise ValueError(f"cannot move {value} by {amount} {unit}")


def start_of(value: dt.date, precision: DatePrecision) -> dt.date:
    """The first day of the period of ``precision`` that contains ``value`` (weeks start Monday)."""
    if precision == "week":
        return value - dt.timedelta(days=value.weekday())
    if precision == "month":
        return value.replace(day=1)
    if precision == "year":
        return value.replace(month=1, day=1)
    return value


def _offset(expression: dict, anchor, basis, known) -> DateValue:
    if anchor is None:
        return _missing_anchor(expression)
    unit, amount = expression["unit"], expression["amount"]
    # "A year ago today" names the day itself; "a year ago" only the year.
    precision = "day" if expression.get("exact") else _UNIT_PRECISION[unit]
    value = start_of(shift_date(anchor, unit, amount), precision)
    reason = f"{quoted(expression)} from {anchor_words(anchor, basis)}"
    return _value(expression, value, precision, basis, reason)


def _range(expression: dict, anchor, basis, known) -> DateValue:
    opening = resolve_expression(
        expression["start"], anchor, anchor_basis=_anchor_basis(basis), known_dates=known
    )
    if opening.value is None:
        return DateValue.unknown(opening.reason, expression)
    reason = f"start of {quoted(expression)}; {opening.reason}"
    return DateValue(opening.value, opening.precision, opening.basis, reason, expression)


def _shift(expression: dict, anchor, basis, known) -> DateValue:
    base_expression = expression.get("base")
    if base_expression is None and expression.get("or_anchor") and anchor is not None:
        value = start_of(anchor, "day")
        reason = f"{quoted(expression)}: the day of {anchor_words(anchor, basis)}"
        return _value(expression, value, "day", basis, reason)
    if base_expression is None:
        what = expression.get("event") or "an earlier event"
        reason = f"{quoted(expression)} counts from {what}, date not known"
        return DateValue.unknown(reason, expression)
    base = resolve_expression(
        base_expression, anchor, anchor_basis=_anchor_basis(basis), known_dates=known
    )
    if base.value is None:
        return DateValue.unknown(base.reason, expression)
    unit, amount = expression["unit"], expression["amount"]
    precision = base.precision if _rank(base.precision) >= _rank(unit) else _UNIT_PRECISION[unit]
    value = start_of(shift_date(base.value, unit, amount), precision)
    reason = f"{quoted(expression)} counted from {base.iso()}"
    if expression.get("counted_from"):
        reason = f"{quoted(expression)} counted from {expression['counted_from']}: {base.iso()}"
    return DateValue(value, precision, base.basis, reason, expression)


def _quarter(expression: dict, anchor, basis, known) -> DateValue:
    year = expression.get("year")
    if year is not None:
        reason = f"{quoted(expression)} in the text: a quarter, year precision"
        return _value(expression, dt.date(year, 1, 1), "year", "explicit", reason)
    if anchor is None:
        return _missing_anchor(expression)
    current = anchor.year * 4 + (anchor.month - 1) // 3
    if expression.get("quarter") is None:
        year = (current + expression.get("amount", 0)) // 4
    else:
        wanted, direction = expression["quarter"] - 1, expression.get("direction", "past")
        # A past clause names a quarter begun by the anchor; a future one a quarter not ended.
        ahead = wanted > current % 4 if direction == "past" else wanted < current % 4
        year = anchor.year + ({"past": -1}.get(direction, 1) if ahead else 0)
    reason = f"{quoted(expression)} from {anchor_words(anchor, basis)}: a quarter, year precision"
    return _value(expression, dt.date(year, 1, 1), "year", basis, reason)


def _easter(expression: dict, anchor, basis, known) -> DateValue:
    offset = expression.get("offset", 0)

    def make(year: int) -> dt.date:
        return easter_sunday(year) + dt.timedelta(days=offset)

    if anchor is not None:
        year = pick_year(anchor, expression.get("direction", "past"), make)
        reason = f"{quoted(expression)}: Easter {year} nearest {anchor_words(anchor, basis)}"
        return _value(expression, make(year), "day", basis, reason)
    return year_from_known(expression, known, make, "day")


def _nth_weekday(expression: dict, anchor, basis, known) -> DateValue:
    month, weekday, nth = expression["month"], expression["weekday"], expression["nth"]

    def make(year: int) -> dt.date:
        return nth_weekday(year, month, weekday, nth)

    if anchor is not None:
        year = pick_year(anchor, expression.get("direction", "past"), make)
        reason = f"{quoted(expression)}: {make(year).isoformat()}, the one nearest "
        reason += anchor_words(anchor, basis)
        return _value(expression, make(year), "day", basis, reason)
    return year_from_known(expression, known, make, "day")


def _recurring(expression: dict, anchor, basis, known) -> DateValue:
    # Worded like a standing report date (see eventwire.when.aspect.is_standing): a report
    # dated by a rule tells a habit, not one event.
    return DateValue.unknown(f"{quoted(expression)} recurs: a rule, not one event", expression)


# First month of each season (northern hemisphere, as most of our sources write).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season(expression: dict, anchor, basis, known) -> DateValue:
    if anchor is None:
        return _missing_anchor(expression)
    first_month = _SEASON_START[expression["season"]]
    # Season occurrences as (start, end) month indexes; winter is named by its January.
    here = anchor.year * 12 + anchor.month - 1
    spans = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        begin = year * 12 + first_month - 1 - (12 if first_month == 12 else 0)
        spans.append((begin, begin + 3, year))
    which = expression.get("which", "this")
    if which == "last":
        year = max(s for s in spans if s[1] <= here)[2]
    elif which == "next":
        year = min(s for s in spans if s[0] > here)[2]
    else:
        year = min(spans, key=lambda span: months_away(here, span))[2]
    reason = f"{quoted(expression)} from {anchor_words(anchor, basis)}: a season, year precision"
    return _value(expression, dt.date(year, 1, 1), "year", basis, reason)


def _day_of_month(expression: dict, anchor, basis, known) -> DateValue:
    if anchor is None:
        return _missing_anchor(expression)
    day = expression["day"]
    options = []
    for shift in (-2, -1, 0, 1, 2):
        month_start = shift_date(anchor.replace(day=1), "month", shift)
        if is_day_of(month_start, day):
            options.append((shift, month_start.replace(day=day)))
    if expression.get("month_shift") is not None:
        chosen = [value for shift, value in options if shift == expression["month_shift"]]
        if not chosen:
            return DateValue.unknown(f"{quoted(expression)}: no such day that month", expression)
        value = chosen[0]
    else:
        direction = expression.get("direction", "past")
        value = min((v for _, v in options), key=lambda v: day_distance(v, anchor, direction))
    reason = f"{quoted(expression)}: day of the month nearest {anchor_words(anchor, basis)}"
    return _value(expression, value, "day", basis, reason)


def _rank(precision: str) -> int:
    return ["day", "week", "month", "year"].index(precision) if precision != "unknown" else 4


def _anchor_basis(relative_basis: str) -> str:
    return "story" if relative_basis == "story" else "publication"


_HANDLERS = {
    "date": _date,
    "year": _year,
    "month": _month,
    "month_day": _month_day,
    "weekday": _weekday,
    "weekend": _weekend,
    "offset": _offset,
    "range": _range,
    "shift": _shift,
    "quarter": _quarter,
    "season": _season,
    "day_of_month": _day_of_month,
    "easter": _easter,
    "nth_weekday": _nth_weekday,
    "recurring": _recurring,
}
