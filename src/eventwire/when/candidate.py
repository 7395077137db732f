"""What the date scanner finds (:class:`Candidate`) and the small readers its builders share:
words left and right of a match, day/month/weekday numbers, tense of the clause.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from eventwire.when import patterns as p
from eventwire.when.family_scan import LeftContext
from eventwire.when.lexicon import (
    MAY_NAME_PREFIXES,
    MONTHS,
    NAME_HEADS,
    NOT_A_SUBJECT,
    SINGULAR_DETERMINERS,
    WEEKDAYS,
    YEAR_CONTEXT,
)


@dataclass
class Candidate:
    """A date expression found in text: its span, description and how sure we are."""

    start: int
    end: int
    expression: dict
    confidence: float = 1.0


Builder = Callable[[str, re.Match[str]], Candidate | None]
LEFT_REACH = 40


def tense_direction(text: str, start: int, end: int) -> str:
    """The tense of the clause around ``text[start:end]``: "future", "past", "nearest" or "around".

    "nearest" is for a date a postponement moves to ("delayed the vote until 1 July"): it lies
    after the old date, which says nothing of the publication date. "around" is for the date
    of an event the clause's act prepares ("ahead of Saturday's vote"): the nearest such day,
    before or after the publication date.
    """
    before = text[max(0, start - 80) : start]
    after = text[end : end + 50]
    # Lower-cased ASCII has the same offsets and word boundaries: the case-sensitive patterns
    # find the same spans there, faster. Other text keeps the case-blind ones.
    if before.isascii() and after.isascii():
        cased_before, cased_after = before.lower(), after.lower()
        stops, future, past, postponed, until, scheduled = _LOWER_TENSE_PATTERNS
    else:
        cased_before, cased_after = before, after
        stops, future, past, postponed, until, scheduled = _TENSE_PATTERNS
    # Only the last three stops can matter: keep them instead of every match of the window.
    third = second = last = None
    for stop in stops.finditer(cased_before):
        third, second, last = second, last, stop
    if last is not None and last.group().lower() in _PREPOSITION_STOPS:
        if not before[last.end() :].strip():
            # "expect a deal before Christmas": the word governs the date, it opens no clause.
            second, last = third, second
    if last is not None:
        # "would lodge a protest and summon the ambassador on Monday": a bare verb after
        # "and" shares the auxiliary of the verb it is joined to.
        joined = (
            last.group().lower() == "and"
            and p.BARE_VERB_AFTER_AND.match(before, last.end()) is not None
        )
        cut = last.end() if not joined else (second.end() if second is not None else 0)
        before, cased_before = before[cut:], cased_before[cut:]
    stop = stops.search(cased_after)
    if stop is not None:
        cased_after = cased_after[: stop.start()]
    if future.search(cased_before) or (future.search(cased_after) and not past.search(cased_after)):
        return "future"
    if _ahead_of(cased_before):
        return "around"
    # "The vote was postponed to 28 April": the past tense is the postponement's, not the date's.
    # The word right before the date is tested first: most past clauses end without one.
    moved_to = cased_before[-8:].rstrip().lower().endswith(_UNTIL_ENDINGS)
    if moved_to and postponed.search(cased_before) and until.search(cased_before):
        return "nearest"
    if past.search(cased_before):
        return "past"
    if _scheduled_present(before, scheduled.finditer(cased_before)):
        return "future"
    return "past"


_PREPOSITION_STOPS = frozenset({"before", "after"})
# The words that end ``LEFT_UNTIL`` (before the blanks), in lower case.
_UNTIL_ENDINGS = ("until", "till", "to", "for", "the")
# "closed ahead of Saturday's vote", "in the run-up to the June 9 vote": the date is of an event
# the clause's act prepares, so the clause's tense says nothing of which side of the
# publication date it falls on.
_AHEAD_ENDINGS = (
    "ahead of", "run-up to", "run up to", "lead-up to", "lead up to", "build-up to", "eve of",
)  # fmt: skip


def _ahead_of(before: str) -> bool:
    words = before[-24:].lower().rstrip()
    if words.endswith((" the", " this")):
        words = words[: words.rfind(" ")].rstrip()
    return words.endswith(_AHEAD_ENDINGS)


_TENSE_PATTERNS = (
    p.CLAUSE_STOP,
    p.FUTURE_CUE,
    p.PAST_CUE,
    p.POSTPONED,
    p.LEFT_UNTIL,
    p.SCHEDULED_PRESENT,
)
_LOWER_TENSE_PATTERNS = (
    p.CLAUSE_STOP_LOWER,
    p.FUTURE_CUE_LOWER,
    p.PAST_CUE_LOWER,
    p.POSTPONED_LOWER,
    p.LEFT_UNTIL_LOWER,
    p.SCHEDULED_PRESENT_LOWER,
)


def _scheduled_present(before: str, verbs: Iterator[re.Match[str]]) -> bool:
    # "The delegation arrives on Monday": a present-tense schedule, not a noun ("the vote on",
    # "an official visit") nor a name ("Loop Head"): verbs in running text are lower case.
    # ``verbs`` may be found in a lower-cased copy: words are read from ``before`` itself.
    for verb in verbs:
        if not before[verb.start()].islower():
            continue
        words = p.TWO_WORDS_BEFORE.search(before, max(0, verb.start() - 60), verb.start())
        if words is None:
            continue
        previous, first = words["second"].lower(), (words["first"] or "").lower()
        if previous in NOT_A_SUBJECT or before[: verb.start()].rstrip().endswith("'s"):
            continue
        written = before[verb.start() : verb.end()]
        if first in SINGULAR_DETERMINERS and not written.split()[0].endswith("s"):
            continue
        return True
    return False


def left_context(
    pattern: re.Pattern[str] | LeftContext, text: str, start: int
) -> re.Match[str] | None:
    """The match of ``pattern`` that ends right where ``start`` is, if any.

    Most ``LEFT_*`` patterns are :class:`~eventwire.when.family_scan.LeftContext` screens:
    they answer None without a search when the word before ``start`` cannot end a match.
    """
    return pattern.search(text, max(0, start - LEFT_REACH), start)


def word_before(text: str, start: int) -> str:
    """The word just before ``start`` (across up to three non-letters).

    What ``WORD_BEFORE.search(text, start - 40, start)`` finds, read backwards from ``start``:
    the pattern tried every position of the window, and this runs on every weekday and year.
    """
    low = max(0, start - 40)
    end = start
    # "$" also matches before a newline that ends the window.
    if end > low and text[end - 1] == "\n":
        end -= 1
    stop = end
    while stop > low and not _is_ascii_letter(text[stop - 1]):
        if text[stop - 1] == "\n" or end - stop == 3:
            return ""
        stop -= 1
    begin = stop
    while begin > low and _is_ascii_letter(text[begin - 1]):
        begin -= 1
    return text[begin:stop]


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def word_after(text: str, end: int) -> str:
    """The word just after ``end``."""
    match = p.WORD_AFTER.match(text, end, end + 40)
    return match.group(1) if match is not None else ""


def starts_word(text: str, start: int) -> bool:
    """Whether ``start`` is the start of a word or number."""
    return start == 0 or not text[start - 1].isalnum()


def month_number(name: str) -> int:
    """1–12 for a month name or abbreviation ("Sept." → 9)."""
    return MONTHS[name.rstrip(".").lower()]


def day_number(value: str) -> int:
    """The day in "25", "25th", "1st", "1er"."""
    return int(value.rstrip("stndrhe"))


def is_valid_date(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists (any leap year when ``year`` is None)."""
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def weekday_number(name: str | None) -> int | None:
    """0–6 (Monday = 0) for a weekday name or abbreviation, None for no name."""
    if not name:
        return None
    return WEEKDAYS.get(name.rstrip(".").lower())


def is_person_may(text: str, start: int, name: str) -> bool:
    """Whether "May" at ``start`` is a surname ("Theresa May", "Ms May")."""
    if name.rstrip(".") != "May":
        return False
    before = word_before(text, start)
    return before.lower() in MAY_NAME_PREFIXES or (
        before[:1].isupper()
        and before.lower() not in YEAR_CONTEXT
        and before.lower() not in WEEKDAYS
        and text[max(0, start - 2) : start].strip() not in (".", "")
    )


def names_something(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is part of a name ("the March 23 Movement")."""
    name = p.NAME_AFTER.match(text, end, end + 40)
    return name is not None and name["head"].lower() in NAME_HEADS


def extend_over_weekday_and_lead(text: str, start: int) -> tuple[int, int | None, bool]:
    """Extend a date's start over "Monday, " and "between"/"from" before it."""
    weekday = None
    has_lead = False
    lead = left_context(p.LEFT_LEAD, text, start)
    if lead is not None:
        start, has_lead = lead.start(), True
    else:
        the = left_context(p.LEFT_THE, text, start)
        if the is not None:
            start = the.start()
    named = left_context(p.LEFT_WEEKDAY, text, start)
    if named is not None:
        start, weekday = named.start(), weekday_number(named["wd"])
    return start, weekday, has_lead


def day_expression(year: int | None, month: int, day: int, weekday: int | None) -> dict:
    """The expression for a day, complete ("date") or without its year ("month_day")."""
    if year is not None:
        return {"type": "date", "year": year, "month": month, "day": day}
    return {"type": "month_day", "month": month, "day": day, "weekday": weekday}


def day_candidate(text: str, start: int, end: int, expression: dict) -> Candidate:
    """A candidate for a day, with the clause's tense when the year is missing."""
    expression = expression | {"text": text[start:end]}
    if expression["type"] == "month_day":
        expression["direction"] = tense_direction(text, start, end)
    return Candidate(start, end, expression)


def range_candidate(text: str, start: int, end: int, opening: dict, closing: dict) -> Candidate:
    """A candidate for a range; it resolves to its start, the end is kept."""
    direction = tense_direction(text, start, end)
    for part in (opening, closing):
        if part["type"] in ("month_day", "weekday"):
            part["direction"] = direction
    expression = {"type": "range", "start": opening, "end": closing, "text": text[start:end]}
    return Candidate(start, end, expression)
