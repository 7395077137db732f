"""Event words used in a sense that is not a political act: lawsuits, opinions, states, echoes.

Whole articles showed these common shapes in which a pattern word names no new event:

- a legal appeal ("said it would appeal the ruling", "an appeals court upheld …") is a step
  in a lawsuit, not the plea of CAMEO 02;
- "considers" with a second noun phrase ("Morocco considers the territory its own", "considers
  Hamas a terrorist group") is an opinion, not a policy option weighed (014);
- an agreement or partnership somebody *has* ("which has a mutual defence treaty with the
  Philippines") is a standing state, not an agreement made;
- an event noun opening a sentence that places it in time ("The exercise comes after …",
  "The talks follow months of …") points back at an event already told;
- a verb word after a preposition ("remained in jail") is the noun of a place or state;
- an act somebody faces ("the opposition leaders faced charges of …") is done to the subject
  by someone unnamed: the subject is its target (:func:`is_faced`), the source unknown;
- a search, rescue or relief operation launched is no attack, though it shares the verb.
"""

from __future__ import annotations

from typing import Protocol

from eventwire.analyse.tokens import Token

APPEAL_WORDS = frozenset({"appeal", "appeals", "appealed", "appealing"})
# "an appeals court", "the appeal hearing": the appeal names part of a court.
LEGAL_BODIES = frozenset(
    """
    court courts chamber judge judges tribunal panel hearing hearings process case lawyer
    lawyers bench
    """.split()
)
# What a lawsuit's appeal is against ("appeal the ruling", "appealed against his conviction").
LEGAL_OBJECTS = frozenset(
    """
    ruling rulings verdict verdicts decision decisions sentence sentences conviction
    convictions judgment judgments judgement judgements acquittal acquittals order
    """.split()
)
# A plea is addressed or asks for something; these words after "appeal" keep it a plea.
PLEA_LINKS = frozenset({"to", "for", "on", "upon"})
MAX_LEGAL_OBJECT_GAP = 4
CONSIDER_WORDS = frozenset({"consider", "considers", "considered"})
OWNERS = frozenset({"its", "their", "his", "her", "our"})
MAX_OPINION_REACH = 6
HAVE_FORMS = frozenset({"has", "have", "had", "having"})
# Roots of standing relations ("a treaty", "a partnership", "cooperation") one can have.
STATE_ROOTS = frozenset({"05", "06"})
MAX_STATE_GAP = 4  # words between "has" and the relation noun ("has a mutual defence treaty")
# Verbs that place an event already told in time.
ECHO_VERBS = frozenset(
    """
    comes came come follows followed follow coincides coincided coincide
    """.split()
)
POINTING_PRONOUNS = frozenset({"it", "this", "that"})
MAX_RANKING_WORDS = 4  # "the third general", "the deadliest such"
ECHO_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "today's", "sunday's"})
FACING_WORDS = frozenset({"face", "faces", "faced", "facing"})
PLACE_PREPOSITIONS = frozenset({"in", "into", "from", "of"})
CUSTODY_NOUNS = frozenset({"jail", "jails", "prison", "prisons", "custody", "detention"})
STOPS = frozenset({",", ";", ":", ".", "and", "but", "that", "which"})
RELEASE_WORDS = frozenset({"release", "releases", "released", "releasing"})
# What one publishes rather than sets free: "released video of the collision", "released a
# statement", "released figures showing …".
PUBLICATIONS = frozenset(
    """
    video videos footage images image photos photo photographs pictures picture statement
    statements report reports figures data details recording recordings audio transcript
    transcripts results findings document documents list map maps satellite survey poll
    letter letters text budget forecast estimates evidence
    """.split()
)
PUBLICATION_REACH = 4  # words between "released" and what was published ("a new video")
DISMISS_WORDS = frozenset({"dismiss", "dismisses", "dismissed", "dismissing"})
# Offices and bodies one is removed from or removes: "dismissed most of his cabinet",
# "dismissed the army chief" fire someone; "dismissed the claims" rejects (120).
OFFICES = frozenset(
    """
    cabinet minister ministers government chief chiefs commander commanders head heads
    governor governors general generals director directors ambassador ambassadors officials
    official staff aide aides adviser advisers advisor advisors deputy deputies judge judges
    prosecutor mayor premier secretary board council prime
    """.split()
)
# Kinds of operation that save or look for people rather than fight ("search-and-rescue").
RELIEF_WORDS = frozenset(
    """
    search rescue rescues evacuation evacuations relief recovery salvage humanitarian
    firefighting medical vaccination
    """.split()
)
VIOLENT_PATTERN_ROOTS = frozenset({"18", "19", "20"})
OFFICE_REACH = 5  # words between "dismissed" and the office ("most of his cabinet")


class TriggerLike(Protocol):
    first: int
    last: int
    framed_by: list


def drop_other_senses(triggers: list, tokens: list[Token]) -> list:
    """Triggers minus the legal appeals, opinions, standing relations and echoes of events
    already told.

    Args:
        triggers: the sentence's triggers, in order (with their frames).
        tokens: the sentence's tokens.

    Returns:
        The triggers that name an act.
    """
    return [
        trigger
        for trigger in triggers
        if not (
            _is_legal_appeal(trigger, tokens)
            or _is_opinion(trigger, tokens)
            or _is_standing_relation(trigger, tokens)
            or _is_echo(trigger, tokens)
            or _is_place_noun(trigger, tokens)
            or _is_publication(trigger, tokens)
            or _is_relief_operation(trigger, tokens)
            or _is_removal_from_office(trigger, tokens)
            or _names_event_told(tokens, trigger.first)
        )
    ]


def _is_place_noun(trigger, tokens: list[Token]) -> bool:
    # "more than 200 Venezuelans remained in jail": a verb word after a preposition is the
    # noun of a place or state ("in jail", "out of prison"), not an act.
    if trigger.pattern.kind != "verb" or trigger.first == 0:
        return False
    word = tokens[trigger.first].lower
    return tokens[trigger.first - 1].lower in PLACE_PREPOSITIONS and word in CUSTODY_NOUNS


def _is_publication(trigger, tokens: list[Token]) -> bool:
    # "He released video showing a Chinese ship …": a statement, footage or figures made
    # public are no prisoners or property handed back (084).
    if trigger.pattern.root != "08" or tokens[trigger.first].lower not in RELEASE_WORDS:
        return False
    for token in tokens[trigger.first + 1 : trigger.first + 1 + PUBLICATION_REACH]:
        if token.lower in PUBLICATIONS:
            return True
        if token.lower in STOPS or not token.text.isalpha():
            return False
    return False


def _is_relief_operation(trigger, tokens: list[Token]) -> bool:
    # "launched a search operation", "a rescue mission": forces looking for or saving people
    # attack nobody, whatever the verb they share with an offensive.
    if trigger.pattern.root not in VIOLENT_PATTERN_ROOTS:
        return False
    for token in tokens[trigger.first : trigger.last]:
        if any(part in RELIEF_WORDS for part in token.lower.split("-")):
            return True
    return False


def _is_removal_from_office(trigger, tokens: list[Token]) -> bool:
    # "Ruto dismissed most of his cabinet": a government firing its own people is no rejection
    # of anyone's proposal, and no act between political actors at all.
    if trigger.pattern.root != "12" or tokens[trigger.first].lower not in DISMISS_WORDS:
        return False
    for position in range(trigger.last, min(len(tokens), trigger.last + OFFICE_REACH)):
        token = tokens[position]
        if token.lower in OFFICES:
            following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
            return following not in {"'s", "\u2019s"}  # "the minister's claims"
        if token.lower in STOPS or not token.text.isalpha():
            return False
    return False


def _is_legal_appeal(trigger, tokens: list[Token]) -> bool:
    position = next(
        (i for i in range(trigger.first, trigger.last) if tokens[i].lower in APPEAL_WORDS), None
    )
    if position is None or trigger.pattern.root != "02":
        return False
    following = [
        token.lower for token in tokens[position + 1 : position + 1 + MAX_LEGAL_OBJECT_GAP]
    ]
    if following[:1] and following[0] in LEGAL_BODIES:
        return True
    if position >= 2 and [t.lower for t in tokens[position - 2 : position]] in (
        ["court", "of"],
        ["courts", "of"],
    ):
        return True
    if following[:1] and following[0] in PLEA_LINKS:
        return False
    if following[:1] == ["against"]:
        return True
    for word in following:
        if word in PLEA_LINKS or word in STOPS:
            break
        if word in LEGAL_OBJECTS:
            return True
    # "said it would appeal.": a plea names whom it addresses or what it asks for.
    return tokens[position].lower != "appeals" and (not following or following[0] in STOPS)


def _is_opinion(trigger, tokens: list[Token]) -> bool:
    if trigger.pattern.code != "014" or tokens[trigger.first].lower not in CONSIDER_WORDS:
        return False
    window = [token.lower for token in tokens[trigger.last : trigger.last + MAX_OPINION_REACH]]
    if not window or window[0] in {"a", "an", "whether", "how", "to", "options", "steps"}:
        return False  # "consider a proposal", "consider whether to …": weighing a choice
    for index, word in enumerate(window):
        if word in STOPS:
            return False
        if word == "as" or window[index : index + 2] == ["to", "be"]:
            return True
        if word in OWNERS and window[index + 1 : index + 2] == ["own"]:
            return True
        if word in {"a", "an"} and index > 0:
            return True  # "considers Hamas a terrorist group": a second noun phrase
    return False


def _is_standing_relation(trigger, tokens: list[Token]) -> bool:
    if trigger.pattern.kind != "noun" or trigger.pattern.root not in STATE_ROOTS:
        return False
    for position in range(trigger.first - 1, max(-1, trigger.first - 1 - MAX_STATE_GAP), -1):
        word = tokens[position]
        if word.lower in HAVE_FORMS:
            return True
        if not (word.text.isalpha() and word.text.islower()) and word.text != "-":
            return False
    return False


def _names_event_told(tokens: list[Token], noun: int) -> bool:
    # "It was the third general strike since …", "This is the deadliest attack in years": the
    # pronoun is the event already told, the noun its ranking, and no actor did a new act.
    start = next((i for i, token in enumerate(tokens) if token.is_word), len(tokens))
    opening = [token.lower for token in tokens[start : start + 2]]
    if len(opening) < 2 or opening[0] not in POINTING_PRONOUNS or opening[1] not in {"was", "is"}:
        return False
    between = tokens[start + 2 : noun]
    return (
        0 < len(between) <= MAX_RANKING_WORDS
        and between[0].lower in {"the", "a", "an"}
        and all(token.text.isalpha() and token.text.islower() for token in between)
    )


def is_faced(trigger, tokens: list[Token]) -> bool:
    """Whether the trigger names an act its subject faces ("faced charges of …")."""
    position = trigger.first - 1
    while position >= 0 and tokens[position].lower in {"new", "fresh", "possible", "criminal"}:
        position -= 1
    return position >= 0 and tokens[position].lower in FACING_WORDS


def _is_echo(trigger, tokens: list[Token]) -> bool:
    if trigger.pattern.kind != "noun" or trigger.framed_by:
        return False
    start = 0
    while start < len(tokens) and not tokens[start].is_word:
        start += 1
    if trigger.first - start > 2 or trigger.first == start:
        return False
    if tokens[start].lower not in ECHO_DETERMINERS:
        return False
    position = trigger.last
    if position < len(tokens) and tokens[position].lower == "also":
        position += 1
    return position < len(tokens) and tokens[position].lower in ECHO_VERBS
