"""Word lists that guide toponym recognition, read once from ``data/where``.

All lists are ours (hand-written for eventwire); users extend recognition by adding names to
the gazetteer, not by editing these lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

# Words after a name that make it an area of a known kind: "Ardabil province", "Cook County".
AREA_SUFFIXES: dict[str, str] = {
    "county": "admin2",
    "parish": "admin2",
    "borough": "admin2",
    "district": "admin2",
    "districts": "admin2",
    "municipality": "admin2",
    "prefecture": "admin1",
    "province": "admin1",
    "provinces": "admin1",
    "governorate": "admin1",
    "oblast": "admin1",
    "state": "admin1",
    "region": "admin1",
    "city": "city",
    "town": "city",
    "village": "city",
    "township": "city",
}
# Words before "of X" that announce a place: "the city of Aslanduz", "province of Ardabil".
AREA_HEADS: dict[str, str] = {
    "city": "city",
    "town": "city",
    "village": "city",
    "province": "admin1",
    "state": "admin1",
    "region": "admin1",
    "district": "admin2",
    "county": "admin2",
    "governorate": "admin1",
    "republic": "country",
    "kingdom": "country",
}
DIRECTIONS = frozenset(
    """north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper lower
    greater mid""".split()
)
# Prepositions that put an event at the place that follows.
LOCATIVE_WORDS = frozenset(
    "in at near outside inside across throughout around from to into".split()
)
STRONG_LOCATIVE_WORDS = frozenset("in at near outside inside".split())
CONNECTORS = frozenset({"of", "de", "del", "da", "do", "du", "la", "le", "el", "al", "and"})


@dataclass(frozen=True)
class Lexicon:
    """The recognition word lists: non-places, person titles, demonym → ISO3 country."""

    not_places: frozenset[str]
    person_titles: frozenset[str]
    demonyms: dict[str, str]


def _words(name: str) -> frozenset[str]:
    text = (resources.files("eventwire") / "data" / "where" / name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(line.lower().split())
    return frozenset(words)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The package's recognition word lists (cached)."""
    demonyms: dict[str, str] = {}
    text = (resources.files("eventwire") / "data" / "where" / "demonyms.tsv").read_text(
        encoding="utf-8"
    )
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            demonym, alpha2 = line.split("\t")
            country = pycountry.countries.get(alpha_2=alpha2)
            demonyms[demonym.lower()] = country.alpha_3 if country else "XKX"
    return Lexicon(_words("not_places.txt"), _words("person_titles.txt"), demonyms)
