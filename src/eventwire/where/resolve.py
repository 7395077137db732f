"""Choose, for each toponym, the gazetteer entry the article means.

Each candidate is scored by its prominence (log population, areas before towns), how well the
name matched (main name > alternate > transliteration > near match), the hints around the
name ("Ardabil province" wants an admin1 area, "Springfield, Illinois" an Illinois town) and
the article's context: the countries and admin1 areas named elsewhere in it. Context is taken
from a first, context-free resolution and the names used as evidence exclude the toponym's own
name, so "Georgia" cannot vote for itself. A cue-marked name missing from the gazetteer falls
back to the area that contains it (the province named in the same sentence, else the article's
main admin1 area or country) with the precision saying so.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from eventwire.model import Place
from eventwire.where.candidates import (
    CAPITAL_POPULATION,
    Context,
    evidence,
    neighbours_of,
    plausible_candidates,
    plausible_in_context,
)
from eventwire.where.gazetteer import Candidate, Entry, Gazetteer
from eventwire.where.names import folded_key
from eventwire.where.toponyms import Toponym

__all__ = ["CAPITAL_POPULATION", "Resolved", "neighbours_of", "resolve_toponyms"]

_KIND_PRIOR = {"country": 3.0, "admin1": 1.5, "region": 1.5, "admin2": 0.0, "city": 0.0}
_MATCH_PENALTY = {"name": 0.0, "alternate": 1.0, "loose": 2.5, "fuzzy": 3.5}
COUNTRY_CONTEXT_WEIGHT = 2.5
ADMIN1_CONTEXT_WEIGHT = 3.0
QUALIFIER_WEIGHT = 8.0
HINT_WEIGHT = 3.0
NEIGHBOUR_SHARE = 0.6
# The most that article context can add to one candidate: a first-pass lead larger than this
# cannot be overturned, so the second pass skips such toponyms.
MAX_CONTEXT_SWING = COUNTRY_CONTEXT_WEIGHT + ADMIN1_CONTEXT_WEIGHT
# A lone candidate scores as if the runner-up were ``_LONE_MARGIN`` behind.
_LONE_MARGIN = 5.0
FIRST_RANK_CACHE_SIZE = 65536
# (id of a candidate list, kind hint, country hint) → (that list, its context-free ranking)
_FIRST_RANKS: dict[tuple, tuple[list[Candidate], tuple[Candidate, float, float] | None]] = {}
_LONE_CONFIDENCE = round(1.0 / (1.0 + math.exp(-_LONE_MARGIN)), 3)
_LONE_FUZZY_CONFIDENCE = round(_LONE_CONFIDENCE * 0.7, 3)


@dataclass(frozen=True)
class Resolved:
    """A toponym with the place chosen for it and a confidence in [0, 1]."""

    toponym: Toponym
    place: Place | None
    candidate: Candidate | None
    confidence: float


def resolve_toponyms(
    toponyms: list[Toponym], gazetteer: Gazetteer, extra_countries: Counter[str] | None = None
) -> list[Resolved]:
    """Pick a place for every toponym; drop tentative ones the context does not support.

    Args:
        toponyms: the article's toponyms in text order.
        gazetteer: where candidates come from.
        extra_countries: ISO3 country evidence found otherwise (demonyms, actors).

    Returns:
        One :class:`Resolved` per kept toponym, in text order.
    """
    empty = Context(Counter(), Counter(), {})
    ranked = [_first_rank(t, toponyms, empty) for t in toponyms]
    first_pass = [None if r is None else (r[0], r[1]) for r in ranked]
    context = _context_from(toponyms, first_pass, extra_countries)
    # Articles repeat their names: a toponym ranks like an earlier one with the same candidate
    # list, hints and no qualifiers, so the second pass ranks such a toponym once.
    memo: dict[tuple, tuple[Candidate, float, float] | None] = {}
    results: list[Resolved] = []
    for toponym, first in zip(toponyms, ranked, strict=True):
        own = folded_key(toponym.text)
        if (
            first is not None
            and first[2] > MAX_CONTEXT_SWING
            and plausible_in_context(first[0], toponym, toponyms, context, own)
        ):
            choice: tuple[Candidate, float] | None = (first[0], first[1])  # context cannot flip it
        else:
            second = _rank_once(toponym, toponyms, context, own, memo)
            choice = None if second is None else (second[0], second[1])
        if toponym.tentative and (choice is None or not _supported(choice[0].entry, context, own)):
            continue
        if choice is None:
            place = _fallback(toponym, toponyms, first_pass, context, gazetteer)
            if place is not None:
                results.append(Resolved(toponym, place, None, 0.4))
            continue
        candidate, confidence = choice
        place = gazetteer.place(candidate.index, name=None)
        if toponym.kind_hint == "admin2" and candidate.entry.kind == "city":
            place = Place(
                place.name,
                place.lat,
                place.lon,
                place.country,
                place.admin1,
                "district",
                place.geonameid,
            )
        results.append(Resolved(toponym, place, candidate, confidence))
    return _one_sense_per_article(results)


def _one_sense_per_article(results: list[Resolved]) -> list[Resolved]:
    """Give a name the place its qualified use chose ("Kok-Tash in Kyrgyzstan's Batken
    region") wherever the article repeats it bare ("shootout near Kok-Tash")."""
    qualified: dict[str, Resolved] = {}
    for item in results:
        toponym = item.toponym
        if toponym.country_hint is not None or toponym.qualified_directly:
            qualified.setdefault(folded_key(toponym.text), item)
    if not qualified:
        return results
    updated = []
    for item in results:
        toponym = item.toponym
        sense = qualified.get(folded_key(toponym.text))
        if (
            sense is not None
            and sense is not item
            and toponym.country_hint is None
            and not toponym.qualifiers
            and not toponym.demonym
        ):
            item = Resolved(toponym, sense.place, sense.candidate, sense.confidence)
        updated.append(item)
    return updated


def _score(
    candidate: Candidate,
    toponym: Toponym,
    toponyms: list[Toponym],
    context: Context,
    own: str,
) -> float:
    entry = candidate.entry
    score = math.log10(entry.population + 10) + _KIND_PRIOR.get(entry.kind, 0.0)
    score -= _MATCH_PENALTY[candidate.match]
    if toponym.kind_hint is not None:
        if entry.kind == toponym.kind_hint:
            score += HINT_WEIGHT
        elif toponym.kind_hint in ("admin1", "admin2") and entry.kind in ("city", "country"):
            score -= HINT_WEIGHT
    if toponym.country_hint is not None and entry.country == toponym.country_hint:
        score += QUALIFIER_WEIGHT
    for qualifier in toponym.qualifiers:
        for other in toponyms[qualifier].candidates:
            area = other.entry
            if area.kind == "country" and area.country == entry.country and entry.kind != "country":
                score += QUALIFIER_WEIGHT
                break
            if (
                area.kind == "admin1"
                and area.country == entry.country
                and area.admin1 == entry.admin1
                and entry.kind not in ("admin1", "country")
            ):
                score += QUALIFIER_WEIGHT
                break
    if entry.country is not None and context.names:
        country_evidence = evidence(
            context, ("country", entry.country, None), context.countries[entry.country], own
        )
        if country_evidence < 1.0 and entry.kind != "country":
            # "Rockets fired from Gaza into Israel": a neighbour's mention supports it weakly.
            for neighbour in neighbours_of(entry.country):
                if neighbour in context.countries:
                    neighbour_evidence = NEIGHBOUR_SHARE * evidence(
                        context,
                        ("country", neighbour, None),
                        context.countries[neighbour],
                        own,
                    )
                    country_evidence = max(country_evidence, neighbour_evidence)
        score += COUNTRY_CONTEXT_WEIGHT * country_evidence
        if entry.kind != "country":
            key = (entry.country, entry.admin1)
            score += ADMIN1_CONTEXT_WEIGHT * evidence(
                context, ("admin1", entry.country, entry.admin1), context.admin1s[key], own
            )
    return score


def _first_rank(
    toponym: Toponym, toponyms: list[Toponym], empty: Context
) -> tuple[Candidate, float, float] | None:
    """The ranking without article context, remembered across articles when it is context-free.

    Without qualifiers it depends only on the candidate list (shared by every toponym of the
    same name, and never modified) and the hints.
    """
    if toponym.qualifiers or len(toponym.candidates) < 2:
        return _rank(toponym, toponyms, empty)
    key = (id(toponym.candidates), toponym.kind_hint, toponym.country_hint)
    held = _FIRST_RANKS.get(key)
    # The memo holds the list, so its id cannot be reused while the entry lives.
    if held is None or held[0] is not toponym.candidates:
        if len(_FIRST_RANKS) >= FIRST_RANK_CACHE_SIZE:
            _FIRST_RANKS.clear()
        held = _FIRST_RANKS[key] = (toponym.candidates, _rank(toponym, toponyms, empty))
    return held[1]


def _rank_once(
    toponym: Toponym,
    toponyms: list[Toponym],
    context: Context,
    own: str,
    memo: dict[tuple, tuple[Candidate, float, float] | None],
) -> tuple[Candidate, float, float] | None:
    if toponym.qualifiers or len(toponym.candidates) < 2:
        return _rank(toponym, toponyms, context, own)
    # The candidate lists of the article's toponyms are alive throughout, so ids are unique.
    key = (id(toponym.candidates), toponym.kind_hint, toponym.country_hint, own)
    if key not in memo:
        memo[key] = _rank(toponym, toponyms, context, own)
    return memo[key]


def _rank(
    toponym: Toponym, toponyms: list[Toponym], context: Context, own: str = ""
) -> tuple[Candidate, float, float] | None:
    """The best candidate, its confidence and its score margin over the runner-up."""
    candidates = plausible_candidates(toponym, context, own, toponyms)
    if not candidates:
        return None
    if len(candidates) == 1:
        only = candidates[0]
        confidence = _LONE_FUZZY_CONFIDENCE if only.match == "fuzzy" else _LONE_CONFIDENCE
        return only, confidence, math.inf
    scored = [(_score(c, toponym, toponyms, context, own), c) for c in candidates]
    if toponym.kind_hint is None:
        _prefer_cities_over_their_areas(scored)
    scored.sort(key=lambda pair: pair[0], reverse=True)
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else _LONE_MARGIN
    confidence = 1.0 / (1.0 + math.exp(-margin))
    if best.match == "fuzzy":
        confidence *= 0.7
    return best, round(confidence, 3), margin


def _prefer_cities_over_their_areas(scored: list[tuple[float, Candidate]]) -> None:
    """Rank an area below the same-named city it is named after ("Tehran", "Washington").

    Without a cue ("Tehran province") news means the city: the city inside the area, or a
    great city elsewhere in the same country (Washington, D.C. over Washington state).
    """
    cities: dict[str | None, list[tuple[float, Entry]]] = {}
    for score, candidate in scored:
        if candidate.entry.kind == "city" and candidate.match == "name":
            cities.setdefault(candidate.entry.country, []).append((score, candidate.entry))
    if not cities:
        return
    for position, (score, candidate) in enumerate(scored):
        area = candidate.entry
        if area.kind != "admin1" or area.country not in cities:
            continue
        rivals = [
            city_score
            for city_score, city in cities[area.country]
            if city.admin1 == area.name or city.population >= CAPITAL_POPULATION
        ]
        if rivals and score >= max(rivals):
            scored[position] = (max(rivals) - 1.0, candidate)


def _context_from(
    toponyms: list[Toponym],
    choices: list[tuple[Candidate, float] | None],
    extra: Counter[str] | None,
) -> Context:
    context = Context(Counter(extra or {}), Counter(), {})
    for country in extra or {}:
        context.names.setdefault(("country", country, None), set()).add("#demonym")
    for toponym, choice in zip(toponyms, choices, strict=True):
        if choice is None or toponym.tentative or toponym.demonym:
            continue  # demonyms already count through ``extra``
        entry = choice[0].entry
        if entry.country is None:
            continue
        own = folded_key(toponym.text)
        context.countries[entry.country] += 1
        context.names.setdefault(("country", entry.country, None), set()).add(own)
        if entry.kind in ("admin1", "admin2", "city") and entry.admin1 is not None:
            context.admin1s[(entry.country, entry.admin1)] += 1
            context.names.setdefault(("admin1", entry.country, entry.admin1), set()).add(own)
    return context


def _supported(entry: object, context: Context, own: str) -> bool:
    country, admin1 = entry.country, entry.admin1  # type: ignore[attr-defined]
    if evidence(context, ("admin1", country, admin1), 1, own) > 0:
        return True
    # A small town is credible in a country the article talks about a lot.
    return (
        context.countries[country] >= 3
        and evidence(context, ("country", country, None), 1, own) > 0
    )


def _fallback(
    toponym: Toponym,
    toponyms: list[Toponym],
    choices: list[tuple[Candidate, float] | None],
    context: Context,
    gazetteer: Gazetteer,
) -> Place | None:
    """The containing area of a place the gazetteer lacks, named after the place."""
    nearest: tuple[int, int] | None = None  # (distance, entry index)
    for other, choice in zip(toponyms, choices, strict=True):
        if choice is None or other is toponym or choice[0].entry.kind != "admin1":
            continue
        if toponym.country_hint and choice[0].entry.country != toponym.country_hint:
            continue
        distance = (
            abs(other.sentence - toponym.sentence) * 1000 + abs(other.start - toponym.start) // 100
        )
        if nearest is None or distance < nearest[0]:
            nearest = (distance, choice[0].index)
    if nearest is not None and nearest[0] < 3000:
        return _named(gazetteer.place(nearest[1]), toponym.text)
    own = folded_key(toponym.text)
    # "the village of Banjska" in a sentence about Kosovo: the country the sentence names.
    for other, choice in zip(toponyms, choices, strict=True):
        if (
            choice is not None
            and other.sentence == toponym.sentence
            and choice[0].entry.kind == "country"
            and toponym.country_hint in (None, choice[0].entry.country)
        ):
            return _named(gazetteer.place(choice[0].index), toponym.text)
    # Evidence from the toponym's own (mis)match ("Mambasa" taken for Mombasa) does not count.
    admin1s = [
        area
        for area, _ in context.admin1s.most_common()
        if evidence(context, ("admin1", *area), 1, own) > 0
    ]
    if admin1s:
        country, admin1 = admin1s[0]
        index = gazetteer.admin1(country, admin1)
        if index is not None and (toponym.country_hint in (None, country)):
            return _named(gazetteer.place(index), toponym.text)
    countries = [
        c
        for c, _ in context.countries.most_common()
        if evidence(context, ("country", c, None), 1, own) > 0
    ]
    country = toponym.country_hint or (countries[0] if countries else None)
    index = gazetteer.country(country)
    return _named(gazetteer.place(index), toponym.text) if index is not None else None


def _named(place: Place, name: str) -> Place:
    return Place(name, place.lat, place.lon, place.country, place.admin1, place.precision, None)
