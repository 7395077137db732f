"""Dates told the way people speak them, the known gaps of the fifth unseen batch (``fresh5``):
ordinal days ("the first of January"), anniversaries ("a year ago today"), weekends counted
back ("the weekend before last", "two weekends ago"), "in a fortnight", a feast after
"before" in a future clause, and "a day after the attack" told in the sentence before."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate.dating import published_as_found
from eventwire.when import find_date_mentions, parse_date_text
from eventwire.when.scan import scan_dates

TUESDAY = dt.date(2024, 10, 15)


def _read(text: str, anchor: dt.date | None = TUESDAY) -> tuple[str | None, str, str]:
    value = parse_date_text(text, anchor)
    assert value is not None, text
    return value.iso(), value.precision, value.basis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord took effect on the first of March 2019.", ("2019-03-01", "day", "explicit")),
        ("Polls open on the twenty-first of November.", ("2024-11-21", "day", "relative")),
        ("The ceasefire began on the tenth of October.", ("2024-10-10", "day", "relative")),
        ("Third of May 2022, the rebels said, was the day.", ("2022-05-03", "day", "explicit")),
        # Without the ordinal the month alone keeps month precision.
        ("The treaty entered into force in January 2021.", ("2021-01", "month", "explicit")),
    ],
)
def test_a_day_written_as_an_ordinal_word(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two years ago today, the dam burst.", ("2022-10-15", "day", "relative")),
        ("A month ago to the day, troops crossed the river.", ("2024-09-15", "day", "relative")),
        ("A week ago today the talks collapsed.", ("2024-10-08", "day", "relative")),
        # "today" elsewhere in the sentence does not make "a year ago" a day.
        ("A year ago, the town fell; today it is rebuilt.", ("2023", "year", "relative")),
        ("Less than a year ago today's leaders were rebels.", ("2023", "year", "relative")),
    ],
)
def test_an_anniversary_names_the_day_itself(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "iso"),
    [
        ("The envoy flew to Doha the weekend before last.", dt.date(2024, 10, 15), "2024-10-05"),
        ("Fighting flared over the weekend before last.", dt.date(2024, 10, 13), "2024-10-05"),
        ("The minister resigned three weekends ago.", dt.date(2024, 10, 15), "2024-09-28"),
        ("Protesters gathered two weekends ago.", dt.date(2024, 10, 19), "2024-10-05"),
    ],
)
def test_weekends_counted_back(text, anchor, iso):
    assert _read(text, anchor) == (iso, "week", "relative")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The border will reopen in a fortnight.", ("2024-10-28", "week", "relative")),
        ("Talks will resume in two weeks' time.", ("2024-10-28", "week", "relative")),
        ("Elections are expected in six months.", ("2025-04", "month", "relative")),
        ("The envoy is due to return in three days.", ("2024-10-18", "day", "relative")),
    ],
)
def test_in_a_period_is_a_point_ahead_in_a_future_clause(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army killed 40 people in three days.",
        "Prices will be the highest in a year.",
        "For the first time in a decade, turnout will top 70 per cent in a month of voting.",
        "The deal will take effect in 30 days or less.",
    ],
)
def test_in_a_period_that_measures_a_span_is_no_date(text):
    found = [mention.text for mention in find_date_mentions(text, [], None)]
    assert not any(written.lower().startswith("in ") for written in found), found


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The envoy plans to visit Kabul before Christmas.", "2024-12-25"),
        ("The army will withdraw after Easter, officials said.", "2025-04-20"),
        # A past clause still looks back.
        ("The talks collapsed before Christmas.", "2023-12-25"),
    ],
)
def test_a_feast_after_before_takes_the_tense_of_its_clause(text, iso):
    assert _read(text)[0] == iso


def test_a_day_after_an_attack_told_with_missiles_in_the_sentence_before():
    text = (
        "Russia fired dozens of missiles at Kyiv on Thursday. "
        "Two days after the attack, the foreign minister flew to Brussels."
    )
    mentions = find_date_mentions(
        text, split_sentences(text), published_as_found(TUESDAY.isoformat())
    )
    shifted = next(m for m in mentions if m.text.startswith("Two days after"))
    assert shifted.resolution.iso() == "2024-10-12"
    assert "the attack" in shifted.resolution.reason


def test_spoken_forms_scan_in_linear_time():
    hostile = "in a the first of weekend before two weekends in three " * 20_000
    started = time.perf_counter()
    scan_dates(hostile)
    assert time.perf_counter() - started < 5.0
