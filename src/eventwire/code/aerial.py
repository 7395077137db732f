"""Strikes from the air: missiles, rockets, drones and air strikes by a state's forces.

CAMEO's 195 ("employ aerial weapons") covers air strikes and missile attacks. The trigger
word is often generic ("Russian missiles hit a neighbourhood", "carried out an air strike",
"pounded Kharkiv with missiles"): the weapon is named by the subject, inside the trigger or
right after it. The gold convention keeps such attacks by armed groups or unknown attackers
as conventional fighting (190: "Houthi rebels fired a ballistic missile", "two rockets
landed"), so only a state's forces are re-coded; rockets are artillery (194).
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.violence import is_state_force
from eventwire.model import Actor

AERIAL_WORDS = frozenset(
    """
    missile missiles drone drones airstrike airstrikes air-strike air-strikes
    warplanes warplane jets bombers aircraft helicopter helicopters
    """.split()
)
AIR_STRIKES = frozenset({("air", "strike"), ("air", "strikes"), ("air", "raid"), ("air", "raids")})
MAX_WEAPON_GAP = 4  # tokens after the trigger where "with missiles" may name the weapon
# Artillery and rocket fire (194) names its own means; killings keep their own codes.
KEPT_CODES = frozenset({"1823", "186", "194", "202", "195"})


def names_aerial_weapon(tokens: list[Token], first: int, last: int, sources: list) -> bool:
    """Whether the trigger at ``[first, last)``, the words right after it or its subject
    (``sources``: slots with ``first``/``last``) name an aerial weapon."""
    spans = [(first, min(len(tokens), last + MAX_WEAPON_GAP))]
    # "Russian missiles hit …": the weapon stands between the subject and its verb.
    spans += [
        (slot.first, first if 0 <= first - slot.last <= MAX_WEAPON_GAP else slot.last)
        for slot in sources
    ]
    for start, end in spans:
        words = [token.lower for token in tokens[start:end]]
        if AERIAL_WORDS.intersection(words):
            return True
        if {tuple(words[i : i + 2]) for i in range(len(words) - 1)} & AIR_STRIKES:
            return True
    return False


def aerial_code(code: str, source: Actor | None, aerial: bool) -> str:
    """``195`` for a violent act of a state's forces with an aerial weapon, else ``code``."""
    if aerial and code[:2] in {"18", "19"} and code not in KEPT_CODES and is_state_force(source):
        return "195"
    return code
