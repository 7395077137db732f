"""What ties a report to an event told elsewhere in its article, and what unties a date.

Three kinds of words, each read where a report's own sentence states no date for it:

- a noun that names an act told before in other words: "the arrests" after "police detained
  37 people", "the talks" after "the ministers met" (:func:`tells_noun`);
- a statement placed at an event the article dates: "praised Athens at the summit", told the
  day after the summit (:func:`at_event_date`);
- a date that belongs to the release of a figure, not to the act it counts: "11 people were
  killed, according to figures released on Sunday" (:func:`is_release_date`).
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.model import Article, DateValue, Mention

# Words that tell the act a noun names besides the noun's own stem. Each group is one kind of
# act; a noun of the group is told by any stem of it ("strike" by "raid", "talks" by "met").
_KIN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("arrest", "detention", "crackdown"), ("arrest", "detain", "detention", "rounded up")),
    (
        ("strike", "attack", "raid", "bombing", "assault", "shelling", "ambush", "incursion"),
        ("attack", "strike", "struck", "raid", "bomb", "shell", "assault", "ambush", "hit "),
    ),
    (("blast", "explosion"), ("blast", "explo", "bomb", "detonat")),
    (
        ("talks", "meeting", "summit", "negotiations"),
        ("talk", "met ", "meet", "negotiat", "summit"),
    ),
    (("visit",), ("visit", "arriv", "travel", "flew")),
    (("vote", "election", "referendum", "ballot"), ("vote", "voting", "ballot", "poll", "elect")),
    (("agreement", "deal", "accord"), ("agree", "deal", "accord", "signed", "treaty", "pact")),
    (("ceasefire", "truce"), ("ceasefire", "cease-fire", "truce")),
    (("protest", "rally", "demonstration"), ("protest", "rall", "demonstrat", "march")),
    (("killing", "massacre"), ("kill", "massacre", "murder", "shot dead")),
    (("kidnapping", "abduction"), ("kidnap", "abduct", "seized", "hostage")),
    (("clash", "fighting"), ("clash", "fought", "fight", "exchanged fire")),
    (("exercise", "drill", "manoeuvre", "maneuver"), ("exercise", "drill", "manoeuv", "maneuv")),
    (("withdrawal",), ("withdr", "pull out", "pulled out")),
    (("funeral",), ("funeral", "buried", "burial")),
)
_KIN: dict[str, tuple[str, ...]] = {
    noun: stems for nouns, stems in _KIN_GROUPS for noun in nouns
}  # fmt: skip
# Past forms that do not begin with their noun's first letters: "the strike" after "struck".
_IRREGULAR_STEMS = {"strike": "struck", "fighting": "fought", "shooting": "shot", "meeting": "met"}

_GATHERINGS = (
    "summit|talks|meeting|conference|negotiations|funeral|ceremony|rally|parade|session"
    "|hearing|signing|visit"
)
_GATHERING_NOUNS = tuple(_GATHERINGS.split("|"))
# "praised Athens at the summit", "said during the talks", "on the sidelines of the meeting":
# the statement was made at that event. The determiner keeps out "at a summit next year".
_AT_EVENT = re.compile(
    r"(?=[adeoADEO])(?i:\b(?:at|during|after|on\s+the\s+(?:sidelines|margins)\s+of))\s+"
    r"(?:the|that|this|their|its|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's"
    r"|Saturday's|Sunday's)\s+(?:[A-Za-z-]+\s+){0,2}?"
    rf"(?P<noun>{_GATHERINGS})\b"
)
# "figures released by the two governments on Sunday": the words just before a release date.
_RELEASED = re.compile(
    r"(?i:\b(?:released|published|issued|updated|compiled|announced)"
    r"(?:\s+(?:by|from)\s+[\w'.-]+(?:\s+[\w'.-]+){0,6}?)?\s+(?:late\s+|early\s+)?(?:on\s+)?)$"
)
# What a released thing is when its date does not date the act it counts.
_RELEASED_THING = re.compile(
    r"(?i:\b(?:according\s+to|figures|data|tolls?|tally|count|statistics|numbers|report)\b)"
)
_RELEASE_WINDOW = 90
_RELEASE_WORDS = ("released", "published", "issued", "updated", "compiled", "announced")


def tells_noun(told: str, noun: str) -> bool:
    """Whether the lower-cased sentence ``told`` tells the act the noun names.

    Args:
        told: an earlier sentence, lower-cased.
        noun: an event noun of a definite phrase ("arrests" → "arrest" also matches).

    Returns:
        True when the sentence holds the noun's stem, its irregular past form, or a word of
        the same kind of act (``_KIN_GROUPS``).
    """
    noun = noun.lower()
    stem = noun[: max(4, len(noun) - 3)]
    if stem in told:
        return True
    irregular = _IRREGULAR_STEMS.get(noun)
    if irregular is not None and irregular in told:
        return True
    return any(word in told for word in _KIN.get(noun, ()))


def at_event_date(
    article: Article,
    sentence_index: int,
    dated: dict[int, list[DateValue]],
    by_sentence: dict[int, list[Mention]],
) -> DateValue | None:
    """The day of the event a statement is placed at, when the article dates it.

    "Arslan praised Greece at the summit": the summit the lead dated on Wednesday, not the
    publication day after it. The nearest earlier sentence that tells the event (its noun or
    a word of its kind) and states a day gives the date.
    """
    sentence = article.sentences[sentence_index]
    segment = article.text[sentence.start : sentence.end]
    # Substring tests in C spare the regex on the many sentences that name no gathering; a
    # plain loop, as a generator costs more than the tests (bounded finds cost more still).
    for noun in _GATHERING_NOUNS:
        if noun in segment:
            break
    else:
        return None
    tie = _AT_EVENT.search(segment)
    if tie is None:
        return None
    noun = tie["noun"]
    published = article.published_date
    for earlier in range(sentence_index - 1, -1, -1):
        bounds = article.sentences[earlier]
        told = article.text[bounds.start : bounds.end].lower()
        if not tells_noun(told, noun):
            continue
        values = dated.get(earlier, []) + [
            m.resolution
            for m in by_sentence.get(earlier, [])
            if isinstance(m.resolution, DateValue)
        ]
        days = [v for v in values if _is_event_day(v, published)]
        if days:
            source = days[0]
            reason = f"said at the {noun} of sentence {earlier}: {source.reason}"
            return DateValue(
                source.value, source.precision, source.basis, reason, source.expression
            )
    return None


def _is_event_day(value: DateValue, published: dt.date | None) -> bool:
    if value.precision != "day" or value.value is None:
        return False
    # A statement made at an event is news: a day more than a week before publication is the
    # date of an older event of the same kind.
    return published is None or dt.timedelta(0) <= published - value.value <= dt.timedelta(7)


def names_release(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` holds a word that releases a figure ("released", "issued")."""
    # One slice and plain substring tests: cheaper than bounded finds or a generator.
    span = text[begin:end]
    for word in _RELEASE_WORDS:
        if word in span:
            return True
    return False


def is_release_date(text: str, trigger_end: int, mention: Mention) -> bool:
    """Whether a date after the trigger is when a figure was released, not when the act was.

    "11 people were killed, according to figures released on Sunday": Sunday is the day of the
    figures. A date right after "released/published/issued (by …) on" in a clause that names
    figures, a toll or an "according to" source.
    """
    if mention.start < trigger_end:
        return False
    window = text[max(trigger_end, mention.start - _RELEASE_WINDOW) : mention.start]
    if _RELEASED.search(window) is None:
        return False
    return _RELEASED_THING.search(text, trigger_end, mention.start) is not None
