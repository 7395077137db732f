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

import re
from collections import Counter

from eventwire.model import Sentence
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.lexicon import (
    AREA_HEADS,
    DIRECTIONS,
    LOCATIVE_WORDS,
    STRONG_LOCATIVE_WORDS,
    Lexicon,
    load_lexicon,
)
from eventwire.where.names import WORD
from eventwire.where.run_plans import EMPTY_PLAN, RunPlan, cached_plan, is_area, plan_memo
from eventwire.where.runs import CAPITALISED_RUN_AND_NEXT, Toponym, link_qualifiers

__all__ = ["Toponym", "find_toponyms"]

_LEFT_CONTEXT_CHARS = 48
# How far back "of" announces an unknown name ("the city of Aslanduz").
_OF_CUE_CHARS = 30
_LOCATIVE_JUST_BEFORE = re.compile(r"\b(?:in|at)\s+$")


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
    memo = plan_memo(gazetteer, lexicon)
    found: list[Toponym] = []
    surnames: set[str] = set()
    sentence_iterator = iter(sentences)
    sentence = next(sentence_iterator, None)
    if sentence is None:
        return found
    sentence_start, sentence_end, sentence_index = sentence.start, sentence.end, sentence.index
    for run in CAPITALISED_RUN_AND_NEXT.finditer(text):
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
        # The plan reads the run, the word after it inside the sentence and one more character.
        truncated = run_end > sentence_end
        key_end = run_end + 1
        if truncated:
            run_end = sentence_end
            key_end = run_end + 1
        elif run_end < sentence_end:
            after_end = run.end(1)
            if after_end != -1 and after_end <= sentence_end:
                key_end = after_end + 1
        key = (text[run_start:key_end], run_end - run_start, truncated)
        plan = memo.get(key)
        if plan is None:
            plan = cached_plan(memo, key, gazetteer, lexicon)
        if plan is EMPTY_PLAN:
            continue
        if (
            plan.needs_of
            and "of " not in text[max(sentence_start, run_start - _OF_CUE_CHARS) : run_start]
        ):
            continue  # the commonest dead end: one unknown word that no "city of" announces
        _apply_plan(
            text,
            plan,
            run_start,
            sentence_index,
            sentence_start,
            gazetteer,
            lexicon,
            demonyms,
            found,
        )
        if plan.surname is not None:
            surnames.add(plan.surname)
    if surnames:
        found = [
            t
            for t in found
            if not (t.text in surnames and (t.tentative or not is_area(t.candidates)))
        ]
    link_qualifiers(text, found)
    return found


def _apply_plan(
    text: str,
    plan: RunPlan,
    base: int,
    sentence: int,
    sentence_start: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    demonyms: Counter[str] | None,
    found: list[Toponym],
) -> None:
    """Add the toponyms of one occurrence of a planned run, read with its context."""
    for demonym in plan.demonyms:
        if demonyms is not None:
            demonyms[demonym.country] += 1
        if demonym.candidate is not None:
            found.append(
                Toponym(
                    base + demonym.start,
                    base + demonym.end,
                    demonym.text,
                    sentence,
                    [demonym.candidate],
                    demonym=True,
                )
            )
    paired = plan.paired
    pair_cue = _pair_cue(text, sentence_start, base) if paired else None
    for name in plan.names:
        if paired and name.paired and pair_cue is None and not name.strong:
            # "Marks and Spencer": small towns' names joined by "and" with no cue before them
            # are more often a firm's or a pair of surnames.
            continue
        toponym = Toponym(
            base + name.start,
            base + name.end,
            name.text,
            sentence,
            name.candidates,
            kind_hint=name.kind_hint,
            facility=name.facility,
        )
        _read_left_context(text, sentence_start, toponym, lexicon)
        if paired and name.paired:
            toponym.locative = toponym.locative or pair_cue
        if not (
            name.strong
            or toponym.kind_hint is not None
            or toponym.locative in STRONG_LOCATIVE_WORDS
            or (paired and name.paired and pair_cue is not None)  # "between Terespol and Krakow"
        ):
            toponym.tentative = True
        if name.sets_direction:
            toponym.direction = name.direction
        found.append(toponym)
    unknown = plan.unknown
    if plan.names or unknown is None:
        return
    start = base + unknown.start
    before = text[max(sentence_start, start - _OF_CUE_CHARS) : start]
    located = _LOCATIVE_JUST_BEFORE.search(before) is not None
    if unknown.kind_hint is None and "of " not in before and not located:
        return  # no "the city of …" or "in" before it either
    toponym = Toponym(
        start, base + unknown.end, unknown.text, sentence, [], kind_hint=unknown.kind_hint
    )
    _read_left_context(text, sentence_start, toponym, lexicon)
    if toponym.kind_hint is None and located and gazetteer.lookup(unknown.text):
        # "police in Nairobi said": the run plan took the name for a speaker's, but no
        # person is "in" a name; an exact gazetteer name after "in"/"at" is the place.
        toponym.candidates = gazetteer.lookup(unknown.text)
        toponym.locative = toponym.locative or "in"
        found.append(toponym)
    elif toponym.kind_hint is not None:
        # "the border town of Oujda said": the run plan took the name for a speaker's, but a
        # cue announcing a place makes an exact name a place again.
        toponym.candidates = gazetteer.lookup(unknown.text) or gazetteer.lookup_fuzzy(unknown.text)
        found.append(toponym)


# The cue that makes two towns joined by "and" places: "at Terespol and Bobrowniki",
# "between Terespol and Krakow".
_PAIR_CUE = re.compile(r"\b(in|at|near|between|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)


def _pair_cue(text: str, sentence_start: int, start: int) -> str | None:
    """The locative word just before a run of two names joined by "and", if any."""
    found = _PAIR_CUE.search(text, max(sentence_start, start - 16), start)
    return found.group(1).lower() if found is not None else None


def _read_left_context(text: str, sentence_start: int, toponym: Toponym, lexicon: Lexicon) -> None:
    """Fill locative, kind and country hints from the words before the name."""
    window_start = max(sentence_start, toponym.start - _LEFT_CONTEXT_CHARS)
    if _may_have_context(text, window_start, toponym.start):
        _read_words_before(text, window_start, toponym, lexicon)
    after = text[toponym.end : toponym.end + 12].lower()
    if after.startswith((" border", "-border", " frontier")):
        toponym.border = True


def _read_words_before(text: str, window_start: int, toponym: Toponym, lexicon: Lexicon) -> None:
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


# Every word the left context reacts to as the last word before a name: a direction, "the",
# a locative word or the "of" of "the city of". None holds a hyphen, apostrophe or full stop.
_CONTEXT_WORDS = DIRECTIONS | LOCATIVE_WORDS | {"the", "of"}


def _may_have_context(text: str, window_start: int, start: int) -> bool:
    """False when the last word before ``start`` is none of :data:`_CONTEXT_WORDS`.

    Most names follow a space and a plain word: that word is then the last letters of the
    last :data:`~eventwire.where.names.WORD` before the name, and a word with other characters
    (a hyphen, an apostrophe) is none of the context words either. Anything else is left to
    the full reading.
    """
    if start <= window_start or text[start - 1] != " ":
        return True
    space = text.rfind(" ", window_start, start - 1)
    word = text[space + 1 if space != -1 else window_start : start - 1]
    return not word.isalnum() or word.lower() in _CONTEXT_WORDS
