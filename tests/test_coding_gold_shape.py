"""Shape of the hand-written CAMEO gold set ``tests/data/coding_gold.jsonl``.

These tests check the file, not the coder: valid JSON lines, the documented fields, codes that
exist in CAMEO 1.1b3, enough snippets per root and per trap, and a README whose count tables
match the file.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest

DATA_DIR = Path(__file__).parent / "data"
GOLD_PATH = DATA_DIR / "coding_gold.jsonl"
README_PATH = DATA_DIR / "README.md"

TRAP_KINDS = frozenset(
    {
        "negation",
        "reported_speech",
        "historical",
        "threat_vs_act",
        "metaphor",
        "disaster_crime",
        "unknown_perpetrator",
        "future_intent",
        "passive",
        "coordination",
        "nested_quote",
    }
)
SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "INS", "CRM",
        "CVL", "MED", "BUS", "EDU", "REL", "LAB", "HLH", "REF", "NGO",
    }
)  # fmt: skip
MIN_SNIPPETS = 450
MIN_PER_ROOT = 12
MIN_PER_TRAP = 15
RECORD_KEYS = {"id", "text", "events", "trap"}
EVENT_KEYS = {"cameo", "root", "source", "target"}
COUNTRY_CODES = frozenset(country.alpha_3 for country in pycountry.countries)
# Bounded quantifiers only: the pattern sees nothing longer than an actor code.
ORGANISATION_CODE = re.compile(r"(?:IGO|NGO)[A-Z]{0,10}")
TABLE_ROW = re.compile(r"^\| (\S{1,40}) \|(?: [^|\n]{1,60} \|)? (\d{1,5}) \| (\d{1,5}) \|$")


def load_gold() -> list[dict]:
    """Read every line of the gold file as JSON, naming the line when one is not valid JSON."""
    records = []
    for number, line in enumerate(GOLD_PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            pytest.fail(f"{GOLD_PATH.name} line {number} is not valid JSON: {error}")
    return records


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold()


def roots_per_snippet(records: list[dict]) -> Counter[str]:
    """Count snippets per root code, each snippet once per distinct root it contains."""
    counts: Counter[str] = Counter()
    for record in records:
        counts.update({event["root"] for event in record["events"]})
    return counts


def actor_problem(code: str | None) -> str | None:
    """Say what is wrong with an actor code, or return None when it follows the convention."""
    if code is None:
        return None
    if ORGANISATION_CODE.fullmatch(code):
        return None
    country, sector = code[:3], code[3:]
    if country not in COUNTRY_CODES:
        return f"{code!r} does not start with an ISO 3166-1 alpha-3 code, IGO or NGO"
    if sector and sector not in SECTORS:
        return f"{code!r} has sector {sector!r}; known sectors: {sorted(SECTORS)}"
    return None


def test_file_is_large_enough(gold: list[dict]) -> None:
    assert len(gold) >= MIN_SNIPPETS


def test_records_have_the_documented_fields(gold: list[dict]) -> None:
    for record in gold:
        assert RECORD_KEYS <= record.keys() <= RECORD_KEYS | {"note"}, record.get("id")
        assert isinstance(record["text"], str) and record["text"].strip(), record["id"]
        assert isinstance(record["events"], list), record["id"]
        assert record["trap"] is None or record["trap"] in TRAP_KINDS, record["id"]
        assert isinstance(record.get("note", ""), str), record["id"]
        for event in record["events"]:
            assert EVENT_KEYS <= event.keys() <= EVENT_KEYS | {"historical"}, record["id"]
            assert event.get("historical", True) is True, record["id"]


def test_ids_and_texts_are_unique(gold: list[dict]) -> None:
    ids = [record["id"] for record in gold]
    assert all(re.fullmatch(r"g\d{4}", identifier) for identifier in ids)
    assert len(set(ids)) == len(ids)
    texts = Counter(record["text"] for record in gold)
    assert [text for text, count in texts.items() if count > 1] == []


def test_every_code_exists_in_cameo(gold: list[dict], shared: Path) -> None:
    with (shared / "reference" / "cameo_codes.tsv").open(encoding="utf-8", newline="") as table:
        known = {row["code"] for row in csv.DictReader(table, delimiter="\t")}
    unknown = {
        (record["id"], event["cameo"])
        for record in gold
        for event in record["events"]
        if event["cameo"] not in known
    }
    assert unknown == set()


def test_root_is_the_first_two_digits(gold: list[dict]) -> None:
    for record in gold:
        for event in record["events"]:
            assert re.fullmatch(r"\d{2,4}", event["cameo"]), record["id"]
            assert event["root"] == event["cameo"][:2], record["id"]


def test_actor_codes_follow_the_convention(gold: list[dict]) -> None:
    problems = [
        f"{record['id']}: {problem}"
        for record in gold
        for event in record["events"]
        for problem in (actor_problem(event["source"]), actor_problem(event["target"]))
        if problem
    ]
    assert problems == []


@pytest.mark.parametrize("root", [f"{number:02d}" for number in range(1, 21)])
def test_every_root_has_enough_snippets(gold: list[dict], root: str) -> None:
    assert roots_per_snippet(gold)[root] >= MIN_PER_ROOT


@pytest.mark.parametrize("trap", sorted(TRAP_KINDS))
def test_every_trap_has_enough_snippets(gold: list[dict], trap: str) -> None:
    assert sum(record["trap"] == trap for record in gold) >= MIN_PER_TRAP


def test_historical_traps_carry_a_historical_event(gold: list[dict]) -> None:
    missing = [
        record["id"]
        for record in gold
        if record["trap"] == "historical"
        and not any(event.get("historical") for event in record["events"])
    ]
    assert missing == []


def test_no_event_traps_have_no_events(gold: list[dict]) -> None:
    coded = [
        record["id"]
        for record in gold
        if record["trap"] in {"metaphor", "disaster_crime"} and record["events"]
    ]
    assert coded == []


def test_readme_counts_match_the_file(gold: list[dict]) -> None:
    documented = {}
    for line in README_PATH.read_text(encoding="utf-8").splitlines():
        row = TABLE_ROW.match(line)
        if row:
            documented[row.group(1)] = (int(row.group(2)), int(row.group(3)))
    events_per_root = Counter(event["root"] for record in gold for event in record["events"])
    actual = {
        root: (snippets, events_per_root[root])
        for root, snippets in roots_per_snippet(gold).items()
    }
    for trap in TRAP_KINDS:
        with_trap = [record for record in gold if record["trap"] == trap]
        actual[trap] = (len(with_trap), sum(not record["events"] for record in with_trap))
    assert documented == actual
    assert f"{len(gold)} snippets" in README_PATH.read_text(encoding="utf-8")
