"""Which triggers of a sentence state an event of their own, and which only describe one.

A sentence usually tells one or two events; the other event words in it are the *content* of
a verbal act ("condemned Israel's decision to expand settlements", "accused Kyiv of shelling
the plant") or background ("after the Indian strikes", "over its support for M23"). CAMEO
codes the verbal act, not its content, and does not code background a second time. Both are
decided here on word order alone, so the coder stays parser-free and linear.
"""

from __future__ import annotations

from typing import Protocol

from eventwire.analyse.tokens import Token

# Roots of verbal acts whose object is an event that they talk about, not one that happened.
GOVERNING_ROOTS = frozenset({"01", "02", "05", "09", "10", "11", "12", "13"})
# Words that open a background phrase: the event named right after them is context.
BACKGROUND_OPENERS = frozenset(
    {"after", "following", "amid", "over", "despite", "since", "before", "ahead"}
)
BACKGROUND_PHRASES = (
    ("in", "response", "to"),
    ("in", "the", "wake", "of"),
    ("because", "of"),
    ("in", "retaliation", "for"),
    ("in", "protest", "at"),
)
# Tokens that end the reach of a verbal act over what follows it.
SCOPE_BREAKS = frozenset(
    {";", ":", ".", "but", "while", "whereas", "said", "says", "told", "according", "—", "–"}
)
MAX_BACKGROUND_GAP = 5  # tokens between the opener and the event word ("after the Indian strikes")
MAX_GOVERNED_GAP = 14


class TriggerLike(Protocol):
    first: int
    last: int
    framed_by: list


def anchor_of(trigger: TriggerLike) -> int:
    """First token of a trigger including the word that frames it ("threatened to strike")."""
    return trigger.framed_by[0].first if trigger.framed_by else trigger.first


def drop_embedded(triggers: list, tokens: list[Token]) -> list:
    """Triggers that state events of their own, in order.

    Args:
        triggers: the sentence's triggers after framing words were attached.
        tokens: the sentence's tokens.

    Returns:
        The triggers minus those that name the content of an earlier verbal act and those
        inside a background phrase; background triggers are kept when nothing else is left.
    """
    kept = [t for t in triggers if not _governed(t, triggers, tokens)]
    foreground = [t for t in kept if not _in_background(tokens, anchor_of(t))]
    # "after an attack … killed one diplomat": a killing alone is the outcome of the
    # background event, which is then the event told.
    if any(t.pattern.code != "1823" for t in foreground):
        return foreground
    return kept


def _governed(trigger, triggers: list, tokens: list[Token]) -> bool:
    start = anchor_of(trigger)
    for earlier in triggers:
        if earlier is trigger or earlier.last > start:
            continue
        frame = earlier.framed_by[0] if earlier.framed_by else None
        # A negated verbal act still governs its object ("did not veto the sanctions").
        code = frame.pattern.code if frame and frame.pattern.code != "000" else earlier.pattern.code
        if code[:2] not in GOVERNING_ROOTS or earlier.pattern.kind == "noun":
            continue
        if start - earlier.last > MAX_GOVERNED_GAP:
            continue
        if not _breaks_between(tokens, earlier.last, start, trigger.pattern.kind):
            return True
    return False


def _breaks_between(tokens: list[Token], start: int, end: int, kind: str) -> bool:
    words = [token.lower for token in tokens[start:end]]
    if any(word in SCOPE_BREAKS for word in words):
        return True
    # "… blamed Israel, and hours later struck a ship": a second verb after "and" is a new act.
    return kind != "noun" and "and" in words[-4:] and "of" not in words[words.index("and") :]


def _in_background(tokens: list[Token], anchor: int) -> bool:
    for back in range(1, MAX_BACKGROUND_GAP + 1):
        position = anchor - back
        if position < 0:
            return False
        word = tokens[position].lower
        if word in {",", ";", "and", "but", "said", "that"}:
            return False
        if word in BACKGROUND_OPENERS:
            return True
        for phrase in BACKGROUND_PHRASES:
            size = len(phrase)
            if tuple(t.lower for t in tokens[position - size + 1 : position + 1]) == phrase:
                return True
    return False
