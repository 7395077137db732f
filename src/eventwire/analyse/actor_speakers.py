"""The speaker a pronoun right after a speech verb refers to.

"The RSF welcomed the resolution … and said it was ready to attend talks": the "it" of what
is said is the one who says it, not the last state named before ("Russia" two sentences
earlier). Reported speech opens with the speaker's own pronoun far more often than with
somebody else's, so a subject pronoun right after "said"/"said that" takes the subject of the
clause that holds the speech verb. "They" only does so for a group or an organisation ("Police
said they had arrested 56 people"); a person's "they" speaks of others ("the minister said
they would be charged").
"""

from __future__ import annotations

from eventwire.analyse.actor_context import PERSON_TITLES
from eventwire.analyse.tokens import Token
from eventwire.model import Actor, Mention

SPEECH_VERBS = frozenset(
    """
    said says say added stated insisted announced confirmed claimed warned argued maintained
    acknowledged admitted vowed pledged promised denied reiterated stressed
    """.split()
)
SPEAKER_PRONOUNS = frozenset({"it", "they"})
# Words allowed between the speech verb and the pronoun: "said on Tuesday that it …".
SPEECH_FILLERS = frozenset(
    """
    that on in late early monday tuesday wednesday thursday friday saturday sunday a
    statement
    """.split()
)
MAX_SPEECH_FILLERS = 4
# The subject opens its clause: only determiners and a few words may come before it.
MAX_SUBJECT_OFFSET = 4


def speech_verb_before(tokens: list[Token], position: int) -> int | None:
    """Index of the speech verb that the pronoun at ``position`` follows, else ``None``."""
    for index in range(position - 1, max(-1, position - 2 - MAX_SPEECH_FILLERS), -1):
        word = tokens[index].lower
        if word in SPEECH_VERBS:
            return index
        if word not in SPEECH_FILLERS:
            return None
    return None


def speaker_of_pronoun(
    tokens: list[Token], position: int, named: list[Mention], people: dict[str, Actor]
) -> Actor | None:
    """The speaker a subject pronoun after a speech verb refers to ("Police said they …").

    Args:
        tokens: the sentence's tokens.
        position: the index of the pronoun.
        named: the actor mentions found by name in the sentence, in any order.
        people: the article's remembered people by name, to tell a person's "they".

    Returns:
        The actor of the speech verb's subject, or ``None`` when the pronoun does not follow a
        speech verb or the subject is not a named actor at the start of its clause.
    """
    pronoun = tokens[position].lower
    if pronoun not in SPEAKER_PRONOUNS:
        return None
    verb = speech_verb_before(tokens, position)
    if verb is None:
        return None
    start = _clause_start(tokens, verb)
    clause_from, verb_at = tokens[start].start, tokens[verb].start
    candidates = sorted(
        (m for m in named if clause_from <= m.start and m.end <= verb_at), key=lambda m: m.start
    )
    if not candidates or not isinstance(candidates[0].resolution, Actor):
        return None
    subject = candidates[0]
    offset = sum(1 for token in tokens[start:verb] if token.end <= subject.start)
    if offset > MAX_SUBJECT_OFFSET:
        return None  # "In a rare move after talks with Iran, officials said …": not the subject
    if pronoun == "they" and _is_person(subject, people):
        return None
    return subject.resolution


def _clause_start(tokens: list[Token], verb: int) -> int:
    # ", and the European Commission said it": a new subject after a comma and a conjunction;
    # a bare comma may close an aside (", which …,") and keeps the clause open.
    for index in range(verb - 1, 0, -1):
        word = tokens[index].lower
        if word == ";":
            return index + 1
        if word in {"and", "but"} and tokens[index - 1].text == ",":
            return index + 1
    return 0


def _is_person(mention: Mention, people: dict[str, Actor]) -> bool:
    words = mention.text.split()
    if not words:
        return False
    lowered = [word.lower() for word in words]
    return lowered[-1] in people or any(word in PERSON_TITLES for word in lowered)
