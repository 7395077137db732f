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

    def resolve(position: int) -> None:
        value = resolve_expression(
            candidates[position].expression,
            anchor,
            anchor_basis=anchor_basis,
            known_dates=known,
        )
        resolutions[position] = value
        if value.basis == "explicit" and value.value is not None:
            known.append(_middle(value))

    for position, candidate in enumerate(candidates):
        if _is_absolute(candidate.expression):
            resolve(position)
    for position, candidate in enumerate(candidates):
        expression = candidate.expression
        if expression["type"] == "month_day" and expression.get("weekday") is not None:
            resolve(position)
    spans = [(sentence.start, sentence.end) for sentence in sentences]
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
        resolved = resolutions[earlier]
        if resolved is not None and resolved.value is not None:
            expression["base"] = copy.deepcopy(candidates[earlier].expression)
            told = candidates[earlier].expression.get("text", "")
            expression["counted_from"] = f"the date told before, '{told}'"
            return


def _sentence_index(starts: list[int], offset: int) -> int:
    if not starts:
        return 0
    return max(0, bisect.bisect_right(starts, offset) - 1)
