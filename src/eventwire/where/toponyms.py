"""Toponym recognition: capitalised name sequences matched against the gazetteer.

No trained model is needed. One regex pass finds the runs of capitalised words
(:mod:`eventwire.where.runs`); inside a run the longest gazetteer names are found from left to
right, trying only as many words as the longest name starting with that word (a first-word
index of the gazetteer). A name that shares its run with words that are neither place,
facility nor institution words is part of a person or organisation name and is dropped
("Georgia Power", "Andrew Jackson"); a name at the head of an institution is kept, as the place
it serves ("Gainesville Police", "Oxford Crown Court"), an outlet's is not ("The Tehran Times").
Cue words add evidence and a kind: "in X", "the city of X", "X District", "Iranian province of
X"; a name unknown to the gazetteer is still kept when such a cue says it is a place, so that the
resolver can fall back to its containing area. Demonyms ("Iranian", "Palestinians") are
toponyms too, as the geoparsing benchmarks count them, marked so that they never locate events.
"""

from __future__ import annotations

from collections import Counter

from eventwire.model import Sentence
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.lexicon import (
    AREA_HEADS,
    AREA_SUFFIXES,
    CONNECTORS,
    DIRECTIONS,
    FACILITY_WORDS,
    INSTITUTION_WORDS,
    LOCATIVE_WORDS,
    OUTLET_WORDS,
    SPEECH_VERBS,
    STRONG_LOCATIVE_WORDS,
    Lexicon,
    load_lexicon,
)
from eventwire.where.names import WORD, folded_key
from eventwire.where.runs import (
    CAPITALISED_RUN,
    WORD_AFTER,
    Token,
    Toponym,
    collect_surname,
    demonym_toponym,
    demonyms_in_run,
    is_abbreviation,
    link_qualifiers,
    run_tokens,
)

MAX_NAME_WORDS = 5
# Places at least this populous are accepted on their name alone; smaller ones need a cue.
PROMINENT_POPULATION = 15000
_LEFT_CONTEXT_CHARS = 48


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
    surnames: set[str] = set()
    not_places, demonym_countries = lexicon.not_places, lexicon.demonyms
    contains = gazetteer.contains
    sentence_iterator = iter(sentences)
    sentence = next(sentence_iterator, None)
    if sentence is None:
        return found
    sentence_start, sentence_end, sentence_index = sentence.start, sentence.end, sentence.index
    for run in CAPITALISED_RUN.finditer(text):
        run_start, run_end = run.span()
        if sentence_end <= run_start:
            sentence = next(sentence_iterator, None)
            while sentence is not None and sentence.end <= run_start:
                sentence = next(sentence_iterator, None)
            if sentence is None:
                break
            sentence_start, sentence_end, sentence_index = (
                sentence.start,
                sentence.end,
                sentence.index,
            )
        if run_start < sentence_start:
            continue  # text between sentences (headers the splitter left out)
        word = run.group()
        if run_end > sentence_end:
            run_end = sentence_end
            word = text[run_start:run_end]
        if " " not in word:
            lowered = word.lower()
            # The common case, decided without tokens: a sentence-initial word, a month, a
            # title or a demonym alone.
            if lowered in demonym_countries:
                if run_end == run.end():
                    found.extend(
                        demonym_toponym(
                            run_start, run_end, word, sentence_index, gazetteer, lexicon, demonyms
                        )
                    )
                    continue
            elif lowered in not_places and run_end == run.end() and not is_abbreviation(word):
                continue
        tokens = run_tokens(text, run_start, run_end, word)
        if not tokens:
            continue
        count = len(tokens)
        if (
            count == 1
            and not contains(tokens[0].word)
            and "of " not in text[max(sentence_start, run_start - 30) : run_start]
        ):
            continue  # the commonest dead end: one unknown word that no "city of" announces
        if count > 1:
            found.extend(demonyms_in_run(tokens, sentence_index, gazetteer, lexicon, demonyms))
            collect_surname(tokens, lexicon, surnames)
        possessive = tokens[-1].end < run_end
        after = None if possessive or run_end >= sentence_end else WORD_AFTER.match(text, run_end)
        if after is not None and after.end(1) <= sentence_end:
            tokens.append(Token(after.start(1), after.end(1), after.group(1)))
        found.extend(
            _toponyms_in_sequence(
                text, tokens, count, sentence_index, sentence_start, gazetteer, lexicon
            )
        )
    if surnames:
        found = [
            t
            for t in found
            if not (t.text in surnames and (t.tentative or not _is_area(t.candidates)))
        ]
    link_qualifiers(text, found)
    return found


def _toponyms_in_sequence(
    text: str,
    tokens: list[Token],
    count: int,
    sentence: int,
    sentence_start: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
) -> list[Toponym]:
    """The names among the first ``count`` tokens (a further token is the word after the run)."""
    words = [tokens[i].word.lower() for i in range(count)]
    first = 0
    direction = None
    spans: dict[int, tuple[int, int] | None] = {}  # _longest_name by position, computed once
    while first < count:
        word = words[first]
        if word in lexicon.person_titles:
            return []  # "President Andrew Jackson", "Gov. Perdue": a person, whatever follows
        if count == 1 and is_abbreviation(tokens[0].word):
            break
        if first + 1 < count and word not in CONNECTORS:
            # "New York", "South Charleston", "The Hague": the word starts a longer name.
            span = spans[first] = _longest_name(text, tokens, count, first, gazetteer)
            if span is not None and span[1] - span[0] > 1:
                break
        if word in DIRECTIONS and first + 1 < count:
            direction = word
        elif not (
            word in lexicon.not_places
            or tokens[first].word in CONNECTORS  # lower case only: "La." is Louisiana
            or word in lexicon.demonyms
        ):
            break
        first += 1
    results: list[Toponym] = []
    matched: list[tuple[int, int]] = []  # token positions covered by names
    position = first
    while position < count:
        if position in spans:
            span = spans[position]
        else:
            span = _longest_name(text, tokens, count, position, gazetteer)
        if span is None:
            position += 1
            continue
        matched.append(span)
        position = span[1]
        if position < count:
            following = words[position]
            if following in FACILITY_WORDS or following in INSTITUTION_WORDS:
                break  # the rest names a facility: "Bileh Savar Border Terminal"
            if following in OUTLET_WORDS:
                break
            if following in AREA_SUFFIXES:
                position += 1
    for begin, stop in matched:
        toponym = _make_toponym(
            text, tokens, count, begin, stop, sentence, sentence_start, gazetteer, lexicon, matched
        )
        if toponym is not None:
            if begin == first:
                toponym.direction = direction
            results.append(toponym)
    if not results:
        # Words of a name may be places elsewhere ("Zor"); a cue can still mark the whole.
        unknown = _cued_unknown_name(
            text, tokens, count, first, sentence, sentence_start, gazetteer, lexicon
        )
        return [unknown] if unknown is not None else []
    return results


def _longest_name(
    text: str, tokens: list[Token], count: int, begin: int, gazetteer: Gazetteer
) -> tuple[int, int] | None:
    first_token = tokens[begin]
    if first_token.word in CONNECTORS:
        return None
    longest = begin + 1
    if count > longest:
        longest = min(
            count, begin + MAX_NAME_WORDS, begin + gazetteer.max_name_words(first_token.word)
        )
    contains = gazetteer.contains
    for stop in range(longest, begin, -1):
        last_token = tokens[stop - 1]
        if last_token.word in CONNECTORS:
            continue
        end = last_token.end
        name = first_token.word if stop == begin + 1 else text[first_token.start : end]
        if contains(name) or (end < len(text) and text[end] == "." and contains(name + ".")):
            return begin, stop
    return None


def _make_toponym(
    text: str,
    tokens: list[Token],
    count: int,
    begin: int,
    stop: int,
    sentence: int,
    sentence_start: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    matched: list[tuple[int, int]],
) -> Toponym | None:
    first_token, last_token = tokens[begin], tokens[stop - 1]
    start, end = first_token.start, last_token.end
    name = first_token.word if stop == begin + 1 else text[start:end]
    candidates = gazetteer.lookup(name)
    if end < len(text) and text[end] == "." and ("." in name or _is_short_title(name)):
        # Abbreviations keep their final dot: "U.S.", "Ill."; a sentence's full stop does not.
        if any(
            c.entry.kind in ("country", "admin1") and c.match == "alternate" for c in candidates
        ):
            end, name = end + 1, name + "."
    kind_hint = None
    facility = False
    suffixed = False
    if stop < len(tokens) and tokens[stop].start - end <= 1:
        following = tokens[stop].word.lower()
        if following in AREA_SUFFIXES:
            kind_hint = AREA_SUFFIXES[following]
            if gazetteer.contains(text[start : tokens[stop].end]):
                return None  # "Sumter County" is matched whole, not as "Sumter" + "County"
            suffixed = True
        elif following in FACILITY_WORDS or following in INSTITUTION_WORDS:
            # "Gainesville Police", "Oxford Crown Court": the place the institution serves.
            facility = True
        elif following in OUTLET_WORDS:
            return None  # "The Tehran Times": the outlet's name, not a place in the story
        elif following in SPEECH_VERBS and stop - begin == 1 and not _is_area(candidates):
            return None  # "Moore said": a person
    if begin > 0 or (stop < count and not facility):
        # Words of the run left unexplained make the name part of a person or organisation.
        covered = {i for b, s in matched for i in range(b, s)}
        if suffixed:
            covered.add(stop)
        for position in range(begin):
            word = tokens[position].word.lower()
            if (
                word not in lexicon.not_places
                and word not in DIRECTIONS
                and word not in CONNECTORS
                and word not in lexicon.demonyms
                and position not in covered
            ):
                return None
        if not facility and any(position not in covered for position in range(stop, count)):
            if begin > 0 or not _is_area(candidates):
                return None
            facility = True  # an organisation named after a country or state: "U.S. Army"
    if len(matched) > 1 and not all(
        _is_area(gazetteer.lookup(_span_text(text, tokens, b, s)))
        for b, s in matched
        if (b, s) != (begin, stop)
    ):
        return None
    toponym = Toponym(
        start, end, name, sentence, candidates, kind_hint=kind_hint, facility=facility
    )
    _read_left_context(text, sentence_start, toponym, lexicon)
    if not _acceptable(toponym, name, stop - begin, lexicon):
        return None
    return toponym


def _is_short_title(name: str) -> bool:
    # "Ill.", "Fla.": state abbreviations keep their dot; "the US." ends a sentence.
    return len(name) <= 4 and not name.isupper()


def _span_text(text: str, tokens: list[Token], begin: int, stop: int) -> str:
    return text[tokens[begin].start : tokens[stop - 1].end]


def _is_area(candidates: list[Candidate]) -> bool:
    return any(c.entry.kind in ("country", "admin1") for c in candidates)


def _read_left_context(text: str, sentence_start: int, toponym: Toponym, lexicon: Lexicon) -> None:
    """Fill locative, kind and country hints from the words before the name."""
    window_start = max(sentence_start, toponym.start - _LEFT_CONTEXT_CHARS)
    before = [w.lower() for w in WORD.findall(text, window_start, toponym.start)[-4:]]
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


def _acceptable(toponym: Toponym, name: str, word_count: int, lexicon: Lexicon) -> bool:
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
    if folded in lexicon.demonyms or folded_key(name) in lexicon.not_place_names:
        return False
    cued = toponym.kind_hint is not None or toponym.locative in STRONG_LOCATIVE_WORDS
    if word_count == 1 and folded in lexicon.person_names and not areas:
        # "Lincoln", "Moore": a person as often as a town, so only a cue or context decides.
        strong = cued
    else:
        strong = areas or word_count > 1 or cued or any(_prominent(c) for c in candidates)
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
    tokens: list[Token],
    count: int,
    first: int,
    sentence: int,
    sentence_start: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
) -> Toponym | None:
    """A name missing from the gazetteer that a cue marks as a place ("Aslan Duz District")."""
    if first >= count:
        return None
    stop = count
    kind_hint = None
    last_word = tokens[count - 1].word.lower()
    if last_word in AREA_SUFFIXES and stop - first >= 2:
        kind_hint = AREA_SUFFIXES[last_word]
        stop -= 1
    if stop - first > 3:
        return None
    start, end = tokens[first].start, tokens[stop - 1].end
    if kind_hint is None and "of " not in text[max(sentence_start, start - 30) : start]:
        return None  # no "the city of …" before it either
    name = text[start:end]
    toponym = Toponym(start, end, name, sentence, [], kind_hint=kind_hint)
    _read_left_context(text, sentence_start, toponym, lexicon)
    if toponym.kind_hint is None:
        return None
    if any(tokens[i].word.lower() in lexicon.not_places for i in range(first, stop)):
        return None
    toponym.candidates = gazetteer.lookup_fuzzy(name)
    return toponym
