"""Kinds of date phrasing first met in the third unseen batch (``fresh3``): present tense for
scheduled events, names that contain dates, day-first dates in other languages, numeric
conventions, fiscal years, quarters, seasons, "year-end" and a day of the month alone."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from eventwire.when import parse_date_text
from eventwire.when.scan import scan_dates

THURSDAY = dt.date(2024, 9, 5)


def _read(text: str, anchor: dt.date | None = THURSDAY) -> tuple[str | None, str, str]:
    value = parse_date_text(text, anchor)
    assert value is not None, text
    return value.iso(), value.precision, value.basis


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Present simple of a scheduling verb looks forward …
        ("The delegation arrives in Nairobi on Monday.", "2024-09-09"),
        ("The Senate votes on the aid package in December.", "2024-12"),
        ("Voters head to the polls on Sunday.", "2024-09-08"),
        ("The trial opens on 14 October, prosecutors said.", "2024-10-14"),
        ("The new law takes effect in January.", "2025-01"),
        ("Talks resume on the 18th, the mediator said.", "2024-09-18"),
        # … but the noun, an action verb in a headline, or a past cue keeps the past.
        ("The vote on Monday drew few voters.", "2024-09-02"),
        ("Rebels seize the town on Monday.", "2024-09-02"),
        ("The delegation that arrives on Monday was chosen in May.", "2024-09-02"),
        ("Parliament votes were counted in June.", "2024-06"),
        ("Peres made an official visit to Prague on Monday.", "2024-09-02"),
        ("He was found on the Loop Head peninsula on 7 August.", "2024-08-07"),
        # A postponement moves the date after the old one, not necessarily into the past.
        ("The court postponed the verdict until 1 October.", "2024-10-01"),
        ("The vote was postponed from May 15 to June 5.", "2024-05-15"),
    ],
)
def test_tense_of_the_clause_decides_the_direction(text, iso):
    assert _read(text)[0] == iso


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the March 23 Movement took the town.",
        "Activists of the April 6 Youth Movement were detained.",
        "Police seized 1990s-era rifles.",
        "Gunmen attacked a Sunday school.",
        "Two Mars rovers were launched.",
        "Drones keep the border under 24/7 watch.",
        "He was re-elected on the 18th floor of the tower.",
        "Turnout fell to a quarter of the electorate.",
        "The home side scored twice in the fourth quarter.",
        "The moon is in its first quarter.",
        "Python 3.12.10 and release 2023.1.5 were installed.",
        "Prices fall in the summer.",
    ],
)
def test_names_and_numbers_that_are_not_dates(text):
    assert scan_dates(text) == []


def test_a_date_before_an_ordinary_noun_is_still_a_date():
    assert _read("The March 23 attack killed four.") == ("2024-03-23", "day", "relative")
    assert _read("Violence not seen since the 1990s returned.") == ("1990", "year", "explicit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The decree of 25 novembre 2024 set quotas.", ("2024-11-25", "day", "explicit")),
        ("published on 20 de diciembre de 2023", ("2023-12-20", "day", "explicit")),
        ("signed in Berlin on 25. November 2024", ("2024-11-25", "day", "explicit")),
        ("the rally of 1er mai", ("2024-05-01", "day", "relative")),
        ("the hearing set for 3 ottobre", ("2024-10-03", "day", "relative")),
        ("a notice dated 2024.03.15", ("2024-03-15", "day", "explicit")),
        ("a memo dated 15/3/24", ("2024-03-15", "day", "explicit")),
        ("a memo dated 3/4/24", ("2024", "year", "explicit")),
    ],
)
def test_day_first_and_numeric_conventions(text, expected):
    assert _read(text) == expected


def test_a_german_day_needs_its_year_to_be_told_from_a_sentence_end():
    found = scan_dates("The vote passed 45 to 3. November brought new protests.")
    assert all(c.expression["type"] not in ("date", "month_day") for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget for fiscal 2025 rose.", ("2025", "year", "explicit")),
        ("Spending in FY2025 is capped.", ("2025", "year", "explicit")),
        ("the FY 24 accounts", ("2024", "year", "explicit")),
        ("In the 2023-24 fiscal year, the deficit widened.", ("2023", "year", "explicit")),
        ("The 2023/24 budget passed.", ("2023", "year", "explicit")),
        ("the drought of 1990-95", ("1990", "year", "explicit")),
        ("Arms sales hit a record in Q2 2023.", ("2023", "year", "explicit")),
        ("GDP grew in the third quarter of 2023.", ("2023", "year", "explicit")),
        ("Exports fell in the fourth quarter.", ("2023", "year", "relative")),
        ("Exports fell in the second quarter.", ("2024", "year", "relative")),
        ("Exports will rise in the first quarter.", ("2025", "year", "relative")),
        ("Profits fell last quarter.", ("2024", "year", "relative")),
        ("The dam was damaged last summer.", ("2024", "year", "relative")),
        ("Elections are expected next spring.", ("2025", "year", "relative")),
        ("A referendum is planned this autumn.", ("2024", "year", "relative")),
        ("Protests this past winter were banned.", ("2024", "year", "relative")),
        ("The pipeline is due by year-end.", ("2024", "year", "relative")),
        ("Talks broke down on the 3rd.", ("2024-09-03", "day", "relative")),
        ("Talks broke down on the 20th.", ("2024-08-20", "day", "relative")),
        ("Payments resume by the 3rd of next month.", ("2024-10-03", "day", "relative")),
    ],
)
def test_parts_of_years_and_days_of_months(text, expected):
    assert _read(text) == expected


def test_relative_parts_without_an_anchor_are_unknown():
    for text in ("Exports fell in the third quarter.", "last summer", "on the 18th."):
        assert _read(text, None) == (None, "unknown", "unknown")


def test_a_split_year_runs_forward_within_ten_years():
    assert scan_dates("the 2023/22 figures") == []
    assert scan_dates("the 2023/45 figures") == []
    assert _read("the 2023-24 season") == ("2023", "year", "explicit")


@pytest.mark.parametrize(
    "hostile",
    [
        "on the 1st " * 50_000,
        "25. " * 100_000,
        "20 de " * 100_000,
        "Q3 " * 30_000,  # every one a candidate, each with its clause read
        "FY" * 100_000,
        "fiscal " * 100_000,
        "last summer " * 50_000,
        "2023-24 " * 50_000,
        "Parliament votes " * 50_000 + "in June",
        "the third " * 50_000 + "quarter",
    ],
)
def test_new_forms_scan_in_linear_time(hostile):
    started = time.perf_counter()
    scan_dates(hostile)
    # Generous bound: catastrophic backtracking would take minutes, not seconds.
    assert time.perf_counter() - started < 10
