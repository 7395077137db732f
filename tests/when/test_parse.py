"""Date expressions in news text: the forms we read, the traps we leave alone."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from eventwire.when import parse_date_text
from eventwire.when.scan import scan_dates

MONDAY = dt.date(2024, 11, 25)


@pytest.mark.parametrize(
    ("text", "iso", "precision", "basis"),
    [
        ("on November 25, 2024", "2024-11-25", "day", "explicit"),
        ("on 25 November 2024", "2024-11-25", "day", "explicit"),
        ("on Nov. 25", "2024-11-25", "day", "relative"),
        ("2024-11-25", "2024-11-25", "day", "explicit"),
        ("dated 25/11/2024", "2024-11-25", "day", "explicit"),
        ("dated 11/25/2024", "2024-11-25", "day", "explicit"),
        ("dated 04/05/2023", "2023", "year", "explicit"),
        ("in July 2024", "2024-07", "month", "explicit"),
        ("in 2020", "2020", "year", "explicit"),
        ("in mid-2019", "2019", "year", "explicit"),
        ("in early March", "2024-03", "month", "relative"),
        ("on Sunday", "2024-11-24", "day", "relative"),
        ("yesterday", "2024-11-24", "day", "relative"),
        ("today", "2024-11-25", "day", "relative"),
        ("overnight", "2024-11-25", "day", "relative"),
        ("last week", "2024-11-18", "week", "relative"),
        ("last month", "2024-10", "month", "relative"),
        ("less than a month ago", "2024-10", "month", "relative"),
        ("two days ago", "2024-11-23", "day", "relative"),
        ("earlier this year", "2024", "year", "relative"),
        ("next Tuesday", "2024-11-26", "day", "relative"),
        ("last Monday", "2024-11-18", "day", "relative"),
        ("from Monday to Thursday", "2024-11-25", "day", "relative"),
        ("between 3 and 5 May 2023", "2023-05-03", "day", "explicit"),
        ("three days after 5 November 2024", "2024-11-08", "day", "explicit"),
        ("Thursday, December 5", "2024-12-05", "day", "explicit"),
        ("48 hours ago", "2024-11-23", "day", "relative"),
        ("a fortnight ago", "2024-11-11", "week", "relative"),
        ("was killed on Christmas Eve", "2023-12-24", "day", "relative"),
        ("will meet on Christmas Eve", "2024-12-24", "day", "relative"),
        ("since the start of the year", "2024", "year", "relative"),
        ("over the weekend", "2024-11-23", "week", "relative"),
        ("won the 2020 election", "2020", "year", "explicit"),
        ("in September.", "2024-09", "month", "relative"),
    ],
)
def test_parse_date_text_against_a_monday(text, iso, precision, basis):
    value = parse_date_text(text, MONDAY)
    assert value is not None
    assert (value.iso(), value.precision, value.basis) == (iso, precision, basis)


@pytest.mark.parametrize(
    "text",
    [
        "Iran may respond.",
        "Protesters will march on the capital.",
        "The F-16 jets arrived.",
        "Resolution 2070 was adopted.",
        "The fund pledged $2024 million.",
        "Soldiers killed 2020 people.",
        "Theresa May spoke.",
        "The Sunday Times reported it.",
        "The Good Friday Agreement held.",
        "The AZIREX-2024 drill ended.",
        "The strike began at 2100 GMT.",
        "A 2000-strong force moved in.",
        "A four-day exercise began.",
        "The siege lasted two weeks.",
        "Vision 2030 was launched.",
        "He got 1,998 votes.",
    ],
)
def test_no_date_in_traps(text):
    assert scan_dates(text) == []


def test_relative_expression_without_anchor_is_unknown_and_keeps_its_expression():
    value = parse_date_text("Iran launched a drill Sunday", None)
    assert value is not None
    assert (value.value, value.precision, value.basis) == (None, "unknown", "unknown")
    assert value.expression == {
        "type": "weekday",
        "weekday": 6,
        "direction": "past",
        "text": "Sunday",
    }


def test_future_clause_turns_a_weekday_forward():
    value = parse_date_text("Ministers will meet on Thursday", MONDAY)
    assert value is not None and value.iso() == "2024-11-28"


def test_past_month_without_year_is_the_last_one():
    value = parse_date_text("Parliament passed the law in May", dt.date(2023, 3, 15))
    assert value is not None and value.iso() == "2022-05"


def test_no_text_no_date():
    assert parse_date_text("The talks went on.", MONDAY) is None


@pytest.mark.parametrize(
    "hostile",
    [
        "1 " * 100_000,
        "November " * 100_000,
        "Monday to " * 50_000,
        "between 3 and " * 40_000,
        "less than " * 50_000 + "two days ago",
        "2024-" * 100_000,
        "12/" * 100_000,
        ("May 2024, " * 20_000),
    ],
)
def test_long_hostile_sentences_scan_in_linear_time(hostile):
    started = time.perf_counter()
    scan_dates(hostile)
    # Generous bound: catastrophic backtracking would take minutes, not seconds.
    assert time.perf_counter() - started < 10
