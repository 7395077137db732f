"""Countries the sentence implies: domestic actors and acts bound to a place.

Two gaps the coder leaves open are filled here, after localisation by the report's place:

- A sector-only actor (``---GOV`` "President Dos Santos", ``---CVL`` "demonstrators") in a
  sentence that names exactly one country ("Egyptian police … demonstrators") belongs to that
  country: a sentence about one state's police and crowd is a domestic story. With two or more
  countries in the sentence nothing is guessed.
- An act that is carried out *on a place* rather than on a named party — lifting or imposing a
  curfew, a state of emergency or martial law, suspending aid deliveries, releasing prisoners
  "in Iraq" — has that place's state as target when the text names no target. Meetings, aid
  and statements are excluded: their place is a venue, not a party (the Malaysian capital
  hosting Thai–Cambodian talks is no party to them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.code.article_countries import is_state_code
from eventwire.code.knowledge import make_actor
from eventwire.model import Actor, Article, Mention, Participant, Place, Report

# Roots whose acts are exercised on a territory: concessions, refusals, threats, sanctions
# and coercion ("lifted a curfew in X", "impose martial law in X", "suspended aid in X").
PLACE_BOUND_ROOTS = frozenset({"08", "12", "13", "16", "17"})
# Places finer than a country belong to one state; wider regions do not ("in the Sahel").
STATE_PRECISIONS = frozenset({"point", "city", "district", "admin1", "country"})
# Words that make the place after them the ground of an act ("lifted a curfew in X").
PLACE_PREPOSITIONS = frozenset({"in", "into", "inside", "across", "throughout", "on", "over"})
MAX_PREPOSITION_GAP = 20  # characters between the preposition and the name ("in the town of")
# A name followed by a finite or modal verb is the subject of its clause ("Israel would …").
_CLAUSE_SUBJECT_AFTER = re.compile(
    r"\s+(?:would|will|could|can|may|might|must|should|shall|is|was|are|were|has|had"
    r"|have|did|does|intends|plans|wants|needs)\b",
    re.IGNORECASE,
)


def fill_domestic_countries(report: Report, index: SentenceCountries) -> None:
    """Give a report's sector-only source or target the one country its sentence names.

    Args:
        report: a report; changed in place. Actors with a country are never changed.
        index: the states each sentence of the report's article names
            (:class:`SentenceCountries`, built with the states the article names as
            ``trusted``, so that a town misread as a namesake abroad does not count).
    """
    for role in ("source", "target"):
        participant: Participant | None = getattr(report, role)
        if participant is None or participant.actor.country is not None:
            continue
        if not participant.actor.sector:
            continue  # an unnamed perpetrator is unknown, not domestic
        countries = index.of(report.sentence)
        if len(countries) != 1:
            continue
        (country,) = countries
        other = report.target if role == "source" else report.source
        if other is not None and other.actor.sector is None and other.actor.country == country:
            # "President Salome Zourabichvili … accused Russia of …": the one state named is
            # the other party, acted on as a whole, not the speaker's own state.
            continue
        actor = participant.actor
        setattr(
            report,
            role,
            replace(participant, actor=make_actor(country + actor.sector, actor.name)),
        )


class SentenceCountries:
    """The states (ISO3) each sentence of an article names, by actor or by place mention
    (international bodies are not states), read in one pass.

    Localisation asks for the states of a report's sentence several times per report; scanning
    every mention of the article each time made it quadratic in the article's length. The
    mentions must not change while the index is in use.

    Args:
        mentions: the article's mentions.
        trusted: when given, places of other countries are ignored.
    """

    def __init__(self, mentions: list[Mention], trusted: set[str] | None = None) -> None:
        by_sentence: dict[int, set[str]] = {}
        for mention in mentions:
            resolution = mention.resolution
            if isinstance(resolution, Actor):
                country = resolution.country
            elif isinstance(resolution, Place) and resolution.precision in STATE_PRECISIONS:
                country = resolution.country
                if trusted is not None and country not in trusted:
                    continue
            else:
                continue
            if is_state_code(country):
                by_sentence.setdefault(mention.sentence, set()).add(country)  # type: ignore[arg-type]
        self._by_sentence = {index: frozenset(found) for index, found in by_sentence.items()}

    def of(self, sentence: int) -> frozenset[str]:
        """The states named in sentence ``sentence`` (empty when none)."""
        return self._by_sentence.get(sentence, _NO_COUNTRIES)


_NO_COUNTRIES: frozenset[str] = frozenset()


def target_place_of_act(article: Article, report: Report) -> None:
    """Give a place-bound act with no named target the state of the place it was done in.

    Only a place named in the report's own sentence after its trigger counts ("Serbia lifted
    a night curfew in Montenegro" → ``MNE``); a location inherited from elsewhere in the
    article is too weak to make a party of.

    Args:
        article: the analysed article the report belongs to.
        report: a located report; changed in place.
    """
    if report.target is not None or report.cameo[:2] not in PLACE_BOUND_ROOTS:
        return
    place = report.location
    if place is None or place.precision not in STATE_PRECISIONS:
        return
    if not is_state_code(place.country):
        return
    mention = _place_mention_after_trigger(article, report)
    if mention is None:
        return
    name = f"state of {report.location_text or place.country}"
    report.target = Participant(
        make_actor(place.country, name), mention.text, mention.start, mention.end
    )


def _place_mention_after_trigger(article: Article, report: Report) -> Mention | None:
    for mention in article.mentions:
        if (
            mention.kind == "place"
            and mention.sentence == report.sentence
            and mention.text == report.location_text
            and mention.start >= report.trigger_start
            and _is_ground_of_act(article, report, mention)
        ):
            return mention
    return None


def _is_ground_of_act(article: Article, report: Report, place: Mention) -> bool:
    # "arrested by police in Nairobi" places the police, not the arrested; "near the Kuźnica
    # crossing" is where, not on what. A state named as a party ("would hold Poland
    # responsible") counts, unless another act of the sentence has it as its own target:
    # "rejected the resolution and accused the United Arab Emirates of …".
    named_as_actor = False
    for mention in article.mentions:
        if mention.kind != "actor" or mention.sentence != report.sentence:
            continue
        gap = article.text[mention.end : place.start]
        if 0 <= len(gap) <= MAX_PREPOSITION_GAP and gap.strip().lower() in PLACE_PREPOSITIONS:
            return False
        named_as_actor = named_as_actor or (mention.start < place.end < mention.end + 1)
    before = article.text[max(0, place.start - MAX_PREPOSITION_GAP) : place.start].lower()
    if any(word in PLACE_PREPOSITIONS for word in before.replace(",", " ").split()[-4:]):
        return True
    if _CLAUSE_SUBJECT_AFTER.match(article.text, place.end):
        # "warned that Israel would restore security": the state is the actor of the warned
        # clause, not a territory the warning was exercised on.
        return False
    return named_as_actor and not any(
        other is not report
        and other.sentence == report.sentence
        and other.target is not None
        and other.target.start < place.end
        and place.start < other.target.end
        for other in article.reports
    )
