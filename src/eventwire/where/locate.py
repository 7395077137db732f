"""Event location: the place where each report's event happened, not every place it names.

Within the report's sentence a place introduced by a locative cue ("in", "at", "near", "took
place in") beats one that is merely named, a more specific place beats a containing one
("Aslan Duz" over "Ardabil" over "Iran"), and a place that is the report's actor ("Iran
launched…") only counts with a cue, and a demonym ("Iranian forces") never does. A "the X
border" mention locates weakly: it names a frontier, not the side it happened on. Without a
place in the sentence a non-historical report takes the paragraph's best place, else the
article's main location, with ``location_text`` left ``None`` to say it was inferred — unless
its date is well before the article's (background: "in January 2023 Baku closed its embassy"
did not happen where today's story does). A place that is an actor of the same act reported
for other participants ("threats against Israel and the United States") only counts with a cue
either. A dateline ("BISHKEK, June 17 -") names where the story was filed and locates no event but a
meeting, visit or signing told in its own sentence and placed nowhere else there.

Verbal acts (statements, appeals, condemnations…) are first located like any act, at the place
they are about, which actor localisation reads ("urged the authorities … in Kashmir"); then
:func:`locate_verbal_acts` places them where the speaker is: a cued place attached to the act,
else the home dateline, else the speaking government's capital, else unknown
(:mod:`eventwire.where.speaker_place`). A place past a clause boundary from the
trigger ("clashes that ended with a truce brokered in Kuala Lumpur") is another event's.
"""

from __future__ import annotations

import re

from eventwire.code.localise import restore_coded_participants
from eventwire.model import Article, Participant, Place, Report
from eventwire.where.article_places import ArticlePlaces
from eventwire.where.datelines import is_dateline
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.implied_place import (
    embassy_host_capital,
    is_embassy_speaker,
    own_side_of_border,
    releasing_state,
    struck_territory,
    summoning_capital,
)
from eventwire.where.main_place import domestic_country, is_background, main_from_events
from eventwire.where.speaker_place import (
    MEETING_CODES,
    is_joint_agreement,
    is_verbal_act,
    meeting_place,
    speaker_capital,
)
from eventwire.where.un_seat import ChamberSeats

__all__ = ["is_dateline", "locate_reports", "locate_verbal_acts"]

# Courts, police, the opposition, legislators, unions, schools, health workers and businesses
# act at home:
# an act of theirs, or between two actors of one state, is placed in that state when the text
# places it nowhere. Forces, rebels, governments and civilians are met abroad too.
_HOME_SECTORS = frozenset({"JUD", "COP", "OPP", "LEG", "LAB", "EDU", "HLH", "BUS"})
_JOINT_SPEAKER = re.compile(r"\b(?:two|both)\b|\bsides\b", re.IGNORECASE)


def locate_reports(article: Article, gazetteer: Gazetteer) -> None:
    """Set ``location`` and ``location_text`` of every report of ``article`` from its text:
    the place the act happened at or is about (verbal acts are placed again, at their
    speaker, by :func:`locate_verbal_acts` once the actors' countries are known).

    Args:
        article: with ``mentions`` of kind ``"place"`` (from :func:`find_place_mentions`),
            ``sentences`` and ``reports``.
        gazetteer: used to name the article's main admin1 area when only its towns are named.
    """
    # A re-run must read what the first pass read: no place of its own (or of
    # locate_verbal_acts') previous pass, and the coder's participants, not the localised ones.
    restore_coded_participants(article)
    for report in article.reports:
        report.location, report.location_text = None, None
    if not article.reports:
        return
    places = ArticlePlaces(article, gazetteer)
    unstated: list[Report] = []
    past: list[Report] = []  # not placed by its text, historical or background
    for report in article.reports:
        chosen = places.in_sentence(report)
        implied = None
        if chosen is None or not chosen.locative or chosen.border:
            # Implied by who acts: a state deploys on its own side of a border, frees
            # prisoners on its own soil (under a foreign dateline too).
            implied = own_side_of_border(article.text, report, gazetteer)
            if implied is None and (chosen is None or not chosen.locative):
                implied = releasing_state(article.text, report, gazetteer)
            if implied is None and (chosen is None or not chosen.locative):
                # "fired rockets at two Thai villages": on the struck side, whatever the
                # paragraph names; a place of that side the sentence names says more.
                implied = struck_territory(article.text, report, gazetteer)
                if chosen is not None and implied is not None:
                    if chosen.place.country == implied.country:
                        implied = None
        if implied is not None:
            nearby = places.in_paragraph(report) if chosen is None else None
            # A town of the same country named nearby ("Mae Sot") says more.
            if nearby is not None and nearby.place.country == implied.country:
                implied, text = nearby.place, nearby.mention.text
            else:
                text = None
            report.location, report.location_text = implied, text
            continue
        if chosen is None and report.cameo[:3] in MEETING_CODES and report.modality == "asserted":
            # "SEOUL - Prabowo and Lee signed agreements … on the first day of a state visit":
            # a meeting told in the lead under a dateline, placed nowhere else, is where the
            # reporter filed from, whichever country the story is about.
            dateline = places.all_datelines.get(report.sentence)
            if dateline is not None and dateline.resolution is not None:
                report.location, report.location_text = dateline.resolution, dateline.text
                continue
        if chosen is None and report.modality != "historical":
            chosen = places.in_paragraph(report)
            if chosen is None and not is_background(report, places.anchor):
                unstated.append(report)
                continue
        if chosen is not None:
            report.location = chosen.place
            report.location_text = chosen.mention.text
        else:
            past.append(report)
    for report in past:
        # A past act inside one state ("protests forced the president to flee", "the
        # opposition accused the authorities") happened in it; where exactly is not told.
        country = domestic_country(report) if _is_internal(report) else None
        index = gazetteer.country(country)
        if index is not None:
            report.location, report.location_text = gazetteer.place(index), None
    if not unstated:
        return
    # The main place is read from where the article's stated events happened, which only
    # now are known: counting names alone lets capitals, named for their governments,
    # outnumber the border villages a story is about.
    main = main_from_events(
        article.reports, places.counted_places, places.main(), places.anchor, gazetteer
    )
    if main is None:
        return
    subject = places.subject
    subject_index = gazetteer.country(subject) if subject != main[0].country else None
    for report in unstated:
        named = places.paragraph_countries(report) if subject_index is not None else ()
        if subject in named and main[0].country not in named:
            # "WASHINGTON - … Georgians have rallied. Police have detained 400": filed from a
            # foreign bureau, told of the country the story is about.
            report.location, report.location_text = gazetteer.place(subject_index), None
        else:
            # Inferred, not stated: no text of the report's sentence or paragraph names
            # it, which is what ``location_text is None`` tells the merge step.
            report.location, report.location_text = main[0], None


def _is_internal(report: Report) -> bool:
    """True for an act between two actors of one state ("protests forced the president to
    flee"), one of them perhaps a body that only acts at home ("prosecutors charged two
    Lithuanians"), or by one such body alone; not by spies, forces, rebels or governments
    of no stated country, which act abroad too ("the junta detained an Australian")."""
    if report.source is None:
        return False
    if report.target is None:
        return _home_sector(report.source)
    return all(
        _home_sector(participant)
        or (participant.actor.country is not None and participant.actor.sector != "SPY")
        for participant in (report.source, report.target)
    )


def _home_sector(participant: Participant) -> bool:
    return participant.actor.sector in _HOME_SECTORS


def locate_verbal_acts(article: Article, gazetteer: Gazetteer) -> None:
    """Place each verbal act of ``article`` where its speaker was (see the module doc).

    Runs after :func:`locate_reports` and actor localisation: the place an act is *about*
    ("urged restraint in Kashmir") tells whose police or protesters a sentence means, but
    the statement was made where the speaker is. Acts of a UN chamber ("the Security Council
    renewed an arms embargo on South Sudan"), verbal or not, and its delegates' speeches are
    placed at its seat (:mod:`eventwire.where.un_seat`).
    """
    places: ArticlePlaces | None = None
    chambers = ChamberSeats(article, gazetteer)
    for report in article.reports:
        verbal = is_verbal_act(report.cameo)
        if not verbal:
            # "The Security Council renewed an arms embargo": decided at its seat.
            seat = chambers.seat(report)
            if seat is not None:
                places = places or ArticlePlaces(article, gazetteer)
                _place_at_seat(report, seat, places)
            continue
        places = places or ArticlePlaces(article, gazetteer)
        chosen = places.in_sentence(report, as_spoken=True) if verbal else None
        if chosen is not None:
            report.location, report.location_text = chosen.place, chosen.mention.text
            continue
        # The Security Council's measures and the delegates who speak in it: at its seat,
        # not in the country the measure is about nor at the delegates' homes.
        seat = chambers.seat(report)
        if seat is not None:
            _place_at_seat(report, seat, places)
            continue
        if is_joint_agreement(
            article.text, report, places.act_sources[(report.sentence, report.trigger_start)]
        ):
            # An accord between parties was reached where they met, else where the story
            # was filed from; never in one party's capital.
            act = (report.sentence, report.trigger_start)
            met = None
            venue = places.talks_venue(report)
            if venue is not None:
                # "agreed … after envoys held talks in Vienna": the sentence names the table.
                met = venue.resolution, venue.text  # type: ignore[assignment]
            elif report.modality in ("asserted", "historical"):
                met = meeting_place(article.reports, report, places.act_countries[act])
            dateline = places.all_datelines.get(report.sentence)
            if dateline is None and places.all_datelines and _is_current(report, places):
                # "Both sides have committed to …" told later in a story filed from where
                # the accord was reached; not a background accord.
                dateline = places.all_datelines[min(places.all_datelines)]
            if met is None and dateline is not None:
                met = dateline.resolution, dateline.text  # type: ignore[assignment]
            report.location, report.location_text = met if met is not None else (None, None)
            continue
        capital = summoning_capital(article.text, report, gazetteer)
        if capital is None and is_embassy_speaker(article.text, report):
            # An embassy speaks from its host's capital, never from home.
            main = places.main()
            subject = main[0].country if main is not None else None
            capital = embassy_host_capital(article.text, report, gazetteer, subject)
        elif capital is None and not _JOINT_SPEAKER.search(
            report.source.text if report.source else ""
        ):
            # "The two sides blamed each other": neither capital is where both spoke.
            capital = speaker_capital(report, gazetteer)
        dateline = places.home_datelines.get(report.sentence)
        if dateline is None and capital is None and _stateless_speaker(report):
            # "THE HAGUE - The ICC's prosecutor asked …", "GENEVA - the UN said": a body of
            # no state is heard where the story was filed, often its seat.
            dateline = places.all_datelines.get(report.sentence)
        if dateline is not None and (
            capital is None or capital.country == dateline.resolution.country  # type: ignore[union-attr]
        ):
            # "LILONGWE - Malawi's opposition said", "XIAMEN, China - China agreed": heard
            # where the story was filed, in the speaker's own country.
            report.location = dateline.resolution  # type: ignore[assignment]
            report.location_text = dateline.text
        else:
            if capital is None:
                capital = _home_country(report, places, gazetteer)
            # The speaking government's capital, inferred (no ``location_text``), the home
            # country of a party or a court of the story's state, or unknown.
            report.location, report.location_text = capital, None


def _place_at_seat(report: Report, seat: Place, places: ArticlePlaces) -> None:
    # "NEW YORK - The UN General Assembly demanded": a dateline in the seat's country names
    # it; otherwise the seat is inferred.
    dateline = places.all_datelines.get(report.sentence)
    stated = dateline is not None and dateline.resolution.country == seat.country  # type: ignore[union-attr]
    report.location = seat
    report.location_text = dateline.text if stated else None  # type: ignore[union-attr]


def _is_current(report: Report, places: ArticlePlaces) -> bool:
    return report.modality == "asserted" and not is_background(report, places.anchor)


def _stateless_speaker(report: Report) -> bool:
    source = report.source
    if source is None:
        return False
    country = source.actor.country
    return country is None or country.startswith(("IGO", "NGO"))


def _home_country(report: Report, places: ArticlePlaces, gazetteer: Gazetteer) -> Place | None:
    """The country of a domestic speaker (an opposition party, a court, protesters) of the
    state the story is about: "the opposition PAIGC called for an inquiry" was said at home.
    Armed groups, NGOs and states' governments are placed by other rules or left unknown, and
    a party of another state may speak from exile."""
    source = report.source
    main = places.main()
    if source is None or main is None or source.actor.country != main[0].country:
        return None
    if not _home_sector(source):
        return None
    index = gazetteer.country(source.actor.country)
    return gazetteer.place(index) if index is not None else None
