"""What locating reports needs to know about one article's places, read once per article.

:func:`eventwire.where.locate.locate_reports` and :func:`~eventwire.where.locate.locate_verbal_acts`
run as two stages with actor localisation between them. Everything read from the place mentions
alone (the article's main place, its datelines, its paragraphs, the cue words around each name)
is the same for both, so it is kept in one :class:`PlaceFacts` that the second stage takes
over from the first while the article's text, sentences and mentions are unchanged. What is
read from the reports (each act's actors and their countries) is read again, as localisation
may have changed it.

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
from typing import NamedTuple

from eventwire.model import Article, Mention, Place, Report
from eventwire.where.datelines import is_dateline
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.implied_place import capital_mentions
from eventwire.where.lexicon import load_lexicon
from eventwire.where.main_place import anchor_date, main_from_names, one_per_pair
from eventwire.where.speaker_place import is_attached, is_verbal_act, talks_venue
from eventwire.where.story_country import countries_by_paragraph, subject_country

_SPECIFICITY = {"point": 4, "city": 3, "district": 3, "admin1": 2, "country": 1, "region": 0}
# The lookahead names every first character a match can have, so that the search skips the
# other positions at once (it cannot change what matches).
_LOCATIVE_BEFORE = re.compile(
    r"(?=[iantohb])\b(?:in|at|near|outside|inside|on the outskirts of|took place in|held in"
    r"|based in)"
    r"\s+(?:the\s+)?"
    # "near the Kyrgyz village of": a demonym may qualify the kind of place
    r"(?:(?-i:[A-Z][a-z]+\s+)?(?:city|town|village|province|district|region|state|county)\s+of\s+)?"
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


class PlaceOption(NamedTuple):
    """A place mention read as a candidate location of one report."""

    mention: Mention
    place: Place
    locative: bool
    border: bool
    in_actor: bool
    # The sentence's dateline: where the story was filed, named before anything happens.
    dateline: bool = False


class _Cue(NamedTuple):
    locative: bool  # "in X", "near X", "the town of X"
    border: bool  # "X border": a frontier
    between: bool  # "between X and Y": a party


class PlaceFacts:
    """What the article's place mentions say, whatever its reports: built once, shared by
    both locating stages (see the module doc)."""

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
        # What the main place is read from: "counting centres in Mzimba and Karonga" is one
        # mention of the north, not two.
        self.counted = one_per_pair(article.text, self.places)
        # Read from the named places before "the capital" joins them.
        self.main = main_from_names(self.counted, gazetteer)
        # "in the capital": the capital of the country named with it, else of the article's.
        implied = capital_mentions(article, gazetteer, self.main[0].country if self.main else None)
        if implied:
            self.places = sorted(self.places + implied, key=lambda m: m.start)
            self.counted = sorted(self.counted + implied, key=lambda m: m.start)
        datelines = [m for m in self.places if is_dateline(article, m)]
        self.all_datelines = {m.sentence: m for m in datelines}
        self.home_datelines: dict[int, Mention] = {}
        if datelines:
            # A dateline in the story's own country usually is where it happened ("TBILISI -
            # marchers ..."); a foreign bureau's ("DUBAI - Iran released ...") is not.
            home = self.main[0].country if self.main is not None else None
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
        self._cues: dict[int, _Cue] = {}  # id(mention) → its cue words
        self._options: dict[int, tuple[PlaceOption, PlaceOption]] = {}  # id(mention) → options

    def cue(self, mention: Mention) -> _Cue:
        """The cue words around ``mention`` (read from the text once)."""
        found = self._cues.get(id(mention))
        if found is None:
            text = self.article.text
            before = text[max(0, mention.start - _LOOKBEHIND_CHARS) : mention.start]
            found = self._cues[id(mention)] = _Cue(
                _may_end_locative(before) and _LOCATIVE_BEFORE.search(before) is not None,
                _BORDER_AFTER.match(text[mention.end : mention.end + 24]) is not None,
                "between" in before and _BETWEEN_PARTIES_BEFORE.search(before) is not None,
            )
        return found

    def options(self, mention: Mention) -> tuple[PlaceOption, PlaceOption]:
        """``mention`` as a place option of a report, apart from the act's actors and as one of
        them: the same option twice when "between" makes it a party anyway (made once)."""
        found = self._options.get(id(mention))
        if found is None:
            cue = self.cue(mention)
            assert isinstance(mention.resolution, Place)
            dateline = self.all_datelines.get(mention.sentence) is mention
            among = PlaceOption(
                mention, mention.resolution, cue.locative, cue.border, True, dateline
            )
            apart = among if cue.between else among._replace(in_actor=False)
            found = self._options[id(mention)] = (apart, among)
        return found

    def matches(self, article: Article, gazetteer: Gazetteer) -> bool:
        """Whether these facts were read from ``article`` as it is now (same text, sentences
        and mention objects) with ``gazetteer``."""
        own = self.article
        return (
            article is own
            and gazetteer is self.gazetteer
            and article.text is self._text
            and _same_items(article.sentences, self._sentences)
            and _same_items(article.mentions, self._mentions)
        )

    def remember_source(self) -> None:
        # Copies of the lists, not the lists: a stage may change them in place.
        self._text = self.article.text
        self._sentences = tuple(self.article.sentences)
        self._mentions = tuple(self.article.mentions)


def _same_items(current: list, remembered: tuple) -> bool:
    return len(current) == len(remembered) and all(
        a is b for a, b in zip(current, remembered, strict=True)
    )


# The facts of the last article read: the verbal-act stage runs right after the locating and
# localising stages of the same article. Held by strong reference, so identity checks are safe.
_LAST_FACTS: list[PlaceFacts] = []


def place_facts(article: Article, gazetteer: Gazetteer) -> PlaceFacts:
    """The :class:`PlaceFacts` of ``article``: those of the previous call when the article's
    text, sentences and mentions are unchanged since, else read afresh."""
    last = _LAST_FACTS[0] if _LAST_FACTS else None
    if last is not None and last.matches(article, gazetteer):
        return last
    facts = PlaceFacts(article, gazetteer)
    facts.remember_source()
    _LAST_FACTS[:] = [facts]
    return facts


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


def _may_end_locative(before: str) -> bool:
    # Every word the cue can end with ("in", "at", "near", "inside", "of", "the", "northern",
    # "central") ends in one of these letters, and a space follows it: most names' left
    # contexts ("said", "and", ", ") fail this before any pattern runs.
    return before[-1:].isspace() and before.rstrip()[-1:] in _LOCATIVE_LAST_LETTERS


_LOCATIVE_LAST_LETTERS = frozenset("ntreflNTREFL")


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


def _paragraphs(article: Article) -> dict[int, int]:
    paragraph, previous_end, result = 0, None, {}
    text = article.text
    for sentence in article.sentences:
        if previous_end is not None and text.find("\n", previous_end, sentence.start) != -1:
            paragraph += 1
        result[sentence.index] = paragraph
        previous_end = sentence.end
    return result
