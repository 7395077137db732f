"""Give actors named only by their sector the country of the place where the event happened.

The coder sees "police", "protesters", "a suicide bomber" with no country in reach and codes
them ``---COP``, ``---CVL``, ``---``. Once the place stage has located a report ("… in
Peshawar" → Pakistan), the event's country is the best evidence for theirs: police in Peshawar
are Pakistan's police (``PAKCOP``). A country the text named is never overridden. An unclaimed
attack told with no victim ("a bomb exploded in a market in Peshawar") hit the people of the
place: its target becomes that country's civilians (``PAKCVL``).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.code.article_countries import (
    article_states,
    resolve_ambiguous_states,
    trusted_location_country,
)
from eventwire.code.countries import (
    SentenceCountries,
    fill_domestic_countries,
    target_place_of_act,
)
from eventwire.code.knowledge import make_actor
from eventwire.model import Article, Participant, Place, Report

# Where the coder's participants of a report are kept across re-runs (not a dataclass field:
# the data model is shared, and this is a stage's private memory).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Places coarser than a country do not belong to one state ("in the Sahel", "in Europe").
NATIONAL_PRECISIONS = frozenset({"point", "city", "district", "admin1", "country"})
# Armed sectors cross borders (a junta's jets over a refugee camp abroad): an article's main
# state is no evidence for whose they are. Police, courts, parties and crowds stay home.
CROSS_BORDER_SECTORS = frozenset({"MIL", "REB", "SPY", "CRM", "NGO"})
ROVING_SECTORS = frozenset({"NGO"})


def localise_actors(article: Article) -> None:
    """Fill the country of sector-only actors of ``article``'s reports from their locations.

    Runs after the reports were located (``report.location`` set by
    :func:`eventwire.where.locate_reports`). For each report whose location has an ISO3
    country: a source or target with no country gets it (code = country + sector); a violent
    report with no target gets the location's people as target (that country's civilians when
    the attacker is unknown or stateless, the country itself when a foreign state's forces
    struck there). Then, located or not, a sector-only actor takes the one country its sentence
    names, and a place-bound act with no target targets its place's state
    (:mod:`eventwire.code.countries`); one still without a country, of a domestic sector, in
    a sentence naming no other state, takes the state the article is clearly about
    (:attr:`~eventwire.code.article_countries.ArticleStates.dominant`). A location whose country
    the article never names
    (a town misread as a namesake abroad) gives way to the article's main country
    (:mod:`eventwire.code.article_countries`).

    Args:
        article: an analysed article with located reports; changed in place.
    """
    restore_coded_participants(article)
    recodings = resolve_ambiguous_states(article)
    named, main, dominant = article_states(article)
    # The mentions stay as they are below (only reports change): one index serves every report.
    stated = SentenceCountries(article.mentions, named)
    for report in article.reports:
        located = _location_country(report.location)
        if located in recodings:
            located = recodings[located]
        country = trusted_location_country(located, named, main)
        if country is not None:
            if report.target is None and report.cameo[:2] in VIOLENT_ROOTS:
                # Decided before the attacker is localised: an unnamed attacker is not the
                # state.
                report.target = _place_victim(article, report, country)
            if _speaker_state_only(article, report, stated):
                # "Thai Defence Minister … said the army would …" under a Kuala Lumpur place
                # carried from elsewhere: the state the sentence names places the army first.
                fill_domestic_countries(report, stated)
            here = _told_here(article, report)
            report.source = _localised(report.source, country, here)
            report.target = _localised(report.target, country, here)
        fill_domestic_countries(report, stated)
        target_own_government(report)
        if report.location is None or report.location.country in named:
            target_place_of_act(article, report)
        here = stated.of(report.sentence)
        if dominant is not None and here <= {dominant} and not _unknown_armed_party(report):
            report.source = _domestic(report.source, dominant)
            report.target = _domestic(report.target, dominant)


def restore_coded_participants(article: Article) -> None:
    """Give each report of ``article`` back the source and target the coder gave it.

    Localisation reads the participants of every report of the article, so a second pass over
    its own output would localise further ("---REB" whose country the first pass left open
    takes one from a neighbour localised meanwhile). The coder's participants are kept in
    ``Report.coded`` the first time.

    Args:
        article: an article whose reports may have been localised before; changed in place.
    """
    for report in article.reports:
        if report.coded is None:
            report.coded = (report.source, report.target)
        else:
            report.source, report.target = report.coded


def coded_participants(report: Report) -> tuple[Participant | None, Participant | None]:
    """The (source, target) the coder gave ``report``, whether or not it was localised since."""
    return report.coded if report.coded is not None else (report.source, report.target)


def target_own_government(report: Report) -> None:
    """Give a protest with no named target its protesters' own government as target.

    Protesters who name no one ("thousands marched in Belgrade") address the authorities of
    their state, the convention of CAMEO coders (``SRBOPP`` → ``SRBGOV``). A protester whose
    country is unknown, or an international body, is left without a target.

    Args:
        report: a report; changed in place.
    """
    if report.cameo[:2] != "14" or report.target is not None or report.source is None:
        return
    country = report.source.actor.country
    if country is None or len(country) != 3 or country.startswith(("IGO", "NGO")):
        return
    if report.source.actor.sector == "GOV":
        return  # a government does not protest against itself
    source = report.source
    report.target = Participant(
        make_actor(country + "GOV", f"government of {country}"),
        source.text,
        source.start,
        source.end,
    )


def _location_country(place: Place | None) -> str | None:
    if place is None or place.precision not in NATIONAL_PRECISIONS:
        return None
    country = place.country
    if country is None or len(country) != 3 or not country.isalpha() or not country.isupper():
        return None
    return country


def _speaker_state_only(article: Article, report: Report, stated: SentenceCountries) -> bool:
    # Only for a place carried from elsewhere, and only when the state the sentence names is
    # no party of the act: "the United States urged the authorities" (a Tbilisi story) names
    # the acting side, and the carried place rightly places the acted-on authorities.
    if _told_here(article, report):
        return False
    parties = {
        participant.actor.country
        for participant in (report.source, report.target)
        if participant is not None and participant.actor.country is not None
    }
    return not parties & stated.of(report.sentence)


def _told_here(article: Article, report: Report) -> bool:
    text = report.location_text
    if not text or report.sentence >= len(article.sentences):
        return bool(text)  # a hand-built report without sentences keeps its place
    sentence = article.sentences[report.sentence]
    return text in article.text[sentence.start : sentence.end]


def _localised(
    participant: Participant | None, country: str, told_here: bool = True
) -> Participant | None:
    if participant is None or participant.actor.country is not None:
        return participant
    if not told_here and participant.actor.sector in ROVING_SECTORS:
        # "Rights groups welcomed the vote" in a story placed elsewhere: aid and rights groups
        # report on a country from outside it; only a place told with the act makes them its.
        return participant
    actor = participant.actor
    return replace(participant, actor=make_actor(country + (actor.sector or ""), actor.name))


def _unknown_armed_party(report: Report) -> bool:
    # "the air force targeted residents": whose residents depends on whose air force.
    return any(
        participant is not None
        and participant.actor.country is None
        and participant.actor.sector in CROSS_BORDER_SECTORS
        for participant in (report.source, report.target)
    )


def _domestic(participant: Participant | None, country: str) -> Participant | None:
    # Only actors of a known domestic sector: "police", "the opposition" of an article about
    # one state are that state's; an unnamed "gunman" is unknown, not domestic.
    if participant is None or participant.actor.sector in CROSS_BORDER_SECTORS:
        return participant
    if not participant.actor.sector:
        return participant
    return _localised(participant, country)


def _place_victim(article: Article, report: Report, country: str) -> Participant | None:
    source = report.source.actor if report.source is not None else None
    if source is not None and source.country == country:
        # A state's forces striking inside their own country hit someone the text did not
        # name (rebels, militants): guessing civilians would be wrong as often as right.
        return None
    if (
        source is not None
        and source.country is not None
        and source.country.startswith(("IGO", "NGO"))
    ):
        return None
    code = country + "CVL" if source is None or source.country is None else country
    start, end = _place_span(article, report)
    name = f"people of {report.location_text or country}"
    return Participant(make_actor(code, name), article.text[start:end], start, end)


def _place_span(article: Article, report: Report) -> tuple[int, int]:
    # The victims are "the people of the place": the place mention in the report's sentence
    # is the evidence, the trigger when the location came from elsewhere in the article.
    for mention in article.mentions:
        if (
            mention.kind == "place"
            and mention.sentence == report.sentence
            and mention.text == report.location_text
        ):
            return mention.start, mention.end
    return report.trigger_start, report.trigger_end
