"""Acts that two coordinated subjects do to each other.

"Armenia and Azerbaijan accused each other", "Athens and Ankara agreed to restart talks",
"the two countries broke off diplomatic relations", "Kyrgyzstan and Tajikistan began
withdrawing reinforcements": a subject of two or more parties with no object named does the
act to the other party. Word order alone gives one report per subject with no target, which
loses the dyad that matters most. Only acts that are mutual by nature are read so without
"each other": agreeing, consulting, cooperating, restoring or cutting ties, easing tension.
"Saudi Arabia and the Emirates pledged aid" or "the US and Britain condemned the attack" stay
one-sided. A framing word keeps the act's nature: "Morocco and Algeria agreed to restore
relations" is an intent (032) to restore ties with each other, and so is "agreed to a
ceasefire" (035). Only frames whose subject does the framed act count; "the US and Britain
called for a ceasefire" asks someone else to stop fighting.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token

RECIPROCAL_PRONOUNS = (("each", "other"), ("one", "another"))
# "both governments accuse the other of …": "the other" is reciprocal only when it ends its
# noun phrase; "the other leaders" names someone else.
OTHER_ENDINGS = frozenset({"of", "for", "over", "to", "and", "in", "on", ",", ".", ";"})
# Roots of acts that, with two subjects and no object, are done between them.
MUTUAL_ROOTS = frozenset({"04", "06"})
# Agreements and settlement intents (030, 031x, 036), ties restored and agreements signed
# (054–057; praise, 051, is one-sided), de-escalation (087x), and cutting or suspending ties.
MUTUAL_CODES = frozenset(
    """
    030 031 0311 0312 036 050 054 055 056 057 087 0871 0872 0873 0874 161 164
    """.split()
)
MAX_PRONOUN_REACH = 6  # tokens after the trigger where "each other" may stand
# "Armenia and Azerbaijan fought two wars", "the two neighbours fought four days of …": a fight
# told with its war, its length or its stake is between the subjects; "fought in Fallujah"
# may be allies side by side and stays one-sided.
FIGHT_VERBS = frozenset({"fight", "fights", "fought", "fighting"})
FIGHT_OBJECTS = frozenset(
    """
    war wars battle battles conflict conflicts skirmish skirmishes over hours days weeks months
    years
    """.split()
)
MAX_FIGHT_OBJECT_REACH = 5
# Frames whose subject is also the subject of the framed act ("agreed to", "threatened to",
# "refused to"); appeals, demands and orders name acts of others.
OWN_ACT_FRAMES = frozenset({"intent", "threat", "refuse"})
# An intent frame makes its subjects each other's partners only when it is an agreement:
# "Ghana and Senegal offered to contribute battalions" are two offers to a third party.
AGREEING_WORDS = frozenset({"agree", "agreed", "agrees", "agreeing"})
# Go-betweens are never the sides of what they broker: "France and the US tried to broker …".
MEDIATION_CODES = frozenset({"039", "045"})
# Objects that are relations by nature, and joint acts: "India and China pledged cooperation",
# "will hold joint exercises" are with each other.
RELATION_WORDS = frozenset(
    {"cooperation", "cooperate", "ties", "relations", "dialogue", "talks", "joint", "jointly"}
)


def says_each_other(tokens: list[Token], trigger, end: int) -> bool:
    """Whether "each other", "one another" or a closing "the other" stands inside the
    trigger ("accused each other of") or closely after it, inside its clause.

    Args:
        tokens: the sentence's tokens.
        trigger: the trigger (``first``/``last`` token indices).
        end: index just after the trigger's clause.
    """
    stop = min(max(end, trigger.last), trigger.last + MAX_PRONOUN_REACH, len(tokens)) - 1
    for index in range(trigger.first + 1, stop):
        pair = (tokens[index].lower, tokens[index + 1].lower)
        if pair in RECIPROCAL_PRONOUNS:
            return True
        if pair == ("the", "other") and (
            index + 2 >= len(tokens) or tokens[index + 2].lower in OTHER_ENDINGS
        ):
            return True
    return False


def is_mutual_act(
    code: str,
    subject_count: int,
    has_target: bool,
    tokens: list[Token],
    trigger,
    end: int,
    framed_act: str | None = None,
    frame_words: tuple[str, ...] = (),
) -> bool:
    """Whether an act of two or more coordinated subjects with no object is done between them.

    Args:
        code: the act's CAMEO code after framing.
        subject_count: how many actors the subject names (a pair phrase counts two).
        has_target: whether an object was found.
        tokens: the sentence's tokens.
        trigger: the trigger (``first``/``last`` token indices).
        end: index just after the trigger's clause.
        framed_act: the framed act's own code before framing, when the frame's subject does
            that act (see :data:`OWN_ACT_FRAMES`); None otherwise.
        frame_words: the words of the frame, or of the trigger when unframed, in lower case
            ("offered", "to"): an intent (03x) is mutual only when they say it was agreed.

    Returns:
        True when the subjects should be paired with each other.
    """
    if subject_count < 2 or has_target or code in MEDIATION_CODES:
        return False
    if says_each_other(tokens, trigger, end):
        return True
    if code[:2] == "19" and _fights_between(tokens, trigger, end):
        return True
    if code[:2] == "03" and not (AGREEING_WORDS | RELATION_WORDS) & set(frame_words):
        code = ""  # an offer or a vow is mutual only when what is offered is
    return any(
        act and (act[:2] in MUTUAL_ROOTS or act in MUTUAL_CODES) for act in (code, framed_act)
    )


def _fights_between(tokens: list[Token], trigger, end: int) -> bool:
    if not any(token.lower in FIGHT_VERBS for token in tokens[trigger.first : trigger.last]):
        return False
    stop = min(end, trigger.last + MAX_FIGHT_OBJECT_REACH, len(tokens))
    following = [token.lower for token in tokens[trigger.last : stop]]
    if any(word in {"alongside", "together", "with", "against"} for word in following):
        return False
    return any(word in FIGHT_OBJECTS for word in following)
