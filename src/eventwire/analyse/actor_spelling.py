"""Misspelt state names: "Ethopia", "Afganistan" still name Ethiopia and Afghanistan.

News copy, wire transcripts and the CAMEO manual's own examples carry typos in country names.
A capitalised word that matches no actor phrase but is one edit (two for long names) away from
exactly one single-word state name is read as that state. Short words are never corrected:
below seven letters too many ordinary names sit one edit from a state ("Roland"/"Poland").
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from eventwire.analyse.tokens import Token
from eventwire.code.knowledge import ActorEntry, Knowledge

MIN_CORRECTED_LENGTH = 7
# Names of this length or more tolerate two edits ("Afganistan", "Kazakstan").
TWO_EDIT_LENGTH = 9

_STATE_NAMES: dict[int, tuple[Knowledge, dict[str, ActorEntry]]] = {}


def misspelt_state(tokens: list[Token], position: int, knowledge: Knowledge) -> ActorEntry | None:
    """The state whose one-word name the token at ``position`` misspells, if exactly one.

    Args:
        tokens: the sentence's tokens.
        position: index of a token that matched no actor phrase.
        knowledge: the actor lexicon (its single-word ``name`` entries of states are used).

    Returns:
        The state's lexicon entry, or None when the word is short, not capitalised, followed
        by another capitalised word (a person's or body's name), or near no or several states.
    """
    token = tokens[position]
    word = token.lower
    if len(word) < MIN_CORRECTED_LENGTH or not token.is_capitalised or not word.isalpha():
        return None
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and following.is_capitalised and following.text.isalpha():
        return None
    if _after_given_name(tokens, position):
        return None
    names = _state_names(knowledge)
    if word in names:
        return None
    limit = 2 if len(word) >= TWO_EDIT_LENGTH else 1
    best: list[ActorEntry] = []
    best_distance = limit + 1
    for name, entry in names.items():
        if abs(len(name) - len(word)) > limit or name[0] != word[0]:
            continue
        distance = Levenshtein.distance(word, name, score_cutoff=limit)
        if distance > limit:
            continue
        if distance < best_distance:
            best, best_distance = [entry], distance
        elif distance == best_distance and entry.code != best[0].code:
            best.append(entry)
    return best[0] if len(best) == 1 else None


def _after_given_name(tokens: list[Token], position: int) -> bool:
    # "Kristalina Georgieva", "Nikol Pashinyan": a capitalised word right before, inside the
    # sentence, makes the word a surname; a misspelt state follows a preposition or opens one.
    if position < 2:
        return False
    previous = tokens[position - 1]
    return previous.is_capitalised and previous.text.isalpha()


def _state_names(knowledge: Knowledge) -> dict[str, ActorEntry]:
    cached = _STATE_NAMES.get(id(knowledge))
    if cached is not None and cached[0] is knowledge:
        return cached[1]
    names: dict[str, ActorEntry] = {}
    for entries in knowledge.actors.values():
        for entry in entries:
            if entry.kind == "name" and len(entry.phrase) == 1 and _is_state(entry.code):
                names.setdefault(entry.phrase[0], entry)
    _STATE_NAMES[id(knowledge)] = (knowledge, names)
    return names


def _is_state(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code.isupper()
