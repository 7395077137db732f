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
either. A dateline ("BISHKEK, June 17 -") names where the story was filed and never locates an
event.

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
from eventwire.model import Article, Report
from eventwire.where.article_places import ArticlePlaces, is_dateline
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.implied_place import (
    embassy_host_capital,
    is_embassy_speaker,
    own_side_of_border,
    releasing_state,
    summoning_capital,
)
from eventwire.where.main_place import is_background, main_from_events
from eventwire.where.speaker_place import (
    is_joint_agreement,
    is_verbal_act,
    meeting_place,
    speaker_capital,
)

__all__ = ["is_dateline", "locate_reports", "locate_verbal_acts"]

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
    for report in article.reports:
        chosen = places.in_sentence(report)
        implied = None
        if chosen is None or not chosen.locative or chosen.border:
            # Implied by who acts: a state deploys on its own side of a border, frees
            # prisoners on its own soil (under a foreign dateline too).
            implied = own_side_of_border(article.text, report, gazetteer)
            if implied is None and (chosen is None or not chosen.locative):
                implied = releasing_state(article.text, report, gazetteer)
        if implied is not None:
            nearby = places.in_paragraph(report) if chosen is None else None
            # A town of the same country named nearby ("Mae Sot") says more.
            if nearby is not None and nearby.place.country == implied.country:
                implied, text = nearby.place, nearby.mention.text
            else:
                text = None
            report.location, report.location_text = implied, text
            continue
        if chosen is None and report.modality != "historical":
            chosen = places.in_paragraph(report)
            if chosen is None and not is_background(report, places.anchor):
                unstated.append(report)
        if chosen is not None:
            report.location = chosen.place
            report.location_text = chosen.mention.text
    if not unstated:
        return
    # The main place is read from where the article's stated events happened, which only
    # now are known: counting names alone lets capitals, named for their governments,
    # outnumber the border villages a story is about.
    main = main_from_events(article.reports, places.places, places.main(), places.anchor, gazetteer)
    if main is not None:
        for report in unstated:
            # Inferred, not stated: no text of the report's sentence or paragraph names
            # it, which is what ``location_text is None`` tells the merge step.
            report.location, report.location_text = main[0], None


def locate_verbal_acts(article: Article, gazetteer: Gazetteer) -> None:
    """Place each verbal act of ``article`` where its speaker was (see the module doc).

    Runs after :func:`locate_reports` and actor localisation: the place an act is *about*
    ("urged restraint in Kashmir") tells whose police or protesters a sentence means, but
    the statement was made where the speaker is.
    """
    places: ArticlePlaces | None = None
    for report in article.reports:
        if not is_verbal_act(report.cameo):
            continue
        places = places or ArticlePlaces(article, gazetteer)
        chosen = places.in_sentence(report, as_spoken=True)
        if chosen is not None:
            report.location, report.location_text = chosen.place, chosen.mention.text
            continue
        if is_joint_agreement(
            article.text, report, places.act_sources[(report.sentence, report.trigger_start)]
        ):
            # An accord between parties was reached where they met, else where the story
            # was filed from; never in one party's capital.
            act = (report.sentence, report.trigger_start)
            met = None
            if report.modality in ("asserted", "historical"):
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
        if dateline is not None and (
            capital is None or capital.country == dateline.resolution.country  # type: ignore[union-attr]
        ):
            # "LILONGWE - Malawi's opposition said", "XIAMEN, China - China agreed": heard
            # where the story was filed, in the speaker's own country.
            report.location = dateline.resolution  # type: ignore[assignment]
            report.location_text = dateline.text
        else:
            # The speaking government's capital, inferred (no ``location_text``), or unknown.
            report.location, report.location_text = capital, None


def _is_current(report: Report, places: ArticlePlaces) -> bool:
    return report.modality == "asserted" and not is_background(report, places.anchor)
