"""Denials told as the speaker's own negated act: "Egypt said it had not closed the crossing".

CAMEO codes a denial as ``016`` from the denier (tests/data/README.md: "a denial is 016 from
the denier … and the denied act is not coded"). Newswire rarely uses the verb "deny" for it: the
speaker says that *it* did not do something. A negated act whose subject is a pronoun standing
for the speaker of the clause before is that speaker's denial; a negated act of anybody else
("Egypt said Israel had not struck") is only a negation, and a negated future ("said it would
not attend") is a refusal or a promise, never a denial.
"""

from __future__ import annotations

from eventwire.analyse.tokens import NEGATION_WORDS, Token
from eventwire.code.roles import ADVERBIAL_WORDS, clause_start, left_slot
from eventwire.model import Participant, Report

SPEECH_VERBS = frozenset(
    "said says insisted insists stated maintained added stressed told reiterated".split()
)
# Pronouns that, right after a speech verb, stand for the speaker itself.
SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
# Past and present only: "it would not attend" is about the future, not a denial of the past.
PAST_AUXILIARIES = frozenset({"had", "has", "have", "did", "does", "do", "was", "were", "is"})
# Words that may stand between the speech verb and the pronoun ("said on Saturday it …").
MAX_ADVERBIALS = 3


def denial_speaker(tokens: list[Token], anchor: int, window: int = 2) -> int | None:
    """Position of the speech verb when the negated act at ``anchor`` is the speaker's own.

    Args:
        tokens: the sentence's tokens.
        anchor: first token of the negated event (or of its framing words).
        window: how far before ``anchor`` the negation word may stand.

    Returns:
        The index of "said"/"insisted"/… in "X said (that) it had not VERB", or ``None``.
    """
    negation = None
    for position in range(anchor - 1, max(-1, anchor - window - 1), -1):
        if tokens[position].lower in NEGATION_WORDS and tokens[position].lower != "no":
            negation = position
            break
    if negation is None:
        return None
    if negation + 1 < len(tokens) and tokens[negation + 1].lower in {"been", "be"}:
        return None  # "said it had not been consulted": done to the speaker, not by it
    position = negation - 1
    if position >= 0 and tokens[position].lower in PAST_AUXILIARIES:
        position -= 1
    if position < 0 or tokens[position].lower not in SELF_PRONOUNS:
        return None
    position -= 1
    if position >= 0 and tokens[position].lower == "that":
        position -= 1
    skipped = 0
    while position >= 0 and skipped < MAX_ADVERBIALS:
        if tokens[position].lower in SPEECH_VERBS:
            return position
        if tokens[position].lower not in ADVERBIAL_WORDS:
            return None
        position -= 1
        skipped += 1
    if position >= 0 and tokens[position].lower in SPEECH_VERBS:
        return position
    return None


def denier_slots(slots: list, tokens: list[Token], speech: int) -> list:
    """The actor who speaks at ``speech``: the subject of the speech verb."""
    return left_slot(slots, tokens, speech, clause_start(tokens, speech))


def denial_reports(trigger, tokens: list[Token], slots: list, sentence, doc_id: str) -> list:
    """A ``016`` report from the speaker when the negated ``trigger`` is the speaker's own act.

    Args:
        trigger: the negated event trigger (its ``first``/``last`` token indices).
        tokens: the sentence's tokens.
        slots: the sentence's actor slots (with ``actors`` and ``mention``).
        sentence: the :class:`~eventwire.model.Sentence` being coded.
        doc_id: the article id.

    Returns:
        One denial report, or an empty list when the negated act is not the speaker's.
    """
    speech = denial_speaker(tokens, trigger.first, window=3)
    if speech is None:
        return []
    # The pronoun after the speech verb already stands for the speaker when the actor finder
    # resolved it (past an aside: "Mali's government, which relies on Russian mercenaries,
    # said it had not …"); the slot left of the verb is the fallback.
    pronoun_slots = [
        slot
        for slot in slots
        if speech < slot.first <= speech + 1 + MAX_ADVERBIALS
        and tokens[slot.first].lower in SELF_PRONOUNS
    ][:1]
    deniers = [
        (actor, slot.mention)
        for slot in pronoun_slots + denier_slots(slots, tokens, speech)
        for actor in slot.actors
        if actor.country is not None
    ]
    if not deniers:
        return []
    actor, mention = deniers[0]
    first = clause_start(tokens, speech)
    return [
        Report(
            doc_id=doc_id,
            sentence=sentence.index,
            start=tokens[first].start,
            end=tokens[trigger.last - 1].end,
            cameo="016",
            source=Participant(actor, mention.text, mention.start, mention.end),
            target=None,
            trigger_start=tokens[speech].start,
            trigger_end=tokens[trigger.last - 1].end,
            confidence=round(0.7 * mention.confidence, 3),
        )
    ]


def self_denier(slots: list, tokens: list[Token], anchor: int) -> list:
    """The speaker of "X said it was not responsible for …" when a denial phrase at ``anchor``
    opens with its negation and its subject is a pronoun for X; else an empty list."""
    if tokens[anchor].lower not in NEGATION_WORDS:
        return []
    speech = denial_speaker(tokens, anchor + 1, window=1)
    return denier_slots(slots, tokens, speech) if speech is not None else []
