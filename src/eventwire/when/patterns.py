"""Compiled patterns for date expressions in English news text.

Speed: each scanning pattern starts with its *core* token (a digit, a capitalised month or
weekday name, or a time word), so the regex engine skips most positions on its first character.
Words to the left of a core ("between", "early", "Monday,", "less than two") are read afterwards
with small ``LEFT_*`` patterns anchored at the core's start (``search(text, start - 40, start)``).

Safety: tokens are joined by ``\\s*``/``\\s+`` runs between disjoint character classes, and no
quantifier nests inside another, so a 100,000-word sentence costs one linear pass per pattern.
"""

from __future__ import annotations

import re

from eventwire.when.lexicon import NUMBER_WORDS

_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_SHORT_MONTHS = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Only an abbreviation takes a full stop: "in September." ends a sentence.
# One flat alternation keeps the engine's first-character skip; the stop is checked after it.
MONTH = (
    rf"(?:{_FULL_MONTHS}|{_SHORT_MONTHS})\b"
    r"(?:(?<=\bSept)\.|(?<=\b(?!May)[A-Z][a-z]{2})\.|\.(?=\s*\d))?"
)
DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_RANGE_WORD = r"(?:-|–|—|to|until|till|through|and)"
_PART = (
    r"early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of"
    r"|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of"
)
_NUMBER = r"\d{1,3}|" + "|".join(
    word.replace(" ", r"\s+") for word in sorted(NUMBER_WORDS, key=len, reverse=True)
)

# --- scanning patterns (core first) ---------------------------------------------------------
# "2024-11-25", "2024/11/25", "25/11/2024", "11.25.2024"
NUMERIC = re.compile(
    r"(?P<a>\d(?<!\d\d)\d{0,3})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})(?![.,]?\d)"
)
# "25 November 2024", "3 and 5 May 2023", "7th of October"
DAY_MONTH = re.compile(
    rf"(?P<d>\d\d?(?:st|nd|rd|th)?(?!\d))(?:\s*{_RANGE_WORD}\s*(?P<d2>{DAY}))?(?:\s+of)?\s+(?P<m>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
# "2020", "2014 to 2016", "2019-2020"
YEARS = re.compile(
    rf"(?P<y>{YEAR})(?:\s*(?:-|–|to|and|until|till|through)\s*(?P<y2>{YEAR}))?"
    r"(?![\w%]|[-–]\w|[.,]\d)"
)
# "November 25, 2024", "Nov. 25", "March 3-7, 2023", "Nov. 1 to Nov. 3", "July 2024", "March"
MONTHS = re.compile(
    rf"(?P<m>{MONTH})(?:\s*(?P<d>{DAY})(?:\s*{_RANGE_WORD}\s*(?:(?P<m2>{MONTH})\s*)?(?P<d2>{DAY}))?"
    rf"(?:,?\s+(?P<y>{YEAR}))?|,?\s+(?:of\s+)?(?P<ym>{YEAR})|\s+['’](?P<ys>\d\d)(?![\w'’]))?"
    r"(?![.,]\d|\s*%)"
)
# "the 1990s", "the '90s": a decade, read as the year it starts.
DECADES = re.compile(r"(?:(?P<y>1[89]\d0|20\d0)|['’](?P<yy>\d0))s\b")
# "'98", "since '21": a year written with two digits after an apostrophe.
SHORT_YEAR = re.compile(r"['’](?P<yy>\d\d)(?![\w'’])")
# "Sunday", "Tuesday's", "Monday (Nov. 25)", "Monday to Thursday", "Sunday evening"
WEEKDAYS = re.compile(
    rf"(?P<wd>{_WEEKDAY_NAMES})\b(?:['’]s)?(?:\s*\(\s*(?P<pm>{MONTH})\s*(?P<pd>{DAY})\s*\)"
    rf"|\s*(?:-|–|to|until|till|through|and)\s*(?P<wd2>{_WEEKDAY_NAMES})\b)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
)
# Time words, matched on the lower-cased text.
RELATIVE = re.compile(
    r"(?P<word>yesterday|today|tonight|tomorrow|overnight|weekend|night|morning|afternoon"
    r"|evening|week|month|year)\b"
)
FEASTS = re.compile(
    r"(?P<word>Christmas|New\s+Year['’]s|Boxing\s+Day|Valentine['’]s\s+Day|Halloween)\b"
)
OFFSET = re.compile(
    r"(?P<unit>hour|day|week|fortnight|month|year)s?\s+"
    r"(?P<dir>ago|earlier|later|before|after|from\s+now|previously|prior)\b"
)
# "the following day", "the next morning", "the previous week": counted from the date told before.
FOLLOWING = re.compile(
    r"(?P<which>following|next|previous|preceding)\s+"
    r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"
)
# "the day after", "the day before the vote": the base follows, or was told before.
DAY_AFTER = re.compile(r"(?P<unit>day|week|month|year)\s+(?P<dir>after|before)\b")
# "hours after the attack": the same day as the event.
HOURS_AFTER = re.compile(r"(?P<unit>hours|moments|minutes)\s+(?P<dir>after|before)\b")
RELATIVE_ANY_CASE = re.compile(RELATIVE.pattern, re.IGNORECASE)
OFFSET_ANY_CASE = re.compile(OFFSET.pattern, re.IGNORECASE)
FOLLOWING_ANY_CASE = re.compile(FOLLOWING.pattern, re.IGNORECASE)
DAY_AFTER_ANY_CASE = re.compile(DAY_AFTER.pattern, re.IGNORECASE)
HOURS_AFTER_ANY_CASE = re.compile(HOURS_AFTER.pattern, re.IGNORECASE)

# --- left context, matched with endpos = start of the core ---------------------------------
LEFT_WEEKDAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_NAMES}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?,?\s+(?:the\s+)?$"
)
LEFT_LEAD = re.compile(r"\b(?P<lead>(?i:between|from))\s+(?:the\s+)?$")
LEFT_THE = re.compile(r"\b(?i:the)\s+$")
# What may stand before "hours after": a bare start of clause, "just", "only", "within".
LEFT_HOURS = re.compile(r"\b(?P<lead>(?i:just|only|mere|several|a\s+few|few|some))\s+$")
LEFT_PART = re.compile(rf"\b(?P<part>(?i:{_PART}))[\s-]+$")
LEFT_SEASON = re.compile(r"\b(?P<season>(?i:summer|winter|spring|autumn|fall))(?:\s+of)?\s+$")
LEFT_MONTH_CONTEXT = re.compile(
    rf"\b(?P<ctx>(?i:in|since|by|until|till|from|between|during|through|throughout|before|after|last"
    rf"|next|this|of|{_PART}))[\s-]+$"
)
LEFT_WEEKDAY_CONTEXT = re.compile(
    r"\b(?P<ctx>(?i:last|next|this\s+coming|this|coming|from|between))\s+$"
)
LEFT_THIS_LAST_NEXT = re.compile(r"\b(?P<which>(?i:this|last|next))\s+$")
LEFT_WEEKEND = re.compile(r"\b(?P<ctx>(?i:over|during|at|on|this|last|past))\s+(?:the\s+)?$")
# "the start of the year", "later in the month": the current period.
LEFT_IN_THE = re.compile(
    r"\b(?P<part>(?i:start|end|beginning|middle|rest|earlier|later|early|late))"
    r"\s+(?i:of|in)\s+the\s+$"
)
FEAST_DAY = re.compile(r"\s+(?P<which>Day|Eve)\b")
LEFT_PERIOD_PART = re.compile(r"\b(?P<part>(?i:earlier|later|early|late|mid))[\s-]+$")
LEFT_NUMBER = re.compile(
    r"(?:\b(?P<approx>(?i:less\s+than|more\s+than|about|nearly|almost|some|around|roughly"
    r"|just\s+over|just\s+under|over|under))\s+)?"
    rf"\b(?P<n>(?i:{_NUMBER}))\s+$"
)
# Words before a number that make "two days before" a duration, not a point in time.
DURATION_LEAD = re.compile(r"\b(?i:for|lasted|lasting|within)\s+$")
WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$")
WORD_AFTER = re.compile(r"[\s,]{0,3}([A-Za-z]+)")
# What may follow "two days after": "the vote", "its election".
EVENT_PHRASE = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that)\s+[A-Za-z-]{2,30}")

# --- tense ------------------------------------------------------------------------------------
FUTURE_CUE = re.compile(
    r"(?i:\b(?:will|shall|won't|would|may|might|to\s+be\s+held|plans?\s+to|planned\s+for|planning"
    r"|scheduled|expects?|expected|due\s+to|due\s+on|due\s+in|set\s+to|set\s+for|upcoming|intends?\s+to"
    r"|is\s+to|are\s+to|would\s+be\s+held)\b|'ll\b)"
)
PAST_CUE = re.compile(
    r"(?i:\b(?:was|were|had|did|said|says|told|ago|earlier|last|happened|took\s+place)\b)"
)
# Where the words that govern a date's tense stop: punctuation and clause openers.
CLAUSE_STOP = re.compile(
    r"(?i:[,;:()\n]|[.!?](?=\s)|\s[-–—]\s|\b(?:and|but|that|after|before|while|when)\b)"
)
