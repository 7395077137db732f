"""The gazetteer: places by normalised name, built offline and cached on disk.

Lookups go through two indexes. The *folded* index maps accent/case/punctuation-free names to
entries and remembers whether the name is the entry's main name or an alternate; the *loose*
index maps transliteration-tolerant keys (see :mod:`eventwire.where.names`). Near matches
(rapidfuzz) are searched only inside a block of loose keys sharing their first three letters
and a similar length, never across all names.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Literal, NamedTuple

from rapidfuzz import fuzz, process

from eventwire.model import Place, PlacePrecision
from eventwire.where.names import first_word_and_count, folded_key, loose_key

GAZETTEER_FORMAT = "eventwire.gazetteer.v2"
FUZZY_SCORE_CUTOFF = 90.0
# Loose keys shorter than this get no near matches: "mambasa" is one vowel from "mombasa".
FUZZY_MIN_KEY_LENGTH = 8
LOOKUP_CACHE_SIZE = 65536
# Package tables that go into the built gazetteer: a change to any of them rebuilds the cache.
BUILD_TABLES = ("alternate_names.tsv", "country_points.tsv", "admin1_points.tsv", "regions.tsv")

EntryKind = Literal["country", "admin1", "admin2", "city", "region", "point"]
MatchKind = Literal["name", "alternate", "loose", "fuzzy"]

_PRECISION: dict[str, PlacePrecision] = {
    "country": "country",
    "admin1": "admin1",
    "admin2": "district",
    "city": "city",
    "region": "region",
    "point": "point",
}


class GazetteerMissing(FileNotFoundError):
    """A gazetteer file was asked for but is absent or not a gazetteer."""


class Entry(NamedTuple):
    """One place: ``country`` ISO3, ``admin1`` name, ``kind`` one of :data:`EntryKind`."""

    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    kind: str
    population: int
    geonameid: int | None


class Candidate(NamedTuple):
    """A gazetteer entry that a name may refer to, and how the name matched it."""

    index: int
    entry: Entry
    match: MatchKind


# Index values are one int (the common case, saving a tuple per key) or a tuple of ints;
# alternates are stored as ``-index - 1`` so one index serves main and alternate names.
IndexValue = int | tuple[int, ...]


def _as_tuple(value: IndexValue) -> tuple[int, ...]:
    return value if isinstance(value, tuple) else (value,)


def _add(index: dict[str, IndexValue], key: str, value: int) -> None:
    existing = index.get(key)
    if existing is None:
        index[key] = value
    elif isinstance(existing, tuple):
        if value not in existing and -value - 1 not in existing:
            index[key] = existing + (value,)
    elif existing != value and existing != -value - 1:
        index[key] = (existing, value)


class Gazetteer:
    """Places by normalised name, with their coordinates, country, admin1, kind, population."""

    def __init__(
        self,
        entries: list[Entry],
        folded: dict[str, IndexValue],
        loose: dict[str, IndexValue],
        name_words: dict[str, int],
    ) -> None:
        self.entries = entries
        self._folded = folded
        self._loose = loose
        # loose key of a name's first word → most words of a name starting with it (≥ 2 only)
        self._name_words = name_words
        self._lookups: dict[str, list[Candidate]] = {}
        # The finder asks about every capitalised word and word window: one dict probe each.
        self._known: dict[str, bool] = {}
        # Places are frozen values: each entry's is made once (articles name the same few).
        self._places: dict[int, Place] = {}
        self._longest: dict[str, int] = {}
        self._fuzzy: dict[tuple[str, int], list[Candidate]] = {}
        self._blocks: dict[str, list[str]] | None = None
        self._countries = {e.country: i for i, e in enumerate(entries) if e.kind == "country"}
        self._admin1 = {
            (e.country, folded_key(e.name)): i for i, e in enumerate(entries) if e.kind == "admin1"
        }

    @classmethod
    def from_entries(
        cls, entries: list[Entry], alternates: dict[int, list[str]] | None = None
    ) -> Gazetteer:
        """Index ``entries`` (main names) plus ``alternates`` (entry index → other names)."""
        gazetteer = cls([], {}, {}, {})
        return gazetteer.extended(entries, alternates or {})

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> list[Candidate]:
        """Entries named ``name``: exact (folded) matches, else transliteration-tolerant ones.

        The list is shared between calls with the same name: do not modify it.
        """
        cached = self._lookups.get(name)
        if cached is None:
            if len(self._lookups) >= LOOKUP_CACHE_SIZE:
                self._lookups.clear()  # news repeats names; a full reset is cheap and rare
            cached = self._lookups[name] = self._lookup_uncached(name)
        return cached

    def _lookup_uncached(self, name: str) -> list[Candidate]:
        found = self._folded.get(folded_key(name))
        if found is not None:
            return [
                Candidate(v, self.entries[v], "name")
                if v >= 0
                else Candidate(-v - 1, self.entries[-v - 1], "alternate")
                for v in _as_tuple(found)
            ]
        found = self._loose.get(loose_key(name))
        if found is None:
            return []
        return [Candidate(v, self.entries[v], "loose") for v in _as_tuple(found)]

    def max_name_words(self, first_word: str) -> int:
        """The most words of any name that starts with ``first_word`` (1 when none is longer)."""
        longest = self._longest.get(first_word)
        if longest is None:
            if len(self._longest) >= LOOKUP_CACHE_SIZE:
                self._longest.clear()
            longest = self._longest[first_word] = self._name_words.get(loose_key(first_word), 1)
        return longest

    def contains(self, name: str) -> bool:
        """True when ``name`` matches some entry exactly or transliteration-tolerantly."""
        known = self._known.get(name)
        if known is None:
            if len(self._known) >= LOOKUP_CACHE_SIZE:
                self._known.clear()
            known = self._known[name] = (
                folded_key(name) in self._folded or loose_key(name) in self._loose
            )
        return known

    def lookup_fuzzy(self, name: str, limit: int = 5) -> list[Candidate]:
        """Near matches of ``name`` (rapidfuzz ratio ≥ 90) inside its key block.

        Names shorter than :data:`FUZZY_MIN_KEY_LENGTH` get none, and a name that differs
        from a candidate only by swapped vowels is another name, not a misspelling.

        The list is shared between calls with the same arguments: do not modify it.
        """
        cached = self._fuzzy.get((name, limit))
        if cached is None:
            if len(self._fuzzy) >= LOOKUP_CACHE_SIZE:
                self._fuzzy.clear()
            cached = self._fuzzy[(name, limit)] = self._lookup_fuzzy_uncached(name, limit)
        return cached

    def _lookup_fuzzy_uncached(self, name: str, limit: int) -> list[Candidate]:
        key = loose_key(name)
        if len(key) < FUZZY_MIN_KEY_LENGTH:
            return []  # short names are too close to each other for edit distance to mean much
        if self._blocks is None:
            self._blocks = defaultdict(list)
            for candidate_key in self._loose:
                self._blocks[candidate_key[:3]].append(candidate_key)
        block = [k for k in self._blocks.get(key[:3], []) if abs(len(k) - len(key)) <= 2]
        matches = process.extract(
            key, block, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE_CUTOFF, limit=limit
        )
        result = []
        for matched_key, _, _ in matches:
            if vowel_changed(key, matched_key):
                continue
            for v in _as_tuple(self._loose[matched_key]):
                result.append(Candidate(v, self.entries[v], "fuzzy"))
        return result

    def country(self, iso3: str | None) -> int | None:
        """The entry index of the country with ISO3 code ``iso3``."""
        return self._countries.get(iso3)

    def admin1(self, country: str | None, name: str | None) -> int | None:
        """The entry index of admin1 area ``name`` of ``country``."""
        if name is None:
            return None
        return self._admin1.get((country, folded_key(name)))

    def place(self, index: int, name: str | None = None) -> Place:
        """The :class:`Place` of entry ``index`` (``name`` overrides the gazetteer's name)."""
        if not name:
            known = self._places.get(index)
            if known is None:
                known = self._places[index] = self._make_place(index, None)
            return known
        return self._make_place(index, name)

    def _make_place(self, index: int, name: str | None) -> Place:
        entry = self.entries[index]
        return Place(
            name=name or entry.name,
            lat=entry.lat,
            lon=entry.lon,
            country=entry.country,
            admin1=entry.admin1 if entry.kind != "country" else None,
            precision=_PRECISION[entry.kind],
            geonameid=entry.geonameid,
        )

    def extended(self, entries: Iterable[Entry], alternates: dict[int, list[str]]) -> Gazetteer:
        """A new gazetteer with ``entries`` appended (``alternates`` indexed from 0 for them)."""
        combined = list(self.entries)
        offset = len(combined)
        combined.extend(entries)
        folded = dict(self._folded)
        loose = dict(self._loose)
        name_words = dict(self._name_words)

        def index_words(name: str) -> None:
            first, count = first_word_and_count(name)
            if count > 1 and name_words.get(first, 1) < count:
                name_words[first] = count

        for index in range(offset, len(combined)):
            entry = combined[index]
            _add(folded, folded_key(entry.name), index)
            _add(loose, loose_key(entry.name), index)
            index_words(entry.name)
            for name in alternates.get(index - offset, []):
                if folded_key(name):
                    _add(folded, folded_key(name), -index - 1)
                    _add(loose, loose_key(name), index)
                    index_words(name)
        return Gazetteer(combined, folded, loose, name_words)

    def save(self, path: Path) -> None:
        """Write the gazetteer to ``path`` (atomically: a reader never sees half a file)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
        columns = tuple(zip(*self.entries, strict=True)) if self.entries else ()
        with open(temporary, "wb") as f:
            pickle.dump(
                (GAZETTEER_FORMAT, columns, self._folded, self._loose, self._name_words),
                f,
                protocol=5,
            )
        os.replace(temporary, path)

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """Read a gazetteer written by :meth:`save`.

        Raises:
            GazetteerMissing: when ``path`` is absent or holds something else.
        """
        if not path.is_file():
            raise GazetteerMissing(
                f"no gazetteer at {path}: build one with load_gazetteer() or import a GeoNames "
                "dump with import_geonames()"
            )
        with open(path, "rb") as f:
            try:
                form, columns, folded, loose, name_words = pickle.load(f)  # noqa: S301 - ours
            except (pickle.UnpicklingError, ValueError, EOFError) as error:
                raise GazetteerMissing(
                    f"{path} is not an eventwire gazetteer ({error}); delete it to rebuild"
                ) from error
        if form != GAZETTEER_FORMAT:
            raise GazetteerMissing(
                f"{path} holds {form!r}, expected {GAZETTEER_FORMAT!r}; delete it to rebuild"
            )
        entries = [Entry._make(row) for row in zip(*columns, strict=True)] if columns else []
        return cls(entries, folded, loose, name_words)


_VOWELS = frozenset("aeiou")


def vowel_changed(key: str, other: str) -> bool:
    """True when two equally long keys differ and every difference is one vowel for another.

    Transliteration moves consonants ("kh"/"h") far more than it swaps vowels, while distinct
    places often differ by exactly that ("Mambasa" in Congo, "Mombasa" in Kenya).
    """
    if len(key) != len(other) or key == other:
        return False
    return all(a in _VOWELS and b in _VOWELS for a, b in zip(key, other, strict=True) if a != b)


def cache_dir() -> Path:
    """Where built resources are cached: ``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire``."""
    configured = os.environ.get("EVENTWIRE_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "eventwire"


def default_gazetteer_name() -> str:
    """The cache file name of the default gazetteer for this version's data tables."""
    digest = hashlib.sha1(GAZETTEER_FORMAT.encode(), usedforsecurity=False)
    folder = resources.files("eventwire") / "data" / "where"
    for name in BUILD_TABLES:
        digest.update((folder / name).read_bytes())
    # The build code decides what the tables become, so a change to it rebuilds too.
    digest.update((resources.files("eventwire") / "where" / "build.py").read_bytes())
    return f"gazetteer-{GAZETTEER_FORMAT.rsplit('.', 1)[-1]}-{digest.hexdigest()[:10]}.pickle"


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at ``path``, or the default one built from installed packages.

    The default is built on first use (about 15 s) and cached as
    ``<cache>/gazetteer-v2-<hash>.pickle``, the hash covering the package's own place tables so
    that an upgrade rebuilds it; later loads take well under a second.

    Raises:
        GazetteerMissing: when an explicit ``path`` does not hold a gazetteer.
    """
    if path is not None:
        return Gazetteer.read(Path(path))
    cached = cache_dir() / default_gazetteer_name()
    if cached.is_file():
        try:
            return Gazetteer.read(cached)
        except GazetteerMissing:
            pass  # a stale or damaged cache is rebuilt below
    from eventwire.where.build import build_gazetteer

    gazetteer = build_gazetteer()
    gazetteer.save(cached)
    return gazetteer
