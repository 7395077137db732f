"""Date mentions of an article: every date expression, resolved with precision and basis.

Resolution runs in three passes so that what the text states absolutely can fill what it leaves
open: first absolute dates, then day-month dates with a weekday (their year is the one whose
calendar matches, nearest to the dates already known), then everything else (relative
expressions against the publication or story date, years taken from the text when the article
has no date at all).
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt

from eventwire.model import DateValue, Found, Mention, Sentence
from eventwire.when.anchored import attach_event_base
from eventwire.when.resolve import resolve_expression
from eventwire.when.scan import Candidate, iter_expressions, scan_dates

_ABSOLUTE_TYPES = frozenset({"date", "year"})


def find_date_mentions(
    text: str, sentences: list[Sentence], published: Found[DateValue] | None
) -> list[Mention]:
    """Find and resolve the date expressions of an article.

    Args:
        text: the cleaned article text (offsets of the result index it).
        sentences: the article's sentences, to give each mention its sentence index.
        published: the publication date and how it was found; a value with basis "story"
            (or ``how == "story"``) makes relative results basis "story".

    Returns:
        Mentions of kind "date" in text order; ``resolution`` is a :class:`DateValue` whose
        ``expression`` allows resolving it again against another anchor.
    """
    candidates = scan_dates(text)
    if not candidates:
        return []
    _apply_article_order(candidates)
    anchor, anchor_basis = _anchor(published)
    resolutions: list[DateValue | None] = [None] * len(candidates)
    known: list[dt.date] = []
    # A bare year is mostly background ("the 2021 coup"): it may settle the year of a weekday
    # date ("Friday, Jan. 3"), whose calendar checks it, but only days and months the text
    # states lend their year to "in May" in an undated article.
    known_precise: list[dt.date] = []

    def resolve(position: int, years_too: bool = False) -> None:
        value = resolve_expression(
            candidates[position].expression,
            anchor,
            anchor_basis=anchor_basis,
            known_dates=known if years_too else known_precise,
        )
        resolutions[position] = value
        if value.basis == "explicit" and value.value is not None:
            known.append(_middle(value))
            # "Fighting since April 2023 has killed …" tells when a standing situation began,
            # often years before the news: not the year the article's "in June" falls in.
            if value.precision != "year" and not _opens_a_period(text, candidates[position]):
                known_precise.append(_middle(value))

    for position, candidate in enumerate(candidates):
        if _is_absolute(candidate.expression):
            resolve(position)
    for position, candidate in enumerate(candidates):
        expression = candidate.expression
        if expression["type"] == "month_day" and expression.get("weekday") is not None:
            resolve(position, years_too=True)
    spans = [(sentence.start, sentence.end) for sentence in sentences]
    _anchor_overnight(text, candidates, spans)
    for position in range(len(candidates)):
        if resolutions[position] is None:
            _attach_previous_base(candidates, resolutions, position)
            attach_event_base(text, candidates, resolutions, position, spans)
            resolve(position)
    starts = [sentence.start for sentence in sentences]
    mentions = []
    for candidate, resolution in zip(candidates, resolutions, strict=True):
        mentions.append(
            Mention(
                kind="date",
                start=candidate.start,
                end=candidate.end,
                text=text[candidate.start : candidate.end],
                sentence=_sentence_index(starts, candidate.start),
                resolution=resolution,
                confidence=candidate.confidence,
            )
        )
    return mentions


def _opens_a_period(text: str, candidate: Candidate) -> bool:
    # Bounded finds in the few characters before the date: "since", maybe "early"/"mid-".
    low = max(0, candidate.start - 12)
    return (
        text.find("since ", low, candidate.start) != -1
        or text.find("Since ", low, candidate.start) != -1
        or text.startswith(("since", "Since"), candidate.start)
    )


def _anchor(published: Found[DateValue] | None) -> tuple[dt.date | None, str]:
    if published is None or published.value.value is None:
        return None, "publication"
    value = published.value
    basis = "story" if value.basis == "story" or published.how == "story" else "publication"
    if value.precision != "day":
        # "yesterday" against a month-precision date would invent a day.
        return None, basis
    return value.value, basis


def _is_absolute(expression: dict) -> bool:
    kind = expression["type"]
    if kind in ("month", "quarter"):
        return expression.get("year") is not None
    if kind == "range":
        return _is_absolute(expression["start"])
    return kind in _ABSOLUTE_TYPES


def _middle(value: DateValue) -> dt.date:
    assert value.value is not None
    if value.precision == "year":
        return value.value.replace(month=7, day=1)
    if value.precision == "month":
        return value.value.replace(day=15)
    return value.value


def _apply_article_order(candidates: list[Candidate]) -> None:
    """Read "04/05/2023" with the day-month order the article shows elsewhere ("25/11/2024")."""
    orders = {
        e["order"]
        for c in candidates
        for e in iter_expressions(c.expression)
        if e.get("order") is not None
    }
    if len(orders) != 1:
        return
    order = orders.pop()
    for candidate in candidates:
        expression = candidate.expression
        if expression["type"] != "year" or not expression.get("ambiguous"):
            continue
        first, second = expression["ambiguous"]
        day, month = (first, second) if order == "dmy" else (second, first)
        try:
            dt.date(expression["year"], month, day)
        except ValueError:
            continue
        candidate.expression = {
            "type": "date",
            "year": expression["year"],
            "month": month,
            "day": day,
            "order": order,
            "order_from_article": True,
            "text": expression.get("text", ""),
        }
        candidate.confidence = 0.8


def _attach_previous_base(
    candidates: list[Candidate], resolutions: list[DateValue | None], position: int
) -> None:
    """Give "three days later" the closest earlier date it counts from, when there is one."""
    expression = candidates[position].expression
    if expression["type"] != "shift" or not expression.get("previous"):
        return
    for earlier in range(position - 1, -1, -1):
        # The nearest date told before, even one still unknown: "Hours later" after "on
        # Wednesday" in an undated article waits for a story date rather than reaching back
        # to an older date that happens to be resolved.
        if resolutions[earlier] is not None:
            expression["base"] = copy.deepcopy(candidates[earlier].expression)
            told = candidates[earlier].expression.get("text", "")
            expression["counted_from"] = f"the date told before, '{told}'"
            return


_DAY_TYPES = frozenset({"date", "month_day", "weekday"})


def _anchor_overnight(text: str, candidates: list[Candidate], spans: list[tuple[int, int]]) -> None:
    """Count "overnight" from the day its sentence states ("…, the governor said on Saturday").

    A wire written on Sunday about what officials said on Saturday means the night before
    Saturday; only with no such day in the sentence does "overnight" count from the anchor.
    """
    for candidate in candidates:
        expression = candidate.expression
        if expression["type"] != "offset" or expression.get("text", "").lower() != "overnight":
            continue
        span = _span_around(spans, candidate.start, len(text))
        days = [
            other
            for other in candidates
            if other is not candidate
            and span[0] <= other.start < span[1]
            and other.expression["type"] in _DAY_TYPES
        ]
        if not days:
            continue
        told = min(days, key=lambda other: abs(other.start - candidate.start))
        candidate.expression = {
            "type": "shift",
            "unit": "day",
            "amount": 0,
            "base": copy.deepcopy(told.expression),
            "counted_from": f"the day its sentence states, '{told.expression.get('text', '')}'",
            "text": expression.get("text", ""),
        }


def _span_around(spans: list[tuple[int, int]], offset: int, length: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, length


def _sentence_index(starts: list[int], offset: int) -> int:
    if not starts:
        return 0
    return max(0, bisect.bisect_right(starts, offset) - 1)
