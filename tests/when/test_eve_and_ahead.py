"""Kinds of date phrasing first met in the seventh unseen batch (``fresh7``): dates of an event
the clause's act prepares ("ahead of Saturday's vote", "in the run-up to", "on the eve of"),
a date a postponement moves to told in the past tense, "takes place" as a scheduling verb, and
the eve of a feast."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when import parse_date_text

THURSDAY = dt.date(2024, 3, 14)


def _read(text: str, anchor: dt.date | None = THURSDAY) -> tuple[str | None, str, str]:
    value = parse_date_text(text, anchor)
    assert value is not None, text
    return value.iso(), value.precision, value.basis


@pytest.mark.parametrize(
    ("text", "anchor", "iso"),
    [
        # Before the event: the coming day, though the clause is past …
        ("Campaigning closed ahead of Saturday's vote.", THURSDAY, "2024-03-16"),
        ("Police were deployed in the run-up to the 20 March summit.", THURSDAY, "2024-03-20"),
        ("Roads were closed in the lead-up to Sunday's march.", THURSDAY, "2024-03-17"),
        # … after it: the day just gone, as the nearest one.
        ("Campaigning closed ahead of Saturday's vote.", dt.date(2024, 3, 18), "2024-03-16"),
        ("Talks broke down on the eve of the 12 March deadline.", THURSDAY, "2024-03-12"),
        # Without such words a past clause keeps the past.
        ("Campaigning closed on Saturday.", THURSDAY, "2024-03-09"),
    ],
)
def test_the_event_an_act_prepares_is_dated_nearest(text, anchor, iso):
    assert _read(text, anchor)[0] == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The vote was postponed to the 28th of April.", "2024-04-28"),
        ("The hearing was adjourned until 2 April.", "2024-04-02"),
        # The old date of a postponement is still read by the clause's tense.
        ("The vote, first held on 2 March, was annulled.", "2024-03-02"),
    ],
)
def test_a_postponement_told_in_the_past_moves_to_the_nearest_date(text, iso):
    assert _read(text)[0] == iso


def test_takes_place_schedules_the_date_ahead():
    assert _read("Voting takes place between 3 and 5 April.") == ("2024-04-03", "day", "relative")
    assert _read("The vote took place on 3 March.")[0] == "2024-03-03"


@pytest.mark.parametrize(
    ("text", "anchor", "iso"),
    [
        ("Gunmen attacked a church on the eve of Christmas.", dt.date(2024, 12, 26), "2024-12-24"),
        ("The city fell on the eve of New Year's Day.", dt.date(2025, 1, 3), "2024-12-31"),
        # Easter 2024 was on 31 March: its eve is the Saturday before.
        ("The ceasefire began on the eve of Easter.", dt.date(2024, 4, 2), "2024-03-30"),
        # Without "the eve of", the feast itself.
        ("Gunmen attacked a church on Christmas.", dt.date(2024, 12, 26), "2024-12-25"),
    ],
)
def test_the_eve_of_a_feast_is_the_day_before(text, anchor, iso):
    value = parse_date_text(text, anchor)
    assert value is not None
    assert (value.iso(), value.precision) == (iso, "day")
    assert "eve" in value.expression["text"] or "eve" not in text
