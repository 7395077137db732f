"""Dates counted from an event told earlier in the article, decades and two-digit years."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate.dating import published_as_found
from eventwire.model import DateValue
from eventwire.when import find_date_mentions, parse_date_text
from eventwire.when.anchored import event_terms


def resolved(text: str, expression: str, published: str | None = "2024-06-15") -> DateValue:
    mentions = find_date_mentions(text, split_sentences(text), published_as_found(published))
    start = text.index(expression)
    mention = next(m for m in mentions if m.start <= start < m.end)
    assert isinstance(mention.resolution, DateValue)
    return mention.resolution


@pytest.mark.parametrize(
    ("text", "expression", "iso", "basis"),
    [
        ("Gunmen attacked a post on Monday. Hours after the attack, a curfew was imposed.",
         "Hours after the attack", "2024-06-10", "relative"),
        ("The election was held on 28 April 2024. Protests began on 2 May. Two days after the "
         "election, the opposition rejected the results.", "Two days after the election",
         "2024-04-30", "explicit"),
        ("Rebels seized the town on 4 May 2024. The next morning, troops counter-attacked.",
         "The next morning", "2024-05-05", "explicit"),
        ("The vote was held on 9 June 2024. The day before, a leader was arrested.",
         "The day before", "2024-06-08", "explicit"),
        ("Protesters stormed parliament on Wednesday. A day later, the premier resigned.",
         "A day later", "2024-06-13", "relative"),
        ("The army said on Friday it had repelled an attack the previous day.",
         "the previous day", "2024-06-13", "relative"),
        ("The drought began in 2020 and worsened the following year.", "the following year",
         "2021", "explicit"),
    ],
)  # fmt: skip
def test_event_anchored_dates_count_from_the_event_they_name(text, expression, iso, basis):
    value = resolved(text, expression)
    assert (value.iso(), value.basis) == (iso, basis)
    assert "counted from" in value.reason


def test_an_event_never_dated_in_the_article_stays_unknown():
    value = resolved("The referendum passed. Two days after the vote, the law was signed.",
                     "Two days after the vote")  # fmt: skip
    assert value.basis == "unknown" and "the vote" in value.reason


def test_the_event_word_picks_its_own_sentence_not_the_nearest_date():
    text = ("Voters went to the polls on 3 March 2024. Riots broke out on 9 March 2024. "
            "A week after the vote, results were published.")  # fmt: skip
    value = resolved(text, "A week after the vote")
    assert value.iso() == "2024-03-04" and value.precision == "week"
    assert "the vote (3 March 2024)" in value.reason


def test_event_terms_cover_synonyms_and_stems():
    assert "polls" in event_terms("the vote")
    assert "shoot" in event_terms("the shooting")
    assert "blockade" in event_terms("the blockade")


@pytest.mark.parametrize(
    ("text", "iso"),
    [("since the 1990s", "1990"), ("in the late '90s", "1990"), ("since '98", "1998"),
     ("in March '21", "2021-03"), ("in the 2010s", "2010")],
)  # fmt: skip
def test_decades_and_two_digit_years(text, iso):
    value = parse_date_text(text, dt.date(2024, 1, 10))
    assert value is not None and (value.iso(), value.basis) == (iso, "explicit")


@pytest.mark.parametrize(
    "text",
    ["Temperatures reached the 40s.", "He fired 98 rounds.", "a 24-hour strike",
     "They talked for hours after the meeting.", "a day of mourning"],
)  # fmt: skip
def test_no_date_in_these(text):
    assert parse_date_text(text, dt.date(2024, 1, 10)) is None
