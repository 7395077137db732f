"""Actor slots of a sentence: the token spans that can fill a report's source or target.

A slot is one participant: the actor mentions found on the same tokens (a pair phrase such as
"the two neighbours" gives several actors), with a title and the name right after it merged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from eventwire.analyse.tokens import Token
from eventwire.code.envoys import envoys_as_states
from eventwire.model import Actor, Mention


@dataclass
class Slot:
    """One participant of a sentence: its token span, actors and the mention that names it."""

    first: int  # token indices, end-exclusive
    last: int
    actors: list[Actor]
    mention: Mention


# "30 km from the Russian border": a state's adjective before its boundary names a line on the
# map; "the Syrian border town" and "Russian border guards" go on to name a thing or a party.
BOUNDARY_NOUNS = frozenset({"border", "frontier", "boundary"})
PREPOSITIONS_AFTER_BOUNDARY = frozenset(
    "with near at in on of from to into and or , . ; : since after".split()
)
# Words between an international body and its "in" ("mission", "peacekeeping force").
MAX_BODY_GAP = 3
DIRECTIONS = frozenset("southern northern eastern western central north south east west".split())


def actor_slots(tokens: list[Token], mentions: list[Mention]) -> list[Slot]:
    """Slots of a sentence's actor mentions, in token order (mentions off token edges skipped)."""
    first_at = {token.start: index for index, token in enumerate(tokens)}
    last_at = {token.end: index for index, token in enumerate(tokens)}
    slots: dict[tuple[int, int], Slot] = {}
    for mention in mentions:
        first, last = first_at.get(mention.start), last_at.get(mention.end)
        if first is None or last is None or _names_a_boundary(tokens, first, last):
            continue
        key = (first, last + 1)
        if key in slots:
            slots[key].actors.append(mention.resolution)  # a pair phrase: several actors
        else:
            slots[key] = Slot(first, last + 1, [mention.resolution], mention)
    ordered = _merge_adjacent(sorted(slots.values(), key=lambda slot: slot.first))
    return envoys_as_states(
        [
            slot
            for index, slot in enumerate(ordered)
            if not (index and _seat_of_body(tokens, ordered[index - 1], slot))
        ],
        tokens,
    )


def _seat_of_body(tokens: list[Token], body: Slot, slot: Slot) -> bool:
    # "The UN peacekeeping mission in Congo, MONUSCO, …", "the U.N. force in southern
    # Lebanon": the state after an international body's "in" is where the body works, not a
    # second participant.
    if len(slot.actors) != 1 or slot.actors[0].sector is not None:
        return False
    if not (body.actors[0].country or "").startswith("IGO"):
        return False
    position = slot.first - 1
    if position >= 0 and tokens[position].lower in DIRECTIONS:
        position -= 1
    if position < 0 or tokens[position].lower != "in":
        return False
    between = tokens[body.last : position]
    return len(between) <= MAX_BODY_GAP and all(token.text.isalpha() for token in between)


def _names_a_boundary(tokens: list[Token], first: int, last: int) -> bool:
    if first != last or first == 0 or last + 1 >= len(tokens):
        return False
    if not tokens[first].is_capitalised or tokens[last + 1].lower not in BOUNDARY_NOUNS:
        return False
    after = tokens[last + 2].lower if last + 2 < len(tokens) else "."
    # Only an adjective ("the Russian border"), not a name ("the Iraq border"): a demonym ends
    # in one of the usual suffixes.
    adjective = tokens[first].lower.endswith(("an", "ish", "ese", "i", "ic", "ch"))
    return adjective and tokens[first - 1].lower == "the" and after in PREPOSITIONS_AFTER_BOUNDARY


def _merge_adjacent(slots: list[Slot]) -> list[Slot]:
    # "Chinese President Xi Jinping": a title and the name right after it are one participant,
    # so coordination ("… and French President Emmanuel Macron") sees both people.
    merged: list[Slot] = []
    for slot in slots:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.last == slot.first
            and len(previous.actors) == 1
            and len(slot.actors) == 1
            and previous.actors[0].country == slot.actors[0].country
        ):
            keep = max(previous.actors + slot.actors, key=lambda actor: len(actor.code))
            mention = previous.mention
            span = replace(
                mention, end=slot.mention.end, text=mention.text + " " + slot.mention.text
            )
            merged[-1] = Slot(previous.first, slot.last, [keep], replace(span, resolution=keep))
            continue
        merged.append(slot)
    return merged
