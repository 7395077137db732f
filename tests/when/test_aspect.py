"""Standing situations and habits are no dated event; background cues of other clauses do not
make the news of the day historical; a paragraph that goes on with the lead's act takes its day;
an undertaking's "in four months" is a point ahead (hand-built articles)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reports import build, dates

from eventwire.when import date_reports, parse_date_text
from eventwire.when.aspect import STANDING_MARK, is_standing

PUBLISHED = dt.date(2024, 6, 20)


def _date(text: str, trigger: str, modality: str = "asserted", published=PUBLISHED):
    article = build(text, [(trigger, modality)], published)
    date_reports(article)
    return article.reports[0].date


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        (
            "Kharkiv has been shelled almost daily since the invasion in February 2022.",
            "shelled",
            "a standing situation since February 2022, not one event",
        ),
        (
            "The market has been a frequent target since 2023.",
            "target",
            "a standing situation since 2023, not one event",
        ),
        (
            "Ugandan troops, who have been fighting the rebels inside Congo since November 2021, "
            "were not involved.",
            "fighting",
            "a standing situation since November 2021, not one event",
        ),
        (
            "Saudi Arabia and Qatar had mediated between the neighbours since last autumn.",
            "mediated",
            "a standing situation since last autumn, not one event",
        ),
        (
            "Russia regularly holds naval drills in the Baltic.",
            "holds",
            "a habitual act ('regularly holds'), not one event",
        ),
        (
            "The militia has controlled the crossing for years.",
            "controlled",
            "a standing situation ('for years'), not one event",
        ),
        (
            "Opposition supporters rally outside parliament every Friday.",
            "rally",
            "'Friday' recurs: a rule, not one event",
        ),
        (
            "Thailand has long rejected the court's jurisdiction.",
            "rejected",
            "a standing position ('has long …'), not one event",
        ),
    ],
)
def test_a_standing_situation_or_habit_has_no_date(text, trigger, reason):
    value = _date(text, trigger, "historical")
    assert (value.value, value.reason) == (None, reason)
    assert is_standing(value)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # The trigger is the act the situation is counted from.
        (
            "Haiti has had no elected leaders since President Moise was assassinated in July 2021.",
            "assassinated",
            ("2021-07", "month", "explicit"),
        ),
        # A campaign begun a few days ago is still placed by the day it began.
        (
            "Russian forces have shelled the town since Monday.",
            "shelled",
            ("2024-06-17", "day", "relative"),
        ),
        # A past act done repeatedly on one day is one event.
        (
            "Troops repeatedly fired on protesters on Tuesday.",
            "fired",
            ("2024-06-18", "day", "relative"),
        ),
        # "daily" before a noun is no habit of the act.
        (
            "The ministry said in its daily briefing that its forces had hit a depot on Monday.",
            "hit",
            ("2024-06-17", "day", "relative"),
        ),
        # "has" without a duration or habit: a recent act in the present perfect.
        ("Russia has expelled two diplomats.", "expelled", ("2024-06-20", "day", "publication")),
    ],
)
def test_acts_that_are_not_standing_keep_their_date(text, trigger, expected):
    value = _date(text, trigger)
    assert (value.iso(), value.precision, value.basis) == expected
    assert not is_standing(value)


def test_standing_reasons_share_one_mark():
    value = _date("Rebels have held the valley for decades.", "held")
    assert value.reason.endswith(STANDING_MARK)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The two sides agreed that their ministers would meet in January, and that the "
            "measures, suspended in 2020, would be revived.",
            "agreed",
        ),
        (
            "Al-Shabaab claimed responsibility in a statement, saying it had targeted soldiers.",
            "claimed",
        ),
        ("Police denied that officers had used live ammunition.", "denied"),
        (
            "Moscow, which fought a war with Georgia in 2008, accused Western governments.",
            "accused",
        ),
    ],
)
def test_background_in_another_clause_leaves_the_news_of_the_day(text, trigger):
    value = _date(text, trigger, "historical")
    assert (value.iso(), value.basis) == ("2024-06-20", "publication")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels once ruled the valley.",  # the coder's reason is not a cue we read: trust it
        "They fought two wars over the region, which Baku retook in 2023.",
        "Relations have been tense since the crisis in 2021, which Warsaw blamed on Minsk.",
        "Years ago, the army seized the town.",
    ],
)
def test_background_of_the_trigger_clause_stays_undated(text):
    trigger = next(w for w in ("ruled", "fought", "blamed", "seized") if w in text)
    assert _date(text, trigger, "historical").value is None


def test_a_new_paragraph_going_on_with_the_leads_strike_takes_its_day():
    text = (
        "Russian missiles hit central Kharkiv late on Saturday, officials said.\n"
        "Four missiles struck the district within minutes.\n"
        "Officials condemned the attack."
    )
    article = build(text, [("hit", "asserted"), ("struck", "asserted"), ("condemned", "asserted")],
                    dt.date(2024, 11, 17))  # fmt: skip
    for report, cameo in zip(article.reports, ("190", "180", "111"), strict=True):
        report.cameo = cameo
    values = dates(article)
    assert values[:2] == [("2024-11-16", "day", "relative")] * 2
    assert values[2] == ("2024-11-17", "day", "publication")  # a reaction keeps its own day
    assert "previous paragraph" in article.reports[1].date.reason


def test_a_past_act_does_not_inherit_a_date_still_to_come():
    text = "Elections are due next month. The US criticised the arrests and urged restraint."
    value = _date(text, "urged")
    assert value.basis == "publication"


def test_a_verb_joined_by_and_shares_the_date_of_its_predicate():
    text = (
        "Poland on Thursday accused Russia of hacking four water plants last month, and "
        "expelled two diplomats."
    )
    article = build(text, [("expelled", "historical")], dt.date(2025, 3, 27))
    article.reports[0].start = text.index("and expelled")
    date_reports(article)
    assert article.reports[0].date.iso() == "2025-03-27"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company pledged to install the radars in four months.", "2024-10"),
        ("The two sides agreed to meet again in ten days.", "2024-06-30"),
        ("The pipeline was to be finished in two years' time, he said.", "2026"),
        ("The ultimatum expires a week from today.", "2024-06-27"),
        ("A donor conference is planned for six weeks from now.", "2024-07-29"),
        ("Voting ends at 8 p.m. on Saturday.", "2024-06-22"),
    ],
)
def test_points_ahead_of_the_clause(text, expected):
    value = parse_date_text(text, PUBLISHED)
    assert value is not None and value.iso() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed 40 people in three days.",
        "It was the highest turnout in a year.",
        "The rebels had taken the town in two days.",
    ],
)
def test_spans_stay_spans(text):
    assert parse_date_text(text, PUBLISHED) is None
