"""When two actor codes of one event's reports can name the same side, and when they disagree.

Outlets name the actors of one happening at different grains: "Ukraine", "Ukrainian
civilians", "Ukrainian armed forces"; "Tajik border guards" and "Tajikistan". A code and a
more specific one (``UKR`` and ``UKRCVL``) never disagree. Two sectors of one country are
read by the *side* they belong to:

- the state (``GOV``, ``MIL``, ``COP``, ``JUD``, ``LEG``, ``SPY``) acts through any of its
  organs, so "the Tajik government" and "Tajik troops" are one actor told two ways;
- challengers of the state (``REB``, ``OPP``) are another actor: "the RSF accused…" and
  "the army-led government accuses…" are two acts, never one;
- society (civilians, media, business, schools, clergy, aid groups…) is a third.

Who was *hit* is what outlets dispute most often ("civilians" against "a temporary
deployment point of the armed forces"), so a target told as the state by one report and as
society by another still belongs to one event, and the disagreement is a conflict. Sources
on different sides, or a state and its challengers in any role, are different actors.
"""

from __future__ import annotations

from typing import Literal

from eventwire.model import Actor

Side = Literal["state", "challenger", "society"]
Role = Literal["source", "target"]

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
CHALLENGER_SECTORS = frozenset({"REB", "OPP"})


def sector_side(actor: Actor) -> Side | None:
    """The side an actor's sector belongs to, or ``None`` when it has no sector."""
    sector = actor.sector
    if not sector and actor.country and actor.code.startswith(actor.country):
        # The code carries the sector when the field was left empty ("TJK" + "MIL").
        sector = actor.code[len(actor.country) : len(actor.country) + 3]
    if not sector:
        return None
    if sector in STATE_SECTORS:
        return "state"
    if sector in CHALLENGER_SECTORS:
        return "challenger"
    return "society"


def actors_nested(first: Actor | None, second: Actor | None) -> bool:
    """Whether one code refines the other (``IRN`` and ``IRNMIL``), or one is unknown."""
    if first is None or second is None:
        return True
    return first.code.startswith(second.code) or second.code.startswith(first.code)


def actors_agree(first: Actor | None, second: Actor | None) -> bool:
    """Whether two actors can both be true of one event without a disagreement.

    Nested codes agree, and so do two organs of one state (``TJKGOV`` and ``TJKMIL``);
    other countries or other sides (``UKRCVL`` and ``UKRMIL``) disagree.
    """
    if actors_nested(first, second):
        return True
    assert first is not None and second is not None
    sides = _sides_of_one_country(first, second)
    return sides is not None and sides[0] == sides[1]


def actors_may_match(first: Actor | None, second: Actor | None, role: Role) -> bool:
    """Whether reports naming these actors in ``role`` may tell one event.

    Actors that agree may; a target named as the state by one report and as its society
    by another may too (the dispute is then a conflict); anything else is two actors.
    """
    if actors_agree(first, second):
        return True
    assert first is not None and second is not None
    sides = _sides_of_one_country(first, second)
    return role == "target" and sides is not None and set(sides) == {"state", "society"}


def _sides_of_one_country(first: Actor, second: Actor) -> tuple[Side, Side] | None:
    if not first.country or first.country != second.country:
        return None
    first_side, second_side = sector_side(first), sector_side(second)
    if first_side is None or second_side is None:
        return None
    return first_side, second_side
