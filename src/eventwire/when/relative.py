"""Builders for dates that count from another date: weekdays, "yesterday", "last week",
"two days ago", "three days later", "over the weekend".
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.when import patterns as p
from eventwire.when.candidate import (
    Candidate,
    day_candidate,
    day_expression,
    day_number,
    is_valid_date,
    left_context,
    month_number,
    names_something,
    range_candidate,
    starts_word,
    tense_direction,
    word_after,
    word_before,
)
from eventwire.when.lexicon import (
    FIXED_FEASTS,
    MAY_NAME_PREFIXES,
    NUMBER_WORDS,
    WEEKDAY_COMPOUNDS,
    WEEKDAY_FEASTS,
    WEEKDAY_NAME_PREFIXES,
    WEEKDAY_NAME_SUFFIXES,
    WEEKDAYS,
)
from eventwire.when.periods import period_end_date, quarter_date, season_date


def weekday_date(text: str, match: re.Match[str]) -> Candidate | None:
    """A weekday ("Sunday", "last Friday", "Monday (Nov. 25)", "Monday to Thursday")."""
    start = match.start()
    if not starts_word(text, start):
        return None
    before = word_before(text, start)
    after = word_after(text, match.end("wd"))
    if before.lower() in WEEKDAY_NAME_PREFIXES and before[:1].isupper():
        return None
    if after.lower() in WEEKDAY_NAME_SUFFIXES and after[:1].isupper():
        return None
    if after in WEEKDAY_COMPOUNDS and text[match.end("wd") : match.end("wd") + 1] == " ":
        return None
    if match["wd"].lower() not in _FULL_WEEKDAYS and not _abbreviation_is_a_day(text, match):
        return None
    weekday = WEEKDAYS[match["wd"].lower()]
    if match["pm"] is not None:
        month, day = month_number(match["pm"]), day_number(match["pd"])
        if not is_valid_date(None, month, day):
            return None
        expression = day_expression(None, month, day, weekday)
        return day_candidate(text, start, match.end(), expression)
    context = left_context(p.LEFT_WEEKDAY_CONTEXT, text, start)
    word = " ".join(context["ctx"].lower().split()) if context is not None else ""
    if match["wd2"] is not None:
        opening = {"type": "weekday", "weekday": weekday}
        closing = {"type": "weekday", "weekday": WEEKDAYS[match["wd2"].lower()]}
        begin = context.start() if word in ("from", "between") and context is not None else start
        return range_candidate(text, begin, match.end(), opening, closing)
    week = p.RIGHT_WEEK.match(text, match.end())
    week_on = p.RIGHT_WEEK_ON.match(text, match.end()) if match.end() == match.end("wd") else None
    if week_on is not None and context is None:
        expression = {"type": "weekday", "weekday": weekday, "direction": "future", "weeks_on": 1}
        return Candidate(start, week_on.end(), expression | {"text": text[start : week_on.end()]})
    if week is not None and context is None:
        amount = {"last": -1, "this": 0, "next": 1}[week["which"]]
        expression = {"type": "weekday", "weekday": weekday, "direction": "week", "week": amount}
        return Candidate(start, week.end(), expression | {"text": text[start : week.end()]})
    direction = _WEEKDAY_DIRECTIONS.get(word)
    if direction is not None and context is not None:
        start = context.start()
    else:
        direction = tense_direction(text, start, match.end())
    expression = {"type": "weekday", "weekday": weekday, "direction": direction}
    return Candidate(start, match.end(), expression | {"text": text[start : match.end()]})


def _abbreviation_is_a_day(text: str, match: re.Match[str]) -> bool:
    """Whether "Fri." or "Weds." names a day: after "on", or mid-clause before a comma.

    Alone, "Fri." may end a name or a heading ("See Fri. for details", "Mon. leaders met");
    after a lower-case word and before a comma ("return to the table Weds., diplomats said")
    it can only be the day.
    """
    before = word_before(text, match.start())
    if before.lower() in _ABBREVIATION_LEADS:
        return True
    closes_clause = text.startswith((".,", ".;"), match.end("wd"))
    return before.isalpha() and before.islower() and closes_clause


_FULL_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_ABBREVIATION_LEADS = frozenset("on late early by since until last next this".split())
_WEEKDAY_DIRECTIONS = {"last": "last", "next": "next", "this coming": "next", "coming": "next"}


def time_word_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "yesterday", "today", "overnight", "last week", "over the weekend"."""
    start, end = match.start(), match.end()
    if not starts_word(text, start):
        return None
    word = match["word"].lower()
    if word in _YEAR_PARTS:
        return quarter_date(text, match) if word == "quarter" else season_date(text, match)
    if word == "weekend":
        context = left_context(p.LEFT_WEEKEND, text, start)
        before_last = p.BEFORE_LAST.match(text, end)
        if before_last is not None:
            return _weekend_before_last(text, start, before_last.end(), context)
        if context is None:
            return None
        start, which = context.start(), context["ctx"].lower()
        direction = "last" if which == "last" else "past"
        if which == "this":
            direction = tense_direction(text, start, end)
        expression = {"type": "weekend", "direction": direction, "text": text[start:end]}
        return Candidate(start, end, expression, 0.8)
    if word in _TODAY_WORDS:
        amount = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        expression = {"type": "offset", "unit": "day", "amount": amount, "text": text[start:end]}
        return Candidate(start, end, expression)
    context = left_context(p.LEFT_THIS_LAST_NEXT, text, start)
    if context is None:
        return _current_period(text, start, end, word)
    which = context["which"].lower()
    start = context.start()
    if word in ("week", "month", "year"):
        amount = {"this": 0, "last": -1, "next": 1}[which]
        expression = {"type": "offset", "unit": word, "amount": amount}
        part = left_context(p.LEFT_PERIOD_PART, text, start)
        if part is not None:
            expression["part"] = part["part"].lower()
            start = part.start()
        return Candidate(start, end, expression | {"text": text[start:end]})
    if which == "next" or (which == "last" and word != "night"):
        return None  # "last evening" is rare; "next morning" counts from a told event
    amount = -1 if which == "last" else 0
    expression = {"type": "offset", "unit": "day", "amount": amount, "text": text[start:end]}
    return Candidate(start, end, expression)


def _weekend_before_last(
    text: str, start: int, end: int, context: re.Match[str] | None
) -> Candidate | None:
    """ "the weekend before last": the weekend a week before the one just past."""
    opening = context or left_context(p.LEFT_THE, text, start)
    if opening is None:
        return None
    start = opening.start()
    expression = {"type": "weekend", "direction": "past", "weeks": -1, "text": text[start:end]}
    return Candidate(start, end, expression, 0.8)


_YEAR_PARTS = frozenset({"quarter", "spring", "summer", "autumn", "fall", "winter"})
_TODAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "overnight"})


def _current_period(text: str, start: int, end: int, word: str) -> Candidate | None:
    """ "the start of the year", "later in the month": the period of the anchor."""
    if word not in ("week", "month", "year"):
        return None
    context = left_context(p.LEFT_IN_THE, text, start)
    if context is None:
        return period_end_date(text, start, end, word)
    expression = {"type": "offset", "unit": word, "amount": 0, "part": context["part"].lower()}
    begin = context.start()
    return Candidate(begin, end, expression | {"text": text[begin:end]}, 0.8)


def feast_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "Christmas Day", "New Year's Eve": a day fixed in the calendar, year from the anchor."""
    start, end = match.start(), match.end()
    if not starts_word(text, start):
        return None
    name = " ".join(match["word"].lower().replace("’", "'").split())
    if name.startswith(("easter", "good")):
        return _easter_date(text, start, end, name)
    if name.startswith("thanksgiving"):
        return _weekday_feast_date(text, start, end, name)
    follower = p.FEAST_DAY.match(text, end)
    if name in ("christmas", "new year's") and follower is not None:
        name, end = f"{name} {follower['which'].lower()}", follower.end()
    elif name == "new year's":
        return None  # "New Year's celebrations": which day is not said
    if name == "may day" and (
        names_something(text, end) or word_before(text, start).lower() in MAY_NAME_PREFIXES
    ):
        return None  # "the May Day Agreement", "Theresa May Day …"
    month, day = FIXED_FEASTS[name]
    if name.startswith("christmas") and word_before(text, start).lower() == "orthodox":
        # The Julian calendar runs 13 days behind (1900–2099): its 25 December is 7 January.
        julian = dt.date(2001, month, day) + _JULIAN_LAG
        start, month, day = (
            text.rfind("rthodox", max(0, start - 12), start) - 1,
            julian.month,
            julian.day,
        )
    eve = left_context(p.LEFT_EVE_OF, text, start)
    if eve is not None:
        # A leap year, so that the day before 1 March would be 29 February.
        before = dt.date(2000, month, day) - dt.timedelta(days=1)
        start, month, day = eve.start(), before.month, before.day
    expression = day_expression(None, month, day, None)
    return day_candidate(text, start, end, expression)


_JULIAN_LAG = dt.timedelta(days=13)
# Days from Easter Sunday of the feasts that move with it.
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


def _easter_date(text: str, start: int, end: int, name: str) -> Candidate | None:
    if names_something(text, end) or word_before(text, start).lower() == "orthodox":
        return None  # "the Good Friday Agreement"; Orthodox Easter follows another calendar
    offset = _EASTER_OFFSETS[name]
    eve = left_context(p.LEFT_EVE_OF, text, start)
    if eve is not None:
        start, offset = eve.start(), offset - 1
    expression = {"type": "easter", "offset": offset, "text": text[start:end]}
    expression["direction"] = tense_direction(text, start, end)
    return Candidate(start, end, expression, 0.9)


def _weekday_feast_date(text: str, start: int, end: int, name: str) -> Candidate | None:
    """ "Thanksgiving": the fourth Thursday of November (Canada's: second Monday of October)."""
    if names_something(text, end):
        return None
    if word_before(text, start) == "Canadian":
        start, name = text.rfind("Canadian", max(0, start - 12), start), "canadian thanksgiving"
    month, weekday, nth = WEEKDAY_FEASTS[name]
    expression = {"type": "nth_weekday", "month": month, "weekday": weekday, "nth": nth,
                  "text": text[start:end]}  # fmt: skip
    expression["direction"] = tense_direction(text, start, end)
    return Candidate(start, end, expression, 0.9)


def offset_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "two days ago", "less than a month ago", "three days later", "two days after"."""
    if not starts_word(text, match.start()):
        return None
    number = left_context(p.LEFT_NUMBER, text, match.start())
    if number is None:
        return None
    direction = " ".join(match["dir"].lower().split())
    ahead = direction in ("from now", "from today")
    # "planned for six weeks from now" names a point; "for two days before" a span.
    if not ahead and left_context(p.DURATION_LEAD, text, number.start()):
        return None
    start, end = number.start(), match.end()
    written = " ".join(number["n"].lower().split())
    amount = int(written) if written.isdigit() else NUMBER_WORDS[written]
    unit = match["unit"].lower()
    if unit == "weekend":
        if direction != "ago" or number["approx"]:
            return None
        # "two weekends ago": the weekend a week before the last one.
        weeks = 1 - amount
        expression = {"type": "weekend", "direction": "last", "weeks": weeks}
        return Candidate(start, end, expression | {"text": text[start:end]}, 0.8)
    if unit == "fortnight":
        unit, amount = "week", amount * 2
    if unit == "decade":
        unit, amount = "year", amount * 10
    if unit == "hour":
        unit, amount = "day", max(1, round(amount / 24))
    expression: dict = {"type": "offset", "unit": unit, "text": text[start:end]}
    if number["approx"]:
        expression["approximate"] = True
    if direction == "from today" and not number["approx"] and unit in ("week", "month", "year"):
        expression |= {"amount": amount, "exact": True}  # "a week from today": that very day
        return Candidate(start, end, expression)
    if direction == "ago" or ahead:
        expression["amount"] = -amount if direction == "ago" else amount
        anniversary = p.ANNIVERSARY.match(text, end) if direction == "ago" else None
        if anniversary is not None and not number["approx"] and unit in ("week", "month", "year"):
            # "A year ago today": the day itself, that many years back.
            end = anniversary.end()
            expression |= {"exact": True, "text": text[start:end]}
        return Candidate(start, end, expression)
    sign = 1 if direction in ("later", "after") else -1
    shift = {"type": "shift", "unit": unit, "amount": sign * amount, "text": text[start:end]}
    that = p.RIGHT_THAT.match(text, end) if direction in ("after", "before") else None
    if that is not None:
        # "Three days before that": counted from the date told before, like "three days later".
        shift |= {"base": None, "previous": True, "text": text[start : that.end()]}
        return Candidate(start, that.end(), shift, 0.8)
    if direction in ("after", "before"):
        shift["anchored"] = False  # the base follows in the text: joined by _join_shifts
    else:
        shift["base"] = None
        shift["previous"] = True  # "three days later": relative to the last date told
    return Candidate(start, end, shift, 0.8)


def in_units_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "will reopen in a fortnight", "in two weeks' time": that long after the anchor.

    Only in a future clause: "killed 40 people in three days" and "the highest in a year"
    measure a span, they do not name a time.
    """
    start = match.start()
    if not starts_word(text, start) or p.SPAN_AFTER.match(text, match.end()) is not None:
        return None
    if left_context(p.LEFT_SPAN, text, start) is not None:
        return None
    if tense_direction(text, start, match.end()) != "future" and not _ahead_of_clause(text, match):
        return None
    written = " ".join(match["n"].lower().split())
    amount = int(written) if written.isdigit() else NUMBER_WORDS[written]
    unit = match["unit"].lower()
    if unit == "fortnight":
        unit, amount = "week", amount * 2
    expression = {"type": "offset", "unit": unit, "amount": amount}
    return Candidate(start, match.end(), expression | {"text": text[start : match.end()]}, 0.8)


def _ahead_of_clause(text: str, match: re.Match[str]) -> bool:
    # "in two weeks' time" names a point whatever the tense; "pledged to install … in four
    # months" puts the act of a past undertaking ahead.
    if match["time"]:
        return True
    begin = max(0, match.start() - _UNDERTAKING_REACH)
    stops = list(p.SENTENCE_STOP.finditer(text, begin, match.start()))
    if stops:
        begin = stops[-1].end()
    return p.UNDERTAKING_TO.search(text, begin, match.start()) is not None


_UNDERTAKING_REACH = 120
