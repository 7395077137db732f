"""What an article's place mentions say, whatever its reports: read once, shared by two stages.

:func:`eventwire.where.locate.locate_reports` and :func:`~eventwire.where.locate.locate_verbal_acts`
run as two stages with actor localisation between them. Everything read from the place mentions
alone (the article's main place, its datelines, its paragraphs, the cue words around each name)
is the same for both, so it is kept in one :class:`PlaceFacts` that the second stage takes
over from the first while the article's text, sentences and mentions are unchanged.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from eventwire.model import Article, Mention, Place
from eventwire.where.datelines import is_dateline
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.implied_place import capital_mentions
from eventwire.where.lexicon import load_lexicon
from eventwire.where.main_place import main_from_names, one_per_pair

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


def _may_end_locative(before: str) -> bool:
    # Every word the cue can end with ("in", "at", "near", "inside", "of", "the", "northern",
    # "central") ends in one of these letters, and a space follows it: most names' left
    # contexts ("said", "and", ", ") fail this before any pattern runs.
    return before[-1:].isspace() and before.rstrip()[-1:] in _LOCATIVE_LAST_LETTERS


_LOCATIVE_LAST_LETTERS = frozenset("ntreflNTREFL")


def _paragraphs(article: Article) -> dict[int, int]:
    paragraph, previous_end, result = 0, None, {}
    text = article.text
    for sentence in article.sentences:
        if previous_end is not None and text.find("\n", previous_end, sentence.start) != -1:
            paragraph += 1
        result[sentence.index] = paragraph
        previous_end = sentence.end
    return result
