"""Dyad series over events."""

from __future__ import annotations

import pytest
from corpus_helpers import IRAN, RUSSIA, day

from eventwire.code.ontology import cameo
from eventwire.corpus.dyads import dyad_series
from eventwire.model import Actor, DateValue, Event

USA = Actor("USA", "USA", None, "United States")


def event(event_id: str, cameo: str, date: str, source=IRAN, target=RUSSIA) -> Event:
    return Event(event_id, None, cameo, source, target, day(date), None, [], 1)


def test_hostile_month_then_cooperative_months_is_improving():
    events = [
        event("e1", "190", "2024-09-03"),
        event("e2", "173", "2024-09-10", source=RUSSIA, target=IRAN),
        event("e3", "057", "2024-10-05"),
        event("e4", "061", "2024-11-12", source=RUSSIA, target=IRAN),
        event("e5", "042", "2024-11-20"),
        event("other", "190", "2024-11-20", target=USA),
    ]
    series = dyad_series(events, "RUS", "IRN")
    assert [period.label for period in series.periods] == ["2024-09", "2024-10", "2024-11"]
    assert series.periods[0].quad_counts == {1: 0, 2: 0, 3: 0, 4: 2}
    expected = cameo("190").goldstein + cameo("173").goldstein
    assert series.periods[0].goldstein_sum == pytest.approx(expected)
    assert series.periods[0].goldstein_mean == pytest.approx(expected / 2)
    assert series.periods[2].event_ids == ["e4", "e5"]
    assert series.trend == "improving"


def test_cooperation_then_fighting_is_worsening_and_weeks_are_iso_weeks():
    events = [event("e1", "042", "2024-11-18"), event("e2", "190", "2024-11-26")]
    series = dyad_series(events, "IRN", "RUS", by="week")
    assert [period.label for period in series.periods] == ["2024-W47", "2024-W48"]
    assert series.trend == "worsening"


def test_events_coarser_than_the_period_are_counted_as_undated():
    coarse = Event(
        "e1",
        None,
        "042",
        IRAN,
        RUSSIA,
        DateValue(day("2024-11-01").value, "month", "explicit"),
        None,
        [],
        1,
    )
    series = dyad_series([coarse, event("e2", "042", "2024-11-03")], "IRN", "RUS", by="day")
    assert series.undated_events == 1
    assert [period.label for period in series.periods] == ["2024-11-03"]
    assert series.trend == "stable"


def test_trend_reason_says_what_was_compared():
    events = [event("e1", "190", "2024-11-18"), event("e2", "042", "2024-12-26")]
    series = dyad_series(events, "IRN", "RUS")
    expected_change = cameo("042").goldstein - cameo("190").goldstein
    assert series.trend_reason == (
        f"mean Goldstein {cameo('042').goldstein:+.2f} over 2024-12 (1 events) against "
        f"{cameo('190').goldstein:+.2f} over 2024-11 (1 events): change {expected_change:+.2f}, "
        "a trend needs at least 1.0 either way"
    )
    assert dyad_series([], "IRN", "RUS").trend_reason.startswith("no period has dated events")


def test_to_dict_has_the_documented_keys():
    series = dyad_series([event("e1", "190", "2024-11-18")], "IRN", "RUS", by="week")
    data = series.to_dict()
    assert set(data) == {"a", "b", "by", "periods", "trend", "trend_reason", "undated_events"}
    [period] = data["periods"]
    assert set(period) == {"period", "quad_counts", "goldstein_sum", "goldstein_mean", "event_ids"}
    assert period["period"] == "2024-W47"
    assert period["quad_counts"] == {"1": 0, "2": 0, "3": 0, "4": 1}
    assert period["event_ids"] == ["e1"]
    assert data["trend"] == "stable" and data["undated_events"] == 0
