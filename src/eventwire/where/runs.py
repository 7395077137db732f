"""Capitalised runs, the only stretches of text the toponym finder looks at, and toponyms.

One linear regex pass finds runs of capitalised words ("Bileh Savar Border Terminal",
"Republic of Congo"); only their words become tokens, so the cost of an article grows with its
names, not its length. Runs also reveal people: "Firstname Lastname" makes the surname unlikely
to be a town when it stands alone later on; and their demonyms ("Iranian", "Palestinians") are
toponyms of their countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.lexicon import AREA_SUFFIXES, CONNECTORS, DIRECTIONS, Lexicon

_CONNECTOR_PATTERN = "|".join(sorted(CONNECTORS))
# A capitalised word not glued to a word before it ("pro-Iran", "iPhone" are not names). Only
# Latin capitals count: the gazetteer holds Latin-script names only.
_CAPITALISED_WORD = (
    r"(?<![\w'’.-])(?:(?:St|Ste|Ft|Mt)\.(?= [A-Z])"  # "St. Petersburg", "Ft. Worth"
    r"|[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][^\W_]*(?:[-'’.][^\W_]+)*)"
)
# The same word for the start of a run, written to begin with the capital itself: a search
# then jumps from capital to capital instead of trying the look-behind at every character
# (the same matches, in the same order of alternatives, at twice the speed).
_FIRST_CAPITALISED_WORD = (
    r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F](?<![\w'’.-].)"
    r"(?:(?<=S)(?:t|te)\.(?= [A-Z])|(?<=[FM])t\.(?= [A-Z])|[^\W_]*(?:[-'’.][^\W_]+)*)"
)
# A run of capitalised words joined by single spaces, across at most two connectors ("Republic
# of Congo", "Rio de Janeiro"). Every repetition must consume a space and a capitalised word, so
# matching is linear whatever the input.
CAPITALISED_RUN = re.compile(
    _FIRST_CAPITALISED_WORD + rf"(?:(?: (?:{_CONNECTOR_PATTERN})){{0,2}} {_CAPITALISED_WORD})*"
)
# The word right after a run, when only a space or hyphen separates them ("Ardabil province").
WORD_AFTER = re.compile(r"[ -]([^\W_]+(?:[-'’.][^\W_]+)*)")
# A run and, in group 1, the word :data:`WORD_AFTER` reads after it: one pass of the engine
# instead of a second match per run. The look-ahead consumes nothing and always may be skipped,
# so the runs found are exactly :data:`CAPITALISED_RUN`'s.
CAPITALISED_RUN_AND_NEXT = re.compile(
    CAPITALISED_RUN.pattern + r"(?:(?=[ -]([^\W_]+(?:[-'’.][^\W_]+)*)))?"
)


@dataclass
class Toponym:
    """A place name found in the text, before its candidates are ranked."""

    start: int
    end: int
    text: str
    sentence: int
    candidates: list[Candidate]
    kind_hint: str | None = None  # "city", "admin1", "admin2", "country" from a cue word
    country_hint: str | None = None  # ISO3 from "the Iranian province of …"
    locative: str | None = None  # the preposition before it ("in", "near", …)
    direction: str | None = None  # "northwestern" in "northwestern Ardabil"
    border: bool = False  # "near the Azerbaijan border": names a frontier, not a location
    facility: bool = False  # part of a facility's name
    tentative: bool = False  # accepted only if the article's context supports a candidate
    demonym: bool = False  # "Iranian": names a country adjectivally, never an event's location
    qualifiers: list[int] = field(default_factory=list)  # indexes of "X, Y" qualifying toponyms
    qualified_directly: bool = False  # "X in Y", "X, Y": the qualifier follows the name at once


class Token(NamedTuple):
    start: int
    end: int
    word: str


def run_tokens(text: str, start: int, end: int, run: str | None = None) -> list[Token]:
    """The words of a run; a possessive ends the name ("Dublin's boards" → "Dublin").

    ``run`` is ``text[start:end]`` when the caller has it already.
    """
    words = text[start:end] if run is None else run
    if " " not in words:
        word = words
        # A one-word run is one token: the run pattern's word is the tokeniser's word.
        if word.endswith(("'s", "’s")) and len(word) > 2:
            return [Token(start, end - 2, word[:-2])]
        return [Token(start, end, word)]
    # Run words are joined by single spaces, so splitting on them is the tokeniser; only "St."
    # (and a word cut by the sentence end) carries punctuation that is not part of the word.
    tokens = []
    position = start
    for word in words.split(" "):
        word_end = position + len(word)
        if not word:
            position = word_end + 1
            continue
        if word.endswith(_WORD_TRAILERS):
            stripped = word.rstrip("-'’.")
            if not stripped:
                position = word_end + 1
                continue
            word = stripped
        if word.endswith(("'s", "’s")) and len(word) > 2:
            tokens.append(Token(position, position + len(word) - 2, word[:-2]))
            break
        tokens.append(Token(position, position + len(word), word))
        position = word_end + 1
    return tokens


_WORD_TRAILERS = ("-", "'", "’", ".")


def is_abbreviation(word: str) -> bool:
    # "US" is the pronoun "us" only in lower case; shouted single words are rare in body text.
    return len(word) > 1 and word.isupper()


def collect_surname(tokens: list[Token], lexicon: Lexicon, surnames: set[str]) -> None:
    """Remember the last word of "Firstname Lastname": alone later on it names the person."""
    titled = 0
    while titled < len(tokens) - 1 and tokens[titled].word.lower() in lexicon.person_titles:
        titled += 1  # "Coach Tom Ripley", "Sen. John Smith", "President Obama"
    tokens = tokens[titled:]
    if titled and len(tokens) == 1 and _is_title_case(tokens[0].word):
        surnames.add(tokens[0].word)
        return
    if not 2 <= len(tokens) <= 3:
        return
    first, last = tokens[0].word, tokens[-1].word
    if not (_is_title_case(first) and _is_title_case(last)):
        return
    if len(tokens) == 3 and not (
        _is_title_case(tokens[1].word) or (len(tokens[1].word) == 1 and tokens[1].word.isupper())
    ):
        return
    lowered = first.lower()
    if lowered in lexicon.not_places or lowered in DIRECTIONS or last.lower() in AREA_SUFFIXES:
        return
    surnames.add(last)


def _is_title_case(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def link_qualifiers(text: str, toponyms: list[Toponym]) -> None:
    """Mark "Springfield, Illinois", "Bileh Savar in Ardabil": the second names the first's area."""
    for position in range(len(toponyms) - 1):
        current, following = toponyms[position], toponyms[position + 1]
        if current.sentence != following.sentence:
            continue
        gap = text[current.end : following.start]
        if gap in (", ", ",", " ") or (
            following.locative == "in" and len(gap) < 40 and "," not in gap
        ):
            current.qualifiers.append(position + 1)
            # "Myawaddy, Thai officials said": a demonym after a comma starts a new phrase.
            if gap in (", ", ",", " in ") and not following.demonym:
                current.qualified_directly = True


class DemonymPlan(NamedTuple):
    """A demonym inside a run ("Iranian"); offsets relative to the run's start."""

    start: int
    end: int
    text: str
    country: str  # ISO3
    candidate: Candidate | None  # the country's entry, when the gazetteer has it


def demonym_plan(
    start: int, end: int, word: str, gazetteer: Gazetteer, lexicon: Lexicon
) -> DemonymPlan:
    """The adjectival use of a country name ("Iranian", "Palestinians") at ``start:end``."""
    country = lexicon.demonyms[word.lower()]
    index = gazetteer.country(country)
    candidate = None if index is None else Candidate(index, gazetteer.entries[index], "name")
    return DemonymPlan(start, end, word, country, candidate)


def demonym_plans(tokens: list[Token], gazetteer: Gazetteer, lexicon: Lexicon) -> list[DemonymPlan]:
    """The demonyms among a run's words ("Iranian President …"), two-word ones first."""
    found: list[DemonymPlan] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if position + 1 < len(tokens):
            following = tokens[position + 1]
            pair = f"{token.word} {following.word}"
            if following.start == token.end + 1 and pair.lower() in lexicon.demonyms:
                found.append(demonym_plan(token.start, following.end, pair, gazetteer, lexicon))
                position += 2
                continue
        if token.word.lower() in lexicon.demonyms:
            found.append(demonym_plan(token.start, token.end, token.word, gazetteer, lexicon))
        position += 1
    return found
