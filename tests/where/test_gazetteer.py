from __future__ import annotations

import time
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from eventwire.evaluate.geoparse import great_circle_km
from eventwire.where import Gazetteer, GazetteerMissing, load_gazetteer
from eventwire.where.gazetteer import Entry


def _kinds(gazetteer: Gazetteer, name: str) -> set[tuple[str, str | None, str]]:
    return {(c.entry.kind, c.entry.country, c.entry.admin1 or "") for c in gazetteer.lookup(name)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ardabīl", ("admin1", "IRN", "Ardabil")),
        ("Bilekh-Savar", ("city", "IRN", "Ardabil")),
        ("Bileh Savar", ("city", "IRN", "Ardabil")),
        ("Kiev", ("city", "UKR", "Kyiv City")),
        ("Texas", ("admin1", "USA", "Texas")),
        ("Ill.", ("admin1", "USA", "Illinois")),
        ("U.S.", ("country", "USA", "")),
    ],
)
def test_lookup_tolerates_spelling_variants(
    gazetteer: Gazetteer, name: str, expected: tuple
) -> None:
    assert expected in _kinds(gazetteer, name)


def test_near_matches_are_searched_in_a_block(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup_fuzzy("Meshgin Shahar")
    assert any(c.entry.name == "Meshgīn Shahr" and c.match == "fuzzy" for c in found)
    assert gazetteer.lookup_fuzzy("Xqzwv") == []


def test_round_trip_and_fast_load(tmp_path: Path) -> None:
    entries = [
        Entry("Ardabil", 38.25, 48.29, "IRN", "Ardabil", "city", 410753, 143083),
        Entry("Ardabil", 38.5, 48.08, "IRN", "Ardabil", "admin1", 791317, None),
    ]
    small = Gazetteer.from_entries(entries, {0: ["Ardebil"]})
    path = tmp_path / "small.pickle"
    small.save(path)
    loaded = load_gazetteer(path)
    assert [c.match for c in loaded.lookup("Ardebil")] == ["alternate"]
    assert loaded.place(1).precision == "admin1"


def test_cached_default_gazetteer_loads_quickly(gazetteer: Gazetteer) -> None:
    began = time.perf_counter()
    load_gazetteer()
    assert time.perf_counter() - began < 3.0  # < 1 s on a quiet machine; slack for shared CI


def test_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissing, match="build one with load_gazetteer"):
        load_gazetteer(tmp_path / "absent.pickle")
    bad = tmp_path / "bad.pickle"
    bad.write_bytes(b"not a pickle")
    with pytest.raises(GazetteerMissing, match="delete it to rebuild"):
        load_gazetteer(bad)


def _rows(name: str) -> list[list[str]]:
    table = resources.files("eventwire") / "data" / "where" / name
    return [
        line.split("\t")
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def test_every_admin1_fact_point_reaches_its_area(gazetteer: Gazetteer) -> None:
    areas = {
        (entry.country, entry.name): (entry.lat, entry.lon)
        for entry in gazetteer.entries
        if entry.kind == "admin1"
    }
    for alpha2, name, lat, lon in _rows("admin1_points.tsv"):
        country = pycountry.countries.get(alpha_2=alpha2).alpha_3
        assert areas.get((country, name)) == (float(lat), float(lon)), f"{alpha2} {name}"


def test_every_country_fact_point_reaches_its_country(gazetteer: Gazetteer) -> None:
    for alpha2, lat, lon in _rows("country_points.tsv"):
        country = pycountry.countries.get(alpha_2=alpha2)
        index = gazetteer.country(country.alpha_3 if country else "XKX")
        assert index is not None, alpha2
        entry = gazetteer.entries[index]
        assert (entry.lat, entry.lon) == (float(lat), float(lon)), alpha2


@pytest.mark.parametrize(
    ("name", "kind", "near"),
    [
        ("Canada", "country", (60.0, -96.0)),
        ("Ontario", "admin1", (49.25, -84.5)),
        ("Mediterranean", "region", (35.0, 18.0)),
        ("Persian Gulf", "region", (27.0, 51.0)),
    ],
)
def test_areas_sit_at_their_centre_points(
    gazetteer: Gazetteer, name: str, kind: str, near: tuple[float, float]
) -> None:
    points = [(c.entry.lat, c.entry.lon) for c in gazetteer.lookup(name) if c.entry.kind == kind]
    assert any(great_circle_km(*point, *near) < 50 for point in points)


def test_first_word_index_bounds_name_length(gazetteer: Gazetteer) -> None:
    assert gazetteer.max_name_words("Rio") >= 3  # "Rio de Janeiro"
    assert gazetteer.max_name_words("Xqzwv") == 1
