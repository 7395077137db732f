"""How a framing word changes the event it frames, and sentence-level modality cues.

"threatened to strike" is a threat (13x) not a strike; "agreed to meet" is an intent to meet
(036); "refused to negotiate" a rejection (125). The framed event's root picks the sub-code.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token

FRAMED_CODES: dict[str, dict[str, str]] = {
    "intent": {
        "04": "036",
        "05": "032",
        "06": "031",
        "07": "033",
        "08": "035",
        "03": "030",
        "18": "138",
        "19": "138",
        "20": "138",
        "17": "137",
        "16": "131",
        "15": "138",
        "14": "133",
    },
    "threat": {"18": "138", "19": "138", "20": "138", "16": "131", "17": "137", "15": "138"},
    "refuse": {"04": "125", "08": "124", "03": "127", "05": "127", "06": "121", "07": "122"},
    "appeal": {"04": "026", "08": "025", "06": "021", "07": "023", "03": "020"},
    "demand": {"04": "106", "08": "105", "06": "101", "07": "103"},
}
# Sub-codes of an intent that the framed act's full code picks ("ready to hold joint drills").
FRAMED_FULL_CODES: dict[str, dict[str, str]] = {
    "intent": {"061": "0311", "062": "0312", "063": "0313", "064": "0314"},
}
# Framed conflict turns an intent into a threat (its own root), not a cooperative intent.
HYPOTHETICAL = frozenset({"could", "might", "may", "should", "whether"})
CONDITIONS = frozenset({"if", "unless", "whether", "once"})
# Tokens after an announced act within which "unless" makes it a conditional threat.
MAX_CONDITION_GAP = 12
# "would" after a speech verb reports an announced act ("said it would allow"), not a guess.
FUTURE = frozenset({"will", "'ll", "shall", "tomorrow", "upcoming", "would"})
FUTURE_AFTER = frozenset({"next", "coming"})
HISTORICAL = frozenset({"previously", "formerly", "ago", "since", "earlier"})
PERIOD_WORDS = frozenset({"year", "years", "month", "months", "decade", "decades", "week"})


# An order to carry out a coercive or conciliatory act is coded as the act itself
# ("ordered the newspaper to suspend publication" is a 172), other orders as demands.
ORDERED_ACTS = frozenset({"08", "15", "16", "17"})


def framed_code(frame_kind: str, frame_code: str, framed_root: str | None, framed: str = "") -> str:
    """The code of an event framed by a word of ``frame_kind`` (or the frame's own code).

    Args:
        frame_kind: the framing word's kind ("intent", "threat", "order", …).
        frame_code: the framing word's own code, used when no sub-code fits.
        framed_root: the root of the framed event, or None when nothing is framed.
        framed: the framed event's full code (kept for ordered acts).
    """
    if framed_root is None:
        return frame_code
    if frame_kind == "order":
        if framed_root in ORDERED_ACTS and framed:
            return framed
        frame_kind = "demand"
    if frame_kind == "intent" and framed_root == "03" and framed:
        return framed  # "agreed to settle differences through dialogue": already an intent
    if framed in FRAMED_FULL_CODES.get(frame_kind, {}):
        return FRAMED_FULL_CODES[frame_kind][framed]
    return FRAMED_CODES.get(frame_kind, {}).get(framed_root, frame_code)


def intent_code(root: str) -> str | None:
    """The intent (03x) or threat (13x) code of an announced future act of ``root``."""
    return FRAMED_CODES["intent"].get(root)


def announced_code(root: str, tokens: list[Token], trigger_end: int) -> str | None:
    """The code of an announced future act of ``root`` ending at token ``trigger_end``.

    An act announced with a condition on someone else ("will withdraw its force from Chad
    unless the president arranges a ceasefire") is a threat (13x) whatever its root: CAMEO's
    "threaten" covers conditional announcements of costs. Otherwise as :func:`intent_code`.
    """
    following = [token.lower for token in tokens[trigger_end : trigger_end + MAX_CONDITION_GAP]]
    if "unless" in following:
        return FRAMED_CODES["threat"].get(root, "130")
    return intent_code(root)


def modality_of(tokens: list[Token], trigger: int, clause_start: int) -> str:
    """Modality of the event whose trigger is at ``trigger``, from cues in its clause."""
    before = [token.lower for token in tokens[max(clause_start, trigger - 4) : trigger]]
    clause = [token.lower for token in tokens[max(clause_start, trigger - 12) : trigger]]
    if any(word in HYPOTHETICAL for word in before) or _has_condition(clause):
        return "hypothetical"
    if any(word in FUTURE for word in before) or _has_phrase(before, ("going", "to")):
        return "future"
    modal = _modal_of_series(tokens, trigger, clause_start)
    if modal in HYPOTHETICAL:
        return "hypothetical"
    if modal in FUTURE:
        return "future"
    words = [token.lower for token in tokens]
    for index, word in enumerate(words):
        if word in FUTURE_AFTER and index + 1 < len(words) and words[index + 1] in PERIOD_WORDS:
            return "future"
    if "had" in before or _is_background(tokens):
        return "historical"
    return "asserted"


PAST_FORMS = frozenset(
    "took sent held met made gave told began broke came left won lost fought struck drew".split()
)
MAX_SERIES_REACH = 30  # tokens from a modal to the last verb of its series
# Words that end a verb series and open something else ("…, which", "after", "said").
SERIES_BREAKS = frozenset(
    """
    that which who whom whose because after before when while since said says told but ; :
    was were is are had has have did
    """.split()
)


def _modal_of_series(tokens: list[Token], trigger: int, clause_start: int) -> str | None:
    # "Turkey will withdraw its troops, reopen its consulate and release prisoners": every verb
    # of the series hangs on the one "will", however far back it stands. Only a verb right
    # after "and" or a comma continues a series.
    if trigger < 1 or tokens[trigger - 1].lower not in {"and", ","}:
        return None
    verb = tokens[trigger].lower
    if verb.endswith(("ed", "s")) or verb in PAST_FORMS:
        return None  # "said Bamako would never negotiate … and warned": a past verb of its own
    for index in range(trigger - 2, max(clause_start, trigger - MAX_SERIES_REACH) - 1, -1):
        word = tokens[index].lower
        if word in FUTURE or word in HYPOTHETICAL:
            following = tokens[index + 1] if index + 1 < trigger else None
            # "will" must govern a bare verb ("will withdraw"), not a noun ("the will of").
            if following is not None and following.text.isalpha() and following.text.islower():
                return word
            return None
        if word in SERIES_BREAKS:
            return None
    return None


def _is_background(tokens: list[Token]) -> bool:
    words = [token.lower for token in tokens]
    for index, word in enumerate(words):
        if word in HISTORICAL and word != "earlier":
            return True
        if (
            word == "had"
            and index + 1 < len(words)
            and (words[index + 1] == "been" or words[index + 1].endswith("ed"))
        ):
            return True  # past perfect: the sentence tells background
        if word == "last" and index + 1 < len(words) and words[index + 1] in PERIOD_WORDS:
            return True
        if word in {"in", "since"} and index + 1 < len(words):
            following = (
                words[index + 1]
                if words[index + 1].isdigit()
                else (words[index + 2] if index + 2 < len(words) else "")
            )
            if len(following) == 4 and following.isdigit() and following[:2] in {"19", "20"}:
                return True
    return False


def _has_condition(words: list[str]) -> bool:
    # "once again" and "at once" repeat or hurry an act; they do not make it conditional.
    for index, word in enumerate(words):
        if word not in CONDITIONS:
            continue
        if word == "once" and (
            words[index + 1 : index + 2] in (["again"], ["more"])
            or words[index - 1 : index] == ["at"]
        ):
            continue
        return True
    return False


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))
