"""Who an act named as a noun belongs to, when a criticism or an attribution speaks of it.

"The council condemned attacks on civilians": the civilians are the attack's victims, not the
party condemned; the condemned attacker is not named. "Investigators traced the attack to a
unit of the GRU": the unit is the attack's author, its source, not its target. Both read the
few words between an event noun and an actor, so they stay linear in the sentence length.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.roles import clause_start, left_slot

# Nouns of harm done to someone, whose "on/against/of" names the harmed.
HARM_NOUNS = frozenset(
    """
    attack attacks strike strikes airstrike airstrikes bombing bombings shelling killing
    killings assault assaults raid raids massacre massacres abuse abuses violence crackdown
    persecution harassment intimidation detention detentions arrest arrests mistreatment
    targeting shootings shooting
    """.split()
)
VICTIM_LINKS = frozenset({"on", "against", "of", "targeting"})
# Words that may stand between the link and the victim's name ("attacks on the Ukrainian …").
VICTIM_FILLERS = frozenset(
    "the a an its their his her unarmed innocent fellow ordinary local foreign".split()
)
# Verbs that give an act to its author ("traced/attributed/linked the attack to …").
ATTRIBUTING_VERBS = frozenset(
    """
    traced attributed linked pinned tied trace attribute link pin tie tracing attributing
    linking pinning
    """.split()
)
ATTRIBUTION_REACH = 8  # tokens from the event noun to the "to" of its author


def is_victim_of_named_harm(tokens: list[Token], start: int, target_first: int) -> bool:
    """Whether the actor at ``target_first`` is named as the victim of a harm noun.

    "condemned attacks on civilians", "urged an end to the detention of journalists": the
    actor after "<harm noun> on/against/of" was harmed; the act criticised or asked about is
    someone else's.

    Args:
        tokens: the sentence's tokens.
        start: first token after the trigger.
        target_first: first token of the candidate target.

    Returns:
        True when a harm noun and its victim link stand right before the target.
    """
    position = target_first - 1
    while position > start and tokens[position].lower in VICTIM_FILLERS:
        position -= 1
    if position <= start or tokens[position].lower not in VICTIM_LINKS:
        return False
    return tokens[position - 1].lower in HARM_NOUNS


def author_after_attribution(tokens: list[Token], slots: list, trigger) -> object | None:
    """The actor slot an event noun is attributed to ("traced the attack to a unit of X").

    Args:
        tokens: the sentence's tokens.
        slots: the sentence's actor slots, in order.
        trigger: a noun trigger.

    Returns:
        The slot after the "to" of an attributing verb before the noun, else None.
    """
    if trigger.first < 2:
        return None
    verb = next(
        (
            index
            for index in range(trigger.first - 1, max(-1, trigger.first - 4), -1)
            if tokens[index].lower in ATTRIBUTING_VERBS
        ),
        None,
    )
    if verb is None:
        return None
    end = min(len(tokens), trigger.last + ATTRIBUTION_REACH)
    link = next((i for i in range(trigger.last, end) if tokens[i].lower == "to"), None)
    if link is None:
        return None
    return next((slot for slot in slots if link < slot.first <= link + 6), None)


# Nouns that sum up the act of a main clause in an apposition after it ("…, a move Egypt
# condemned").
SUMMARY_NOUNS = frozenset(
    "move decision step measure plan action policy deal agreement announcement".split()
)
SUMMARY_LINKS = frozenset({"that", "which"})
# "Ukraine's allies allowed Kyiv …": a possessor of these nouns is not the one who acted.
RELATION_NOUNS = frozenset(
    "allies partners backers supporters neighbours neighbors friends rivals enemies critics".split()
)


def doer_of_summarised_act(tokens: list[Token], slots: list, source) -> list:
    """The main clause's subject when the source judges that clause's act through an
    apposition: "Egypt delivered weapons to Somalia, a move Ethiopia condemned" (Ethiopia
    condemns Egypt).

    Args:
        tokens: the sentence's tokens.
        slots: the sentence's actor slots, in order.
        source: the slot of the judging actor, right after the summary noun.

    Returns:
        The subject slot(s) of the clause before the apposition, else ``[]``.
    """
    position = source.first - 1
    if position >= 0 and tokens[position].lower in SUMMARY_LINKS:
        position -= 1
    if position < 2 or tokens[position].lower not in SUMMARY_NOUNS:
        return []
    if tokens[position - 1].lower not in {"a", "an"} or tokens[position - 2].text != ",":
        return []
    comma = position - 2
    floor = clause_start(tokens, comma)
    subject = next((slot for slot in slots if floor <= slot.first and slot.last <= comma), None)
    if subject is None or _owns_relation(tokens, subject.last):
        return []
    return left_slot(slots, tokens, subject.last, floor)


def _owns_relation(tokens: list[Token], end: int) -> bool:
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in {"'s", "’s"}
        and tokens[end + 1].lower in RELATION_NOUNS
    )
