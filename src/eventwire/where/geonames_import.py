"""Extend the gazetteer with a user's GeoNames dump (``allCountries.txt`` or ``IR.txt``).

The dump is the GeoNames "geoname" table: 19 tab-separated columns, one place per line. It is
read as a stream; places already in the gazetteer (same GeoNames id) are skipped. A place's
admin1 *name* is taken from the nearest gazetteer place of the same country, since the dump
only carries admin1 codes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

from eventwire.where.build import _iso3
from eventwire.where.gazetteer import Entry, Gazetteer, cache_dir, load_gazetteer
from eventwire.where.names import is_latin_name

_KIND_OF_FEATURE = {"ADM1": "admin1", "ADM2": "admin2", "PCLI": "country", "PCLD": "country"}
DEFAULT_FEATURE_CLASSES = frozenset({"P", "A", "S", "T", "H", "L"})


class MalformedGeoNamesDump(ValueError):
    """A line of the dump does not have the 19 GeoNames columns."""


def import_geonames(
    dump: Path,
    out: Path | None = None,
    *,
    base: Gazetteer | None = None,
    feature_classes: frozenset[str] = DEFAULT_FEATURE_CLASSES,
) -> Path:
    """Write a gazetteer extended with the places of a GeoNames dump.

    Args:
        dump: a GeoNames ``allCountries.txt`` or country file (``IR.txt``), unzipped.
        out: where to write; defaults to ``<cache>/gazetteer-geonames-<dump stem>.pickle``.
        base: the gazetteer to extend (the default one if omitted).
        feature_classes: GeoNames feature classes to keep (P places, A areas, S spots, …).

    Returns:
        The path written; load it with ``load_gazetteer(path)``.

    Raises:
        MalformedGeoNamesDump: naming the line that is not in the GeoNames format.
    """
    base = base or load_gazetteer()
    out = (
        Path(out)
        if out is not None
        else cache_dir() / f"gazetteer-geonames-{Path(dump).stem}.pickle"
    )
    known_ids = {entry.geonameid for entry in base.entries if entry.geonameid is not None}
    cells = _admin1_cells(base)
    entries: list[Entry] = []
    alternates: dict[int, list[str]] = {}
    with open(dump, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 19:
                raise MalformedGeoNamesDump(
                    f"{dump}:{number} has {len(columns)} columns, a GeoNames dump line has 19 "
                    "(geonameid, name, asciiname, alternatenames, latitude, longitude, …)"
                )
            geonameid = int(columns[0])
            if geonameid in known_ids or columns[6] not in feature_classes:
                continue
            lat, lon = float(columns[4]), float(columns[5])
            country = _iso3(columns[8]) if columns[8] else None
            kind = _KIND_OF_FEATURE.get(columns[7], "city" if columns[6] == "P" else "point")
            admin1 = _nearest_admin1(cells, country, lat, lon)
            population = int(columns[14] or 0)
            entries.append(
                Entry(columns[1], lat, lon, country, admin1, kind, population, geonameid)
            )
            names = {columns[2], *columns[3].split(",")} - {columns[1], ""}
            alternates[len(entries) - 1] = sorted(n for n in names if is_latin_name(n))
    base.extended(entries, alternates).save(out)
    return out


def _admin1_cells(
    gazetteer: Gazetteer,
) -> dict[tuple[str | None, int, int], list[tuple[float, float, str]]]:
    cells: dict[tuple[str | None, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for entry in gazetteer.entries:
        if entry.kind == "city" and entry.admin1:
            cells[(entry.country, math.floor(entry.lat), math.floor(entry.lon))].append(
                (entry.lat, entry.lon, entry.admin1)
            )
    return cells


def _nearest_admin1(cells: dict, country: str | None, lat: float, lon: float) -> str | None:
    best: tuple[float, str] | None = None
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for other_lat, other_lon, admin1 in cells.get(
                (country, math.floor(lat) + dlat, math.floor(lon) + dlon), ()
            ):
                distance = (other_lat - lat) ** 2 + (other_lon - lon) ** 2
                if best is None or distance < best[0]:
                    best = (distance, admin1)
    return best[1] if best else None
