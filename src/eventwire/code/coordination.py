"""Roles carried across a clause: shared subjects, "drawing a rebuke from X", owners as targets.

Word order alone gives the nearest actor to a verb's left as its source. That fails in three
common shapes of news prose, each fixed here without a parser:

- coordinated verbs share their subject: in "Belarus ordered a Polish diplomat to leave and
  closed Poland's consulate" the second verb's subject is Belarus, not the diplomat;
- an event noun reached through a participle ("…, drawing a sharp rebuke from Beijing") is
  done by the "from" actor to the main clause's subject;
- the owner of the object noun is the target ("closed Poland's consulate": Poland).
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.relatives import main_clause_around_aside
from eventwire.code.roles import LOCATIVE, REACTION_CUES, clause_start

# Words that may stand between "and" and the second verb ("and then closed", "and also urged").
LINK_ADVERBS = frozenset({"then", "also", "later", "subsequently", "soon", "immediately"})
# Verbal acts told as a noun whose "from" phrase names the actor ("a warning from Moscow").
FROM_AGENT_ROOTS = frozenset({"10", "11", "12", "13"})
PREPOSITIONS = frozenset(
    "by of with from to for against on between under over about among toward towards".split()
)
# Words that may stand before an actor without being the verb that takes it as object.
NOT_VERBS = PREPOSITIONS | frozenset(
    "and or but that which who whom when where as after before while than if".split()
)
QUOTE_ENDS = frozenset({'"', "”", "'", "’"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
MAX_OBJECT_MODIFIERS = 2  # adjectives between a determiner and the actor ("an interim governor")
MAX_CUE_GAP = 4  # tokens between the participle and the noun ("drawing a sharp rebuke")
MAX_SUBJECT_OFFSET = 2  # words before a sentence's subject ("The", "A")
MAX_OWNER_GAP = 3  # tokens between the verb and the owner ("closed Poland's consulate")


def is_coordinated_verb(tokens: list[Token], anchor: int) -> bool:
    """Whether the verb at ``anchor`` is the second verb of "X <verb> … and <verb>"."""
    index = anchor - 1
    while index >= 0 and (tokens[index].lower in LINK_ADVERBS or tokens[index].lower == ","):
        index -= 1
    return index > 0 and tokens[index].lower == "and"


def is_comma_participle(tokens: list[Token], anchor: int) -> bool:
    """Whether the verb at ``anchor`` is an "-ing" participle opening a comma clause
    ("…, accusing the junta of …"), which comments on the main clause's subject's act."""
    word = tokens[anchor].text
    return (
        anchor > 1
        and tokens[anchor - 1].text == ","
        and word.islower()
        and word.endswith("ing")
        and word not in REACTION_CUES
    )


def clause_subject(slots: list, tokens: list[Token], first_clause: int, anchor: int) -> list:
    """The first actor of the clause, when it stands before ``anchor`` as a subject.

    Args:
        slots: the sentence's actor slots, in token order.
        tokens: its tokens.
        first_clause: the first token of the clause.
        anchor: the verb (or noun) whose subject is wanted.

    Returns:
        The subject's slots (with actors coordinated to it), or ``[]``.
    """
    group: list = []
    for slot in slots:
        if slot.first < first_clause or slot.last > anchor:
            continue
        before = tokens[slot.first - 1].lower if slot.first > 0 else ""
        if before == "the" and slot.first > 1:
            before = tokens[slot.first - 2].lower  # "between the army and …"
        if not group:
            # An actor after a preposition opens a phrase, not the clause: not a subject.
            if before in LOCATIVE | PREPOSITIONS:
                return []
            group = [slot]
            continue
        between = [token.lower for token in tokens[group[-1].last : slot.first]]
        if between and all(word in {"and", ",", "the", "&"} for word in between):
            group.append(slot)
        else:
            break
    return group


def shared_subject(
    slots: list, tokens: list[Token], first_clause: int, anchor: int, nearest: list
) -> list:
    """The subject a coordinated second verb ("… and closed") or a comma participle
    ("…, accusing") shares with the main verb, else ``nearest``.

    Args:
        slots: the sentence's actor slots.
        tokens: its tokens.
        first_clause: the first token of the clause.
        anchor: the second verb (or its frame: "and vowed to …").
        nearest: the source found by word order (the nearest actor to the left).

    Returns:
        The clause's subject when the verb follows "and" or a comma with no actor of its own;
        ``nearest`` otherwise.
    """
    if not nearest or not (
        is_coordinated_verb(tokens, anchor) or is_comma_participle(tokens, anchor)
    ):
        return nearest
    subject = clause_subject(slots, tokens, first_clause, anchor)
    if subject and subject[0] is nearest[0] and is_coordinated_verb(tokens, anchor):
        # "The law creates a state, appoints an interim governor and bans maps": the only
        # actor before the second verb is the first verb's object, and the subject unnamed.
        return [] if _is_object(tokens, nearest[0].first, first_clause) else nearest
    if (
        not subject
        and is_coordinated_verb(tokens, anchor)
        and _counted_object(tokens, nearest[0].first, first_clause)
    ):
        # "Fighting … has killed tens of thousands of people and driven …": the people counted
        # are the first verb's victims, not the second verb's subject.
        return []
    if not subject or subject[0] is nearest[0]:
        return nearest
    return subject


def subject_across_quote(slots: list, tokens: list[Token], anchor: int, floor: int) -> list:
    """The sentence subject of a second verb that follows a closed quotation ("condemned the
    attack as "a crime against young Somalis who …" and vowed to …"), else ``[]``.

    A "who"/"which" inside the quotation opens a clause that the closing quote ends, so the
    verb after "and" is the main subject's, not the unnamed one of the quoted clause.

    Args:
        slots: the sentence's actor slots.
        tokens: its tokens.
        anchor: the second verb (or its frame).
        floor: the first token that may hold the subject (after a sentence opener).
    """
    index = anchor - 1
    while index >= 0 and tokens[index].lower in LINK_ADVERBS:
        index -= 1
    if index < 1 or tokens[index].lower != "and" or tokens[index - 1].text not in QUOTE_ENDS:
        return []
    subject = clause_subject(slots, tokens, floor, anchor)
    # Only a subject that opens the sentence: an actor further in may be an object of its
    # own aside ("Embalo, who was meeting ministers …, said …").
    return subject if subject and subject[0].first <= floor + MAX_SUBJECT_OFFSET else []


COUNT_WORDS = frozenset(
    """
    of tens hundreds thousands millions dozens scores hundred thousand million dozen more than
    at least about some nearly almost over
    """.split()
)


def _counted_object(tokens: list[Token], first: int, floor: int) -> bool:
    # Walks back over "tens of thousands of", "at least 20", then asks for a verb there.
    position = first - 1
    if position <= floor or tokens[position].lower != "of":
        return False
    while position > floor and (
        tokens[position].lower in COUNT_WORDS or tokens[position].text[:1].isdigit()
    ):
        position -= 1
    word = tokens[position]
    return (
        position >= floor
        and word.text.isalpha()
        and word.text.islower()
        and word.lower not in NOT_VERBS
        and not word.lower.endswith("ly")
    )


def _is_object(tokens: list[Token], first: int, floor: int) -> bool:
    position = first - 1
    for _ in range(MAX_OBJECT_MODIFIERS):
        if position <= floor or tokens[position].lower in DETERMINERS:
            break
        position -= 1
    if position > floor and tokens[position].lower in DETERMINERS:
        position -= 1
    if position < floor:
        return False
    word = tokens[position]
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.lower not in NOT_VERBS
        and not word.lower.endswith("ly")
    )


def reaction_agent(slots: list, tokens: list[Token], trigger, root: str, end: int) -> list:
    """The "from" actor of a reaction noun ("drawing a rebuke from Beijing"), or ``[]``."""
    if root not in FROM_AGENT_ROOTS:
        return []
    window = tokens[max(0, trigger.first - MAX_CUE_GAP) : trigger.first]
    if not any(token.lower in REACTION_CUES for token in window):
        return []
    for index in range(trigger.last, min(end, trigger.last + 3)):
        if tokens[index].lower == "from":
            first = [slot for slot in slots if index < slot.first <= index + 3][:1]
            return _coordinated(slots, tokens, first[0], end) if first else []
    return []


def _coordinated(slots: list, tokens: list[Token], first, end: int) -> list:
    # "drawing criticism from Britain and the United States": every critic reacts.
    group = [first]
    for slot in slots:
        if slot.first <= group[-1].last or slot.last > end:
            continue
        between = [token.lower for token in tokens[group[-1].last : slot.first]]
        if not (between and all(word in {"and", ",", "the", "&"} for word in between)):
            break
        group.append(slot)
    return group


def reacted_subject(slots: list, tokens: list[Token], first_clause: int, intro: int, anchor: int):
    """Who the reaction after a main clause answers: the subject of the trigger's clause, or
    the sentence's subject when that clause is a relative one ("vetoed a resolution that
    called on …, drawing criticism from Britain")."""
    return clause_subject(slots, tokens, first_clause, anchor) or clause_subject(
        slots, tokens, intro, anchor
    )


def object_owner(slots: list, tokens: list[Token], trigger) -> list:
    """The owner named inside a gapped verb pattern ("closed Poland's consulate"), or ``[]``."""
    for slot in slots:
        inside = trigger.first < slot.first and slot.last < trigger.last
        if inside and slot.first - trigger.first <= MAX_OWNER_GAP:
            if tokens[slot.last].lower == "'s" or tokens[slot.last].lower == "’s":
                return [slot]
    return []


# Verbs a speaker does after what it said ("said the deal was dead and vowed to fight on").
SPEAKER_ACTS = frozenset(
    """
    warned vowed threatened pledged promised urged called demanded accused rejected denied
    condemned appealed insisted added asked announced refused
    """.split()
)
REPORTING_VERBS = frozenset({"said", "says", "told", "stated", "argued", "claimed"})
SPEAKER_LINKS = frozenset({"for", "of", "in", "at"})


def speaker_of_second_verb(slots: list, tokens: list[Token], first_clause: int, anchor: int):
    """The speaker who does a second verb after what it said, else ``None``.

    "Separatist rebels said the handover of bases to the army violated the deal and warned
    that they would resist": the warning is the rebels', not the army's, which was only named
    inside what they said. The clause must open right after a reporting verb, and the second
    verb be one a speaker does (warn, vow, urge, accuse …).

    Args:
        slots: the sentence's actor slots, in token order.
        tokens: its tokens.
        first_clause: the first token of the second verb's clause.
        anchor: the second verb.

    Returns:
        The reporting verb's subject slots, or ``None`` when the rule does not apply.
    """
    if tokens[anchor].lower not in SPEAKER_ACTS or not is_coordinated_verb(tokens, anchor):
        return None
    speech = first_clause - 1
    if speech >= 0 and tokens[speech].lower == "that":
        speech -= 1
    if speech < 1 or tokens[speech].lower not in REPORTING_VERBS:
        return None
    start = clause_start(tokens, speech)
    # "Brazil, which borders both countries, said …": the subject stands before the aside.
    slots, start = main_clause_around_aside(slots, tokens, start, speech) or (slots, start)
    subject = clause_subject(slots, tokens, start, speech)
    if not subject:
        return None
    # "A foreign ministry spokesman in Beijing said": a part named right after the subject's
    # first words is the speaker; an apposition after a comma is only its description.
    chosen = subject[-1]
    for slot in slots:
        if slot.last > speech or any(actor.country for actor in chosen.actors):
            continue
        # "A spokesperson for the United Nations …": an unowned title speaks for its owner.
        gap = [token.lower for token in tokens[chosen.last : slot.first]]
        if not gap or (gap[0] in SPEAKER_LINKS and set(gap[1:]) <= {"the"}):
            chosen = slot
    return [chosen] if chosen is not subject[-1] else subject
