"""The aspect of a report's clause: one act, a standing situation or habit, or background.

"Kharkiv has been shelled almost daily since 2022", "Russia regularly holds drills near the
border", "the militia has controlled the crossing for years" and "Thailand has long rejected
the court's jurisdiction" tell no act of one day: the date they carry ("since 2022") is where a
situation began, and merging such a report with a dated event would glue a years-long state of
affairs onto one strike. :func:`standing_reason` finds them; their date is unknown with a
reason ending in :data:`STANDING_MARK`, which :func:`is_standing` reads back.

The coder marks a whole sentence historical when any part of it is background ("…, suspended
in 2020, would be revived"); :func:`background_in_clause` says whether the trigger's own
clause is, so that the news of the day keeps its date.

Everything reads a bounded window of the trigger's clause with linear patterns: no parser.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from eventwire.model import DateValue, Mention
from eventwire.when.clauses import Region, clause_regions
from eventwire.when.patterns import for_lower_case

STANDING_MARK = "not one event"
# The patterns below open with a lookahead on the first letters a match can have: a search
# then skips every other position at once, which cannot change what it finds.
# How far around the trigger its clause is read: clauses are rarely longer, and the bound keeps
# a 100,000-word sentence from costing more than a short one.
_CLAUSE_REACH = 160
_CLAUSE_BREAKS = (",", ";", ":", "(", ")", "\n", " - ", " – ", " — ")
# A fronted phrase short enough to be an adverbial of the clause after it: "Years ago, …".
_FRONTED_REACH = 40
# How far after a nominal trigger ("Fighting between the army and the RSF since April 2023
# has killed …") its perfect may stand: a noun phrase with a modifier or two.
_SUBJECT_REACH = 90
_OPENING_REACH = 30
_PERFECT = re.compile(r"(?i:(?=h))\b(?i:has|have|had|hasn['’]t|haven['’]t)\s+(?!to\b)")
# "has long rejected", "have always insisted": the auxiliary right before the trigger.
_ADVERB_ENDINGS = (
    "long", "always", "repeatedly", "consistently", "continually", "years", "decades", "been",
)  # fmt: skip
_STANDING_ADVERB = re.compile(
    r"(?i:(?=h))\b(?i:has|have|had)\s+(?:long|always|repeatedly|consistently|continually"
    r"|for\s+(?:years|decades))\s+(?:been\s+)?$"
)
# "since 2022", "since the war began"; not the causal "since it considers …".
_SINCE = re.compile(r"(?i:(?=s))\b(?i:since)\s+(?!(?i:it|they|he|she|we|you|i|there|this\s+is)\b)")
_DURATION = re.compile(
    r"(?i:(?=[foi]))\b"
    r"(?i:(?:for|over)\s+(?:(?:the|more\s+than|nearly|almost|about|some|well\s+over)\s+)*"
    r"(?:(?:past|last)\s+)?(?:(?:a|two|three|four|five|six|seven|eight|nine|ten|several|many"
    r"|a\s+few|\d+)\s+)?(?:years|decades?|months)|in\s+recent\s+(?:years|months|weeks))\b"
)
_HABIT = re.compile(
    r"(?i:(?=[rfhcoanpde]))\b(?i:regularly|routinely|frequently|habitually|constantly|often"
    r"|(?:almost|nearly|practically)\s+(?:daily|nightly|every\s+(?:day|night))"
    # "shelled nightly", not "its daily briefing": the adverb, not the adjective before a noun.
    r"|(?:daily|nightly)(?=\s*(?:[,.;:)]|$|since\b|for\b|and\b))"
    r"|every\s+(?:day|night|evening|week|weekend|month|year)|each\s+(?:day|night|week|month|year)"
    r"|on\s+a\s+(?:daily|weekly|regular)\s+basis)\b"
)
_HABIT_HINTS = ("ly ", "often", "daily", "nightly", "every", "each ", "basis")
# Adverbs of habit that stand right before the verb they qualify: "regularly holds".
_HABIT_BEFORE = re.compile(
    r"(?i:(?=[rfhcout]))"
    r"\b(?i:regularly|routinely|frequently|habitually|constantly|often|usually|typically)"
    r"\s+(?:\w+\s+)?$"
)
# Cues of background the coder reads over a whole sentence, here read within one clause.
_BACKGROUND = re.compile(
    r"(?i:(?=[pfasli]))"
    r"\b(?i:previously|formerly|ago|since|at\s+the\s+time|last\s+(?:year|month|week|decade)s?"
    r"|(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d)\b"
)
_PAST_PERFECT = re.compile(r"(?=[hH'’])(?:\b(?i:had)\b|['’]d\s)")
# The two for ASCII text already lower-cased: the same spans, found faster by case-sensitive
# alternations (a case-blind one tests every branch at every position).
_BACKGROUND_LOWER = for_lower_case(_BACKGROUND)
_PAST_PERFECT_LOWER = re.compile(r"(?=[h'])(?:\bhad\b|'d\s)")
# A situation begun this recently is a campaign of days ("has shelled the town since Monday"),
# which the date it began still places.
_RECENT_START = dt.timedelta(days=31)


def clause_bounds(text: str, begin: int, end: int, trigger_start: int, trigger_end: int):
    """The span of the clause that holds the trigger, within the sentence ``text[begin:end]``.

    Returns:
        ``(start, stop)``: offsets into ``text``, at most ``_CLAUSE_REACH`` from the trigger.
    """
    low = max(begin, trigger_start - _CLAUSE_REACH)
    # Plain loops: this runs twice per trigger, and generators cost more than the finds.
    start = low
    for mark in _CLAUSE_BREAKS:
        # A mark not found still counts as ending at len(mark) - 1, as it always has: the
        # clause of a trigger near the text's start may begin a character or two in.
        after_mark = text.rfind(mark, low, trigger_start) + len(mark)
        if after_mark > start:
            start = after_mark
    high = stop = min(end, trigger_end + _CLAUSE_REACH)
    for mark in _CLAUSE_BREAKS:
        # Only a mark that starts before the nearest stop so far can be nearer.
        found = text.find(mark, trigger_end, min(high, stop + len(mark) - 1))
        if found != -1 and found < stop:
            stop = found
    return start, stop


def standing_reason(
    text: str,
    sentence_bounds: tuple[int, int],
    trigger: tuple[int, int],
    mentions: list[Mention],
    published: dt.date | None,
) -> str | None:
    """Why the report at ``trigger`` tells a standing situation or a habit, or None if it does not.

    Args:
        text: the article text.
        sentence_bounds: the report's sentence as ``(start, end)`` offsets.
        trigger: the trigger's ``(start, end)`` offsets.
        mentions: the date mentions of the sentence.
        published: the publication date, which tells how long ago a situation began.

    Returns:
        A reason ending in :data:`STANDING_MARK` ("a standing situation since 2022, not one
        event"), or None.
    """
    trigger_start, trigger_end = trigger
    reach = max(sentence_bounds[0], trigger_start - _CLAUSE_REACH)
    close = max(sentence_bounds[0], trigger_start - 40)
    # Bounded substring tests in C, without slicing, spare the patterns on the many clauses
    # without the words: every kind below needs "has"/"have"/"had", an adverb of habit or a
    # present-tense trigger.
    auxiliary = (
        text.find("has", reach, trigger_start) != -1
        or text.find("have", reach, trigger_start) != -1
        or text.find("had ", reach, trigger_start) != -1
    )
    adverbial = (
        text.find("ly ", close, trigger_start) != -1
        or text.find("often", close, trigger_start) != -1
    )
    present = _is_present_verb(text, trigger_start, trigger_end)
    # The bounded find spares the call on the many triggers with no "has"/"have" after them.
    subject = (
        not (auxiliary or adverbial or present)
        and text.find(" ha", trigger_end, min(sentence_bounds[1], trigger_end + _SUBJECT_REACH))
        != -1
        and _subject_of_perfect(text, sentence_bounds, trigger_start, trigger_end)
    )
    if not (auxiliary or adverbial or present or subject):
        return None
    near = text[close:trigger_start]
    if auxiliary and near.rstrip().endswith(_ADVERB_ENDINGS):
        adverb = _STANDING_ADVERB.search(near)
        if adverb is not None:
            return f"a standing position ('{' '.join(adverb.group().split())} …'), {STANDING_MARK}"
    habit_before = _HABIT_BEFORE.search(near) if adverbial else None
    if habit_before is not None:
        word = habit_before.group().split()[0]
        return f"a habitual act ('{word} {text[trigger_start:trigger_end]}'), {STANDING_MARK}"
    perfect = subject or (auxiliary and _perfect_before(text[reach:trigger_start]))
    if not (perfect or present):
        return None
    start, stop = clause_bounds(text, *sentence_bounds, trigger_start, trigger_end)
    clause = text[start:stop].lower()
    since = _SINCE.search(text, start, stop) if "since" in clause else None
    if since is not None and since.start() < trigger_start:
        # "has had no leaders since the president was assassinated": the trigger is the act
        # the situation is counted from, unless a perfect of its own follows ("Since 2022,
        # Kharkiv has been shelled").
        inside = _PERFECT.search(text, since.end(), trigger_start) is None
        since = None if inside else since
    if since is not None and perfect:
        begun = _mention_at(mentions, since.end())
        if begun is None:
            return f"a standing situation ('since …'), {STANDING_MARK}"
        if not _recent(begun, published):
            return f"a standing situation since {begun.text}, {STANDING_MARK}"
    hinted = any(hint in clause for hint in _HABIT_HINTS)
    habit = _HABIT.search(text, start, stop) if hinted else None
    if habit is not None:
        return f"a habitual act ('{' '.join(habit.group().split())}'), {STANDING_MARK}"
    lasting = perfect and ("years" in clause or "decade" in clause or "months" in clause)
    duration = _DURATION.search(text, start, stop) if lasting else None
    if duration is not None:
        return f"a standing situation ('{' '.join(duration.group().split())}'), {STANDING_MARK}"
    return None


def is_standing(value: DateValue) -> bool:
    """Whether a report date says the report tells a standing situation or habit, not an event."""
    return value.value is None and value.reason.endswith(STANDING_MARK)


def background_elsewhere(
    text: str,
    sentence_bounds: tuple[int, int],
    trigger_start: int,
    trigger_end: int,
    *,
    regions: Callable[[], list[Region]] | None = None,
) -> bool:
    """Whether the sentence's background cues all lie outside the trigger's own clause.

    True for "agreed that …, and that the measures, suspended in 2020, would be revived" and
    "claimed responsibility, saying it had targeted soldiers": the cue ("in 2020", "had") tells
    of another act, and the trigger's is the news of the day. A past perfect in the clause
    counts only before the trigger ("denied that officers had fired" is a denial of the day); a
    short fronted phrase counts with the clause it opens ("Years ago, …"). Cues inside a
    relative clause ("fought two wars over the region, which Baku retook in 2023") do not
    count as elsewhere: such a clause usually goes on with the background its noun began.

    ``regions``, when given, returns the sentence's :func:`clause_regions` (a caller dating
    several reports of one sentence keeps them).
    """
    begin, end = sentence_bounds
    original = text
    start, stop = clause_bounds(text, begin, end, trigger_start, trigger_end)
    if start - begin <= _FRONTED_REACH and not _has_break(text, begin, max(begin, start - 1)):
        start = begin
    lowered = _ascii_lower(text)
    if lowered is None:
        background, past_perfect = _BACKGROUND, _PAST_PERFECT
    else:
        text, background, past_perfect = lowered, _BACKGROUND_LOWER, _PAST_PERFECT_LOWER
    if past_perfect.search(text, start, trigger_start) is not None:
        return False
    if background.search(text, start, stop) is not None:
        return False
    cues = [cue.start() for cue in background.finditer(text, begin, end)]
    cues += [cue.start() for cue in past_perfect.finditer(text, begin, end)]
    # "denied that officers had fired": a past perfect after the trigger is its complement's.
    complement = [cue.start() for cue in past_perfect.finditer(text, trigger_end, stop)]
    cues = [cue for cue in cues if not start <= cue < stop] + complement
    if not cues:
        return False  # the coder saw something the cues do not name: trust it
    in_sentence = regions() if regions is not None else clause_regions(original, begin, end)
    relative = [r for r in in_sentence if r.opener in _RELATIVE_OPENERS]
    if any(r.start <= trigger_start < r.end for r in relative):
        return False  # "the crisis in 2021, which Warsaw blamed on Minsk": the noun's time
    # A relative clause on the subject ("Moscow, which fought a war in 2008, accused …") is
    # elsewhere; one after the trigger goes on with its background.
    after = [r for r in relative if r.start >= trigger_end]
    return any(not any(r.start <= cue < r.end for r in after) for cue in cues)


def _has_break(text: str, begin: int, end: int) -> bool:
    """Whether a clause break lies within ``text[begin:end]`` (``0 <= begin <= end``)."""
    for mark in _CLAUSE_BREAKS:
        if text.find(mark, begin, end) != -1:
            return True
    return False


_RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose", "where", "when"})


# The last article text lower-cased (None when not ASCII): the reports of an article ask for
# it in turn. Held by strong reference, so the identity check is safe.
_LAST_LOWERED: list[tuple[str, str | None]] = []


def _ascii_lower(text: str) -> str | None:
    """``text.lower()`` when ``text`` is ASCII (same offsets, same word boundaries), else None."""
    if _LAST_LOWERED and _LAST_LOWERED[0][0] is text:
        return _LAST_LOWERED[0][1]
    lowered = text.lower() if text.isascii() else None
    _LAST_LOWERED[:] = [(text, lowered)]
    return lowered


def _subject_of_perfect(
    text: str, sentence_bounds: tuple[int, int], trigger_start: int, trigger_end: int
) -> bool:
    """Whether a nominal trigger opening its clause is the subject of a perfect after it.

    "Fighting between the two groups has displaced …", "Clashes since 2021 have killed …":
    the act is told by the perfect that follows its noun, so that perfect is its tense.
    """
    begin, end = sentence_bounds
    window_end = min(end, trigger_end + _SUBJECT_REACH)
    found = -1
    for auxiliary in (" has ", " have "):
        at = text.find(auxiliary, trigger_end, window_end)
        if at != -1 and (found == -1 or at < found):
            found = at
    if found == -1 or text.endswith("ed", trigger_start, trigger_end):
        return False  # no perfect; or the trigger is a verb of the clause, not its subject
    # The noun opens its clause: at most a determiner or an adjective before it, read within a
    # few words' reach so that a long sentence costs no more than a short one.
    low = max(begin, trigger_start - _OPENING_REACH)
    opening = max(text.rfind(",", low, trigger_start), text.rfind(";", low, trigger_start))
    if opening == -1 and low > begin:
        return False
    if len(text[max(low, opening + 1) : trigger_start].split()) > 2:
        return False
    if _PERFECT.match(text, found + 1) is None:
        return False
    # Only a noun phrase between noun and auxiliary: a clause break means another predicate.
    return not any(mark in text[trigger_end:found] for mark in _CLAUSE_BREAKS)


def _perfect_before(window: str) -> bool:
    # The last "has"/"have" of the window, with no clause break between it and the trigger.
    found = max(window.rfind("has "), window.rfind("have "), window.rfind("had "))
    found = max(found, window.rfind("hasn"))
    found = max(found, window.rfind("haven"))
    if found == -1 or (found > 0 and window[found - 1].isalpha()):
        return False
    rest = window[found:]
    return not any(mark in rest for mark in _CLAUSE_BREAKS) and not rest.startswith(
        ("has to ", "have to ")
    )


def _is_present_verb(text: str, start: int, end: int) -> bool:
    # "holds", "attacks": a third-person present, the tense of habits.
    space = text.find(" ", start, end)
    first = text[start : end if space == -1 else space]
    return len(first) > 3 and first[-1] == "s" and not first.endswith(("ss", "us", "is"))


def _mention_at(mentions: list[Mention], offset: int) -> Mention | None:
    for mention in mentions:
        if offset <= mention.start <= offset + 20 or mention.start <= offset < mention.end:
            return mention
    return None


def _recent(mention: Mention, published: dt.date | None) -> bool:
    value = mention.resolution
    if not isinstance(value, DateValue) or value.value is None:
        return False
    if value.precision not in ("day", "week"):
        return False
    return published is not None and published - value.value <= _RECENT_START
