"""What a capitalised run says on its own, read once per distinct run and gazetteer.

News repeats its capitalised runs ("Iran", "Tuesday", "President Trump", "the U.S. Army"), and
most of the work of reading one does not depend on where it stands: which of its words are
names, which name is a person's or an institution's, which are demonyms. A :class:`RunPlan`
holds that part, with offsets relative to the run, keyed by the run's text plus the word after
it and one character more (the only text the reading looks at). What does depend on the place
in the article (the words before the name, "of" before an unknown word, "border" after it) is
read for each occurrence by :func:`eventwire.where.toponyms.find_toponyms`.
"""

from __future__ import annotations

import weakref
from typing import NamedTuple

from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.lexicon import (
    AREA_SUFFIXES,
    CONNECTORS,
    DIRECTIONS,
    FACILITY_WORDS,
    INSTITUTION_WORDS,
    OUTLET_WORDS,
    SPEECH_VERBS,
    Lexicon,
)
from eventwire.where.names import folded_key
from eventwire.where.runs import (
    WORD_AFTER,
    DemonymPlan,
    Token,
    collect_surname,
    demonym_plan,
    demonym_plans,
    is_abbreviation,
    run_tokens,
)

MAX_NAME_WORDS = 5
# Places at least this populous are accepted on their name alone; smaller ones need a cue.
PROMINENT_POPULATION = 15000
PLAN_CACHE_SIZE = 65536


class NamePlan(NamedTuple):
    """A gazetteer name inside a run; offsets relative to the run's start."""

    start: int
    end: int
    text: str
    candidates: list[Candidate]
    kind_hint: str | None
    facility: bool
    strong: bool  # accepted whatever precedes it; otherwise only a cue keeps it from tentative
    sets_direction: bool  # the run's own leading direction word replaces the left context's
    direction: str | None
    # One of two names joined by "and" that are not both areas ("Terespol and Krakow"): a
    # small town of the pair is kept only when a locative cue precedes the pair ("at Terespol
    # and Bobrowniki"); bare, such a run is more often a firm's name ("Marks and Spencer").
    paired: bool = False


class UnknownPlan(NamedTuple):
    """A name missing from the gazetteer, kept only if a cue before it says it is a place."""

    start: int
    end: int
    text: str
    kind_hint: str | None


class RunPlan(NamedTuple):
    """The context-free reading of one capitalised run."""

    needs_of: bool  # one unknown word: read on only when "of" precedes it ("the city of X")
    demonyms: tuple[DemonymPlan, ...]
    surname: str | None  # "Firstname Lastname": the surname alone later names the person
    names: tuple[NamePlan, ...]
    unknown: UnknownPlan | None  # tried when ``names`` is empty
    # Some name is one of a town pair: only then is the text before the run read for a cue.
    paired: bool = False


EMPTY_PLAN = RunPlan(False, (), None, (), None)
PlanKey = tuple[str, int, bool]

# Plans hold candidate lists of one gazetteer and readings of one lexicon, so they are kept per
# gazetteer (dropped with it) and per lexicon object (held so its id is not reused).
_MEMOS: weakref.WeakKeyDictionary[Gazetteer, dict[int, tuple[Lexicon, dict[PlanKey, RunPlan]]]]
_MEMOS = weakref.WeakKeyDictionary()


def plan_memo(gazetteer: Gazetteer, lexicon: Lexicon) -> dict[PlanKey, RunPlan]:
    """The memo of run plans for ``gazetteer`` read with ``lexicon``."""
    by_lexicon = _MEMOS.get(gazetteer)
    if by_lexicon is None:
        by_lexicon = _MEMOS[gazetteer] = {}
    held = by_lexicon.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        held = by_lexicon[id(lexicon)] = (lexicon, {})
    return held[1]


def cached_plan(
    memo: dict[PlanKey, RunPlan], key: PlanKey, gazetteer: Gazetteer, lexicon: Lexicon
) -> RunPlan:
    """The plan of ``key`` from ``memo``, read and remembered on a miss."""
    plan = memo.get(key)
    if plan is None:
        if len(memo) >= PLAN_CACHE_SIZE:
            memo.clear()  # as with the gazetteer's lookups: a full reset is cheap and rare
        plan = memo[key] = plan_run(key[0], key[1], key[2], gazetteer, lexicon)
    return plan


def plan_run(
    fragment: str, run_length: int, truncated: bool, gazetteer: Gazetteer, lexicon: Lexicon
) -> RunPlan:
    """Read a run on its own.

    Args:
        fragment: the run, then (when the finder may use it) a space or hyphen and the word
            after it, then one more character of the text if there is one.
        run_length: how many characters of ``fragment`` the run covers.
        truncated: the sentence ends inside the run (``fragment`` then holds only its start).
        gazetteer: the names to look for.
        lexicon: recognition word lists.
    """
    word = fragment[:run_length]
    if " " not in word:
        lowered = word.lower()
        # The common case, decided without tokens: a sentence-initial word, a month, a title or
        # a demonym alone.
        if lowered in lexicon.demonyms:
            if not truncated:
                return RunPlan(
                    False, (demonym_plan(0, run_length, word, gazetteer, lexicon),), None, (), None
                )
        elif lowered in lexicon.not_places and not truncated and not is_abbreviation(word):
            return EMPTY_PLAN
    tokens = run_tokens(fragment, 0, run_length, word)
    if not tokens:
        return EMPTY_PLAN
    count = len(tokens)
    needs_of = count == 1 and not gazetteer.contains(tokens[0].word)
    demonyms: tuple[DemonymPlan, ...] = ()
    surname = None
    if count > 1:
        demonyms = tuple(demonym_plans(tokens, gazetteer, lexicon))
        surnames: set[str] = set()
        collect_surname(tokens, lexicon, surnames)
        surname = next(iter(surnames), None)
    possessive = tokens[-1].end < run_length
    if not possessive and len(fragment) > run_length + 1:
        after = WORD_AFTER.match(fragment, run_length)
        if after is not None:
            tokens.append(Token(after.start(1), after.end(1), after.group(1)))
    names, unknown = _names_in_sequence(fragment, tokens, count, gazetteer, lexicon)
    paired = any(name.paired for name in names)
    return RunPlan(needs_of, demonyms, surname, tuple(names), unknown, paired)


def _names_in_sequence(
    text: str, tokens: list[Token], count: int, gazetteer: Gazetteer, lexicon: Lexicon
) -> tuple[list[NamePlan], UnknownPlan | None]:
    """The names among the first ``count`` tokens (a further token is the word after the run)."""
    words = [tokens[i].word.lower() for i in range(count)]
    first = 0
    direction = None
    spans: dict[int, tuple[int, int] | None] = {}  # _longest_name by position, computed once
    while first < count:
        word = words[first]
        if word in lexicon.person_titles:
            return [], None  # "President Andrew Jackson", "Gov. Perdue": a person
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
    names = []
    for begin, stop in matched:
        name = _name_plan(text, tokens, count, begin, stop, gazetteer, lexicon, matched)
        if name is not None:
            names.append(name._replace(sets_direction=begin == first, direction=direction))
    if names:
        return names, None
    # Words of a name may be places elsewhere ("Zor"); a cue can still mark the whole.
    return names, _unknown_plan(text, tokens, count, first, lexicon)


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


def _name_plan(
    text: str,
    tokens: list[Token],
    count: int,
    begin: int,
    stop: int,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    matched: list[tuple[int, int]],
) -> NamePlan | None:
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
    if (
        stop == count < len(tokens)
        and tokens[stop].start - end == 1
        and tokens[stop].word.islower()
        and tokens[stop].word not in AREA_SUFFIXES  # "Sumter county" is read as a suffix
        and gazetteer.contains(text[start : tokens[stop].end])
    ):
        # "the Baltic states" is a region whose name goes on in lower case, not the Baltic Sea.
        end = tokens[stop].end
        name = text[start:end]
        candidates = gazetteer.lookup(name)
    elif stop < len(tokens) and tokens[stop].start - end <= 1:
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
        elif following in SPEECH_VERBS and stop - begin == 1 and not is_area(candidates):
            return None  # "Moore said": a person
    others_are_areas = len(matched) < 2 or all(
        is_area(gazetteer.lookup(text[tokens[b].start : tokens[s - 1].end]))
        for b, s in matched
        if (b, s) != (begin, stop)
    )
    paired = not others_are_areas and _is_town_pair(tokens, count, matched)
    if not others_are_areas and not paired:
        return None
    if begin > 0 or (stop < count and not facility):
        # Words of the run left unexplained make the name part of a person or organisation.
        covered = {i for b, s in matched for i in range(b, s)}
        if paired:
            covered.add(matched[0][1])  # the "and" between the two names
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
            if begin > 0 or not is_area(candidates):
                return None
            facility = True  # an organisation named after a country or state: "U.S. Army"
    strong = _strength(name, stop - begin, candidates, lexicon)
    if strong is None:
        return None
    return NamePlan(
        start, end, name, candidates, kind_hint, facility, strong, False, None, paired=paired
    )


def _is_town_pair(tokens: list[Token], count: int, matched: list[tuple[int, int]]) -> bool:
    """True when the run is exactly two names joined by "and" ("Terespol and Krakow")."""
    if len(matched) != 2:
        return False
    (first_begin, first_stop), (second_begin, second_stop) = matched
    return (
        first_begin == 0
        and second_begin == first_stop + 1
        and second_stop == count
        and tokens[first_stop].word == "and"
    )


def _strength(
    name: str, word_count: int, candidates: list[Candidate], lexicon: Lexicon
) -> bool | None:
    """None: never a place here; True: a place whatever the context; False: only with a cue."""
    if not candidates:
        return None
    folded = name.lower().rstrip(".")
    areas = any(c.entry.kind in ("country", "admin1", "region") for c in candidates)
    if name.isupper() and len(name.replace(".", "")) > 1:
        # Abbreviations and shouted datelines: only well-known places ("US", "TEHRAN").
        if areas or any(c.entry.population >= 100000 and c.match == "name" for c in candidates):
            return True
        return None
    if word_count == 1 and folded in lexicon.not_places:
        return None
    if folded in lexicon.demonyms or folded_key(name) in lexicon.not_place_names:
        return None
    if word_count == 1 and folded in lexicon.person_names and not areas:
        return False  # "Lincoln", "Moore": a person as often as a town
    return areas or word_count > 1 or any(_prominent(c) for c in candidates)


def _is_short_title(name: str) -> bool:
    # "Ill.", "Fla.": state abbreviations keep their dot; "the US." ends a sentence.
    return len(name) <= 4 and not name.isupper()


def is_area(candidates: list[Candidate]) -> bool:
    """True when some candidate is a country or first-level area."""
    return any(c.entry.kind in ("country", "admin1") for c in candidates)


def _prominent(candidate: Candidate) -> bool:
    if candidate.match == "name":
        return candidate.entry.population >= PROMINENT_POPULATION
    # Alternate names are often another language's form of a common word.
    return (
        candidate.match == "alternate" and candidate.entry.population >= 10 * PROMINENT_POPULATION
    )


def _unknown_plan(
    text: str, tokens: list[Token], count: int, first: int, lexicon: Lexicon
) -> UnknownPlan | None:
    """A name missing from the gazetteer that a cue may mark as a place ("Aslan Duz District")."""
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
    if any(tokens[i].word.lower() in lexicon.not_places for i in range(first, stop)):
        return None
    start, end = tokens[first].start, tokens[stop - 1].end
    return UnknownPlan(start, end, text[start:end], kind_hint)
