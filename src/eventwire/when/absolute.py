"""Builders for dates the calendar fixes: numeric dates, day-month and month-day dates (with
or without a year), month-year, years and year ranges, months named with context ("in May").
"""

from __future__ import annotations

import re

from eventwire.when import patterns as p
from eventwire.when.candidate import (
    Candidate,
    day_candidate,
    day_expression,
    day_number,
    extend_over_weekday_and_lead,
    is_person_may,
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
from eventwire.when.lexicon import COUNTED_NOUNS, FOREIGN_MONTHS, ORDINAL_DAYS, YEAR_CONTEXT


def numeric_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "2024-11-25", "25/11/2024"; day and month left open when their order is unclear."""
    if not starts_word(text, match.start()) or text[match.start() - 1 : match.start()] in "/.-,$":
        if match.start() > 0:
            return None
    a, b, c = match["a"], match["b"], match["c"]
    text_form = match.group()
    # "2024.03.15" is an East Asian and Scandinavian way of writing a day; "2023.1.5" is more
    # often a version number, so dots need both parts padded to two digits.
    if len(a) == 4 and len(c) <= 2 and (match["sep"] != "." or len(b) == len(c) == 2):
        year, month, day = int(a), int(b), int(c)
        if not 1800 <= year <= 2099 or not is_valid_date(year, month, day):
            return None
        expression = {"type": "date", "year": year, "month": month, "day": day}
        return Candidate(match.start(), match.end(), expression | {"text": text_form})
    if len(c) == 2 and len(a) <= 2 and match["sep"] == "/":
        year = short_year(c)  # "15/3/24"; with dots two-digit years look like version numbers
    elif len(c) != 4 or len(a) > 2 or not 1800 <= int(c) <= 2099:
        return None
    else:
        year = int(c)
    first, second = int(a), int(b)
    if first > 12 and is_valid_date(year, second, first):
        expression = {"type": "date", "year": year, "month": second, "day": first, "order": "dmy"}
    elif second > 12 and is_valid_date(year, first, second):
        expression = {"type": "date", "year": year, "month": first, "day": second, "order": "mdy"}
    elif first == second and is_valid_date(year, first, second):
        expression = {"type": "date", "year": year, "month": first, "day": first}
    elif first <= 12 and second <= 12 and first and second:
        # Day-month or month-day: only the year is certain unless the article shows its order.
        expression = {"type": "year", "year": year, "ambiguous": [first, second]}
    else:
        return None
    return Candidate(match.start(), match.end(), expression | {"text": text_form})


def day_month_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "25 November 2024", "the 7th of October", "between 3 and 5 May 2023"."""
    if match.start() > 0 and not starts_word(text, match.start()):
        return None
    if text[max(0, match.start() - 1) : match.start()] in (".", ",", "$", "€", "£"):
        if match.start() > 0:
            return None
    year = int(match["y"]) if match["y"] else None
    if match["fm"] is not None:
        month = FOREIGN_MONTHS[match["fm"]]
    elif match["dot"] is not None and year is None:
        return None  # "won 3. May …": only "25. November 2024" is a German-style date
    elif is_person_may(text, match.start("m"), match["m"]):
        return None
    else:
        month = month_number(match["m"])
    day = day_number(match["d"])
    if day == 0 or not is_valid_date(year, month, day):
        return None
    if year is None and names_something(text, match.end()):
        return None
    start, weekday, has_lead = extend_over_weekday_and_lead(text, match.start())
    if match["d2"]:
        end_day = day_number(match["d2"])
        if not is_valid_date(year, month, end_day) or end_day <= day:
            return None
        opening = day_expression(year, month, day, weekday)
        closing = day_expression(year, month, end_day, None)
        return range_candidate(text, start, match.end(), opening, closing)
    if has_lead and weekday is None:
        start = match.start()
    expression = day_expression(year, month, day, weekday)
    return day_candidate(text, start, match.end(), expression)


def fiscal_year_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "FY2025", "FY 24": a fiscal year, dated by the year it is named after."""
    if not starts_word(text, match.start()):
        return None
    year = int(match["y"]) if match["y"] else short_year(match["yy"])
    expression = {"type": "year", "year": year, "fiscal": True, "text": match.group()}
    return Candidate(match.start(), match.end(), expression)


def year_date(text: str, match: re.Match[str]) -> Candidate | None:
    """A year ("in 2020", "mid-2019") or a year range, when the words around it say so."""
    start = match.start()
    if start > 0 and text[start - 1] in "$€£¥#./,'’-" or not starts_word(text, start):
        if not (text[start - 1] == "-" and left_context(p.LEFT_PART, text, start)):
            return None
    year = int(match["y"])
    if match["yy"]:
        return _split_year(text, match, year)
    if match["y2"]:
        last = int(match["y2"])
        lead = left_context(p.LEFT_LEAD, text, start)
        if year < last <= year + 50 and (lead or _year_context_ok(text, start, match.end())):
            opening, closing = {"type": "year", "year": year}, {"type": "year", "year": last}
            begin = lead.start() if lead else start
            expression = {"type": "range", "start": opening, "end": closing}
            return Candidate(begin, match.end(), expression | {"text": text[begin : match.end()]})
    end = match.end("y")
    fiscal = left_context(p.LEFT_FISCAL, text, start)
    if fiscal is not None:
        expression = {"type": "year", "year": year, "fiscal": True}
        return Candidate(fiscal.start(), end, expression | {"text": text[fiscal.start() : end]})
    part = left_context(p.LEFT_PART, text, start)
    season = left_context(p.LEFT_SEASON, text, start) if part is None else None
    expression: dict = {"type": "year", "year": year}
    if part is not None or season is not None:
        found = part or season
        assert found is not None
        expression["part"] = " ".join(found.group(1).lower().split())
        return Candidate(found.start(), end, expression | {"text": text[found.start() : end]})
    if not _year_context_ok(text, start, end):
        return None
    return Candidate(start, end, expression | {"text": text[start:end]}, 0.9)


def _split_year(text: str, match: re.Match[str], year: int) -> Candidate | None:
    """ "2023-24", "the 2023/24 budget", "1990-95": dated from the first year."""
    last = year - year % 100 + int(match["yy"])
    if not year < last <= year + 10:
        return None
    opening, closing = {"type": "year", "year": year}, {"type": "year", "year": last}
    expression = {"type": "range", "start": opening, "end": closing, "text": match.group()}
    return Candidate(match.start(), match.end(), expression, 0.9)


def _year_context_ok(text: str, start: int, end: int) -> bool:
    before = word_before(text, start).lower()
    after = word_after(text, end)
    if after.lower() in COUNTED_NOUNS:
        return False
    if any(mark in text[max(0, start - 3) : start] for mark in "$€£#"):
        return False
    if before not in YEAR_CONTEXT:
        return False
    if before in _APPROXIMATE and after.islower() and after.endswith("s"):
        return False  # "around 1800 protesters": a rounded count before a plural noun
    return before != "the" or after != ""


def month_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "November 25, 2024", "Nov. 25", "July 2024", or a month named in context."""
    start = match.start()
    if not starts_word(text, start) or is_person_may(text, start, match["m"]):
        return None
    month = month_number(match["m"])
    if match["d"] is not None:
        return _month_day(text, match, month)
    # The slice test spares the ordinal pattern for the many months with no "of" before them.
    if match["ys"] is None and text[max(0, start - 8) : start].rstrip().lower().endswith("of"):
        ordinal = left_context(p.LEFT_ORDINAL_OF, text, start)
        if ordinal is not None:
            return _ordinal_of_month(text, match, month, ordinal)
    if match["ym"] is not None or match["ys"] is not None:
        year = int(match["ym"]) if match["ym"] is not None else short_year(match["ys"])
        expression: dict = {"type": "month", "year": year, "month": month}
        part = left_context(p.LEFT_PART, text, start)
        if part is not None:
            expression["part"] = " ".join(part["part"].lower().split())
            start = part.start()
        return Candidate(start, match.end(), expression | {"text": text[start : match.end()]})
    return _month_alone(text, match, month)


def _month_day(text: str, match: re.Match[str], month: int) -> Candidate | None:
    day = day_number(match["d"])
    year = int(match["y"]) if match["y"] else None
    if day == 0 or not is_valid_date(year, month, day):
        return None
    if year is None and names_something(text, match.end()):
        return None
    start, weekday, has_lead = extend_over_weekday_and_lead(text, match.start())
    end = match.end()
    if match["d2"]:
        end_month = month_number(match["m2"]) if match["m2"] else month
        end_day = day_number(match["d2"])
        if is_valid_date(year, end_month, end_day) and (end_month, end_day) > (month, day):
            opening = day_expression(year, month, day, weekday)
            closing = day_expression(year, end_month, end_day, None)
            return range_candidate(text, start, end, opening, closing)
        # Not a range after all ("March 5 and 2 more"): keep "Month Day" alone.
        year, end = None, match.end("d")
    if has_lead and weekday is None:
        start = match.start()
    return day_candidate(text, start, end, day_expression(year, month, day, weekday))


def _ordinal_of_month(
    text: str, match: re.Match[str], month: int, ordinal: re.Match[str]
) -> Candidate | None:
    """ "the first of January 2021", "the twenty-first of May": a day in ordinal words."""
    day = ORDINAL_DAYS[" ".join(ordinal["ord"].lower().replace("-", " ").split())]
    year = int(match["ym"]) if match["ym"] is not None else None
    if not is_valid_date(year, month, day):
        return None
    start, weekday, _ = extend_over_weekday_and_lead(text, ordinal.start())
    return day_candidate(text, start, match.end(), day_expression(year, month, day, weekday))


def _month_alone(text: str, match: re.Match[str], month: int) -> Candidate | None:
    name = match["m"].rstrip(".")
    if names_something(text, match.end()):
        return None  # "the 6th of October Bridge", "the October Revolution"
    if len(name) <= 4 and name not in ("May", "June", "July", "Sept"):
        return None  # "Jan" or "Dec" alone is a name more often than a month
    context = left_context(p.LEFT_MONTH_CONTEXT, text, match.start())
    if context is None:
        return None
    if match["m"] == "May" and word_after(text, match.end()).lower() in ("be", "have", "not"):
        return None
    word = " ".join(context["ctx"].lower().split())
    expression: dict = {"type": "month", "year": None, "month": month}
    start = match.start()
    if word in ("last", "next", "this"):
        expression["direction"] = {"last": "last", "next": "next"}.get(word, "nearest")
        start = context.start()
    else:
        if word not in _PREPOSITIONS:
            expression["part"] = word
            start = context.start()
        expression["direction"] = tense_direction(text, context.start(), match.end())
    expression["text"] = text[start : match.end()]
    return Candidate(start, match.end(), expression, 0.9)


_PREPOSITIONS = frozenset(
    "in since by until till from between during through throughout before after of".split()
)


def short_year(digits: str) -> int:
    """The year "'98" or "'21" stands for: this century up to '39, the last one after."""
    number = int(digits)
    return 2000 + number if number < 40 else 1900 + number


def decade_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "the 1990s", "the late '90s": a decade, read at year precision from its first year."""
    start = match.start()
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "$€£#"):
        return None
    two_digits = match["yy"] or match["yy2"]
    if two_digits:
        year = short_year(two_digits)
    else:
        year = 1000 + int(match["c19"]) if match["c19"] else 2000 + int(match["c20"])
    if two_digits and word_before(text, start).lower() not in _DECADE_LEAD:
        return None  # "'60s" in a quote or a list is rarely a decade without "the"
    if word_after(text, match.end()).lower() in COUNTED_NOUNS:
        return None
    if text[match.end() : match.end() + 1] in ("-", "–") and text[match.end() + 1 :][:1].isalpha():
        return None  # "1990s-era rifles", "1970s-style": describes a thing, dates no event
    expression: dict = {"type": "year", "year": year, "decade": True}
    part = left_context(p.LEFT_PART, text, start)
    if part is not None:
        expression["part"] = " ".join(part["part"].lower().split())
        start = part.start()
    return Candidate(start, match.end(), expression | {"text": text[start : match.end()]}, 0.9)


def short_year_date(text: str, match: re.Match[str]) -> Candidate | None:
    """ "since '98", "in '21": a two-digit year after a word that introduces a year."""
    start = match.start()
    if start > 0 and text[start - 1].isalnum():
        return None
    if word_before(text, start).lower() not in YEAR_CONTEXT - {"the", "and", "to", "of"}:
        return None
    if word_after(text, match.end()).lower() in COUNTED_NOUNS:
        return None
    expression = {"type": "year", "year": short_year(match["yy"])}
    return Candidate(start, match.end(), expression | {"text": text[start : match.end()]}, 0.8)


# Words that make the number after them a rounded count when a plural noun follows.
_APPROXIMATE = frozenset("around about some nearly almost roughly circa".split())
_DECADE_LEAD = frozenset("the early mid late of in since".split())
