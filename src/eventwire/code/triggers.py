"""Find the event words of a sentence: pattern lookup by head token, then framing words.

Each token position is looked up in the pattern index (patterns are indexed by their first
word); the longest match wins. Framing words ("threatened to", "denied", "agreed to") are then
joined to the event they frame, so the coder can change or cancel that event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.analyse.tokens import Token
from eventwire.code.knowledge import GAP, MAX_GAP, EventPattern, Knowledge

MAX_TRIGGERS_PER_SENTENCE = 40
# Adjectives that stand between a determiner and a noun ("a frequent target", "the latest
# strike"); a verb pattern there is the noun, not an act.
NOUN_ADJECTIVES = frozenset(
    """
    frequent main key prime major possible likely potential regular common easy legitimate
    favourite favorite repeated constant primary first latest recent new previous
    """.split()
)
FRAME_KINDS = frozenset(
    {"intent", "threat", "refuse", "appeal", "demand", "order", "deny", "negate"}
)
DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "your",
        "every",
        "each",
        "any",
        "no",
    }
)
# A gap may run past MAX_GAP only over amounts and names, never over verbs or clauses.
MAX_LONG_GAP = 8
FILLER_WORDS = frozenset(
    """
    more than less about nearly almost some around over up to at least a an the its their
    his her million billion thousand hundred new further additional another
    """.split()
)
FILLER_SYMBOLS = frozenset({"$", "€", "£", "%", ","})
# A modal verb inside a gap means the pattern's head was a noun subject of another clause:
# "British forces must ensure security to allow …" holds no "force … to".
GAP_STOPS = frozenset({"must", "should", "can", "could", "may", "might", "shall"})
# Participles used as adjectives before these words describe an actor, not an act: "militiamen
# armed with machetes" arms nobody, ""armed men" are people.
ADJECTIVAL_USES = frozenset({("armed", "with"), ("armed", "men"), ("armed", "groups")})
NOUN_KINDS = frozenset({"noun", "phrase"})
OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", ":", "-", "—", "–", "«"})
# Words that may follow an intransitive use ("demonstrated outside the embassy", "marched on
# Sunday"); any other lower-case word starts an object ("demonstrate a new level of …",
# "rally support"), and the verb then means something else.
INTRANSITIVE_FOLLOWERS = frozenset(
    """
    against in outside at on for near through to towards toward across along over before after
    during since until in front and or but as again peacefully together there here today tonight
    yesterday overnight again while when where who which despite amid demanding calling chanting
    carrying waving holding shouting
    """.split()
)
# A time phrase may stand between a verb and its particle ("pledged Wednesday to cooperate",
# "agreed last weekend to set", "called on Tuesday for"): news puts the day right after the
# verb, and the phrase is still one act.
DAY_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight overnight
    """.split()
)
PERIOD_WORDS = frozenset(
    """
    week weekend month year january february march april may june july august september
    october november december monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
TIME_LEADS = frozenset({"on", "late", "early", "last", "this", "in"})


@dataclass
class Trigger:
    pattern: EventPattern
    first: int
    last: int
    framed_by: list[Trigger] = field(default_factory=list)


def find_triggers(tokens: list[Token], knowledge: Knowledge) -> list[Trigger]:
    triggers: list[Trigger] = []
    position = 0
    while position < len(tokens) and len(triggers) < MAX_TRIGGERS_PER_SENTENCE:
        best: Trigger | None = None
        candidates = knowledge.patterns_starting(tokens[position].lower) or (
            knowledge.patterns_starting(_unhyphenated(tokens[position]))
        )
        if candidates and (_inside_name(tokens, position) or _adjectival(tokens, position)):
            candidates = []
        after_determiner = _after_determiner(tokens, position)
        for pattern in candidates:
            if after_determiner and pattern.kind not in NOUN_KINDS:
                continue  # "the return", "a free vote": not a verb after a determiner
            end = _match(tokens, position, pattern)
            if end and "intransitive" in pattern.options and _has_object(tokens, position + 1):
                continue
            if end and (
                best is None or end > best.last or _noun_of_pair(tokens, best, pattern, end)
            ):
                best = Trigger(pattern, position, end)
        if best is None:
            position += 1
            continue
        triggers.append(best)
        position = best.last
    return triggers


def _noun_of_pair(tokens: list[Token], best: Trigger, pattern: EventPattern, end: int) -> bool:
    # "Fighting between the army and the RSF": a word read as verb or noun is the noun when
    # "between" names its two sides; no verb takes "between" as its object.
    return (
        end == best.last
        and pattern.kind in NOUN_KINDS
        and best.pattern.kind not in NOUN_KINDS
        and end < len(tokens)
        and tokens[end].lower == "between"
    )


def _adjectival(tokens: list[Token], position: int) -> bool:
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    return (tokens[position].lower, following) in ADJECTIVAL_USES


def _has_object(tokens: list[Token], after_head: int) -> bool:
    if after_head >= len(tokens):
        return False
    following = tokens[after_head]
    if not following.is_word or following.is_capitalised or following.text[:1].isdigit():
        return False
    word = following.lower
    return word not in INTRANSITIVE_FOLLOWERS and not word.endswith("ly")


def _inside_name(tokens: list[Token], position: int) -> bool:
    # A capitalised event word inside a sentence belongs to a name ("1 March", "the Paris
    # Agreement", "Operation Desert Storm"), not to an event.
    token = tokens[position]
    if position == 0 or not token.is_capitalised or token.text.isupper():
        return False
    previous = tokens[position - 1].text
    return previous not in OPENERS and not (previous == "." and position == 1)


def _match(tokens: list[Token], position: int, pattern: EventPattern) -> int:
    index = position
    elements = pattern.elements
    for number, element in enumerate(elements):
        if element is GAP:
            continue
        if number > 0 and elements[number - 1] is GAP:
            found = _gap_end(tokens, index, element)
            if found is None:
                return 0
            index = found + 1
        elif index < len(tokens) and _is_word_of(tokens[index], element):
            index += 1
        elif (
            number > 0
            and (after_time := _time_phrase_end(tokens, index)) > index
            and (after_time < len(tokens) and _is_word_of(tokens[after_time], element))
        ):
            index = after_time + 1
        else:
            return 0
    return index


def _is_word_of(token: Token, element) -> bool:
    # "cease-fire" and "ceasefire", "build-up" and "buildup": one word in two spellings.
    return token.lower in element or ("-" in token.lower and _unhyphenated(token) in element)


def _unhyphenated(token: Token) -> str:
    return token.lower.replace("-", "")


def _time_phrase_end(tokens: list[Token], index: int) -> int:
    """Where a day or period phrase starting at ``index`` ends ("Monday", "on Tuesday",
    "last weekend", "in June"); ``index`` itself when none starts there."""
    if index >= len(tokens):
        return index
    word = tokens[index].lower
    if word in DAY_WORDS:
        return index + 1
    if word in TIME_LEADS and index + 1 < len(tokens) and tokens[index + 1].lower in PERIOD_WORDS:
        return index + 2
    return index


def _gap_end(tokens: list[Token], index: int, element) -> int | None:
    """Where ``element`` ends a gap starting at ``index``: within MAX_GAP tokens of anything,
    or farther when the gap holds only numbers, quantifiers and names ("trained more than
    50,000 Ukrainian recruits")."""
    limit = min(len(tokens), index + MAX_LONG_GAP + 1)
    only_filler = True
    # "clashes that ended with a truce": a noun after "with" is how something ended, not what
    # was ended; "agreed with Iran to settle" still reaches over the partner's name.
    prepositional = index < len(tokens) and tokens[index].lower == "with"
    for position in range(index, limit):
        if _is_word_of(tokens[position], element):
            return None if prepositional and position > index else position
        if tokens[position].is_capitalised:
            prepositional = False
        if tokens[position].lower in GAP_STOPS:
            return None
        only_filler = only_filler and _is_filler(tokens[position])
        if position - index >= MAX_GAP and not only_filler:
            return None
    return None


def _is_filler(token: Token) -> bool:
    text = token.text
    return (
        text[:1].isdigit()
        or text in FILLER_SYMBOLS
        or token.lower in FILLER_WORDS
        or (token.is_capitalised and token.is_word)
    )


def attach_frames(triggers: list[Trigger], tokens: list[Token] | None = None) -> list[Trigger]:
    """Join a framing word to the event it frames; a lone frame stays an event itself.

    Args:
        triggers: the sentence's triggers in order.
        tokens: the sentence's tokens; when given, a negation does not reach past "and"/"but"
            that starts a new verb phrase ("had not closed the crossing and blamed Israel").
    """
    result: list[Trigger] = []
    pending: Trigger | None = None
    for trigger in triggers:
        if trigger.pattern.kind in FRAME_KINDS:
            if pending is not None and pending.pattern.kind != "negate":
                result.append(pending)
            pending = trigger
            continue
        if pending is not None and _negation_ends(pending, trigger, tokens):
            pending = None
        if pending is not None and trigger.first - pending.last <= 6:
            trigger.framed_by.append(pending)
            if pending.pattern.kind == "deny":
                result.append(pending)  # the denial is an event (016); what it denies is not
            pending = None
        elif pending is not None:
            if pending.pattern.kind != "negate":
                result.append(pending)
            pending = None
        result.append(trigger)
    if pending is not None and pending.pattern.kind != "negate":
        result.append(pending)
    return result


def _negation_ends(frame: Trigger, trigger: Trigger, tokens: list[Token] | None) -> bool:
    # "not attack or bomb" keeps one negation over both verbs; "not closed X and blamed Y"
    # starts a second, asserted act once the first verb's object has been named.
    if tokens is None or frame.pattern.kind != "negate":
        return False
    between = [token.lower for token in tokens[frame.last : trigger.first]]
    return any(word in {"and", "but", ";"} for word in between[1:])


def _after_determiner(tokens: list[Token], position: int) -> bool:
    if position > 0 and tokens[position - 1].lower in DETERMINERS:
        # "a resolution that accused Israel": "that" before a past form starts a relative
        # clause, not a noun phrase ("that attack").
        return not (tokens[position - 1].lower == "that" and tokens[position].lower.endswith("ed"))
    return (
        position > 1
        and tokens[position - 1].lower in NOUN_ADJECTIVES
        and tokens[position - 2].lower in DETERMINERS
    )
