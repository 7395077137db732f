"""A state's envoy to an international body speaks for the state, not for the body.

"Sudan's representative at the United Nations, Al-Harith Idriss, thanked Russia", "Iran's
ambassador to the U.N. criticised Britain" and "Russia's deputy U.N. ambassador told the
council" name the body only as the envoy's post: the speaker is the state's government
(``SDNGOV``), and the body is no second participant.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.analyse.tokens import Token
from eventwire.code.article_countries import is_state_code
from eventwire.code.knowledge import make_actor

if TYPE_CHECKING:
    from eventwire.code.slots import Slot

ENVOY_NOUNS = frozenset(
    """
    representative representatives ambassador ambassadors envoy envoys delegate delegates
    delegation delegations mission
    """.split()
)
ENVOY_MODIFIERS = frozenset({"deputy", "permanent", "acting", "former", "new", "special"})
POST_LINKS = frozenset({"at", "to"})
HOST_LINKS = frozenset({"to", "from", "in"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'"})


def envoys_as_states(slots: list[Slot], tokens: list[Token]) -> list[Slot]:
    """Slots with a state's envoy to a body read as the state's government (module docstring).

    Args:
        slots: a sentence's slots in token order.
        tokens: the sentence's tokens.

    Returns:
        The slots, with the body's slot dropped or recoded and the state's slot a government.
    """
    result: list[Slot] = []
    for slot in slots:
        previous = result[-1] if result else None
        if previous is None or not _is_body(slot):
            result.append(slot)
            continue
        between = [token.lower for token in tokens[previous.last : slot.first]]
        if _posted_at(between, tokens[previous.last - 1].lower):
            # "Sudan's representative at the United Nations": the body is the post.
            result[-1] = _as_government(previous)
            continue
        inside = {token.lower for token in tokens[slot.first : slot.last]}
        if _is_bare_state(previous) and _possessive_only(between) and inside & ENVOY_NOUNS:
            # "Russia's deputy U.N. ambassador": one participant, the state's envoy.
            state = _as_government(previous).actors[0]
            result[-1] = replace(
                slot,
                first=previous.first,
                actors=[state],
                mention=replace(slot.mention, resolution=state, start=previous.mention.start),
            )
            continue
        result.append(slot)
    return result


def host_of_own_envoy(
    slots: list[Slot], tokens: list[Token], trigger, sources: list[Slot], targets: list[Slot]
) -> list[Slot] | None:
    """The state an envoy is recalled from, when the object inside a pattern is the source's own.

    "Algeria recalled its ambassador to Madrid", "pulled its diplomats from Kyiv": the envoy
    belongs to the one who acts; the host after "to", "from" or "in" is the party cut off.

    Args:
        slots: the sentence's slots; tokens: its tokens; trigger: the trigger.
        sources: the report's source slots; targets: its target slots.

    Returns:
        The host's slot (empty when the place after the link is no actor), None when the
        object is the source's own but no host follows, or ``targets`` unchanged.
    """
    first = targets[0]
    own_countries = {actor.country for slot in sources for actor in slot.actors}
    # The object inside the pattern, or its direct object right after it.
    placed = trigger.first < first.first <= trigger.last
    if not placed or not own_countries & {actor.country for actor in first.actors}:
        return targets
    link = max(first.last, trigger.last)
    if link >= len(tokens) or tokens[link].lower not in HOST_LINKS:
        return None
    return [slot for slot in slots if slot.first == link + 1][:1]


def _is_body(slot: Slot) -> bool:
    return len(slot.actors) == 1 and (slot.actors[0].country or "").startswith("IGO")


def _is_bare_state(slot: Slot) -> bool:
    return len(slot.actors) == 1 and is_state_code(slot.actors[0].country)


def _posted_at(between: list[str], last_word: str) -> bool:
    words = [word for word in between if word not in POSSESSIVE_MARKS]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if not words or words[-1] not in POST_LINKS:
        return False
    head = words[:-1]
    if not head:
        return last_word in ENVOY_NOUNS  # "Iran's ambassador to the United Nations"
    return (
        len(head) <= 3
        and head[-1] in ENVOY_NOUNS
        and all(word in ENVOY_MODIFIERS or word in ENVOY_NOUNS for word in head)
    )


def _possessive_only(between: list[str]) -> bool:
    return (
        bool(between)
        and between[0] in POSSESSIVE_MARKS
        and all(word in ENVOY_MODIFIERS for word in between[1:])
    )


def _as_government(slot: Slot) -> Slot:
    actor = slot.actors[0]
    if not is_state_code(actor.country) or actor.sector not in (None, "GOV"):
        return slot
    government = make_actor(f"{actor.country}GOV", actor.name)
    return replace(slot, actors=[government], mention=replace(slot.mention, resolution=government))
