from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.where import Gazetteer, MalformedGeoNamesDump, import_geonames, load_gazetteer
from eventwire.where.gazetteer import Entry

# Invented places in the 19-column GeoNames format, so no real dump is needed.
_COMMON = "\t\t32\t\t\t\t{population}\t\t50\tAsia/Tehran\t2024-01-01"
_DUMP = "\n".join(
    [
        "9900001\tQarakhan Zor\tQarakhan Zor\tQarakhanzor,Karakhan Zor\t39.1\t47.9\tP\tPPL\tIR"
        + _COMMON.format(population=1200),
        "9900002\tZor Hills\tZor Hills\t\t39.2\t47.8\tT\tHLL\tIR" + _COMMON.format(population=0),
        "9900003\tSkipped Road\tSkipped Road\t\t39.2\t47.8\tR\tRD\tIR"
        + _COMMON.format(population=0),
    ]
)


@pytest.fixture
def base() -> Gazetteer:
    return Gazetteer.from_entries(
        [Entry("Parsabad", 39.65, 47.92, "IRN", "Ardabil", "city", 90000, 1)]
    )


def test_import_adds_places_with_admin1_from_nearest(tmp_path: Path, base: Gazetteer) -> None:
    dump = tmp_path / "IR.txt"
    dump.write_text(_DUMP + "\n", encoding="utf-8")
    out = import_geonames(dump, tmp_path / "extended.pickle", base=base)
    extended = load_gazetteer(out)
    [town] = extended.lookup("Karakhan Zor")
    assert (town.entry.kind, town.entry.admin1, town.entry.geonameid) == (
        "city",
        "Ardabil",
        9900001,
    )
    assert extended.lookup("Zor Hills")[0].entry.kind == "point"
    assert extended.lookup("Skipped Road") == []
    assert extended.lookup("Parsabad")[0].entry.name == "Parsabad"


def test_malformed_dump_names_the_line(tmp_path: Path, base: Gazetteer) -> None:
    dump = tmp_path / "bad.txt"
    dump.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(MalformedGeoNamesDump, match=r"bad.txt:1 has 3 columns"):
        import_geonames(dump, tmp_path / "out.pickle", base=base)
