"""Partners and sides of an act: the actors after "with", "alongside" or "between", and which
of a report's actors count as distinct participants.

"a suspension of air links with Serbia" names whom a cut-off is with, "talks between Tehran and
Brussels" the two sides of a mutual act; a neighbour named after a boundary ("near the border
with Armenia") is a place, no partner. One participant per actor (``IRN`` beside ``IRNMIL`` is
one), the other member of a pair phrase, and objects that are the subjects themselves are
decided here too.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.roles import COORDINATORS, coordinated_right

PARTNER = frozenset({"with", "alongside", "between"})
# "near the border with Armenia": a neighbour named after a boundary is not a partner.
BOUNDARY_WORDS = frozenset({"border", "borders", "frontier", "boundary", "line"})


def partner_slots(slots: list, tokens: list[Token], start: int, end: int) -> list:
    """Slots introduced by "with", "alongside", "along with", "together with" or "between"."""
    found = []
    for slot in slots:
        if start <= slot.first and slot.last <= end and slot.first > 0:
            before = tokens[slot.first - 1].lower
            if before == "the" and slot.first > 1:
                before = tokens[slot.first - 2].lower
            if before in PARTNER and not _after_boundary(tokens, slot.first):
                found.extend(coordinated_right(slots, tokens, slot, end))
    return found


def between_slots(partners: list, tokens: list[Token]) -> list:
    """The partner slots of a "between X and Y" phrase: the two sides of a mutual act."""
    group: list = []
    for slot in partners:
        before = tokens[slot.first - 1].lower if slot.first > 0 else ""
        if before == "the" and slot.first > 1:
            before = tokens[slot.first - 2].lower
        if before == "between":
            group = [slot]
        elif group and all(
            token.lower in COORDINATORS | {"the"} for token in tokens[group[-1].last : slot.first]
        ):
            group.append(slot)
    return group if sum(len(slot.actors) for slot in group) >= 2 else []


def _after_boundary(tokens: list[Token], first: int) -> bool:
    words = [token.lower for token in tokens[max(0, first - 3) : first - 1]]
    return bool(words) and words[-1] in BOUNDARY_WORDS


def other_than(targets: list, sources: list) -> list:
    """``targets`` unless every one of them is one of the ``sources`` (then none)."""
    # "The government released prisoners and flew them home": an object resolved to the
    # subject itself is a misread pronoun or the subject's own people, not a second party.
    source_codes = {pair[0].code for pair in sources}
    if source_codes and all(pair[0].code in source_codes for pair in targets):
        return []
    return targets


def outside_subjects(targets: list, sources: list) -> list:
    """The targets that are no state among two or more subject states."""
    # "Greece and Turkey agreed to restart talks …, as their leaders met": with two or more
    # subject states, an object of one of those states ("their leaders") is the subjects
    # themselves, not a third party the act is done to.
    countries = {pair[0].country for pair in sources if pair[0].country is not None}
    if len(countries) < 2:
        return targets
    return [pair for pair in targets if pair[0].country not in countries]


def by_country(actors: list) -> list:
    """One (actor, mention) per participant: a code generalising a kept one is dropped."""
    # One participant per actor: a code that only generalises another ("IRN" beside "IRNMIL")
    # is the same participant, while two sectors of one state ("Congolese troops and M23
    # rebels") are two sides.
    best: list[tuple] = []
    for pair in sorted(actors, key=lambda item: -len(item[0].code)):
        code = pair[0].code
        if not any(kept[0].code.startswith(code) for kept in best):
            best.append(pair)
    return best


def pair_partner(slots: list, sources: list) -> list:
    """The other member of a pair slot holding the one source's state, or ``[]``."""
    # "…normalising ties between the two neighbours": the other member is the target.
    if len(sources) != 1:
        return []
    country = sources[0][0].country
    for slot in slots:
        if len(slot.actors) == 2 and country in {actor.country for actor in slot.actors}:
            return [(a, slot.mention) for a in slot.actors if a.country != country]
    return []
