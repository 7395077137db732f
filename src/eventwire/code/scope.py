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
from eventwire.code.roles import REACTION_CUES

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
# "…, the latest in a string of attacks on politicians": earlier acts of the same kind, never
# the event told, even when the act told is only a killing.
PRECEDENT_PHRASES = (("the", "latest", "in"), ("the", "latest", "of"))
# Tokens that end the reach of a verbal act over what follows it.
SCOPE_BREAKS = frozenset(
    {";", ":", ".", "but", "while", "whereas", "said", "says", "told", "according", "—", "–"}
)
MAX_BACKGROUND_GAP = 5  # tokens between the opener and the event word ("after the Indian strikes")
# A nominal background runs on through coordination: "amid an easing of tensions and improving
# relations between the two countries".
MAX_NOMINAL_BACKGROUND_GAP = 10
# Participles that comment on what an act means ("…, signalling closer defence cooperation",
# "marking a step toward normalising ties"): the event word after them is an interpretation.
COMMENTARY_OPENERS = frozenset(
    """
    signaling signalling marking underlining underscoring highlighting reflecting showcasing
    """.split()
)
# Sentence-initial openers of a background phrase that ends at a comma ("Despite years of
# tense relations …, the exercise …").
INTRO_OPENERS = frozenset({"despite", "amid", "after", "following", "given", "notwithstanding"})
# After a comma these words continue the background list instead of starting the main clause.
LIST_CONTINUERS = frozenset({"as", "and", "or", "including", "such", "notably", "especially"})
# Arrests, detentions, trials (17): "arrested 56 people for looting", "charged three men with
# planning arson attacks": the act after the connector is the charge, not an act reported.
CHARGING_ROOTS = frozenset({"17"})
CHARGE_CONNECTORS = frozenset({"for", "with", "of"})
MAX_CHARGE_GAP = 12
# "its monitors had heard heavy gunfire", "residents saw explosions": what somebody perceived
# names no one who acted; the sentence's actors are no participants of it.
PERCEPTION_VERBS = frozenset(
    "heard hear hears hearing saw see sees seen witnessed witness witnesses noticed".split()
)
PERCEPTION_FILLERS = frozenset(
    "the a an heavy loud sporadic intense several many multiple some more".split()
)
# Roots whose "X and Y to …" complement is what is asked of X and Y, not what they did.
ASKING_ROOTS = frozenset({"02", "10"})
PERMISSION_VERBS = frozenset(
    "allow allows allowed allowing permit permits permitted permitting".split()
)
NOUN_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
MAX_INTRO = 40
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
    kept = [
        t
        for t in triggers
        if not _governed(t, triggers, tokens)
        and not _after_precedent(tokens, anchor_of(t))
        and not _perceived(tokens, anchor_of(t))
        and not _permitted(tokens, anchor_of(t))
    ]
    intro = intro_end(tokens)
    foreground = [
        t
        for t in kept
        if anchor_of(t) >= intro and not _in_background(tokens, anchor_of(t), t.pattern.kind)
    ]
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
        if code[:2] in CHARGING_ROOTS and _charged_with(tokens, earlier, start):
            return True

        if code[:2] not in GOVERNING_ROOTS or earlier.pattern.kind == "noun":
            continue
        if start - earlier.last > MAX_GOVERNED_GAP:
            continue
        if not _breaks_between(tokens, earlier.last, start, trigger.pattern.kind):
            return True
        if code[:2] in ASKING_ROOTS and _asked_of_coordinated(tokens, earlier.last, start):
            return True
        if code[:2] in ASKING_ROOTS and _plea_continued(trigger, tokens, earlier.last, start):
            return True
    return False


def _plea_continued(trigger, tokens: list[Token], start: int, end: int) -> bool:
    # "urged Turkey to drop the charges and release the journalists": a bare verb after "and"
    # continues the infinitive asked for; a past or present form ("and released") is the
    # speaker's own second act.
    words = [token.lower for token in tokens[start:end]]
    if "to" not in words or not words or words[-1] != "and" or trigger.pattern.kind != "verb":
        return False
    if any(word in SCOPE_BREAKS for word in words) or words.index("to") > words.index("and"):
        return False
    word = tokens[end].lower
    forms = trigger.pattern.elements[0]
    inflected = word.endswith(("ed", "ing")) or (
        word.endswith("s") and (word[:-1] in forms or word[:-2] in forms)
    )
    return tokens[end].text.islower() and not inflected


def _permitted(tokens: list[Token], anchor: int) -> bool:
    # "a law that allows the government to shut down media", "allowed Kyiv to strike targets":
    # the permitted act is what may happen, not what happened; the permission is the event.
    seen_to = False
    for position in range(anchor - 1, max(-1, anchor - MAX_GOVERNED_GAP - 1), -1):
        word = tokens[position].lower
        if word in SCOPE_BREAKS or word == ",":
            return False
        if word in PERMISSION_VERBS:
            return seen_to
        seen_to = seen_to or word == "to"
    return False


def _breaks_between(tokens: list[Token], start: int, end: int, kind: str) -> bool:
    words = [token.lower for token in tokens[start:end]]
    if any(word in SCOPE_BREAKS for word in words):
        return True
    if any(a == "," and b in REACTION_CUES for a, b in zip(words, words[1:], strict=False)):
        return True  # "vetoed the draft, drawing criticism from Britain": Britain's own act
    # "… blamed Israel, and hours later struck a ship": a second verb after "and" is a new act.
    if kind == "noun" or "and" not in words[-4:] or "of" in words[words.index("and") :]:
        return False
    # "called for the immediate and unconditional release": the "and" joins two adjectives
    # of one noun phrase, no second verb follows it.
    if len(words) >= 4 and words[-2] == "and" and words[-4] in NOUN_DETERMINERS:
        return False
    # "accused the marchers of burning tyres and blocking a road": a second gerund after
    # "and" continues the charge opened by "of"/"for".
    # The "of" may close the verbal act's own pattern ("accused … of").
    opened = [token.lower for token in tokens[max(0, start - 1) : end]]
    if _is_gerund(tokens, end) and words[-1] in CHARGE_CONNECTORS:
        return False  # "charged two citizens and a Ukrainian with setting fire": joined accused
    return not (_is_gerund(tokens, end) and _charge_gerund_before(opened))


def _is_gerund(tokens: list[Token], index: int) -> bool:
    return (
        index < len(tokens) and tokens[index].text.islower() and tokens[index].lower.endswith("ing")
    )


def _charge_gerund_before(words: list[str]) -> bool:
    return any(
        word in {"of", "for"} and following.endswith("ing")
        for word, following in zip(words, words[1:], strict=False)
    )


def _asked_of_coordinated(tokens: list[Token], start: int, end: int) -> bool:
    # "urged Yerevan and Baku to resolve their differences": the "and" joins the addressees,
    # it does not start a second act of the speaker.
    words = [token.lower for token in tokens[start:end]]
    return (
        bool(words)
        and words[-1] == "to"
        and not any(word in SCOPE_BREAKS or word == "," for word in words)
    )


def _charged_with(tokens: list[Token], earlier, start: int) -> bool:
    if start - earlier.last > MAX_CHARGE_GAP:
        return False
    words = [token.lower for token in tokens[max(earlier.first, earlier.last - 1) : start]]
    if any(word in SCOPE_BREAKS for word in words):
        return False
    # "charged two citizens and a Ukrainian with arson": an "and" before the connector joins
    # the accused; one after it starts a second act ("charged him with fraud and jailed …").
    last_and = max((i for i, word in enumerate(words) if word == "and"), default=-1)
    return any(word in CHARGE_CONNECTORS for word in words[last_and + 1 :])


def _perceived(tokens: list[Token], anchor: int) -> bool:
    position = anchor - 1
    while position >= 0 and tokens[position].lower in PERCEPTION_FILLERS:
        position -= 1
    return position >= 0 and tokens[position].lower in PERCEPTION_VERBS


def intro_end(tokens: list[Token]) -> int:
    """Index of the first token after a sentence-initial background phrase (0 when none).

    "Despite years of tense relations …, as well as Baku's close ties with Israel, the
    exercise …": the states named before the main clause are background, and its actors are
    not the subjects of the main clause.
    """
    first = 0
    while first < len(tokens) and not tokens[first].is_word:
        first += 1
    if first >= len(tokens) or tokens[first].lower not in INTRO_OPENERS:
        return 0
    for index in range(first + 1, min(len(tokens) - 1, first + MAX_INTRO)):
        if tokens[index].lower == "," and tokens[index + 1].lower not in LIST_CONTINUERS:
            return index + 1
    return 0


def _in_background(tokens: list[Token], anchor: int, kind: str = "verb") -> bool:
    nominal = kind in {"noun", "phrase"} or tokens[anchor].lower.endswith("ing")
    reach = MAX_NOMINAL_BACKGROUND_GAP if nominal else MAX_BACKGROUND_GAP
    for back in range(1, reach + 1):
        position = anchor - back
        if position < 0:
            return False
        word = tokens[position].lower
        if word in {",", ";", "but", "said", "that"} or (word == "and" and not nominal):
            return False
        if word in BACKGROUND_OPENERS or word in COMMENTARY_OPENERS:
            return True
        for phrase in BACKGROUND_PHRASES:
            size = len(phrase)
            if tuple(t.lower for t in tokens[position - size + 1 : position + 1]) == phrase:
                return True
    return False


def _after_precedent(tokens: list[Token], anchor: int) -> bool:
    for position in range(anchor - 1, max(-1, anchor - MAX_BACKGROUND_GAP - 1), -1):
        if tokens[position].lower in {",", ";", "said", "that"}:
            return False
        for phrase in PRECEDENT_PHRASES:
            size = len(phrase)
            if tuple(t.lower for t in tokens[position - size + 1 : position + 1]) == phrase:
                return True
    return False
