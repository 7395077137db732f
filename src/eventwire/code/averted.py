"""Event words that name no act of this sentence: acts to be stopped or guarded against, and
event words that are part of a title or of a standing thing.

Whole articles showed these shapes:

- a violent act after "stop/end/halt/cease" ("called on the warring parties to stop
  fighting", "to end the strikes") is the act to be ended, not one that happened;
- a violent act after "protect/shield … from" ("protect civilians from attacks") is a danger
  guarded against;
- "charge d'affaires" is a diplomat's title, not a criminal charge;
- a "court order" or "executive order" is a standing instrument ("to enforce a court order"),
  and a "cabinet meeting" is a government's internal business, not a meeting between parties.
"""

from __future__ import annotations

from typing import Protocol

from eventwire.analyse.tokens import Token

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ENDING_VERBS = frozenset(
    """
    stop stops stopped stopping end ends ending halt halts halting cease ceases ceasing
    """.split()
)
# Words allowed between the ending verb and the act ("stop the fighting", "end all attacks").
ACT_DETERMINERS = frozenset({"the", "its", "their", "all", "further", "any", "his", "her"})
GUARDING_VERBS = frozenset(
    """
    protect protects protected protecting shield shields shielded shielding safeguard
    safeguards safeguarded safeguarding defend defends defended defending guard guards
    guarded guarding
    """.split()
)
MAX_GUARD_GAP = 6  # words between "protect" and "from" ("protect civilians in Darfur from")
GUARD_BREAKS = frozenset({",", ";", ".", ":", "and", "but", "said", "who", "which"})
# Nouns before "order(s)" that make it a standing instrument, not a command given now.
INSTRUMENT_OWNERS = frozenset({"court", "executive", "restraining", "gag", "protection"})
ORDER_WORDS = frozenset({"order", "orders"})
# A meeting of one body with itself.
INTERNAL_BODIES = frozenset({"cabinet", "board", "staff", "caucus"})
MEETING_WORDS = frozenset({"meeting", "meetings", "session", "sessions"})
TITLE_APOSTROPHES = frozenset({"'", "’"})


class TriggerLike(Protocol):
    first: int
    last: int
    framed_by: list


def drop_averted_acts(triggers: list, tokens: list[Token]) -> list:
    """Triggers minus acts to be stopped or guarded against and words of titles/instruments.

    Args:
        triggers: the sentence's triggers, in order (with their frames).
        tokens: the sentence's tokens.

    Returns:
        The triggers that name an act of the sentence.
    """
    return [
        trigger
        for trigger in triggers
        if not (
            _is_ended(trigger, tokens)
            or _is_guarded_against(trigger, tokens)
            or _is_diplomatic_title(trigger, tokens)
            or _is_instrument_or_internal(trigger, tokens)
        )
    ]


def _word_before(tokens: list[Token], position: int, skip: frozenset[str]) -> str:
    position -= 1
    while position >= 0 and tokens[position].lower in skip:
        position -= 1
    return tokens[position].lower if position >= 0 else ""


def _is_ended(trigger, tokens: list[Token]) -> bool:
    if trigger.pattern.root not in VIOLENT_ROOTS or trigger.framed_by:
        return False
    return _word_before(tokens, trigger.first, ACT_DETERMINERS) in ENDING_VERBS


def _is_guarded_against(trigger, tokens: list[Token]) -> bool:
    if trigger.pattern.root not in VIOLENT_ROOTS or trigger.framed_by:
        return False
    position = trigger.first - 1
    while position >= 0 and tokens[position].lower in ACT_DETERMINERS:
        position -= 1
    if position < 0 or tokens[position].lower != "from":
        return False
    for back in range(position - 1, max(-1, position - 1 - MAX_GUARD_GAP), -1):
        word = tokens[back].lower
        if word in GUARDING_VERBS:
            return True
        if word in GUARD_BREAKS:
            return False
    return False


def _is_diplomatic_title(trigger, tokens: list[Token]) -> bool:
    # "the Russian charge d'affaires": tokenised as charge / d / ' / affaires.
    if trigger.last - trigger.first != 1:
        return False  # "summoned India's charge d'affaires": the summons is the act
    after = [token.lower for token in tokens[trigger.last : trigger.last + 3]]
    return (
        tokens[trigger.last - 1].lower in {"charge", "chargé"}
        and len(after) == 3
        and after[0] == "d"
        and after[1] in TITLE_APOSTROPHES
        and after[2] == "affaires"
    ) or after[:1] == ["d'affaires"]


def _is_instrument_or_internal(trigger, tokens: list[Token]) -> bool:
    if trigger.first == 0 or trigger.last - trigger.first != 1:
        return False
    word = tokens[trigger.first].lower
    before = tokens[trigger.first - 1].lower
    if word in ORDER_WORDS:
        return before in INSTRUMENT_OWNERS
    return word in MEETING_WORDS and before in INTERNAL_BODIES
