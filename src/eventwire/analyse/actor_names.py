"""Country names that are people's first names: "Jordan Achterberg", "Chad Miller".

A handful of state names are also common given names. Written before a capitalised word that
is neither a known actor nor a geographic or institutional head ("Jordan Valley", "Georgia
Dream"), the name is a person's, and the state is not an actor of the sentence.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token

# State names also in common use as given names (English-language news).
GIVEN_NAME_STATES = frozenset({"jordan", "chad", "israel", "georgia", "india", "kenya"})
# Capitalised words after a state name that keep it a place or a body: "Jordan Valley",
# "Israel Defense Forces", "Georgia Dream", "India Gate".
PLACE_HEADS = frozenset(
    """
    valley river basin sea lake street road avenue square gate bridge airport port border
    province region state city county coast desert mountains hills island islands
    defense defence forces army police government ministry embassy dream party national
    times post herald news tribune today daily radio television tv airways airlines bank
    cup team squad open prize
    """.split()
)


def is_given_name_use(tokens: list[Token], start: int, end: int, actor_starts: set[int]) -> bool:
    """Whether the one-word state name at ``tokens[start:end]`` is a person's first name.

    Args:
        tokens: the sentence's tokens.
        start: index of the state name.
        end: index after it.
        actor_starts: indices where another actor phrase starts (never a surname).

    Returns:
        True when the name stands before a capitalised surname-like word.
    """
    if end - start != 1 or tokens[start].lower not in GIVEN_NAME_STATES:
        return False
    if end >= len(tokens) or end in actor_starts or _is_title_case(tokens):
        return False
    following = tokens[end]
    if not (following.is_capitalised and following.text.isalpha()):
        return False
    if following.text.isupper() or following.lower in PLACE_HEADS:
        return False
    # "in Jordan Monday" or "Israel Sunday": a weekday or month is a date, not a surname.
    return following.lower not in _CALENDAR_WORDS


def _is_title_case(tokens: list[Token]) -> bool:
    # A headline ("Jordan Condemns Attack") capitalises its verbs; nothing there is a surname.
    words = [token for token in tokens if token.text.isalpha() and len(token.text) > 3]
    return len(words) >= 3 and sum(token.is_capitalised for token in words) > 0.6 * len(words)


_CALENDAR_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """.split()
)
