"""Toponym recognition: capitalised name sequences matched against the gazetteer.

No trained model is needed. A sentence's capitalised words are grouped into sequences
("Bileh Savar Border Terminal", "President Andrew Jackson"); inside a sequence the longest
gazetteer names are found from left to right. A name that shares its sequence with words that
are neither place words nor facility words is part of a person or organisation name and is
dropped ("Georgia Power", "Andrew Jackson"). Cue words add evidence and a kind: "in X", "the
city of X", "X District", "Iranian province of X"; a name unknown to the gazetteer is still kept
when such a cue says it is a place, so that the resolver can fall back to its containing area.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from eventwire.model import Sentence
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.lexicon import (
    AREA_HEADS,
    AREA_SUFFIXES,
    CONNECTORS,
    DIRECTIONS,
    LOCATIVE_WORDS,
    STRONG_LOCATIVE_WORDS,
    Lexicon,
    load_lexicon,
)

MAX_NAME_WORDS = 5
# Places at least this populous are accepted on their name alone; smaller ones need a cue.
PROMINENT_POPULATION = 15000
# Words after a place name that make a facility named after the place ("Bileh Savar Border
# Terminal"): the place name still says where the facility is.
FACILITY_WORDS = frozenset(
    """border crossing terminal airport port harbor harbour station base camp prison bridge dam
    square market mall valley river lake mountains mountain mount hills strait gulf bay coast
    island islands""".split()
)

# A word: letters/digits joined by single hyphens, apostrophes or dots ("Bilekh-Savar", "U.S").
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# "Tom Jones", "Chiquita Raquel Henry": a capitalised first name then a surname, then no place word.
_PERSON_NAME = re.compile(
    r"\b([A-Z][a-z]+)(?: [A-Z]\.| [A-Z][a-z]+)? ([A-Z][a-z]+)\b"
    r"(?! (?:County|City|Province|District|River))"
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
    qualifiers: list[int] = field(default_factory=list)  # indexes of "X, Y" qualifying toponyms


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str

    @property
    def capitalised(self) -> bool:
        return self.word[0].isupper()


def find_toponyms(
    text: str,
    sentences: list[Sentence],
    gazetteer: Gazetteer,
    lexicon: Lexicon | None = None,
    demonyms: Counter[str] | None = None,
) -> list[Toponym]:
    """Place names in ``text``, sentence by sentence, with their gazetteer candidates.

    Args:
        text: the article's cleaned text.
        sentences: its sentences.
        gazetteer: the names to look for.
        lexicon: recognition word lists (the package's by default).
        demonyms: if given, counts the countries whose demonyms occur ("Iranian" → IRN).
    """
    lexicon = lexicon or load_lexicon()
    found: list[Toponym] = []
    for sentence in sentences:
        tokens = [
            _Token(m.start(), m.end(), m.group())
            for m in _WORD.finditer(text, sentence.start, sentence.end)
        ]
        if demonyms is not None:
            for token in tokens:
                if token.capitalised:
                    country = lexicon.demonyms.get(token.word.lower())
                    if country is not None:
                        demonyms[country] += 1
        for sequence in _capitalised_sequences(text, tokens):
            found.extend(
                _toponyms_in_sequence(text, tokens, sequence, sentence.index, gazetteer, lexicon)
            )
    surnames = _person_name_words(text, sentences, lexicon)
    found = [t for t in found if not (t.tentative and t.text in surnames)]
    _link_qualifiers(text, found)
    return found


def _person_name_words(text: str, sentences: list[Sentence], lexicon: Lexicon) -> set[str]:
    """Last words of "Firstname Lastname" pairs: alone later on they name the person."""
    words: set[str] = set()
    for match in _PERSON_NAME.finditer(text):
        first, last = match.group(1), match.group(2)
        if first.lower() not in lexicon.not_places and first.lower() not in DIRECTIONS:
            words.add(last)
    return words


def _joins(text: str, end: int, start: int) -> bool:
    return start - end == 1 and text[end] == " "


def _capitalised_sequences(text: str, tokens: list[_Token]) -> list[list[int]]:
    """Runs of capitalised tokens, joined across connectors ("Republic of the Congo")."""
    sequences: list[list[int]] = []
    current: list[int] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token.capitalised:
            if current and not _joins(text, tokens[current[-1]].end, token.start):
                sequences.append(current)
                current = []
            current.append(position)
            position += 1
            continue
        if current and token.word in CONNECTORS:
            lookahead = position
            while (
                lookahead < len(tokens)
                and tokens[lookahead].word in CONNECTORS
                and lookahead - position < 2
            ):
                lookahead += 1
            if lookahead < len(tokens) and tokens[lookahead].capitalised:
                current.extend(range(position, lookahead))
                position = lookahead
                continue
        if current:
            sequences.append(current)
            current = []
        position += 1
    if current:
        sequences.append(current)
    return sequences


def _toponyms_in_sequence(
    text: str,
    tokens: list[_Token],
    sequence: list[int],
    sentence: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
) -> list[Toponym]:
    words = [tokens[i].word.lower() for i in sequence]
    first = 0
    direction = None
    while first < len(sequence):
        word = words[first]
        if word in lexicon.person_titles:
            return []  # "President Andrew Jackson", "Gov. Perdue": a person, whatever follows
        if word in DIRECTIONS and first + 1 < len(sequence):
            direction = word
        elif not (word in lexicon.not_places or word in CONNECTORS or word in lexicon.demonyms):
            break
        first += 1
    results: list[Toponym] = []
    matched: list[tuple[int, int]] = []  # positions in ``sequence`` covered by names
    position = first
    while position < len(sequence):
        span = _longest_name(text, tokens, sequence, position, gazetteer)
        if span is None:
            position += 1
            continue
        matched.append(span)
        position = span[1]
        if position < len(sequence):
            following = words[position]
            if following in FACILITY_WORDS:
                break  # the rest names a facility: "Bileh Savar Border Terminal"
            if following in AREA_SUFFIXES:
                position += 1
    for begin, stop in matched:
        toponym = _make_toponym(
            text, tokens, sequence, begin, stop, sentence, gazetteer, lexicon, matched
        )
        if toponym is not None:
            if begin == first:
                toponym.direction = direction
            results.append(toponym)
    if not results:
        # Words of a name may be places elsewhere ("Zor"); a cue can still mark the whole.
        unknown = _cued_unknown_name(text, tokens, sequence, first, sentence, gazetteer, lexicon)
        return [unknown] if unknown is not None else []
    return results


def _longest_name(
    text: str, tokens: list[_Token], sequence: list[int], begin: int, gazetteer: Gazetteer
) -> tuple[int, int] | None:
    if tokens[sequence[begin]].word in CONNECTORS:
        return None
    for stop in range(min(len(sequence), begin + MAX_NAME_WORDS), begin, -1):
        if tokens[sequence[stop - 1]].word in CONNECTORS:
            continue
        start, end = tokens[sequence[begin]].start, tokens[sequence[stop - 1]].end
        name = text[start:end]
        if gazetteer.contains(name) or (
            end < len(text) and text[end] == "." and gazetteer.contains(name + ".")
        ):
            return begin, stop
    return None


def _make_toponym(
    text: str,
    tokens: list[_Token],
    sequence: list[int],
    begin: int,
    stop: int,
    sentence: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    matched: list[tuple[int, int]],
) -> Toponym | None:
    first_token, last_token = tokens[sequence[begin]], tokens[sequence[stop - 1]]
    start, end = first_token.start, last_token.end
    name = text[start:end]
    candidates = gazetteer.lookup(name)
    if end < len(text) and text[end] == "." and ("." in name or len(name) <= 4):
        # Abbreviations keep their final dot: "U.S.", "Ill."; a sentence's full stop does not.
        if any(
            c.entry.kind in ("country", "admin1") and c.match == "alternate" for c in candidates
        ):
            end, name = end + 1, name + "."
    kind_hint = None
    facility = False
    covered = {i for b, s in matched for i in range(b, s)}
    next_index = sequence[stop - 1] + 1
    if next_index < len(tokens) and tokens[next_index].start - end <= 1:
        following = tokens[next_index].word.lower()
        if following in AREA_SUFFIXES:
            kind_hint = AREA_SUFFIXES[following]
            if gazetteer.contains(text[start : tokens[next_index].end]):
                return None  # "Sumter County" is matched whole, not as "Sumter" + "County"
            covered.add(stop)
        elif following in FACILITY_WORDS:
            facility = True
            covered.update(range(stop, len(sequence)))
    # Words of the sequence left unexplained make the name part of a person or organisation.
    explained = covered | set(range(0, begin))
    for position in range(begin):
        word = tokens[sequence[position]].word.lower()
        if (
            word not in lexicon.not_places
            and word not in DIRECTIONS
            and word not in CONNECTORS
            and word not in lexicon.demonyms
            and position not in covered
        ):
            return None
    if any(position not in explained for position in range(stop, len(sequence))):
        if begin > 0 or not _is_area(candidates):
            return None
        facility = True  # an organisation named after a country or state: "U.S. Army"
    if len(matched) > 1 and not all(
        _is_area(gazetteer.lookup(_span_text(text, tokens, sequence, b, s)))
        for b, s in matched
        if (b, s) != (begin, stop)
    ):
        return None
    toponym = Toponym(
        start, end, name, sentence, candidates, kind_hint=kind_hint, facility=facility
    )
    _read_left_context(text, tokens, sequence[begin], toponym, lexicon)
    if not _acceptable(toponym, name, stop - begin, sequence[begin], tokens, lexicon):
        return None
    return toponym


def _span_text(text: str, tokens: list[_Token], sequence: list[int], begin: int, stop: int) -> str:
    return text[tokens[sequence[begin]].start : tokens[sequence[stop - 1]].end]


def _is_area(candidates: list[Candidate]) -> bool:
    return any(c.entry.kind in ("country", "admin1") for c in candidates)


def _read_left_context(
    text: str, tokens: list[_Token], first: int, toponym: Toponym, lexicon: Lexicon
) -> None:
    """Fill locative, kind and country hints from the words before the name."""
    before = [tokens[i].word.lower() for i in range(max(0, first - 4), first)]
    while before and (before[-1] in DIRECTIONS or before[-1] == "the"):
        if before[-1] in DIRECTIONS:
            toponym.direction = before[-1]
        before.pop()
    if before and before[-1] in LOCATIVE_WORDS:
        toponym.locative = before[-1]
    elif len(before) >= 2 and before[-1] == "of" and before[-2] in AREA_HEADS:
        toponym.kind_hint = toponym.kind_hint or AREA_HEADS[before[-2]]
        head_index = len(before) - 2
        if head_index >= 1 and before[head_index - 1] in lexicon.demonyms:
            toponym.country_hint = lexicon.demonyms[before[head_index - 1]]
        rest = before[:head_index]
        while rest and (
            rest[-1] in ("the", "a") or rest[-1] in lexicon.demonyms or rest[-1] in DIRECTIONS
        ):
            rest.pop()
        if rest and rest[-1] in STRONG_LOCATIVE_WORDS:
            toponym.locative = rest[-1]
    after = text[toponym.end : toponym.end + 12].lower()
    if after.startswith((" border", "-border", " frontier")):
        toponym.border = True


def _acceptable(
    toponym: Toponym, name: str, word_count: int, first: int, tokens: list[_Token], lexicon: Lexicon
) -> bool:
    candidates = toponym.candidates
    if not candidates:
        return False
    folded = name.lower().rstrip(".")
    areas = any(c.entry.kind in ("country", "admin1", "region") for c in candidates)
    if name.isupper() and len(name.replace(".", "")) > 1:
        # Abbreviations and shouted datelines: only well-known places ("US", "TEHRAN").
        return areas or any(c.entry.population >= 100000 and c.match == "name" for c in candidates)
    if word_count == 1 and folded in lexicon.not_places:
        return False
    if folded in lexicon.demonyms:
        return False
    strong = (
        areas
        or word_count > 1
        or toponym.kind_hint is not None
        or toponym.locative in STRONG_LOCATIVE_WORDS
        or any(_prominent(c) for c in candidates)
    )
    if not strong:
        toponym.tentative = True
    return True


def _prominent(candidate: Candidate) -> bool:
    if candidate.match == "name":
        return candidate.entry.population >= PROMINENT_POPULATION
    # Alternate names are often another language's form of a common word.
    return (
        candidate.match == "alternate" and candidate.entry.population >= 10 * PROMINENT_POPULATION
    )


def _cued_unknown_name(
    text: str,
    tokens: list[_Token],
    sequence: list[int],
    first: int,
    sentence: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
) -> Toponym | None:
    """A name missing from the gazetteer that a cue marks as a place ("Aslan Duz District")."""
    if first >= len(sequence):
        return None
    stop = len(sequence)
    kind_hint = None
    last_word = tokens[sequence[-1]].word.lower()
    if last_word in AREA_SUFFIXES and stop - first >= 2:
        kind_hint = AREA_SUFFIXES[last_word]
        stop -= 1
    if stop - first > 3:
        return None
    start, end = tokens[sequence[first]].start, tokens[sequence[stop - 1]].end
    name = text[start:end]
    toponym = Toponym(start, end, name, sentence, [], kind_hint=kind_hint)
    _read_left_context(text, tokens, sequence[first], toponym, lexicon)
    if toponym.kind_hint is None:
        return None
    if any(tokens[sequence[i]].word.lower() in lexicon.not_places for i in range(first, stop)):
        return None
    toponym.candidates = gazetteer.lookup_fuzzy(name)
    return toponym


def _link_qualifiers(text: str, toponyms: list[Toponym]) -> None:
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
