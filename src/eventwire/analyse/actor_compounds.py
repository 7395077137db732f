"""Compound actors: "Vietnamese-led forces", "the US-led coalition", "the Philippine Senate".

A state or demonym joined by a hyphen to "led" names the state that commands what follows:
the forces of a "Vietnamese-led" offensive are Vietnam's, a "US-led war" is the United
States' war. The tokenizer keeps the compound as one token, so the lexicon's "Vietnamese"
never sees it. A "-backed" compound is different on purpose: the backer of "Iran-backed
militias" is not the actor, so it is left unresolved and the sector noun stays countryless.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.knowledge import ActorEntry, Knowledge

LEADING_SUFFIXES = ("-led", "-commanded", "-run")
LEADING_KINDS = frozenset({"name", "demonym"})


def leading_state(tokens: list[Token], position: int, knowledge: Knowledge) -> ActorEntry | None:
    """The state that leads what the "<state>-led" token at ``position`` names, if any.

    Args:
        tokens: the sentence's tokens.
        position: index of a token that matched no actor phrase.
        knowledge: the actor lexicon (single-word state names and demonyms are used).

    Returns:
        An entry that reads as the state's demonym spanning the compound token (so a sector
        noun after it composes: "Vietnamese-led forces" → ``VNMMIL``), or None.
    """
    token = tokens[position]
    word = token.lower
    suffix = next((suffix for suffix in LEADING_SUFFIXES if word.endswith(suffix)), None)
    if suffix is None or not token.text[:1].isupper():
        return None
    prefix_text = token.text[: -len(suffix)]
    prefix = prefix_text.lower()
    for entry in knowledge.actors_starting(prefix):
        if entry.phrase != (prefix,) or entry.kind not in LEADING_KINDS:
            continue
        if entry.case_sensitive and not prefix_text.isupper():
            continue
        if not (len(entry.code) == 3 and entry.code.isalpha()):
            continue
        return ActorEntry("demonym", entry.code, (word,), False, entry.label)
    return None


def sector_reading(entry: ActorEntry | None, knowledge: Knowledge) -> ActorEntry | None:
    """The sector entry an actor phrase reads as after a state: its own, or the one its name spells.

    "the Philippine Senate", "Brazil's Congress": a name the lexicon gives one state's body
    (``USALEG``) is the named state's body after that state's name or demonym.

    Args:
        entry: the phrase's lexicon entry (None when there is no phrase).
        knowledge: the actor lexicon.

    Returns:
        A sector entry, or None when the phrase is neither a sector nor a sector's name.
    """
    if entry is None or entry.kind == "sector":
        return entry
    if entry.kind != "name":
        return None
    for candidate in knowledge.actors_starting(entry.phrase[0]):
        if candidate.kind == "sector" and candidate.phrase == entry.phrase:
            return candidate
    return None
