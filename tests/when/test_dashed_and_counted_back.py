"""Kinds the fresh9 batch exposed: "15-Mar-2024", "Weds.,", a bare ordinal followed by a place,
"Monday week", "a decade ago", "the year before last", "three days before that" and
Thanksgiving — each with the near misses that must stay no date or another date."""

from __future__ import annotations

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate.dating import published_as_found
from eventwire.when import find_date_mentions
from eventwire.when.periods import nth_weekday


def _dated(text: str, published: str | None) -> list[tuple[str, str | None, str, str]]:
    found = find_date_mentions(text, split_sentences(text), published_as_found(published))
    return [(m.text, m.resolution.iso(), m.resolution.precision, m.resolution.basis) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The licence lapsed on 02-Nov-2023, the regulator said.", ("02-Nov-2023", "2023-11-02")),
        ("Shipment logged 7-SEP-2022 at the port.", ("7-SEP-2022", "2022-09-07")),
        ("The order of 30-April-2021 was quashed.", ("30-April-2021", "2021-04-30")),
    ],
)
def test_a_day_month_name_and_year_joined_by_hyphens_is_that_day(text, expected):
    assert _dated(text, "2024-06-01") == [(*expected, "day", "explicit")]


@pytest.mark.parametrize(
    "text",
    ["Batch A-Mar-2024 was recalled.", "Form 31-Feb-2023 was void.", "Item 2024-Mar-2025."],
)
def test_hyphenated_codes_and_impossible_days_are_no_dates(text):
    assert _dated(text, "2024-06-01") == []


def test_an_abbreviated_weekday_before_a_comma_is_a_day():
    # 2024-09-13 is a Friday; "Weds." in a past clause is the Wednesday before.
    found = _dated("Rebels shelled the depot Weds., officials said.", "2024-09-13")
    assert found == [("Weds", "2024-09-11", "day", "relative")]


@pytest.mark.parametrize(
    "text", ["See Weds. for the schedule.", "Talks Weds. Notes follow.", "The couple wed. Then."]
)
def test_an_abbreviated_weekday_without_lead_or_comma_is_no_day(text):
    assert _dated(text, "2024-09-13") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2024-05-08: a past act on a day after today's number lies in the month before.
        ("Gunmen stormed the post on the 21st outside Gao.", "2024-04-21"),
        ("The envoy lands on the 20th in Addis Ababa.", "2024-05-20"),
        ("Talks collapsed on the 2nd when the envoy left.", "2024-05-02"),
    ],
)
def test_a_bare_ordinal_day_before_a_place_or_clause_is_a_day(text, expected):
    found = _dated(text, "2024-05-08")
    assert [(value, precision) for _, value, precision, _ in found] == [(expected, "day")]


@pytest.mark.parametrize(
    "text",
    [
        "She won for the 3rd in a row.",
        "Fire broke out on the 18th floor.",
        "They scored on the 3rd in a row of attempts.",
    ],
)
def test_a_rank_is_no_day_of_the_month(text):
    assert _dated(text, "2024-05-08") == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The inquiry reopens Thursday week.", "2024-05-08", "2024-05-16"),
        ("Parliament sits again on Monday week.", "2024-05-06", "2024-05-13"),
    ],
)
def test_weekday_week_is_a_week_after_the_coming_weekday(text, published, expected):
    assert [value for _, value, _, _ in _dated(text, published)] == [expected]


def test_weekday_before_week_long_is_the_weekday_alone():
    found = _dated("Monday week-long strikes began.", "2024-05-08")
    assert [words for words, *_ in found] == ["Monday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia was founded two decades ago.", ("two decades ago", "2004")),
        ("Fighting last flared about a decade ago.", ("about a decade ago", "2014")),
        ("The pipeline was built the year before last.", ("the year before last", "2022")),
    ],
)
def test_decades_and_the_year_before_last_count_back_from_publication(text, expected):
    assert _dated(text, "2024-06-01") == [(*expected, "year", "relative")]


def test_the_month_before_last_is_two_months_back():
    found = _dated("Prices spiked the month before last.", "2024-06-20")
    assert found == [("the month before last", "2024-04", "month", "relative")]


def test_the_year_before_last_years_vote_counts_from_last_year():
    found = _dated("The party split the year before last year's vote.", "2024-06-01")
    assert [(words, value) for words, value, _, _ in found] == [
        ("the year before last year", "2022")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks opened on 4 March. Two days before that, envoys had met.",
         ("Two days before that", "2024-03-02")),
        # A week on is dated by its week, as "a week later" is.
        ("The dam burst on 10 July. A week after that, aid arrived.",
         ("A week after that", "2024-07-15", "week")),
        ("The truce began on 5 May. The day before that, shelling had stopped.",
         ("The day before that", "2024-05-04")),
    ],
)  # fmt: skip
def test_counted_before_or_after_that_starts_from_the_date_told_before(text, expected):
    words, value, precision = (*expected, "day")[:3]
    assert _dated(text, "2024-08-01")[1] == (words, value, precision, "relative")


def test_before_that_with_no_date_told_before_is_unknown():
    found = _dated("Three days before that, mediators had flown in.", "2024-08-01")
    assert found == [("Three days before that", None, "unknown", "unknown")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Looters struck shops on Thanksgiving, police said.", "2023-12-01", "2023-11-23"),
        ("Leaders will speak on Thanksgiving Day.", "2025-11-01", "2025-11-27"),
        ("Rail staff struck over Canadian Thanksgiving.", "2024-10-20", "2024-10-14"),
    ],
)
def test_thanksgiving_is_its_weekday_of_the_month(text, published, expected):
    assert [value for _, value, _, _ in _dated(text, published)] == [expected]


def test_thanksgiving_naming_a_pact_is_no_date():
    assert _dated("The Thanksgiving Accord was signed.", "2024-12-01") == []


@pytest.mark.parametrize(
    ("year", "month", "weekday", "nth", "expected"),
    [(2024, 11, 3, 4, "2024-11-28"), (2023, 11, 3, 4, "2023-11-23"),
     (2022, 11, 3, 4, "2022-11-24"), (2024, 10, 0, 2, "2024-10-14")],
)  # fmt: skip
def test_nth_weekday_of_a_month(year, month, weekday, nth, expected):
    assert nth_weekday(year, month, weekday, nth).isoformat() == expected
