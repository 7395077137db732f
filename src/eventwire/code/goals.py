"""Event words that name a goal or a general claim, not something that happened.

"These maneuvers aim to strengthen security cooperation", "the purpose of the exercise is to
expand ties", "joint exercises aimed at countering border threats": what follows the purpose
marker is a goal. Only an actor that states its own aim ("Iran seeks to restore ties") expresses
an intent (03x, through the intent wrappers); the goal of a thing (a drill, a law, a visit) is no
event at all. Likewise a claim about nobody ("no army in the world could resist …") asserts no
act. Decided on word order alone, in linear time, like :mod:`eventwire.code.scope`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from eventwire.analyse.tokens import Token
from eventwire.code.roles import clause_start
from eventwire.code.scope import anchor_of

# A verb that states a purpose when "to"/"at" follows it: "aim to", "aimed at", "seeks to".
PURPOSE_VERBS = frozenset(
    """
    aim aims aimed aiming seek seeks sought seeking intend intends intended designed meant
    strive strives dedicated geared
    """.split()
)
PARTICIPLES = frozenset({"designed", "meant", "dedicated", "geared"})
# "the purpose of the exercise is to …": a goal noun followed by "is to" within a few words.
GOAL_NOUNS = frozenset({"purpose", "goal", "aim", "objective", "objectives", "aims", "goals"})
GOAL_COPULAS = frozenset({"is", "was", "are", "were", "be"})
# Purpose phrases whose subject is always another act: "… in order to", "so as to".
PURPOSE_PHRASES = (
    ("in", "order", "to"),
    ("so", "as", "to"),
    ("with", "the", "aim", "of"),
    ("with", "a", "view", "to"),
)
# Words between an actor and its purpose verb that keep the actor the subject.
SUBJECT_SKIPS = frozenset(
    """
    also further now still would will is are was were be been being has have had
    reportedly apparently clearly
    """.split()
)
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "who"})
# Tokens that end the reach of a goal over the words after it.
GOAL_BREAKS = frozenset(
    {";", ".", "said", "says", "told", "added", "but", "while", "whereas", "according"}
)
MAX_GOAL_REACH = 24  # tokens after the marker: "aim to strengthen X, collaborate in Y, …"
MAX_GOAL_NOUN_GAP = 6  # "the purpose of the four-day exercise is to"
PARTICIPLES = frozenset({"designed", "meant", "dedicated", "geared"})
NEGATIVE_SUBJECTS = frozenset({"no", "none", "nobody", "nothing", "neither", "no-one"})
MODALS = frozenset({"could", "would", "can", "will", "might", "may"})
QUOTES = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})


class _Marker(NamedTuple):
    first: int
    end: int
    by_actor: bool  # an actor states its own aim ("Iran seeks to")
    finite: bool  # "aims to" as the clause's verb, not "aimed at" describing a noun


def drop_goals(triggers: list, tokens: list[Token], actor_ends: Collection[int]) -> list:
    """Triggers that state events, minus goals and claims about nobody.

    Args:
        triggers: the sentence's triggers after framing words were attached.
        tokens: the sentence's tokens.
        actor_ends: token indices just after each actor mention (end-exclusive).

    Returns:
        The triggers in order, without those inside the goal of a thing, the words after an
        actor's own first stated goal (that one stays, framed as an intent), and those whose
        clause opens with a negative quantifier ("no force", "none of", "nobody").
    """
    markers = _purpose_markers(tokens, actor_ends)
    kept = []
    kept_goal: set[int] = set()
    for trigger in triggers:
        if _negative_subject(tokens, anchor_of(trigger), trigger.pattern.kind):
            continue
        if any(trigger.last == m.first and m.finite and not m.by_actor for m in markers):
            continue  # "these maneuvers aim to …": a thing described by its goal
        marker = _goal_of(trigger, markers, tokens)
        if marker is None:
            kept.append(trigger)
            continue
        if marker.by_actor and marker.first not in kept_goal:
            # "Iran seeks to restore ties and …": the first goal is the intent it states.
            kept_goal.add(marker.first)
            kept.append(trigger)
    return kept


def _purpose_markers(tokens: list[Token], actor_ends: Collection[int]) -> list[_Marker]:
    """(first, end, stated by an actor, a finite "aim to") of each purpose marker."""
    words = [token.lower for token in tokens]
    markers = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in PURPOSE_VERBS and following in {"to", "at"}:
            # "exercises with Iran aimed at countering threats": a participle describing a
            # thing, even when an actor's name happens to stand right before it.
            stated = following == "to" and word not in PARTICIPLES
            by_actor = stated and _actor_subject(words, index, actor_ends)
            markers.append(_Marker(index, index + 2, by_actor, stated))
            continue
        if word in GOAL_NOUNS and following not in {"to", "at"}:
            for offset in range(1, MAX_GOAL_NOUN_GAP + 1):
                position = index + offset
                if position + 1 >= len(words) or words[position] in GOAL_BREAKS:
                    break
                if words[position] in GOAL_COPULAS and words[position + 1] == "to":
                    markers.append(_Marker(index, position + 2, False, False))
                    break
            continue
        for phrase in PURPOSE_PHRASES:
            if tuple(words[index : index + len(phrase)]) == phrase:
                markers.append(_Marker(index, index + len(phrase), False, False))
    return markers


def _actor_subject(words: list[str], verb: int, actor_ends: Collection[int]) -> bool:
    position = verb - 1
    while position >= 0 and (words[position] in SUBJECT_SKIPS or words[position].endswith("ly")):
        position -= 1
    if position < 0:
        return False
    return position + 1 in actor_ends or words[position] in PRONOUNS


def _goal_of(trigger, markers: list[_Marker], tokens: list[Token]) -> _Marker | None:
    for marker in markers:
        start, end = marker.first, marker.end
        if trigger.last <= start:
            continue
        if trigger.first < end:
            # The marker itself ("seek to" as an intent wrapper, "aim" as a noun).
            if trigger.first >= start or anchor_of(trigger) >= start:
                return marker
            continue
        if trigger.first - end > MAX_GOAL_REACH:
            continue
        if not any(token.lower in GOAL_BREAKS for token in tokens[end : trigger.first]):
            return marker
    return None


def _negative_subject(tokens: list[Token], anchor: int, kind: str) -> bool:
    first = clause_start(tokens, anchor)
    while first < anchor and tokens[first].lower in QUOTES:
        first += 1
    if first >= anchor:
        return False
    word = tokens[first].lower
    following = tokens[first + 1].lower if first + 1 < len(tokens) else ""
    if word == "no" and following == "one":
        return True
    if word not in NEGATIVE_SUBJECTS or anchor - first <= 2:
        return False  # "no talks were held": the negation wrapper already cancels the noun
    # "No group claimed the attack": the attack still happened; only the claim is negated.
    between = {token.lower for token in tokens[first:anchor]}
    return kind not in {"noun", "phrase"} or bool(between & MODALS)
