"""What locating reports needs to know about one article's places and acts.

The place facts read from the mentions alone are shared by both locating stages
(:func:`~eventwire.where.place_facts.place_facts`); what is read from the reports (each act's
actors and their countries) is read again, as actor localisation between the stages may have
changed it.

A report's best place in its sentence (:meth:`ArticlePlaces.in_sentence`): places past a clause
boundary from the trigger are another event's (:func:`~eventwire.where.speaker_place.is_attached`);
one inside the report's clause beats one outside it, which needs a locative cue; a cued place
beats a named one, a frontier ("the X border") only weakly, a finer place a coarser one, and a
place that is one of the act's actors, or a party named after "between", counts only with a cue.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property

from eventwire.model import Article, Mention, Place, Report
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.main_place import anchor_date
from eventwire.where.place_facts import PlaceFacts, PlaceOption, place_facts
from eventwire.where.speaker_place import is_attached, is_verbal_act, talks_venue
from eventwire.where.story_country import countries_by_paragraph, subject_country

# The place facts are re-exported: callers import them from here, where they were first read.
__all__ = ["ArticlePlaces", "PlaceFacts", "PlaceOption", "place_facts"]

_SPECIFICITY = {"point": 4, "city": 3, "district": 3, "admin1": 2, "country": 1, "region": 0}


class ArticlePlaces:
    """The place facts of an article together with what its reports say about its acts.

    Args:
        article: with ``text``, ``sentences``, place ``mentions`` and ``reports``.
        gazetteer: the gazetteer its places were resolved with.
    """

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.facts = facts = place_facts(article, gazetteer)
        self.places = facts.places
        self.counted_places = facts.counted
        self.all_datelines = facts.all_datelines
        self.home_datelines = facts.home_datelines
        self.act_actors = _actors_of_each_act(article.reports)
        self.anchor: dt.date | None = anchor_date(article)
        self._chosen: dict[tuple, PlaceOption | None] = {}
        self._detached: dict[int, bool] = {}

    # Read on first use: most articles need them for few of their reports, or none.
    @cached_property
    def actors_by_sentence(self) -> dict[int, list[tuple[int, int]]]:
        """Spans of the actors of every act, by sentence."""
        by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for (sentence, _), spans in self.act_actors.items():
            by_sentence[sentence].extend(spans)
        return by_sentence

    @cached_property
    def act_sources(self) -> dict[tuple[int, int], set[str]]:
        """Actor codes of the sources of each act (sentence, trigger start)."""
        sources: dict[tuple[int, int], set[str]] = defaultdict(set)
        for report in self.article.reports:
            if report.source is not None:
                sources[(report.sentence, report.trigger_start)].add(report.source.actor.code)
        return sources

    @cached_property
    def act_countries(self) -> dict[tuple[int, int], set[str]]:
        """Countries of the sources and targets of each act (sentence, trigger start)."""
        countries: dict[tuple[int, int], set[str]] = defaultdict(set)
        for report in self.article.reports:
            act = (report.sentence, report.trigger_start)
            for participant in (report.source, report.target):
                if participant is not None and participant.actor.country:
                    countries[act].add(participant.actor.country)
        return countries

    def main(self) -> tuple[Place, str] | None:
        """The article's main place read from its place names."""
        return self.facts.main

    @cached_property
    def subject(self) -> str | None:
        """The country the article is about (see :func:`subject_country`)."""
        return subject_country(self.article.mentions, self.all_datelines)

    @cached_property
    def countries_by_paragraph(self) -> dict[int | None, set[str]]:
        """Countries each paragraph names by a place or a demonym, datelines left out."""
        return countries_by_paragraph(
            self.article.mentions, self.facts.paragraph_of, self.all_datelines
        )

    def paragraph_countries(self, report: Report) -> set[str]:
        """The countries named in ``report``'s paragraph (see :attr:`countries_by_paragraph`)."""
        return self.countries_by_paragraph.get(self.facts.paragraph_of.get(report.sentence), set())

    def in_sentence(self, report: Report, as_spoken: bool = False) -> PlaceOption | None:
        """The report's best place in its sentence; ``as_spoken``: a cued place of the act
        itself, where a verbal act was made (not what it was about)."""
        cued_only = as_spoken or report.sentence in self.facts.dateline_sentences
        # Reports of one act with the same evidence span (one per participant pair) get the
        # same answer.
        key = (
            report.sentence,
            report.trigger_start,
            report.trigger_end,
            report.start,
            report.end,
            as_spoken and is_verbal_act(report.cameo),
            as_spoken,
            cued_only,
        )
        if key in self._chosen:
            return self._chosen[key]
        chosen = self._chosen[key] = self._in_sentence(report, cued_only, as_spoken)
        return chosen

    def in_paragraph(self, report: Report) -> PlaceOption | None:
        """The report's best place in the other sentences of its paragraph."""
        facts = self.facts
        paragraph = facts.by_paragraph.get(facts.paragraph_of.get(report.sentence), [])
        actors = self.act_actors[(report.sentence, report.trigger_start)]
        # The report's own sentence was read already: its places were not this act's.
        # A place that is another sentence's actor ("Canberra imposed sanctions") stands for
        # its government there, not for where this act happened.
        options = [
            self._option(m, actors + self.actors_by_sentence[m.sentence])
            for m in paragraph
            if m.sentence != report.sentence and not self._of_another_clause(m)
        ]
        if report.sentence in facts.dateline_sentences:
            options = [o for o in options if o.locative]
        return _best(options)

    def talks_venue(self, report: Report) -> Mention | None:
        """A place of ``report``'s sentence named as where talks were held, if any."""
        return talks_venue(self.article.text, self.facts.by_sentence.get(report.sentence, ()))

    @cached_property
    def reports_by_sentence(self) -> dict[int, list[Report]]:
        """The article's reports by sentence."""
        by_sentence: dict[int, list[Report]] = defaultdict(list)
        for report in self.article.reports:
            by_sentence[report.sentence].append(report)
        return by_sentence

    def _of_another_clause(self, mention: Mention) -> bool:
        # "… before a truce was brokered in Kuala Lumpur": a cued place that an adverbial
        # clause of time parts from every act of its own sentence tells where an earlier or
        # later event happened, not where the paragraph's other sentences are set. A relative
        # clause ("supporters who gathered in Nampula") still sets the scene.
        found = self._detached.get(id(mention))
        if found is None:
            reports = self.reports_by_sentence.get(mention.sentence)
            text = self.article.text
            found = bool(
                reports
                and self.facts.cue(mention).locative
                and all(
                    _TEMPORAL_BOUNDARY.search(_between(text, r, mention)) is not None
                    and not is_attached(text, r, mention)
                    for r in reports
                )
            )
            self._detached[id(mention)] = found
        return found

    def _in_sentence(self, report: Report, cued_only: bool, as_spoken: bool) -> PlaceOption | None:
        in_sentence = self.facts.by_sentence.get(report.sentence)
        if not in_sentence:
            return None
        act_actors = self.act_actors[(report.sentence, report.trigger_start)]
        options = [self._option(m, act_actors) for m in in_sentence]
        text = self.facts.article.text
        known: dict[int, bool] = {}

        # A place past a clause boundary from the trigger is about another event. Reading
        # that is the costly test, so it is made best option first, and only until one passes.
        def attached(option: PlaceOption) -> bool:
            found = known.get(id(option))
            if found is None:
                found = known[id(option)] = is_attached(
                    text, report, option.mention, as_spoken=as_spoken
                )
            return found

        in_clause = [
            option
            for option in options
            if report.start <= option.mention.start and option.mention.end <= report.end
        ]
        best = _best_of([o for o in in_clause if o.locative] if cued_only else in_clause, attached)
        if best is not None:
            return best
        # Outside the clause only a cued place is about this event.
        return _best_of([o for o in options if o.locative], attached)

    def _option(self, mention: Mention, act_actors: list[tuple[int, int]]) -> PlaceOption:
        apart, among = self.facts.options(mention)
        if apart is among:
            return among
        # The report's own actors are among its act's actors.
        start, end = mention.start, mention.end
        for actor_start, actor_end in act_actors:
            if actor_start < end and start < actor_end:
                return among
        return apart


_TEMPORAL_BOUNDARY = re.compile(r"\b(?:before|after|until|since|when)\b", re.IGNORECASE)
_MAX_BETWEEN_CHARS = 300


def _between(text: str, report: Report, mention: Mention) -> str:
    if mention.start >= report.trigger_end:
        return text[
            report.trigger_end : min(mention.start, report.trigger_end + _MAX_BETWEEN_CHARS)
        ]
    return text[max(mention.end, report.trigger_start - _MAX_BETWEEN_CHARS) : report.trigger_start]


def _rank(option: PlaceOption) -> tuple[int, int]:
    cue = 2 if option.locative and not option.border else (1 if option.locative else 0)
    if option.in_actor and not option.locative:
        cue = -1
    if option.dateline:
        # "DUSHANBE – … clashes near the village of Koktash", "KYIV - drones hit Odesa": any
        # other place of the lead says more than where the story was filed.
        return cue, -1
    return cue, _SPECIFICITY.get(option.place.precision, 0)


def _best(options: list[PlaceOption]) -> PlaceOption | None:
    best, best_rank = None, (-1, 0)
    for option in options:
        rank = _rank(option)
        # Strictly better only: of equals the earlier mention wins.
        if rank[0] >= 0 and (best is None or rank > best_rank):
            best, best_rank = option, rank
    return best


def _best_of(
    options: list[PlaceOption], admitted: Callable[[PlaceOption], bool]
) -> PlaceOption | None:
    """``_best`` of the options ``admitted`` accepts, asking it of as few as possible."""
    # ``_best`` keeps the earliest of the highest rank: so does a stable sort by rank, and the
    # first admitted option of that order is the best admitted one.
    ranked = [(rank, option) for option in options if (rank := _rank(option))[0] >= 0]
    ranked.sort(key=_by_rank, reverse=True)
    return next((option for _, option in ranked if admitted(option)), None)


def _by_rank(ranked: tuple[tuple[int, int], PlaceOption]) -> tuple[int, int]:
    return ranked[0]


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
