"""Which kind of violence an attack is, from who acted, against whom and how many died.

CAMEO separates assault (18x: unconventional, by irregulars or unknown attackers), fighting
(19x: conventional force by a state's forces or armed groups in combat) and unconventional mass
violence (20x). A trigger word alone cannot choose: "bombed" is an aerial bombardment (195)
when an army does it and a bombing (183) when nobody claims it; "killed" is combat (190)
between armed sides, a killing (1823) of one person, and a mass killing (202) of dozens of
civilians. The rules here pick the code after the participants are known.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.model import Actor

STATE_FORCES = frozenset({"MIL", "GOV", "COP", "SPY"})
ARMED_SECTORS = STATE_FORCES | {"REB", "INS"}
# Victims who do not fight: a mass killing of them is unconventional mass violence.
UNARMED_SECTORS = frozenset({"CVL", "REL", "REF", "EDU", "MED", "LAB", "HLH", "OPP", None})
CONVENTIONAL_FIRE = frozenset({"190", "193", "194"})
MASS_KILLING_THRESHOLD = 20  # dead; CAMEO's 202 is "mass killings", not a count in itself


def is_state_force(actor: Actor | None) -> bool:
    """Whether ``actor`` is a state's armed, police or security forces (or the state itself)."""
    if actor is None or actor.country is None and actor.sector is None:
        return False
    if actor.sector is None:
        return len(actor.code) == 3 and not actor.code.startswith(("IGO", "NGO"))
    return actor.sector in STATE_FORCES


def fields_forces(actor: Actor | None) -> bool:
    """Whether ``actor`` fights as an armed side (state forces or an armed group)."""
    return is_state_force(actor) or actor is not None and actor.sector in {"REB", "INS"}


def violence_code(
    code: str, source: Actor | None, target: Actor | None, killed: int | None, *, verb: bool
) -> str:
    """The CAMEO code of a violent act given its participants.

    Args:
        code: the pattern's code (root 18, 19 or 20).
        source: the attacker, or None when unknown.
        target: the victim, or None.
        killed: the number of dead the sentence states, when it states one.
        verb: whether the trigger is a verb ("bombed"); an event noun ("a bomb attack") names
            the weapon, and its subject is often the victim, so it is not re-coded as aerial.

    Returns:
        ``code`` itself or the code the participants call for.
    """
    target_sector = target.sector if target is not None else None
    if code == "1823":
        if fields_forces(source) and target is not None and target_sector in ARMED_SECTORS:
            return "190"  # soldiers killing guerrillas is combat, not a murder
        if (killed or 0) >= MASS_KILLING_THRESHOLD and target_sector in UNARMED_SECTORS:
            return "202"
        return code
    if verb and code == "183" and is_state_force(source):
        return "195"  # a state's forces bomb from the air
    if code[:2] == "19" and not fields_forces(source) and code in CONVENTIONAL_FIRE:
        return "180"
    if code == "190" and _irregular_on_non_combatants(source, target):
        return "180"
    return code


# Targets that fight back: an armed group's attack on them is combat (19x).
COMBATANT_SECTORS = frozenset({"MIL", "REB", "INS", "SPY"})


def _irregular_on_non_combatants(source: Actor | None, target: Actor | None) -> bool:
    # Gold rule (tests/data/README.md): an armed group attacking police, a church, a tanker
    # or villagers commits an assault (18x); fighting an army or another group is 19x, and
    # so is shelling or small-arms fire (193, 194), which names a conventional means.
    return (
        source is not None
        and source.sector in {"REB", "INS"}
        and target is not None
        and target.sector is not None
        and target.sector not in COMBATANT_SECTORS
    )


# Words that make a violent noun the means of the killing before it ("killed 40 people in a
# night-time raid"): the killing is the act told, with the killer as its source.
MEANS_LINKS = frozenset({"in", "during"})
MAX_MEANS_GAP = 12  # tokens from the killing verb to the means noun


def fold_means_of_killing(triggers: list, tokens: list, killed: int | None) -> list:
    """Triggers with each violent noun that only says how a killing was done folded into it.

    "Aircraft killed 4 Iraqis in an attack on a depot": one act, whose subject is the
    attacker; it keeps the attack's code (the killing's count stays with the report), and a
    mass killing (:data:`MASS_KILLING_THRESHOLD` dead or more) keeps the killing's code.

    Args:
        triggers: the sentence's triggers, in order.
        tokens: the sentence's tokens.
        killed: the number of dead the sentence reports, if any.

    Returns:
        The triggers, the means nouns removed and their killings re-coded.
    """
    result = list(triggers)
    folded: set[int] = set()
    for number, trigger in enumerate(triggers):
        if trigger.pattern.code != "1823" or trigger.pattern.kind != "verb":
            continue
        for later_number in range(number + 1, len(triggers)):
            later = triggers[later_number]
            if _gap_without_aside(tokens, trigger.last, later.first) > MAX_MEANS_GAP:
                break
            if later.pattern.root not in {"18", "19", "20"}:
                continue
            link = [t.lower for t in tokens[max(trigger.last, later.first - 3) : later.first]]
            # "in a night-time raid": a noun phrase, whatever the word's pattern kind.
            if any(word in MEANS_LINKS for word in link) and any(
                word in {"a", "an", "the"} for word in link
            ):
                folded.add(later_number)
                if (killed or 0) < MASS_KILLING_THRESHOLD:
                    result[number] = replace(trigger, pattern=later.pattern)
            break
    return [trigger for number, trigger in enumerate(result) if number not in folded]


def _gap_without_aside(tokens: list, start: int, end: int) -> int:
    # "killed 43 civilians, most of them with machetes, in a raid": an aside between commas
    # says nothing about how far the means noun is from its killing.
    commas = [i for i in range(start, end) if tokens[i].text == ","]
    if len(commas) >= 2:
        return end - start - (commas[-1] - commas[0] + 1)
    return end - start
