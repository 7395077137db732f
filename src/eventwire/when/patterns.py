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

from eventwire.when.family_scan import JointScan, LeftContext, SplitAlternation
from eventwire.when.lexicon import (
    FOREIGN_MONTHS,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    POSTPONING_VERBS,
    SCHEDULED_VERBS,
)

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
_NUMERIC = r"(?P<a>\d(?<!\d\d)\d{0,3})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})(?![.,]?\d)"
NUMERIC = re.compile(_NUMERIC)
# "25 November 2024", "3 and 5 May 2023", "7th of October"; and day-first dates quoted from
# other languages: "25 novembre 2024", "20 de diciembre de 2023", "1er mai", "25. November 2024".
_OTHER_MONTHS = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
DAY_MONTH = re.compile(
    rf"(?P<d>\d\d?(?:st|nd|rd|th|er)?(?!\d))(?P<dot>\.)?(?:\s*{_RANGE_WORD}\s*(?P<d2>{DAY}))?"
    rf"(?:\s+(?:of|de))?\s+(?:(?P<m>{MONTH})|(?P<fm>{_OTHER_MONTHS})\b)"
    rf"(?:,?\s+(?:de\s+|del\s+)?(?P<y>{YEAR}))?"
)
# "FY2025", "FY 2024", "FY25": a fiscal year, named by the year it ends in.
FISCAL_YEAR = re.compile(rf"FY\s?(?:(?P<y>{YEAR})|(?P<yy>\d\d)(?!\d))(?![\w%]|[-–/.,]\d)")
# "2020", "2014 to 2016", "2019-2020",
# "2023-24", "2023/24", "1990-95": a split (fiscal, season) year or a range with a short end.
YEARS = re.compile(
    rf"(?P<y>{YEAR})(?:\s*(?:-|–|to|and|until|till|through)\s*(?P<y2>{YEAR})"
    r"|[-–/](?P<yy>\d\d)(?![\w%]|[-–/.,]\d))?"
    r"(?![\w%]|[-–]\w|[.,]\d)"
)
# "15-Mar-2024", "03-JAN-2023": a day, a month's name and a year joined by hyphens (court and
# customs records). The hyphen before the month leads, so the engine jumps from one hyphen to
# the next; the day before it is read by the builder.
DASHED_MONTH = re.compile(
    rf"-(?P<m>(?i:{_FULL_MONTHS}|{_SHORT_MONTHS}|Sep))-(?P<y>{YEAR})(?![\w-]|[.,]\d)"
)
# The three digit-led patterns in one pass over the text. NUMERIC is screened with "any
# separator twice": a look-behind, where the joint scan tests patterns, cannot refer back.
DIGIT_LED = JointScan(
    [NUMERIC, DAY_MONTH, YEARS], r"\d", [_NUMERIC.replace("(?P=sep)", "[-/.]"), None, None]
)
# "November 25, 2024", "Nov. 25", "March 3-7, 2023", "Nov. 1 to Nov. 3", "July 2024", "March"
MONTHS = re.compile(
    rf"(?P<m>{MONTH})(?:\s*(?P<d>{DAY})(?:\s*{_RANGE_WORD}\s*(?:(?P<m2>{MONTH})\s*)?(?P<d2>{DAY}))?"
    rf"(?:,?\s+(?P<y>{YEAR}))?|,?\s+(?:of\s+)?(?P<ym>{YEAR})|\s+['’](?P<ys>\d\d)(?![\w'’]))?"
    r"(?![.,]\d|\s*%)"
)
# "the 1990s", "the '90s": a decade, read as the year it starts.
# Each branch starts with a literal so the engine skips to candidate positions.
DECADES = re.compile(r"1(?P<c19>[89]\d0)s\b|20(?P<c20>\d0)s\b|'(?P<yy>\d0)s\b|’(?P<yy2>\d0)s\b")
# "'98", "since '21": a year written with two digits after an apostrophe.
SHORT_YEAR_SCAN = SplitAlternation([["'"], ["’"]], r"(?:{words})(?P<yy>\d\d)(?![\w'’])")
SHORT_YEAR = SHORT_YEAR_SCAN.pattern
# "Thurs.": an abbreviation only with its full stop ("Sat." and "Sun." stay out: "The Sun.").
_WEEKDAY_ABBREVIATIONS = r"(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri)(?=\.)"


# "Sunday", "Tuesday's", "Monday (Nov. 25)", "Monday to Thursday", "Sunday evening"
def _weekdays(names: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<wd>{names})\b(?:['’]s)?(?:\s*\(\s*(?P<pm>{MONTH})\s*(?P<pd>{DAY})\s*\)"
        rf"|\s*(?:-|–|to|until|till|through|and)\s*(?P<wd2>{_WEEKDAY_NAMES})\b)?"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    )


WEEKDAYS = _weekdays(_WEEKDAY_NAMES)
# Scanned only in texts holding one (``WEEKDAY_ABBREVIATION_MARK``): the joint scan of capitals
# would test them at every "M", "T", "W" and "F".
WEEKDAYS_ABBREVIATED = _weekdays(_WEEKDAY_ABBREVIATIONS)
# A full stop after an abbreviation's last three letters: the "." leads, so the engine jumps
# from one full stop to the next and looks behind only there.
WEEKDAY_ABBREVIATION_MARK = re.compile(r"\.(?<=(?:Mon|Tue|ues|Wed|eds(?<=Weds)|Thu|hur|urs|Fri)\.)")
# Time words, matched on the lower-cased text. Their first letters are the commonest in
# English, so each family is scanned as one literal-led pattern per first letter
# (:class:`~eventwire.when.family_scan.SplitAlternation`); ``X`` is the whole pattern.
RELATIVE_SCAN = SplitAlternation(
    [["yesterday", "year"], ["today", "tonight", "tomorrow"], ["overnight"],
     ["weekend", "week", "winter"], ["night"], ["morning", "month"], ["afternoon", "autumn"],
     ["evening"], ["quarter"], ["spring", "summer"], ["fall"]],
    r"(?P<word>{words})\b",
)  # fmt: skip
RELATIVE = RELATIVE_SCAN.pattern
FEASTS = re.compile(
    r"(?P<word>Christmas|New\s+Year['’]s|Boxing\s+Day|Valentine['’]s\s+Day|Halloween"
    r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|May\s+Day|Thanksgiving(?:\s+Day)?)\b"
)
# Months, weekdays and feasts in one pass that stops only at their capitals, each screened by
# its leading words alone (the look-behind of the joint scan then tests little per capital).
CAPITAL_LED = JointScan(
    [MONTHS, WEEKDAYS, FEASTS],
    "[JFMASONDTWCBVHEG]",
    [
        rf"(?:{_FULL_MONTHS}|{_SHORT_MONTHS})\b",
        rf"(?:{_WEEKDAY_NAMES})\b",
        r"Christmas|New\s|Boxing|Valentine|Halloween|Easter|Good|May\sDay|Thanksgiving",
    ],
)
OFFSET_SCAN = SplitAlternation(
    [["hour"], ["day"], ["weekend", "week"], ["fortnight"], ["month"], ["year"], ["decade"]],
    r"(?P<unit>{words})s?\s+(?P<dir>ago|earlier|later|before|after|from\s+(?:now|today)|previously"
    r"|prior)\b",
)
OFFSET = OFFSET_SCAN.pattern
# "A year ago today", "two years ago to the day": the same day of the month, years back.
ANNIVERSARY = re.compile(r"\s+(?i:today|to\s+the\s+day)\b")
# "will reopen in a fortnight", "in two weeks": a point that far ahead (in a future clause).
IN_UNITS = re.compile(
    rf"in\s+(?P<n>{_NUMBER})\s+(?P<unit>day|week|fortnight|month|year)s?(?P<time>['’]s?\s+time\b)?"
    r"\b"
)
# Where the words before "in four months" that may make it a future point stop.
SENTENCE_STOP = re.compile(r"[;\n]|[.!?](?=\s)")
IN_UNITS_ANY_CASE = re.compile(IN_UNITS.pattern, re.IGNORECASE)
# "pledged to install … in four months", "agreed to meet again in ten days": an undertaking
# whose act lies ahead of the clause's own (past) tense.
UNDERTAKING_TO = re.compile(
    r"(?i:\b(?:pledged?|pledges|promised?|promises|vowed?|vows|agreed?|agrees|undertook"
    r"|undertakes?|aims?|aimed|hopes?|hoped|wants?|wanted|plans?|planned|intends?|intended"
    r"|threatened|threatens|offered|offers)\s+to\s+"
    r"(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+\b)"
)
# "in two days of talks", "the highest in a year": a span, not a point in time.
SPAN_AFTER = re.compile(r"\s+(?i:of|since|or|and|to)\b")
_SPAN_WORDS = (
    "time", "times", "highest", "lowest", "biggest", "largest", "worst", "best", "first", "once",
    "twice", "only", "most", "least", "deadliest", "longest", "more", "less", "than",
)  # fmt: skip
LEFT_SPAN = LeftContext(re.compile(rf"\b(?i:{'|'.join(_SPAN_WORDS)})\s+$"), _SPAN_WORDS)
# "the weekend before last", "the week before last": one more unit back than the last one.
BEFORE_LAST = re.compile(r"\s+(?i:before\s+last)\b")
# "the following day", "the next morning", "the previous week": counted from the date told before.
FOLLOWING_SCAN = SplitAlternation(
    [["following"], ["next"], ["previous", "preceding"]],
    r"(?P<which>{words})\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b",
)
FOLLOWING = FOLLOWING_SCAN.pattern
# "since then", "the same day": the day told before (a literal first letter keeps it cheap).
SAME_DAY = re.compile(r"s(?:ince\s+then|ame\s+(?:day|morning|afternoon|evening|night))\b")
# "later that day", "earlier in the day": the day told before, else the anchor's day.
# Two patterns, each with a literal first word, scan far faster than one alternation.
_IN_THE_DAY = r"\s+(?P<in>in\s+the|that)\s+(?:day|morning|afternoon|evening|night)\b"
LATER_IN_THE_DAY = re.compile(r"later" + _IN_THE_DAY)
EARLIER_IN_THE_DAY = re.compile(r"earlier" + _IN_THE_DAY)
# "the day after", "the day before the vote": the base follows, or was told before.
DAY_AFTER_SCAN = SplitAlternation(
    [["day"], ["week"], ["month"], ["year"]], r"(?P<unit>{words})\s+(?P<dir>after|before)\b"
)
DAY_AFTER = DAY_AFTER_SCAN.pattern
# "the year before last": read right after "year before"; "the year before last year's vote"
# counts from the vote instead.
RIGHT_LAST = re.compile(
    r"\s+last\b(?![-'’]|\s+(?:year|month|week|weekend|day|night|time|season|summer|winter|spring"
    r"|autumn|fall|quarter)s?\b)"
)
# "three days before that", "a week after then": counted from the date told before.
RIGHT_THAT = re.compile(r"\s+(?P<that>that|then)\b(?=\s*(?:[,;:!?)]|\.(?!\d)|$))")
# "hours after the attack": the same day as the event.
HOURS_AFTER_SCAN = SplitAlternation(
    [["hours"], ["moments", "minutes"]],
    r"(?P<unit>{words})\s+(?P<dir>after|before|later|earlier)\b",
)
HOURS_AFTER = HOURS_AFTER_SCAN.pattern
# Quarters and days of a month (builders in :mod:`eventwire.when.periods`).
QUARTER_CODE = re.compile(rf"Q(?P<q>[1-4])(?![\w-])(?:\s+(?P<y>{YEAR}))?")
# "H1 2024": a half-year code, read only with its year ("H1" alone may be a heading or a visa).
# Scanned only in texts holding "H1"/"H2": "H" leads too many words to scan for it everywhere.
HALF_YEAR_CODE = re.compile(rf"H(?P<h>[12])\s+(?P<hy>{YEAR})(?![\w-])")

DAY_OF_MONTH = re.compile(r"(?P<the>the)\s+(?P<d>\d\d?)(?:st|nd|rd|th)(?!\w)")
LEFT_QUARTER = LeftContext(
    re.compile(
        r"\b(?P<which>(?i:first|second|third|fourth|final|last|this|current|next|previous))[\s-]+$"
    ),
    "first second third fourth final last this current next previous".split(),
    hyphen=True,
)
# "Thursday last week": a weekday of the week named after it, not the nearest such day.
RIGHT_WEEK = re.compile(r"\s+(?P<which>last|next|this)\s+week\b")
# "the trial resumes on Monday week": British for a week after the coming Monday
# ("Monday week-long talks" and "Monday weekly" are other words).
RIGHT_WEEK_ON = re.compile(r"\s+week\b(?![-'’])")
RIGHT_QUARTER_YEAR = re.compile(rf"\s+(?:of\s+)?(?P<y>{YEAR})")
LEFT_SEASON_WHICH = LeftContext(
    re.compile(r"\b(?P<which>(?i:this\s+past|this|last|next|this\s+coming))\s+$"),
    ("this", "past", "last", "next", "coming"),
)
# "on the 18th", "by the 3rd": a day of the month, the month left to the anchor.
LEFT_DAY_OF_MONTH = LeftContext(
    re.compile(r"\b(?i:on|by|until|till|since|from|before|after|for)\s+$"),
    ("on", "by", "until", "till", "since", "from", "before", "after", "for"),
)
RIGHT_DAY_OF_MONTH = re.compile(
    r"(?:\s*(?:[,;:)!?]|\.(?!\d)|$)|\s+of\s+(?P<which>this|the|last|next)\s+month\b)"
)
# "ambushed on the 28th near the border": a preposition or clause opener after the day, where
# a rank would take its noun ("the 18th floor") or "time"/"in a row" ("for the 3rd time").
RIGHT_DAY_OF_MONTH_PHRASE = re.compile(
    r"\s+(?:near|in|at|outside|inside|when|while|as|after|before|amid|during|following|against"
    r"|around|along|across|off|with)\b(?!\s+a\s+row\b)"
)
# "by year-end", "at month-end": the end of the anchor's year or month.
PERIOD_END = re.compile(r"[-\s]end\b")
RELATIVE_ANY_CASE = re.compile(RELATIVE.pattern, re.IGNORECASE)
DAY_OF_MONTH_ANY_CASE = re.compile(DAY_OF_MONTH.pattern, re.IGNORECASE)

OFFSET_ANY_CASE = re.compile(OFFSET.pattern, re.IGNORECASE)
FOLLOWING_ANY_CASE = re.compile(FOLLOWING.pattern, re.IGNORECASE)
DAY_AFTER_ANY_CASE = re.compile(DAY_AFTER.pattern, re.IGNORECASE)
HOURS_AFTER_ANY_CASE = re.compile(HOURS_AFTER.pattern, re.IGNORECASE)
SAME_DAY_ANY_CASE = re.compile(SAME_DAY.pattern, re.IGNORECASE)
LATER_IN_THE_DAY_ANY_CASE = re.compile(LATER_IN_THE_DAY.pattern, re.IGNORECASE)
EARLIER_IN_THE_DAY_ANY_CASE = re.compile(EARLIER_IN_THE_DAY.pattern, re.IGNORECASE)

# --- left context, matched with endpos = start of the core ---------------------------------
LEFT_WEEKDAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_NAMES}|Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?,?\s+(?:the\s+)?$"
)
LEFT_LEAD = LeftContext(
    re.compile(r"\b(?P<lead>(?i:between|from))\s+(?:the\s+)?$"),
    ("between", "from", "the"),
)
LEFT_THE = LeftContext(
    re.compile(r"\b(?i:the)\s+$"),
    ("the",),
)
# What may stand before "hours after": a bare start of clause, "just", "only", "within".
LEFT_HOURS = LeftContext(
    re.compile(r"\b(?P<lead>(?i:just|only|mere|several|a\s+few|few|some))\s+$"),
    ("just", "only", "mere", "several", "few", "some"),
)
LEFT_PART = LeftContext(
    re.compile(rf"\b(?P<part>(?i:{_PART}))[\s-]+$"),
    ("early", "mid", "late", "of"),
    hyphen=True,
)
LEFT_FISCAL = LeftContext(
    re.compile(r"\b(?P<fiscal>[Ff]iscal(?:\s+[Yy]ear)?)\s+$"),
    ("fiscal", "year"),
)
LEFT_SEASON = LeftContext(
    re.compile(r"\b(?P<season>(?i:summer|winter|spring|autumn|fall))(?:\s+of)?\s+$"),
    ("summer", "winter", "spring", "autumn", "fall", "of"),
)
LEFT_MONTH_CONTEXT = LeftContext(
    re.compile(
        rf"\b(?P<ctx>(?i:in|since|by|until|till|from|between|during|through|throughout|before|after|last"
        rf"|next|this|of|{_PART}))[\s-]+$"
    ),
    "in since by until till from between during through throughout before after last next this of"
    " early mid late".split(),
    hyphen=True,
)
LEFT_WEEKDAY_CONTEXT = LeftContext(
    re.compile(r"\b(?P<ctx>(?i:last|next|this\s+coming|this|coming|from|between))\s+$"),
    ("last", "next", "coming", "this", "from", "between"),
)
LEFT_THIS_LAST_NEXT = LeftContext(
    re.compile(r"\b(?P<which>(?i:this|last|next))\s+$"),
    ("this", "last", "next"),
)
LEFT_WEEKEND = LeftContext(
    re.compile(r"\b(?P<ctx>(?i:over|during|at|on|this|last|past))\s+(?:the\s+)?$"),
    ("over", "during", "at", "on", "this", "last", "past", "the"),
)
# "the start of the year", "later in the month", "the first half of the year": the current
# period.
LEFT_IN_THE = LeftContext(
    re.compile(
        r"\b(?P<part>(?i:start|end|beginning|middle|rest|earlier|later|early|late"
        r"|(?:first|second|latter)\s+half))\s+(?i:of|in)\s+the\s+$"
    ),
    ("the",),
)
FEAST_DAY = re.compile(r"\s+(?P<which>Day|Eve)\b")
# "on the eve of Christmas": the day before the feast.
LEFT_EVE_OF = LeftContext(re.compile(r"\b(?:(?i:the)\s+)?(?i:eve)\s+of\s+$"), ("of",))
LEFT_PERIOD_PART = LeftContext(
    re.compile(r"\b(?P<part>(?i:earlier|later|early|late|mid))[\s-]+$"),
    ("earlier", "later", "early", "late", "mid"),
    hyphen=True,
)
LEFT_NUMBER = re.compile(
    r"(?:\b(?P<approx>(?i:less\s+than|more\s+than|about|nearly|almost|some|around|roughly"
    r"|just\s+over|just\s+under|over|under))\s+)?"
    rf"\b(?P<n>(?i:{_NUMBER}))\s+$"
)
# Words before a number that make "two days before" a duration, not a point in time.
DURATION_LEAD = LeftContext(
    re.compile(r"\b(?i:for|lasted|lasting|within)\s+$"),
    ("for", "lasted", "lasting", "within"),
)
# One or two capitalised words after a date: "Movement", "Youth Movement" (see NAME_HEADS).
NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?P<head>[A-Z][a-z]+)\b")
TWO_WORDS_BEFORE = re.compile(r"(?:\b(?P<first>[A-Za-z]+)\s+)?\b(?P<second>[A-Za-z']+)\s+$")
WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$")
WORD_AFTER = re.compile(r"[\s,]{0,3}([A-Za-z]+)")
# What may follow "two days after": "the vote", "its election".
EVENT_PHRASE = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that)\s+[A-Za-z-]{2,30}")

# "every Tuesday", "each May", "the first Tuesday in September": a date that recurs.
_ORDINALS = "|".join(
    word.replace(" ", r"\s+").replace("-", r"[-\s]") for word in sorted(ORDINAL_DAYS, key=len)[::-1]
)
# "the first of January", "the twenty-first of May": a day written as an ordinal word.
LEFT_ORDINAL_OF = LeftContext(
    re.compile(rf"\b(?P<ord>(?i:{_ORDINALS}))\s+of\s+$"),
    ("of",),
)
LEFT_RECURRING = LeftContext(
    re.compile(r"\b(?i:every|each|(?:the\s+)?(?:first|second|third|fourth|last))\s+$"),
    ("every", "each", "first", "second", "third", "fourth", "last"),
)
RIGHT_RECURRING = re.compile(r"\s+(?:in|of)\s+(?:every|each|the\s+month\b|[A-Z])")

# --- tense ------------------------------------------------------------------------------------
# The tense patterns open with a lookahead on the first characters a match can have: a
# search then skips every other position at once, which cannot change what it finds.
FUTURE_CUE = re.compile(
    r"(?i:(?=[wsmtpdeuia']))"
    r"(?i:\b(?:will|shall|won't|would|may|might|to\s+be\s+held|plans?\s+to|planned\s+for|planning"
    r"|scheduled|expects?|expected|due\s+to|due\s+on|due\s+in|set\s+to|set\s+for|upcoming|intends?\s+to"
    r"|is\s+to|are\s+to|would\s+be\s+held)\b|'ll\b)"
)
PAST_CUE = re.compile(
    r"(?i:(?=[wdhstael]))"
    r"(?i:\b(?:was|were|had|did|said|says|told|ago|earlier|last|happened|took\s+place)\b)"
)


def _led_by(words: tuple[str, ...]) -> str:
    """A lookahead on the first letters of ``words``, to open a caseless alternation of them."""
    return "(?i:(?=[" + "".join(sorted({word[0] for word in words})) + "]))"


def _present_forms(verb: str) -> str:
    first, _, rest = verb.partition(" ")
    if first.endswith("y") and first[-2] not in "aeiou":
        third = first[:-1] + "ies"
    elif first.endswith(("s", "sh", "ch", "x", "o")):
        third = first + "es"
    else:
        third = first + "s"
    forms = rf"(?:{first}|{third})"
    return forms + (r"\s+" + r"\s+".join(rest.split()) if rest else "")


# "Parliament votes on the budget in June": present simple of a scheduling verb.
SCHEDULED_PRESENT = re.compile(
    _led_by(SCHEDULED_VERBS)
    + r"(?i:\b(?:"
    + "|".join(_present_forms(verb) for verb in SCHEDULED_VERBS)
    + r")\b)"
)
POSTPONED = re.compile(
    _led_by(POSTPONING_VERBS)
    + r"(?i:\b(?:"
    + "|".join(v.replace(" ", r"\s+") for v in POSTPONING_VERBS)
    + r")\b)"
)
# The word right before a date that a postponement moves it to: "until 1 July".
LEFT_UNTIL = re.compile(r"\b(?i:until|till|to|for)\s+(?:the\s+)?$")
# A verb in its bare form right after "and" ("and summon"): no subject, no past ending.
BARE_VERB_AFTER_AND = re.compile(
    r"\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|on|in|at|to"
    r"|then|also|was|were|is|are|has|had|said)\b)[a-z]+(?<!ed)(?<!s)\s"
)
# Where the words that govern a date's tense stop: punctuation and clause openers.
CLAUSE_STOP = re.compile(
    r"(?i:(?=[,;:()\n.!?\sabtw]))"
    # "at 8 p.m. on Wednesday": the abbreviation's full stop ends no clause.
    r"(?i:[,;:()\n]|(?<![ap]\.m)[.!?](?=\s)|\s[-–—]\s|\b(?:and|but|that|after|before|while"
    r"|when)\b)"
)


def for_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its case-blind groups, for ASCII text already lower-cased.

    A case-blind alternation tests every branch at every position, a case-sensitive one skips a
    branch on its first letter: on lower-cased ASCII the same spans match several times faster.
    """
    source = pattern.pattern
    if re.search(r"[A-Z]", source) or pattern.flags & re.IGNORECASE:
        raise ValueError(
            f"cannot lower {source!r}: write its letters in lower case inside (?i:...) groups"
        )
    return re.compile(source.replace("(?i:", "(?:"))


# The tense patterns for ASCII windows lower-cased once (see ``tense_direction``).
CLAUSE_STOP_LOWER = for_lower_case(CLAUSE_STOP)
FUTURE_CUE_LOWER = for_lower_case(FUTURE_CUE)
PAST_CUE_LOWER = for_lower_case(PAST_CUE)
POSTPONED_LOWER = for_lower_case(POSTPONED)
LEFT_UNTIL_LOWER = for_lower_case(LEFT_UNTIL)
SCHEDULED_PRESENT_LOWER = for_lower_case(SCHEDULED_PRESENT)
