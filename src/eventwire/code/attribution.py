"""Who tells an event, as opposed to who takes part in it.

News sentences end with their source: "…, officials in both countries said", "…, local
officials and the United Nations said on Tuesday", "…, according to the army". The actors of
such a trailing attribution are the speakers of the sentence, never the object of the act
told before them; taking them as targets was the commonest false participant in whole
articles. Likewise an actor named after a *reduced* passive ("an exchange mediated by Oman")
is the agent of that participle.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token

REPORTING_VERBS = frozenset(
    """
    said says say told tells added wrote writes reported reports stated announced confirmed
    quoted explained noted
    """.split()
)
# Words that may stand between a speaker and its verb: "officials in both countries said",
# "the ministry said on Sunday".
MAX_SPEAKER_TAIL = 8
MAX_SPEAKER_HEAD = 10
STOPS = frozenset({",", ".", ";", ":", '"', "“", "”", "(", ")"})


def is_trailing_speaker(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the actor at tokens ``[first, last)`` speaks in a trailing attribution.

    True for ", X said", ", X and Y said", ", according to X" and ", X told reporters":
    a comma (or the sentence start after a quote) opens the attribution, and a reporting
    verb follows the actor before any other punctuation.
    """
    if not _opened_by_comma(tokens, first):
        return False
    head = [token.lower for token in tokens[max(0, first - 4) : first]]
    if "according" in head and head[head.index("according") + 1 :][:1] == ["to"]:
        return True
    for index in range(last, min(len(tokens), last + MAX_SPEAKER_TAIL)):
        word = tokens[index].lower
        if word in REPORTING_VERBS:
            return True
        if word in STOPS:
            return False
    return False


def _opened_by_comma(tokens: list[Token], first: int) -> bool:
    for index in range(first - 1, max(-1, first - 1 - MAX_SPEAKER_HEAD), -1):
        word = tokens[index].lower
        if word == ",":
            return True
        if word in STOPS or word in REPORTING_VERBS:
            return False
    return False


def is_reduced_passive(tokens: list[Token], first: int, last: int, root: str) -> bool:
    """Whether the verb pattern at ``[first, last)`` is a participle with its agent right
    after it ("an exchange *mediated by* Oman", "talks *hosted by* Qatar").

    Only consultation verbs (root 04) are read so: "figures *released by* the two
    governments" shows that for other roots the noun before the participle is rarely an act.
    """
    word = tokens[first].lower
    if root != "04":
        return False
    if last - first != 1 or not word.endswith("ed") or last >= len(tokens):
        return False
    if tokens[last].lower != "by":
        return False
    # "Iran mediated by phone" keeps its subject: a participle follows a noun, not a name.
    return first > 0 and not tokens[first - 1].is_capitalised


PARTICIPLE_FORMS = frozenset({"hit", "shot", "held", "struck", "torn", "blown"})
MAX_AGENT_MODIFIERS = 3  # words between "by" and the means ("by a roadside landmine")


def agent_of_passive(tokens: list[Token], slots: list, first: int) -> tuple[bool, object]:
    """Whether the noun trigger at ``first`` is the agent of a passive verb, and the actor slot
    between "by" and it.

    "a Thai soldier was killed and two others wounded by a landmine": the landmine is the
    means, the soldier its victim (the target), and the layer of the mine unnamed; "killed by
    an Israeli drone" names its owner in the "by" phrase.

    Returns:
        (True, slot or None) for such a noun, (False, None) otherwise.
    """
    for by in range(first - 1, max(0, first - 2 - MAX_AGENT_MODIFIERS), -1):
        if tokens[by].lower == "by":
            break
        if not tokens[by].text.replace("-", "").isalpha():
            return False, None
    else:
        return False, None
    if by == 0:
        return False, None
    verb = tokens[by - 1].lower
    if not (verb.endswith(("ed", "en")) or verb in PARTICIPLE_FORMS):
        return False, None
    owner = next((slot for slot in slots if by < slot.first and slot.last <= first), None)
    return True, owner
