"""Word lists that guide toponym recognition, read once from ``data/where``.

All lists are ours (hand-written for eventwire); users extend recognition by adding names to
the gazetteer, not by editing these lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

from eventwire.where.names import folded_key

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

# Words after a place name that make a facility named after the place ("Bileh Savar Border
# Terminal"): the place name still says where the facility is.
FACILITY_WORDS = frozenset(
    """border crossing terminal airport port harbor harbour station base camp prison bridge dam
    square market mall valley river lake mountains mountain mount hills strait gulf bay coast
    island islands""".split()
)
# Words after a place name that make an institution serving the place ("Gainesville Police",
# "Dublin City Council"): the place is still named. Outlets are not: "The Tehran Times".
INSTITUTION_WORDS = frozenset(
    """police fire sheriff department council court courthouse university college school schools
    library hospital museum zoo church cathedral mosque synagogue board commission authority
    chamber office public high middle elementary medical memorial community regional convention
    visitors utilities water housing parks planning historical society symphony festival fair
    marathon fed""".split()
)
OUTLET_WORDS = frozenset(
    """times news post herald tribune journal gazette daily press chronicle observer
    telegraph courier wire monitor dispatch review ledger standard express bulletin
    mirror""".split()
)
# A single-word name followed by these is a person speaking: "Moore said".
SPEECH_VERBS = frozenset("said says told added explained wrote asked testified".split())


@dataclass(frozen=True)
class Lexicon:
    """The recognition word lists: non-places, person titles, demonym → ISO3 country.

    ``person_names`` are given names and surnames that are also towns ("Lincoln"); alone they
    need a cue. ``not_place_names`` are folded keys of names never taken as places ("White
    House").
    """

    not_places: frozenset[str]
    person_titles: frozenset[str]
    demonyms: dict[str, str]
    person_names: frozenset[str]
    not_place_names: frozenset[str]


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
            iso3 = country.alpha_3 if country else "XKX"
            demonyms[demonym.lower()] = iso3
            if demonym.endswith(("an", "i")):
                demonyms.setdefault(demonym.lower() + "s", iso3)  # "Palestinians", "Iraqis"
    not_place_names = frozenset(
        folded_key(line)
        for line in _data_text("not_place_names.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return Lexicon(
        _words("not_places.txt"),
        _words("person_titles.txt"),
        demonyms,
        _words("person_names.txt"),
        not_place_names,
    )


def _data_text(name: str) -> str:
    return (resources.files("eventwire") / "data" / "where" / name).read_text(encoding="utf-8")
