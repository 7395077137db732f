"""Builders for parts of a year and days of a month: quarters ("Q3 2024", "the third
quarter"), seasons named from the anchor ("last summer", "next spring"), "year-end" and a day
of the month without its month ("on the 18th").

Quarters and seasons resolve at year precision, as "summer of 2022" and "early 2023" do: the
model has no quarter precision, and a month would claim more than the text says.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.when import patterns as p
from eventwire.when.candidate import Candidate, left_context, starts_word, tense_direction
from eventwire.when.lexicon import ECONOMIC_TERMS

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
# Quarters counted from the anchor's own quarter.
_QUARTER_SHIFTS = {"this": 0, "current": 0, "next": 1, "previous": -1, "last": -1}


def quarter_code_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "Q3", "Q2 2023": a quarter, with or without its year; "H1 2024": a half-year."""
    start = match.start()
    if not starts_word(text, start):
        return None
    if "h" in match.groupdict():
        # A half-year is dated from its first quarter, at year precision like any quarter.
        quarter, year = 2 * int(match["h"]) - 1, int(match["hy"])
        return _quarter_candidate(text, start, match.end(), quarter, year)
    quarter = int(match["q"])
    year = int(match["y"]) if match["y"] else None
    return _quarter_candidate(text, start, match.end(), quarter, year)


def quarter_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "the third quarter", "first-quarter", "the last quarter of 2023", "next quarter"."""
    if not starts_word(text, match.start()):
        return None
    which = left_context(p.LEFT_QUARTER, text, match.start())
    if which is None:
        return None  # "a quarter of the vote", "the Christian quarter"
    word = which["which"].lower()
    start, end = which.start(), match.end()
    year_match = p.RIGHT_QUARTER_YEAR.match(text, end)
    year = int(year_match["y"]) if year_match is not None else None
    if year_match is not None:
        end = year_match.end()
    if year is None and not _economic_context(text, start, end):
        return None  # "scored in the fourth quarter", "the moon in its first quarter"
    if word in _ORDINALS or (word == "last" and year is not None):
        return _quarter_candidate(text, start, end, _ORDINALS.get(word, 4), year)
    expression = {"type": "quarter", "quarter": None, "year": None,
                  "amount": _QUARTER_SHIFTS[word], "text": text[start:end]}  # fmt: skip
    return Candidate(start, end, expression, 0.9)


def _economic_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80) : end + 80].lower()
    return any(term in window for term in ECONOMIC_TERMS)


def _quarter_candidate(
    text: str, start: int, end: int, quarter: int, year: int | None
) -> Candidate:
    expression: dict = {"type": "quarter", "quarter": quarter, "year": year}
    if year is None:
        expression["direction"] = tense_direction(text, start, end)
    return Candidate(start, end, expression | {"text": text[start:end]}, 0.9)


def season_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "last summer", "next spring", "this autumn": a season counted from the anchor."""
    if not starts_word(text, match.start()):
        return None
    which = left_context(p.LEFT_SEASON_WHICH, text, match.start())
    if which is None:
        return None  # "in the summer" names no year; "summer of 2022" is read as a year part
    word = " ".join(which["which"].lower().split())
    start, end = which.start(), match.end()
    season = match["word"].lower().replace("fall", "autumn")
    relation = {"last": "last", "this past": "last", "next": "next", "this coming": "next"}
    expression = {"type": "season", "season": season, "which": relation.get(word, "this"),
                  "text": text[start:end]}  # fmt: skip
    return Candidate(start, end, expression, 0.9)


def period_end_date(text: str, start: int, end: int, unit: str) -> Candidate | None:
    """ "by year-end", "at month-end": the end of the anchor's year or month."""
    tail = p.PERIOD_END.match(text, end)
    if tail is None or unit not in ("year", "month"):
        return None
    expression = {"type": "offset", "unit": unit, "amount": 0, "part": "end"}
    return Candidate(start, tail.end(), expression | {"text": text[start : tail.end()]}, 0.8)


def day_of_month_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "on the 18th", "by the 3rd of next month": a day whose month the anchor gives."""
    if not starts_word(text, match.start()):
        return None
    lead = left_context(p.LEFT_DAY_OF_MONTH, text, match.start())
    if lead is None:
        return None  # "the 18th" after another word is a rank: "finished the 18th"
    right = p.RIGHT_DAY_OF_MONTH.match(text, match.end())
    if right is None and not _phrase_follows_day(text, match, lead):
        return None  # "on the 18th floor", "the 20th century"
    day = int(match["d"])
    if not 1 <= day <= 31:
        return None
    start = match.start()
    which = right["which"] if right is not None else None
    end = right.end() if right is not None and which else match.end()
    expression: dict = {"type": "day_of_month", "day": day, "text": text[start:end]}
    if which in ("last", "next"):
        expression["month_shift"] = -1 if right["which"] == "last" else 1
    else:
        expression["direction"] = tense_direction(text, start, end)
    return Candidate(start, end, expression, 0.8)


def _phrase_follows_day(text: str, match: re.Match[str], lead: re.Match[str]) -> bool:
    # "for the 3rd in a row", "for the 2nd in as many weeks": a rank, counted, after "for".
    if lead.group().split()[0].lower() == "for":
        return False
    return p.RIGHT_DAY_OF_MONTH_PHRASE.match(text, match.end()) is not None


def easter_sunday(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year`` (the anonymous Gregorian algorithm)."""
    golden = year % 19
    century, within = divmod(year, 100)
    leap_skip, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    moon = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skip - moon + 15) % 30
    quarter, quarter_rest = divmod(within, 4)
    weekday_fix = (32 + 2 * leap_rest + 2 * quarter - epact - quarter_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday_fix) // 451
    month, day = divmod(epact + weekday_fix - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` (Monday = 0) of ``month`` in ``year``: Thanksgiving's rule."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
