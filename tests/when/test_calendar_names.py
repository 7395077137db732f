"""Calendar names news uses: Orthodox Christmas (Julian calendar), May Day, half-year codes
("H1 2024"), weekday abbreviations ("on Thurs.") and "Thursday last week"."""

from __future__ import annotations

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate.dating import published_as_found
from eventwire.when import find_date_mentions


def _dated(text: str, published: str = "2025-01-09") -> list[tuple[str, str | None, str]]:
    found = find_date_mentions(text, split_sentences(text), published_as_found(published))
    return [(m.text, m.resolution.iso(), m.resolution.precision) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling continued through Orthodox Christmas.", ("Orthodox Christmas", "2025-01-07")),
        ("Few went out on Orthodox Christmas Eve.", ("Orthodox Christmas Eve", "2025-01-06")),
        ("Shelling continued through Christmas.", ("Christmas", "2024-12-25")),
    ],
)
def test_orthodox_christmas_follows_the_julian_calendar(text, expected):
    assert [(words, value) for words, value, _ in _dated(text)] == [expected]


def test_a_half_year_code_with_its_year_is_that_year():
    assert _dated("Exports fell 12% in H1 2024.", "2024-08-01") == [("H1 2024", "2024", "year")]
    assert _dated("Prices rose in H2 2023.", "2024-08-01") == [("H2 2023", "2023", "year")]


@pytest.mark.parametrize("text", ["The H1 heading was wrong.", "H1N1 cases rose.", "An H1-B visa."])
def test_a_half_year_code_without_a_year_is_no_date(text):
    assert _dated(text, "2024-08-01") == []


def test_may_day_is_the_first_of_may_unless_it_names_something():
    assert _dated("Unions marched on May Day.", "2025-05-03") == [("May Day", "2025-05-01", "day")]
    assert _dated("The May Day Agreement was signed.", "2025-05-03") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials confirmed the deal on Thurs., aides said.", ("Thurs", "2024-09-12", "day")),
        ("The minister resigned late Tues. after a row.", ("Tues", "2024-09-10", "day")),
    ],
)
def test_an_abbreviated_weekday_after_on_is_a_day(text, expected):
    assert _dated(text, "2024-09-13") == [expected]


@pytest.mark.parametrize(
    "text", ["See Fri. for details.", "Mon. leaders met.", "The Sun. was sold."]
)
def test_an_abbreviated_weekday_without_its_preposition_is_no_day(text):
    assert _dated(text, "2024-09-13") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Thursday last week, the army shelled the town.", ("Thursday last week", "2025-03-20")),
        ("On Monday last week, the army shelled the town.", ("Monday last week", "2025-03-17")),
        ("The talks resume on Monday next week.", ("Monday next week", "2025-03-31")),
    ],
)
def test_a_weekday_of_a_named_week_is_that_weeks_day(text, expected):
    # Published on Thursday 27 March 2025: "last week" runs from Monday 17 to Sunday 23.
    assert [(words, value) for words, value, _ in _dated(text, "2025-03-27")] == [expected]
