"""Relative clauses set between a subject and its verb.

"Sudan, which lies between the two countries, called on both …": the clause opened by
", which" and closed by a comma describes Sudan; the verb after it belongs to the main clause,
whose subject is Sudan, not an actor named inside the description. An apposition that ends
in a relative clause is an aside too: "Al-Shabaab, the group that has fought Somalia's
government for two decades, claimed responsibility" is Al-Shabaab's claim.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.roles import clause_start, left_slot

RELATIVE_WORDS = frozenset({"which", "who", "whose"})
APPOSITION_RELATIVES = frozenset({"that", "which", "who", "whose"})
APPOSITION_OPENERS = frozenset({"the", "a", "an"})
MAX_APPOSITION_HEAD = 8  # tokens between the apposition's comma and its relative word
MAX_APPOSITION_VERB_GAP = 2  # auxiliaries between "that" and its verb ("that has fought")
MAX_NESTED_ASIDE = 30  # tokens from ", which" to the comma that closes the aside
MAIN_VERB_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "also", "now"})


def aside_opening(tokens: list[Token], relative: int) -> int | None:
    """Index of the comma that opens the aside whose relative word is at ``relative``.

    ", which …" opens at the comma before "which"; an apposition with a relative clause
    (", the al Qaeda-linked group that …") opens at the comma before its determiner.
    """
    if relative < 2:
        return None
    word = tokens[relative].lower
    if word in RELATIVE_WORDS and tokens[relative - 1].text == ",":
        return relative - 1
    if word not in APPOSITION_RELATIVES:
        return None
    for index in range(relative - 1, max(0, relative - 1 - MAX_APPOSITION_HEAD), -1):
        if tokens[index].text == ",":
            opens = index + 1 < relative and tokens[index + 1].lower in APPOSITION_OPENERS
            return index if opens else None
        if not any(character.isalnum() for character in tokens[index].text):
            return None  # a quote, bracket or dash: not a plain noun phrase
    return None


def main_clause_around_aside(
    slots: list, tokens: list[Token], first_clause: int, anchor: int, anchor_is_verb: bool = True
) -> tuple[list, int] | None:
    """The slots and first token of the main clause when a relative clause stands between the
    subject and ``anchor``; ``None`` when ``anchor`` does not follow such a clause.

    Args:
        slots: the sentence's actor slots.
        tokens: its tokens.
        first_clause: where the clause of ``anchor`` starts by word order (after "which").
        anchor: the trigger (or its frame).
        anchor_is_verb: whether the anchor is a verb; an apposition's main clause goes on
            with a verb ("…, claimed responsibility"), a list goes on with nouns.

    Returns:
        The slots outside the relative clause, and the main clause's first token.
    """
    # "the talks which Sudan hosted": a restrictive clause, no aside
    opening = aside_opening(tokens, first_clause - 1)
    if opening is None:
        opening = _opening_of_nested_aside(tokens, first_clause, anchor)
        if opening is None:
            return None
        first_clause = opening + 2
    close = next((i for i in range(first_clause, anchor) if tokens[i].text == ","), None)
    if close is None:
        return None  # the trigger is inside the description itself
    if opening != first_clause - 2 and (
        not anchor_is_verb or anchor - close > MAX_APPOSITION_VERB_GAP + 1
    ):
        return None  # "an exercise that includes simulations, live-fire drills": a list
    outside = [slot for slot in slots if not (opening < slot.first < close)]
    return outside, clause_start(tokens, opening)


def _opening_of_nested_aside(tokens: list[Token], first_clause: int, anchor: int) -> int | None:
    # "Rwanda, which U.N. experts say has deployed troops in Congo, denies …": a speech verb
    # inside the aside starts the anchor's clause by word order, so the ", which" lies further
    # back; the aside counts only when its closing comma stands right before the anchor.
    close = anchor - 1
    while close > first_clause and tokens[close].lower in MAIN_VERB_AUXILIARIES:
        close -= 1
    if close <= first_clause or tokens[close].text != ",":
        return None
    for index in range(first_clause - 1, max(1, close - MAX_NESTED_ASIDE), -1):
        if tokens[index].text in {",", ";"}:
            return None
        if tokens[index].lower in RELATIVE_WORDS and tokens[index - 1].text == ",":
            return index - 1
    return None


def relative_head(slots: list, tokens: list[Token], first_clause: int, anchor: int) -> list:
    """The actor a ", which/who …" clause (or ", the group that …" apposition) describes, when
    ``anchor`` is that clause's own verb with no actor before it ("Kenya, which accused Uganda
    of …": Kenya accuses); else ``[]``.
    """
    relative = first_clause - 1
    if relative < 2 or tokens[relative].lower not in {"which", "who", "that"}:
        return []
    head = aside_opening(tokens, relative)
    if head is None:
        return []
    if head != relative - 1 and anchor - first_clause > MAX_APPOSITION_VERB_GAP:
        return []  # "an exercise that includes … live-fire drills": an object, not the verb
    if any(first_clause <= slot.first < anchor for slot in slots):
        return []
    if any(tokens[i].text == "," for i in range(first_clause, anchor)):
        return []
    return left_slot(slots, tokens, head, clause_start(tokens, head))
