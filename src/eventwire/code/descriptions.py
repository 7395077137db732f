"""Event nouns that only describe a person or a place, and forces that are their owner's own.

"The European Union's envoy for the Belgrade-Pristina dialogue called on …": the dialogue is
part of the envoy's title, not talks held that day. "… struck a temporary deployment point of
Ukrainian forces": the deployment names the place struck, not a deployment reported. "Serbia
ordered additional troops to the area": the troops moved are Serbia's own, never the target
of its change of force posture.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.analyse.tokens import Token
from eventwire.code.knowledge import with_country
from eventwire.model import Participant, Report

# Titles that take the process they serve after a preposition ("envoy for the dialogue").
TITLE_NOUNS = frozenset(
    """
    envoy envoys negotiator negotiators mediator mediators representative representatives
    coordinator facilitator facilitators delegate delegates delegation rapporteur
    commissioner adviser advisor chief head
    """.split()
)
TITLE_LINKS = frozenset({"for", "to", "on", "in", "at"})
# Nouns of a place that an event noun right before or after ("point of deployment",
# "deployment point") describes.
PLACE_NOUNS = frozenset(
    """
    point points site sites area areas zone zones base bases facility facilities centre
    center camp camps headquarters hub location locations place places
    """.split()
)
FILLERS = frozenset({"the", "a", "an", "its", "their", "of", "temporary", "permanent", "main"})
# Words before a participle used as an adjective ("of detained activists").
PARTICIPLE_OPENERS = frozenset(
    """
    the of their his her its our a an for with two three four five six several some
    dozens hundreds thousands newly recently
    """.split()
)
# Words after a participle that show it is a verb after all ("the wounded by the …").
PARTICIPLE_FOLLOWERS = frozenset(
    "by in at on to from with and or as since after before during for of the a an".split()
)
MAX_TITLE_GAP = 5  # tokens between the title's link word and the event noun
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
AIM_WORDS = frozenset({"against", "toward", "towards", "to", "into", "near", "on", "along"})
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "boundary"})
MAX_AIM_GAP = 10  # words from the act to the state its forces are aimed at


def drop_descriptive_nouns(triggers: list, tokens: list[Token]) -> list:
    """Triggers without the event nouns that are part of a title or name a place, and without
    participles that only describe the noun after them ("detained activists").

    Args:
        triggers: the sentence's triggers, in order.
        tokens: the sentence's tokens.

    Returns:
        The triggers that report acts.
    """
    return [
        trigger
        for trigger in triggers
        if not _is_participle_adjective(tokens, trigger)
        and (
            trigger.pattern.kind != "noun"
            or not (_in_title(tokens, trigger.first) or _names_a_place(tokens, trigger))
        )
    ]


def _is_participle_adjective(tokens: list[Token], trigger) -> bool:
    # "Relatives of detained activists", "the two abducted aid workers": a past participle
    # between a determiner or preposition and its noun describes people, it tells no act.
    if trigger.pattern.kind != "verb" or trigger.last - trigger.first != 1:
        return False
    word = tokens[trigger.first].text
    if not (word.islower() and word.endswith("ed")) or trigger.first == 0:
        return False
    before = tokens[trigger.first - 1]
    if before.lower not in PARTICIPLE_OPENERS and not before.text.isdigit():
        return False
    following = tokens[trigger.last] if trigger.last < len(tokens) else None
    return (
        following is not None
        and following.text.isalpha()
        and (following.lower not in PARTICIPLE_FOLLOWERS)
    )


def _in_title(tokens: list[Token], first: int) -> bool:
    for link in range(first - 1, max(-1, first - MAX_TITLE_GAP - 1), -1):
        word = tokens[link].lower
        if word in TITLE_LINKS:
            return link > 0 and tokens[link - 1].lower in TITLE_NOUNS
        # Only the words of a name may stand between ("the Belgrade-Pristina dialogue").
        if not (word in FILLERS or tokens[link].is_capitalised or word == "special"):
            return False
    return False


def _names_a_place(tokens: list[Token], trigger) -> bool:
    after = tokens[trigger.last].lower if trigger.last < len(tokens) else ""
    if after in PLACE_NOUNS:
        return True
    position = trigger.first - 1
    while position >= 0 and tokens[position].lower in FILLERS - {"of"}:
        position -= 1
    return (
        position >= 1
        and tokens[position].lower == "of"
        and tokens[position - 1].lower in PLACE_NOUNS
    )


def own_forces_of_the_source(reports: list[Report], mentions: list, text: str) -> list[Report]:
    """Force-posture reports (root 15) whose forces moved are the source's own: their target is
    the state the forces are sent against, or none.

    "Serbia ordered additional troops to the area": the troops are Serbia's, so the act is
    ``SRBMIL`` with no target, whatever country localisation would later give an unnamed
    army; "Britain mobilised army reservists for a possible war against Iraq" and "reinforced
    its troops on the border with Venezuela" are aimed at Iraq and Venezuela.

    Args:
        reports: the sentence's reports.
        mentions: the sentence's actor mentions.
        text: the article text.
    """
    result = []
    for report in reports:
        target = report.target.actor if report.target else None
        source = report.source.actor if report.source else None
        if (
            report.cameo.startswith("15")
            and target is not None
            and target.country in (None, source.country if source else None)
            and target.sector in FORCE_SECTORS
            and source is not None
            and source.country is not None
            and not source.country.startswith(("IGO", "NGO"))
        ):
            aimed_at = _aimed_at(report, mentions, text, source.country)
            if aimed_at is not None:
                participant = Participant(
                    aimed_at.resolution, aimed_at.text, aimed_at.start, aimed_at.end
                )
                report = replace(report, target=participant)
            else:
                report = replace(report, target=None)
                if source.sector is None:
                    # A state that moves troops acts through its military.
                    owned = with_country(source.country, target.sector, target.name)
                    report = replace(report, source=replace(report.source, actor=owned))
        result.append(report)
    return result


def _aimed_at(report: Report, mentions: list, text: str, own: str):
    for mention in mentions:
        if mention.start < report.trigger_end or mention.resolution.country in (None, own):
            continue
        words = text[report.trigger_end : mention.start].lower().split()
        if not words or len(words) > MAX_AIM_GAP:
            continue
        if words[-1] in AIM_WORDS or (
            words[-2:-1] and words[-1] == "with" and words[-2] in BORDER_NOUNS
        ):
            return mention
        # "along the Ukrainian border": the state named as the border's other side.
        after = [
            word.strip(".,;:") for word in text[mention.end : mention.end + 12].lower().split()[:1]
        ]
        if after and after[0] in BORDER_NOUNS and set(words[-2:]) & AIM_WORDS:
            return mention
    return None


# Sector words that name machines as well as units: with no state of their own they are the
# equipment an act moves or bars ("pull artillery away from the line", "warned ships and
# aircraft to stay out"), not a party to it.
EQUIPMENT_NOUNS = frozenset(
    """
    artillery aircraft jets warplanes helicopters gunships drones warships vessels destroyer
    submarine ships
    """.split()
)


def is_equipment(slot) -> bool:
    """Whether an actor slot names unowned equipment rather than a unit or a state.

    Args:
        slot: an actor slot (:class:`eventwire.code.slots.Slot`).

    Returns:
        True when its last word is a machine noun and none of its actors has a country.
    """
    words = slot.mention.text.lower().split()
    # "two army helicopters" names the unit that flies them; "the aircraft" names no one.
    return (
        bool(words)
        and words[-1] in EQUIPMENT_NOUNS
        and all(word in FILLERS or word.isdigit() for word in words[:-1])
        and all(actor.country is None for actor in slot.actors)
    )
