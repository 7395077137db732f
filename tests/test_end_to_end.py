"""End to end on the two scraped reports of the Nov 2024 Iran–Azerbaijan "Aras" exercise.

Both lack a publication date, disagree on the start date, spell places differently and carry
older events; one has a Turkish cookie banner, the other a comment form.
"""

from __future__ import annotations

import pytest

from eventwire import api
from eventwire.ingest import ingest, sample_corpus_path
from eventwire.pipeline import Resources
from eventwire.store import Store


@pytest.fixture(scope="module")
def aras_store(shared, tmp_path_factory):
    store = Store.open(str(tmp_path_factory.mktemp("aras") / "aras.db"))
    summary = ingest([shared / "examples"], store, Resources())
    assert summary.failed == [] and summary.stored == 2
    return store


def country_pair(event):
    return {(event["source"] or {}).get("country"), (event["target"] or {}).get("country")}


def test_one_story(aras_store):
    stories = api.query_stories(aras_store)
    assert len(stories) == 1
    assert len(stories[0]["doc_ids"]) == 2


def test_one_joint_exercise_with_the_start_date_in_conflict(aras_store):
    drills = [
        e
        for e in api.query_events(aras_store)
        if e["cameo_root"] == "06"
        and {e["source"]["code"], e["target"]["code"]} == {"IRNMIL", "AZEMIL"}
        and e["date"] is not None
        and e["date"].startswith("2024-11")
    ]
    # CAMEO codes joint action in both directions; eventwire keeps one reciprocal event.
    assert len(drills) == 1 and drills[0]["reciprocal"]
    for drill in drills:
        assert drill["location"]["admin1"] == "Ardabil" or drill["location"]["name"] == "Ardabil"
        assert drill["location"]["country"] == "IRN"
        assert len({r["doc_id"] for r in drill["reports"]}) == 2
        [conflict] = [c for c in drill["conflicts"] if c["field"] == "date"]
        values = {v["value"]: v["doc_ids"] for v in conflict["values"]}
        assert set(values) == {"2024-11-24", "2024-11-25"}
        assert values["2024-11-24"] != values["2024-11-25"]


def test_background_events_keep_their_own_dates(aras_store):
    events = api.query_events(aras_store, dyad=("IRN", "AZE"))
    by_month = {}
    for event in events:
        by_month.setdefault((event["date"] or "")[:7], []).append(event)
    assert any(e["goldstein"] < 0 for e in by_month.get("2023-01", []))
    assert any(e["goldstein"] > 0 for e in by_month.get("2024-07", []))
    # Neither the embassy attack nor its closure is dated to the week of the exercise.
    for event in events:
        if (event["date"] or "").startswith("2024-11"):
            assert event["goldstein"] > 0, event


def test_dyad_goes_from_hostile_to_cooperative(aras_store):
    series = api.query_dyad(aras_store, "IRN", "AZE").to_dict()
    periods = {p["period"]: p for p in series["periods"]}
    assert periods["2023-01"]["goldstein_mean"] < 0
    assert periods["2024-07"]["goldstein_mean"] > 0
    assert periods["2024-11"]["goldstein_mean"] > 0
    assert series["trend"] == "improving"


def test_every_claim_is_traceable_and_none_comes_from_web_junk(aras_store):
    events = api.query_events(aras_store)
    assert events
    for event in events:
        for report in event["reports"]:
            assert report["sentence"], report
            text = report["sentence"].lower()
            assert "çerez" not in text and "comment" not in text and "reply" not in text


def test_the_reports_keep_their_story_and_dates_among_other_news(shared, tmp_path):
    """Ingested after a year of other Iran news, the two undated reports still form their own
    story, dated by what they say, not by a story they happen to share words with."""
    store = Store.open(str(tmp_path / "mixed.db"))
    ingest([sample_corpus_path(), shared / "examples"], store, Resources())
    aras = {"000_abaa46047854ffd5", "001_f39fc595232503cd"}
    story = next(s for s in api.query_stories(store) if aras & set(s["doc_ids"]))
    assert set(story["doc_ids"]) == aras
    drill = next(
        e
        for e in api.query_events(store, story=story["id"])
        if e["cameo_root"] == "06" and country_pair(e) == {"IRN", "AZE"}
    )
    assert drill["date"] in {"2024-11-24", "2024-11-25"}
