"""Dates of events told in a counted clause: "on Saturday, a day after ministers signed a deal".

The clause after "a day after" / "two weeks before" tells an event of its own, which happened
that many days (weeks, months, years) before or after the day of the main clause. Dating it by
the main clause's date would put the signing on the day the ceasefire took effect.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Sequence

from eventwire.model import DateValue, Mention
from eventwire.when.resolve import resolve_expression

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_COUNTED = re.compile(
    r"\b(?P<count>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"|\d{1,2})\s+(?P<unit>(?i:day|week|month|year))s?\s+(?P<dir>(?i:after|before))\s+"
)
# Where a counted clause ends: punctuation or a dash; "and" may join two of its verbs.
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s|[\"“”]")


def counted_clause_date(
    text: str,
    sentence: tuple[int, int],
    trigger_start: int,
    mentions: Sequence[Mention],
    anchor: dt.date | None,
    anchor_basis: str = "publication",
) -> DateValue | None:
    """The date of an event whose trigger sits in a counted clause ("a day after X signed").

    Args:
        text: the article text.
        sentence: ``(start, end)`` of the trigger's sentence.
        trigger_start: where the trigger starts.
        mentions: the date mentions of the sentence.
        anchor: the publication (or story) date relative dates count from.
        anchor_basis: "publication" or "story".

    Returns:
        The main clause's date moved back (after) or forward (before) by the count, or None
        when the trigger is in no counted clause or the main clause states no date.
    """
    start, end = sentence
    if text.find(" after ", start, trigger_start) == -1 and (
        text.find(" before ", start, trigger_start) == -1
    ):
        return None  # a substring test in C spares the regex on nearly every sentence
    for match in _COUNTED.finditer(text, start, trigger_start):
        stop = _CLAUSE_END.search(text, match.end(), end)
        clause_end = stop.start() if stop else end
        if not match.end() <= trigger_start < clause_end:
            continue
        base = _main_clause_date(mentions, match.start(), clause_end)
        if base is None:
            return None
        count = match["count"].lower()
        amount = _NUMBERS[count] if count in _NUMBERS else int(count)
        sign = -1 if match["dir"].lower() == "after" else 1
        assert isinstance(base.resolution, DateValue)
        expression = {
            "type": "shift",
            "unit": match["unit"].lower(),
            "amount": sign * amount,
            "base": copy.deepcopy(base.resolution.expression),
            "counted_from": f"the main clause's date, '{base.text}'",
            "text": text[match.start() : match.end()].strip(),
        }
        if base.resolution.expression is None:
            return None
        value = resolve_expression(expression, anchor, anchor_basis=anchor_basis)
        return value if value.value is not None else None
    return None


def _main_clause_date(mentions: Sequence[Mention], clause_start: int, clause_end: int):
    outside = [
        m
        for m in mentions
        if isinstance(m.resolution, DateValue)
        and m.resolution.value is not None
        and (m.end <= clause_start or m.start >= clause_end)
    ]
    if not outside:
        return None
    # The date nearest the counted clause, preferring one before it ("on Saturday, a day after").
    return min(outside, key=lambda m: (m.start > clause_start, abs(m.start - clause_start)))
