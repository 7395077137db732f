from __future__ import annotations

import time
from pathlib import Path

import pytest

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
