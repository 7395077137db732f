"""Which date a report takes when its sentence states several (clause scope), and dates told
before that later phrases count from ("hours later", "since then", "overnight")."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reports import build, dates

from eventwire.when import parse_date_text
from eventwire.when.scan import scan_dates

SUNDAY = dt.date(2024, 11, 17)


def _date_of(text: str, trigger: str, modality: str = "asserted", published=SUNDAY):
    article = build(text, [(trigger, modality)], published)
    return dates(article)[0], article.reports[0].date.reason


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "expected"),
    [
        # A date inside a relative clause dates that clause's event, not the main one …
        (
            "Russia, which brokered the 2020 ceasefire, urged both sides to talk.",
            "urged",
            "asserted",
            ("2024-11-17", "day", "publication"),
        ),
        (
            "Mali's junta, which expelled French troops in 2022, summoned the envoy.",
            "expelled",
            "historical",
            ("2022", "year", "explicit"),
        ),
        (
            "They fought two wars over the region, which Baku retook in September 2023.",
            "fought",
            "historical",
            (None, "unknown", "unknown"),
        ),
        # … a date modifying a noun dates that noun's event …
        (
            "The opposition criticised the plan to drop the 1995 parliamentary resolution.",
            "criticised",
            "asserted",
            ("2024-11-17", "day", "publication"),
        ),
        (
            "The March 23 attack killed four soldiers.",
            "killed",
            "asserted",
            ("2024-03-23", "day", "relative"),
        ),
        (
            "In the autumn of 2023 negotiators announced a deal.",
            "announced",
            "historical",
            ("2023", "year", "explicit"),
        ),
        # … and a subordinate clause after the trigger tells of another time.
        (
            "Vilnius expressed solidarity after balloons forced the closure of its airport last "
            "month.",
            "expressed",
            "asserted",
            ("2024-11-17", "day", "publication"),
        ),
        # A date between subject and verb covers the coordinated verbs.
        (
            "Poland on Thursday accused Russia of hacking water plants last month, and expelled "
            "two diplomats.",
            "expelled",
            "asserted",
            ("2024-11-14", "day", "relative"),
        ),
        # A when-clause takes the date it hangs on; "since" + date is a preposition.
        (
            "Poland shut the crossings in September, when Belarus held the Zapad exercises, and "
            "reopened them in October.",
            "held",
            "asserted",
            ("2024-09", "month", "relative"),
        ),
        (
            "Tension has risen since September 2023, when gunmen attacked the police.",
            "attacked",
            "historical",
            ("2023-09", "month", "explicit"),
        ),
        (
            "The talks failed after the July 2025 clashes, when fighting killed 40 people.",
            "fighting",
            "historical",
            ("2025-07", "month", "explicit"),
        ),
        # A standing position is no act of one day.
        (
            "Thailand has long rejected the court's jurisdiction.",
            "rejected",
            "asserted",
            (None, "unknown", "unknown"),
        ),
    ],
)
def test_a_report_takes_the_date_of_its_own_clause(text, trigger, modality, expected):
    assert _date_of(text, trigger, modality)[0] == expected


def test_an_anaphor_reaches_past_an_undated_detail_sentence():
    text = (
        "Armed men attacked a police post in Banjska in September 2023. Three of them were "
        "killed in the shootout. Serbia deployed troops after that incident too."
    )
    (iso, precision, _), reason = _date_of(text, "deployed")
    assert (iso, precision) == ("2023-09", "month")
    assert reason.startswith("inherited from 2 sentences before")


def test_a_recurring_date_leaves_the_report_undated():
    text = "The city holds municipal elections on the first Tuesday in September."
    assert _date_of(text, "holds")[0] == (None, "unknown", "unknown")
    assert [c.expression["type"] for c in scan_dates(text)] == ["recurring", "recurring"]
    assert scan_dates("Rebels attacked last Tuesday in Goma.")[0].expression["type"] == "weekday"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Drones hit the port overnight, the governor said on Saturday.", SUNDAY, "2024-11-16"),
        ("Drones hit the port overnight, the governor said.", SUNDAY, "2024-11-17"),
        (
            "Gunmen attacked on Wednesday. Hours later, the army closed the roads.",
            SUNDAY,
            "2024-11-13",
        ),
        ("The siege began on 14 May 2023 and has continued since then.", None, "2023-05-14"),
        ("Earlier in the day, drones struck a depot.", SUNDAY, "2024-11-17"),
        ("Talks ended on Friday. The same day, rebels shelled the town.", SUNDAY, "2024-11-15"),
        ("The envoy returns after Easter.", dt.date(2024, 3, 28), "2024-03-31"),
        ("Police fired on mourners on Good Friday.", dt.date(2025, 4, 22), "2025-04-18"),
    ],
)
def test_days_counted_from_a_day_told_before(text, published, expected):
    value = parse_date_text(text, published)
    assert value is not None and value.iso() == expected, value


def test_hours_later_waits_for_the_nearest_date_even_when_it_is_still_unknown():
    text = (
        "In March air strikes killed 40 people. The junta spoke on Wednesday. Hours later, it "
        "cut ties."
    )
    article = build(text, [("cut ties", "asserted")], None)
    assert dates(article)[0] == (None, "unknown", "unknown")
    assert article.reports[0].date.expression["base"]["type"] == "weekday"


def test_a_bare_background_year_does_not_give_a_month_its_year():
    background = "The group, which Mali banned in 2022, abducted the three in May."
    stated = "Parliament dissolved itself in May and elections followed on 14 October 2024."
    by_month = {m.text: m.resolution for m in _mentions(background)}
    assert by_month["May"].basis == "unknown"
    assert {m.text: m.resolution for m in _mentions(stated)}["May"].iso() == "2024-05"


def _mentions(text: str):
    from eventwire.analyse.sentences import split_sentences
    from eventwire.when import find_date_mentions

    return find_date_mentions(text, split_sentences(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "Around 1800 protesters marched on parliament.",
        "Police sealed off the 6th of October Bridge in Cairo.",
        "The Good Friday Agreement ended the conflict.",
        "Believers marked Orthodox Easter in Moscow.",
    ],
)
def test_counts_and_names_are_not_dates(text):
    assert scan_dates(text) == []


def test_a_year_after_around_is_still_a_year_without_a_plural_count():
    assert parse_date_text("The plant was built around 2015.").iso() == "2015"
