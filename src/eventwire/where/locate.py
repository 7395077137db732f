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
from collections import defaultdict
from typing import NamedTuple

from eventwire.model import Article, Mention, Place, Report
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.implied_place import (
    capital_mentions,
    embassy_host_capital,
    is_embassy_speaker,
    own_side_of_border,
    releasing_state,
    summoning_capital,
)
from eventwire.where.lexicon import load_lexicon
from eventwire.where.main_place import anchor_date, is_background, main_from_events, main_from_names
from eventwire.where.speaker_place import (
    is_attached,
    is_joint_agreement,
    is_verbal_act,
    meeting_place,
    speaker_capital,
)

_SPECIFICITY = {"point": 4, "city": 3, "district": 3, "admin1": 2, "country": 1, "region": 0}
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|on the outskirts of|took place in|held in|based in)"
    r"\s+(?:the\s+)?(?:(?:city|town|village|province|district|region|state|county)\s+of\s+)?"
    r"(?:[a-z]+ern\s+|central\s+)?$",
    re.IGNORECASE,
)
# "near the Azerbaijan border" names a frontier; "the Bilekh-Savar border crossing" a place.
_BORDER_AFTER = re.compile(
    r"^[-\s](?:border|frontier)\b"
    r"(?![- ](?:crossing|terminal|post|checkpoint|town|city|gate)|\s+[A-Z])"
)
# "talks between Tehran and Brussels": the places named are the parties, not where it was.
_BETWEEN_PARTIES_BEFORE = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$"
)
_LOOKBEHIND_CHARS = 60
_JOINT_SPEAKER = re.compile(r"\b(?:two|both)\b|\bsides\b", re.IGNORECASE)
# A dateline ("BISHKEK, June 17 (Caspian Wire) -", "MOSCOW/KIEV, Nov 17 -", "KHARKIV -") says
# where the story was filed, not where its events happened.
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][A-Za-z.' -]{0,30}/)?$")
_DATELINE_AFTER = re.compile(
    r"^(?:/[A-Z][A-Za-z.' -]{0,30})?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)|\s*\(|\s+[-\u2013\u2014])"
)


class _Option(NamedTuple):
    mention: Mention
    place: Place
    locative: bool
    border: bool
    in_actor: bool


def locate_reports(article: Article, gazetteer: Gazetteer) -> None:
    """Set ``location`` and ``location_text`` of every report of ``article`` from its text:
    the place the act happened at or is about (verbal acts are placed again, at their
    speaker, by :func:`locate_verbal_acts` once the actors' countries are known).

    Args:
        article: with ``mentions`` of kind ``"place"`` (from :func:`find_place_mentions`),
            ``sentences`` and ``reports``.
        gazetteer: used to name the article's main admin1 area when only its towns are named.
    """
    if not article.reports:
        return
    places = _ArticlePlaces(article, gazetteer)
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
    places: _ArticlePlaces | None = None
    for report in article.reports:
        if not is_verbal_act(report.cameo):
            continue
        places = places or _ArticlePlaces(article, gazetteer)
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


class _ArticlePlaces:
    """What locating needs to know about one article's places, read once."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article, self.gazetteer = article, gazetteer
        demonyms = load_lexicon().demonyms
        # "Iranian forces": a demonym says whose forces, not where they were.
        self.places = [
            m
            for m in article.mentions
            if m.kind == "place"
            and isinstance(m.resolution, Place)
            and m.text.lower() not in demonyms
        ]
        self._main: tuple[Place, str] | None = None
        self._main_known = False
        main = self.main()
        # "in the capital": the capital of the country named with it, else of the article's.
        implied = capital_mentions(article, gazetteer, main[0].country if main else None)
        if implied:
            self.places = sorted(self.places + implied, key=lambda m: m.start)
        self.act_actors = _actors_of_each_act(article.reports)
        self.actors_by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for (sentence, _), spans in self.act_actors.items():
            self.actors_by_sentence[sentence].extend(spans)
        datelines = [m for m in self.places if is_dateline(article, m)]
        self.all_datelines = {m.sentence: m for m in datelines}
        self.act_sources: dict[tuple[int, int], set[str]] = defaultdict(set)
        self.act_countries: dict[tuple[int, int], set[str]] = defaultdict(set)
        for report in article.reports:
            act = (report.sentence, report.trigger_start)
            if report.source is not None:
                self.act_sources[act].add(report.source.actor.code)
            for participant in (report.source, report.target):
                if participant is not None and participant.actor.country:
                    self.act_countries[act].add(participant.actor.country)
        self.home_datelines: dict[int, Mention] = {}
        if datelines:
            # A dateline in the story's own country usually is where it happened ("TBILISI -
            # marchers ..."); a foreign bureau's ("DUBAI - Iran released ...") is not.
            main = self.main()
            home = main[0].country if main is not None else None
            self.home_datelines = {
                m.sentence: m
                for m in datelines
                if m.resolution.country == home  # type: ignore[union-attr]
            }
            datelines = [m for m in datelines if m.resolution.country != home]  # type: ignore[union-attr]
        named_at = [m for m in self.places if m not in datelines] if datelines else self.places
        # Under a foreign dateline the lead's merely named places are mostly its actors'
        # countries and capitals ("MANILA - ... drew a protest from Beijing"): only a cued one
        # locates it.
        self.dateline_sentences = {m.sentence for m in datelines}
        self.paragraph_of = _paragraphs(article)
        self.by_sentence: dict[int, list[Mention]] = {}
        self.by_paragraph: dict[int | None, list[Mention]] = {}
        for mention in named_at:
            self.by_sentence.setdefault(mention.sentence, []).append(mention)
            self.by_paragraph.setdefault(self.paragraph_of.get(mention.sentence), []).append(
                mention
            )
        self.cues: dict[int, tuple[bool, bool]] = {}  # id(mention) → (locative, border)
        self.anchor = anchor_date(article)

    def main(self) -> tuple[Place, str] | None:
        if not self._main_known:
            self._main, self._main_known = main_from_names(self.places, self.gazetteer), True
        return self._main

    def in_sentence(self, report: Report, as_spoken: bool = False) -> _Option | None:
        """The report's best place in its sentence; ``as_spoken``: a cued place of the act
        itself, where a verbal act was made (not what it was about)."""
        return _in_sentence(
            self.article,
            report,
            self.by_sentence.get(report.sentence, []),
            self.cues,
            self.act_actors[(report.sentence, report.trigger_start)],
            cued_only=as_spoken or report.sentence in self.dateline_sentences,
            as_spoken=as_spoken,
        )

    def in_paragraph(self, report: Report) -> _Option | None:
        paragraph = self.by_paragraph.get(self.paragraph_of.get(report.sentence), [])
        actors = self.act_actors[(report.sentence, report.trigger_start)]
        # The report's own sentence was read already: its places were not this act's.
        # A place that is another sentence's actor ("Canberra imposed sanctions") stands for
        # its government there, not for where this act happened.
        options = [
            _option(
                self.article, report, m, self.cues, actors + self.actors_by_sentence[m.sentence]
            )
            for m in paragraph
            if m.sentence != report.sentence
        ]
        if report.sentence in self.dateline_sentences:
            options = [o for o in options if o.locative]
        return _best(options)


def _is_current(report: Report, places: _ArticlePlaces) -> bool:
    return report.modality == "asserted" and not is_background(report, places.anchor)


def is_dateline(article: Article, mention: Mention) -> bool:
    """True when ``mention`` is a dateline: the place a story was filed from, before its text.

    Args:
        article: the article, with ``sentences``.
        mention: a place mention of it.
    """
    sentence_start = article.sentences[mention.sentence].start
    before = article.text[sentence_start : mention.start]
    if len(before) > 40 or _DATELINE_BEFORE.match(before) is None:
        return False
    return _DATELINE_AFTER.match(article.text[mention.end : mention.end + 48]) is not None


def _option(
    article: Article,
    report: Report,
    mention: Mention,
    cues: dict[int, tuple[bool, bool]],
    act_actors: list[tuple[int, int]],
) -> _Option:
    cue = cues.get(id(mention))
    if cue is None:
        before = article.text[max(0, mention.start - _LOOKBEHIND_CHARS) : mention.start]
        after = article.text[mention.end : mention.end + 24]
        cue = cues[id(mention)] = (
            _LOCATIVE_BEFORE.search(before) is not None,
            _BORDER_AFTER.match(after) is not None,
        )
    # The report's own actors are among its act's actors.
    in_actor = any(start < mention.end and mention.start < end for start, end in act_actors)
    if not in_actor and _BETWEEN_PARTIES_BEFORE.search(
        article.text[max(0, mention.start - _LOOKBEHIND_CHARS) : mention.start]
    ):
        in_actor = True
    assert isinstance(mention.resolution, Place)
    return _Option(mention, mention.resolution, cue[0], cue[1], in_actor)


def _rank(option: _Option) -> tuple[int, int]:
    cue = 2 if option.locative and not option.border else (1 if option.locative else 0)
    if option.in_actor and not option.locative:
        cue = -1
    return cue, _SPECIFICITY.get(option.place.precision, 0)


def _best(options: list[_Option]) -> _Option | None:
    best, best_rank = None, (-1, 0)
    for option in options:
        rank = _rank(option)
        # Strictly better only: of equals the earlier mention wins.
        if rank[0] >= 0 and (best is None or rank > best_rank):
            best, best_rank = option, rank
    return best


def _in_sentence(
    article: Article,
    report: Report,
    in_sentence: list[Mention],
    cues: dict[int, tuple[bool, bool]],
    act_actors: list[tuple[int, int]],
    cued_only: bool = False,
    as_spoken: bool = False,
) -> _Option | None:
    if not in_sentence:
        return None
    # A place past a clause boundary from the trigger is about another event.
    attached = [m for m in in_sentence if is_attached(article.text, report, m, as_spoken=as_spoken)]
    in_clause = [m for m in attached if report.start <= m.start and m.end <= report.end]
    for group in (in_clause, attached):
        options = [_option(article, report, m, cues, act_actors) for m in group]
        # Outside the clause only a cued place is about this event.
        if cued_only or (group is attached and group is not in_clause):
            options = [o for o in options if o.locative]
        best = _best(options)
        if best is not None:
            return best
    return None


def _actors_of_each_act(reports: list[Report]) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Spans of every source and target of each act (sentence, trigger), over all its reports:
    "threats against Israel and the United States" is one act with two targets, and neither
    target is where the threat against the other was made."""
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for report in reports:
        act = spans.setdefault((report.sentence, report.trigger_start), [])
        for participant in (report.source, report.target):
            if participant is not None:
                act.append((participant.start, participant.end))
    return spans


def _paragraphs(article: Article) -> dict[int, int]:
    paragraph, previous_end, result = 0, None, {}
    for sentence in article.sentences:
        if previous_end is not None and "\n" in article.text[previous_end : sentence.start]:
            paragraph += 1
        result[sentence.index] = paragraph
        previous_end = sentence.end
    return result
