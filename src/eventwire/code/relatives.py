"""Relative clauses set between a subject and its verb.

"Sudan, which lies between the two countries, called on both …": the clause opened by
", which" and closed by a comma describes Sudan; the verb after it belongs to the main clause,
whose subject is Sudan, not an actor named inside the description.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.roles import clause_start, left_slot

RELATIVE_WORDS = frozenset({"which", "who", "whose"})


def main_clause_around_aside(
    slots: list, tokens: list[Token], first_clause: int, anchor: int
) -> tuple[list, int] | None:
    """The slots and first token of the main clause when a relative clause stands between the
    subject and ``anchor``; ``None`` when ``anchor`` does not follow such a clause.

    Args:
        slots: the sentence's actor slots.
        tokens: its tokens.
        first_clause: where the clause of ``anchor`` starts by word order (after "which").
        anchor: the trigger (or its frame).

    Returns:
        The slots outside the relative clause, and the main clause's first token.
    """
    relative = first_clause - 1
    if relative < 2 or tokens[relative].lower not in RELATIVE_WORDS:
        return None
    if tokens[relative - 1].text != ",":
        return None  # "the talks which Sudan hosted": a restrictive clause, no aside
    close = next((i for i in range(first_clause, anchor) if tokens[i].text == ","), None)
    if close is None:
        return None  # the trigger is inside the description itself
    head = relative - 1
    outside = [slot for slot in slots if not (relative <= slot.first < close)]
    return outside, clause_start(tokens, head)


def relative_head(slots: list, tokens: list[Token], first_clause: int, anchor: int) -> list:
    """The actor a ", which/who …" clause describes, when ``anchor`` is that clause's own verb
    with no actor before it ("Kenya, which accused Uganda of …": Kenya accuses); else ``[]``.
    """
    relative = first_clause - 1
    if relative < 2 or tokens[relative].lower not in {"which", "who"}:
        return []
    if tokens[relative - 1].text != ",":
        return []
    if any(first_clause <= slot.first < anchor for slot in slots):
        return []
    if any(tokens[i].text == "," for i in range(first_clause, anchor)):
        return []
    head = relative - 1
    return left_slot(slots, tokens, head, clause_start(tokens, head))
