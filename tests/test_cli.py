"""The command line, as a user runs it: ingest, query, analyse, extract, and bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from eventwire.cli import cli


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("cli") / "sample.db")
    result = CliRunner().invoke(cli, ["ingest", "--sample", "--db", db])
    assert result.exit_code == 0, result.output
    return db, result.output


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_every_command_has_help():
    for command in [
        "ingest",
        "fetch",
        "events",
        "event",
        "stories",
        "dyad",
        "analyze",
        "extract",
        "eval",
        "bench",
    ]:
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output, command


def test_sample_ingest_prints_a_summary(sample_db):
    _, output = sample_db
    assert output.startswith("read 34 articles: 34 stored, 0 unchanged")
    assert "stories" in output and "events" in output and "top dyads:" in output


def test_reingesting_changes_nothing(sample_db):
    db, _ = sample_db
    before = run("events", "--db", db).output
    result = run("ingest", "--sample", "--db", db)
    assert result.exit_code == 0
    assert result.output.startswith("read 34 articles: 0 stored, 34 unchanged")
    assert run("events", "--db", db).output == before


def test_events_in_three_formats_agree(sample_db):
    db, _ = sample_db
    rows = [json.loads(line) for line in run("events", "--db", db).output.splitlines()]
    assert rows, "the sample corpus yields events"
    table = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").output)))
    assert [r["id"] for r in table] == [r["id"] for r in rows]
    text = run("events", "--db", db, "--format", "table").output
    assert text.splitlines()[0].split()[:3] == ["date", "source", "cameo"]
    assert len(text.splitlines()) == len(rows) + 2


def test_event_filters(sample_db):
    db, _ = sample_db
    rows = [json.loads(line) for line in run("events", "--db", db).output.splitlines()]
    countries = {(r["source"] or {}).get("country") for r in rows} - {None}
    actor = sorted(countries)[0]
    filtered = [
        json.loads(x)
        for x in run("events", "--db", db, "--actor", actor.lower()).output.splitlines()
    ]
    assert filtered and all(
        actor in {(r["source"] or {}).get("country"), (r["target"] or {}).get("country")}
        for r in filtered
    )
    dated = [r["date"] for r in rows if r["date"]]
    middle = sorted(dated)[len(dated) // 2][:10]
    since = [
        json.loads(x) for x in run("events", "--db", db, "--since", middle).output.splitlines()
    ]
    assert since and all(r["date"] >= middle for r in since)
    assert run("events", "--db", db, "--dyad", "IRN").exit_code == 2


def test_events_by_code_quad_story_sources_and_limit(sample_db):
    db, _ = sample_db
    rows = [json.loads(line) for line in run("events", "--db", db).output.splitlines()]

    def query(*options):
        result = run("events", "--db", db, *options)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    fights = query("--code", "19,18")
    assert fights and {r["cameo_root"] for r in fights} <= {"18", "19"}
    assert len(fights) == sum(r["cameo_root"] in {"18", "19"} for r in rows)
    assert query("--code", "062") == [r for r in rows if r["cameo"].startswith("062")]
    cooperation = query("--quad", "1", "--quad", "2")
    assert cooperation and {r["quad_class"] for r in cooperation} <= {1, 2}
    assert query("--quad", "4", "--code", "05") == []
    story = rows[0]["story_id"]
    assert {r["story_id"] for r in query("--story", story)} == {story}
    widely = query("--min-sources", "2")
    assert widely and all(r["independent_sources"] >= 2 for r in widely)
    assert len(widely) < len(rows)
    assert [r["id"] for r in query("--limit", "3")] == [r["id"] for r in rows[:3]]
    bad = run("events", "--db", db, "--code", "6")
    assert bad.exit_code == 2 and "leading zero" in bad.output


def test_one_event_with_its_evidence(sample_db):
    db, _ = sample_db
    rows = [json.loads(line) for line in run("events", "--db", db).output.splitlines()]
    disputed = next(r for r in rows if r["conflicts"] and r["independent_sources"] > 1)
    as_json = run("event", disputed["id"], "--db", db, "--format", "json")
    assert json.loads(as_json.output) == disputed
    card = run("event", disputed["id"], "--db", db).output
    assert card.startswith(f"event {disputed['id']}")
    assert f"disputed {disputed['conflicts'][0]['field']}" in card
    assert disputed["outlets"] == sorted({r["outlet"] for r in disputed["reports"] if r["outlet"]})
    assert len(disputed["outlets"]) >= 2 and f"outlets: {disputed['outlets'][0]}" in card
    for report in disputed["reports"]:
        assert f"[{report['doc_id']} #{report['sentence_index']}" in card
        first_words = " ".join(report["sentence"].split()[:3])
        assert first_words in " ".join(card.split())
    missing = run("event", "no-such-event", "--db", db)
    assert missing.exit_code == 1 and "eventwire events" in missing.output


def test_stories_and_dyad(sample_db):
    db, _ = sample_db
    stories = [json.loads(x) for x in run("stories", "--db", db).output.splitlines()]
    assert any(len(s["doc_ids"]) >= 2 for s in stories)
    assert "articles" in run("stories", "--db", db, "--format", "table").output
    result = run("dyad", "THA", "KHM", "--db", db)
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert result.exit_code == 0 and lines[-1]["trend"] in {"improving", "worsening", "stable"}
    assert all(
        {"period", "quad_counts", "goldstein_sum", "goldstein_mean", "event_ids"} <= set(p)
        for p in lines[:-1]
    )
    periods = [p["period"] for p in lines[:-1]]
    later = run("dyad", "THA", "KHM", "--db", db, "--since", periods[-1] + "-01")
    assert [json.loads(x)["period"] for x in later.output.splitlines()[:-1]] == periods[-1:]


def test_bad_inputs_are_named_and_the_rest_is_stored(tmp_path):
    db = str(tmp_path / "bad.db")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (folder / "good.txt").write_text(
        "Turkish and Greek foreign ministers held talks in Ankara on Tuesday, officials said.\n"
    )
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2 and any("empty.txt: file is empty" in e for e in errors)
    assert "1 stored" in result.output and "2 inputs failed" in result.output
    again = run("ingest", str(folder / "good.txt"), "--db", db)
    assert again.exit_code == 0 and "0 stored, 1 unchanged" in again.output


def test_analyze_keeps_input_order_and_offsets():
    records = [
        {
            "id": "b",
            "text": "Russian forces shelled Kharkiv on Sunday, killing three people.",
            "published": "2024-11-18",
        },
        {
            "id": "a",
            "html": "<html><body><article><p>Iran and Azerbaijan held talks in Baku on "
            "Monday.</p></article></body></html>",
        },
        {"id": "c"},
    ]
    result = run("analyze", "-", input="\n".join(json.dumps(r) for r in records) + "\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in rows] == ["b", "a", "c"]
    assert result.exit_code == 1 and "error" in rows[2]
    for row in rows[:2]:
        for kind in ("actors", "places", "dates"):
            for mention in row["mentions"][kind]:
                assert row["text"][mention["start"] : mention["end"]] == mention["text"]
    assert rows[0]["reports"] and rows[0]["reports"][0]["date"] == "2024-11-17"


def test_analyze_raw_offsets_index_the_input():
    text = "  Cookie notice.\nIsrael and Egypt signed an agreement in Cairo on Monday.  "
    result = run("analyze", "--raw", input=json.dumps({"id": "r", "text": text}) + "\n")
    row = json.loads(result.output)
    assert row["text"] == text
    for mention in row["mentions"]["actors"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_extract_prints_title_and_body(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Summit ends</title></head><body><nav>Home | World</nav>"
        "<article><h1>Summit ends</h1><p>Leaders of the African Union ended their "
        "summit in Addis Ababa on Sunday with a joint statement on Sudan.</p>"
        "</article><footer>© 2025 Example</footer></body></html>"
    )
    result = run("extract", str(page))
    assert result.exit_code == 0
    assert "Leaders of the African Union" in result.output and "Home | World" not in result.output


GEONAMES_ROW = (
    "9900001\tQarakhan Zor\tQarakhan Zor\tQarakhanzor\t39.1\t47.9\tP\tPPL\tIR"
    "\t\t32\t\t\t\t1200\t\t50\tAsia/Tehran\t2024-01-01\n"
)


def test_a_geonames_dump_is_loaded_with_one_command_and_used(tmp_path):
    dump = tmp_path / "IR.txt"
    dump.write_text(GEONAMES_ROW)
    out = tmp_path / "extended.pickle"
    result = run("gazetteer", "import", str(dump), "--out", str(out))
    assert result.exit_code == 0 and result.output.strip() == str(out)
    record = {
        "id": "q",
        "text": "Iranian police clashed with smugglers in Qarakhan Zor on Monday.",
        "published": "2024-11-26",
    }
    analysed = json.loads(
        run("analyze", "--gazetteer", str(out), input=json.dumps(record) + "\n").output
    )
    places = {p["text"]: p["resolution"] for p in analysed["mentions"]["places"]}
    assert places["Qarakhan Zor"]["lat"] == 39.1


def test_a_malformed_dump_is_one_clear_error(tmp_path):
    dump = tmp_path / "bad.txt"
    dump.write_text("not\ta\tgeonames\tline\n")
    result = run("gazetteer", "import", str(dump), "--out", str(tmp_path / "x.pickle"))
    assert result.exit_code == 1 and result.output.startswith("Error: ")


def test_python_dash_m_runs_the_same_command_line():
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("eventwire")
