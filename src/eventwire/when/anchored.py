"""Dates counted from an event the article told before: "the following day", "the next
morning", "the day before", "hours after the attack", "two days after the vote".

The builders here only describe the expression (a ``shift`` whose base is still open). Which
date it counts from is decided over the whole article by :func:`attach_event_base` (the date of
the earlier sentence that names the event) or, for phrases that name no event, by the closest
earlier date (see :mod:`eventwire.when.mentions`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence

from eventwire.model import DateValue
from eventwire.when import patterns as p
from eventwire.when.candidate import Candidate, left_context, starts_word, word_before
from eventwire.when.lexicon import EVENT_TERMS

# Parts of a day count as the day itself: "the next morning" is one day on.
_UNIT_OF = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}
_FORWARD = frozenset({"following", "next"})
# Words before "hours after" that make it a duration ("for hours after"), not a point in time.
_DURATION_WORDS = frozenset({"for", "lasted", "lasting", "within", "took", "spent"})


def following_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "the following day", "the next morning", "the previous week"."""
    the = left_context(p.LEFT_THE, text, match.start())
    if the is None or not starts_word(text, match.start()):
        return None
    unit = match["unit"].lower()
    amount = 1 if match["which"].lower() in _FORWARD else -1
    start, end = the.start(), match.end()
    expression = {
        "type": "shift",
        "unit": _UNIT_OF.get(unit, unit),
        "amount": amount,
        "base": None,
        "previous": True,
        "text": text[start:end],
    }
    return Candidate(start, end, expression, 0.8)


def day_after_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "the day after the vote", "the day before": one unit from an event or earlier date."""
    the = left_context(p.LEFT_THE, text, match.start())
    if the is None or not starts_word(text, match.start()):
        return None
    start, end = the.start(), match.end()
    sign = 1 if match["dir"].lower() == "after" else -1
    unit = match["unit"].lower()
    last = p.RIGHT_LAST.match(text, end) if sign < 0 else None
    if last is not None:
        # "the year before last": two units back from the anchor, not from an earlier event.
        end = last.end()
        expression = {"type": "offset", "unit": unit, "amount": -2, "text": text[start:end]}
        return Candidate(start, end, expression, 0.8)
    that = p.RIGHT_THAT.match(text, end)
    if that is not None:
        end = that.end()
        expression = {"type": "shift", "unit": unit, "amount": sign, "base": None,
                      "previous": True, "text": text[start:end]}  # fmt: skip
        return Candidate(start, end, expression, 0.8)
    expression = {
        "type": "shift",
        "unit": unit,
        "amount": sign,
        "anchored": False,
        "bare_previous": True,
        "text": text[start:end],
    }
    return Candidate(start, end, expression, 0.8)


def hours_after_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "hours after the attack", "moments before the blast": the day of the event."""
    start = match.start()
    if not starts_word(text, start):
        return None
    if match["dir"].lower() in ("later", "earlier"):
        return same_day_date(text, match)  # "hours later": the day told before
    lead = left_context(p.LEFT_HOURS, text, start)
    if lead is not None:
        start = lead.start()
    if word_before(text, start).lower() in _DURATION_WORDS:
        return None
    expression = {
        "type": "shift",
        "unit": "day",
        "amount": 0,
        "anchored": False,
        "text": text[start : match.end()],
    }
    return Candidate(start, match.end(), expression, 0.7)


def same_day_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "hours later", "since then", "later that day", "the same day": the day told before.

    "Earlier in the day" and "later in the day" fall back on the anchor itself when the text
    told no date before them: they then speak of the day the article is written.
    """
    start = match.start()
    if not starts_word(text, start):
        return None
    if text[start : start + 4].lower() == "same":
        the = left_context(p.LEFT_THE, text, start)
        if the is not None:
            start = the.start()
    expression = {
        "type": "shift",
        "unit": "day",
        "amount": 0,
        "base": None,
        "previous": True,
        "text": text[start : match.end()],
    }
    if "in" in match.re.groupindex and match["in"].lower().startswith("in"):
        expression["or_anchor"] = True
    return Candidate(start, match.end(), expression, 0.7)


def attach_event_base(
    text: str,
    candidates: Sequence[Candidate],
    resolutions: Sequence[DateValue | None],
    position: int,
    sentence_spans: Sequence[tuple[int, int]],
) -> None:
    """Give "two days after the vote" the date of the earlier sentence that tells of the vote.

    Args:
        text: the article text.
        candidates: the article's date candidates in text order.
        resolutions: their resolutions so far (earlier positions resolved).
        position: the candidate to attach; it must be a shift naming an ``event``.
        sentence_spans: ``(start, end)`` of each sentence; empty means the text is one sentence.
    """
    expression = candidates[position].expression
    if expression["type"] != "shift" or expression.get("base") is not None:
        return
    event = expression.get("event")
    if not event:
        return
    terms = event_terms(event)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(term) for term in terms) + ")", re.I)
    limit = candidates[position].start
    best: tuple[int, int] | None = None  # (distance from the event word, candidate position)
    chosen_span: tuple[int, int] | None = None
    for earlier in range(position - 1, -1, -1):
        resolved = resolutions[earlier]
        if resolved is None or resolved.value is None:
            continue
        candidate = candidates[earlier]
        span = _sentence_around(sentence_spans, candidate.start, len(text))
        if chosen_span is not None and span != chosen_span:
            break  # only the nearest sentence that tells of the event counts
        words = [m.start() for m in pattern.finditer(text, span[0], min(span[1], limit))]
        if not words:
            continue
        chosen_span = span
        distance = min(abs(word - candidate.start) for word in words)
        if best is None or distance < best[0]:
            best = (distance, earlier)
    if best is None:
        return
    base = candidates[best[1]]
    expression["base"] = copy.deepcopy(base.expression)
    expression["counted_from"] = f"{event} ({base.expression.get('text', '')!s})"


def event_terms(event: str) -> tuple[str, ...]:
    """Words that tell of the event a phrase like "the vote" names ("vote", "polls", …)."""
    noun = event.split()[-1].lower()
    terms = set(EVENT_TERMS.get(noun, ()))
    terms.add(_stem(noun))
    return tuple(sorted(terms, key=len, reverse=True))


def _stem(noun: str) -> str:
    for suffix in ("ings", "ing", "ions", "ion", "s"):
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 4:
            return noun[: -len(suffix)]
    return noun


def _sentence_around(spans: Sequence[tuple[int, int]], offset: int, length: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, length
