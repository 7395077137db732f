"""Report dates tied to an event told elsewhere: a statement made at a dated summit, a toll
released days after the killing, a noun naming the act in other words ("the arrests" after
"detained"), and background years that a present-tense act must not take."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reports import build, dates

from eventwire.model import Mention
from eventwire.when.event_ties import is_release_date, tells_noun

THURSDAY = dt.date(2025, 12, 4)
MONDAY = dt.date(2024, 6, 17)


def _coded(text, triggers, published):
    article = build(text, [(word, modality) for word, modality, _ in triggers], published)
    for report, (_, _, cameo) in zip(article.reports, triggers, strict=True):
        report.cameo = cameo
    return dates(article)


@pytest.mark.parametrize(
    ("tie", "expected"),
    [
        ("at the summit", ("2025-12-03", "day", "relative")),
        ("on the sidelines of the talks", ("2025-12-03", "day", "relative")),
        ("during the meeting", ("2025-12-03", "day", "relative")),
        ("in a statement", ("2025-12-04", "day", "publication")),
    ],
)
def test_a_statement_placed_at_a_dated_event_takes_its_day(tie, expected):
    text = (
        "The leaders of Greece and Turkey met in Athens on Wednesday and signed seven accords.\n"
        "Trade is expected to double by 2028.\n"
        f"The Turkish president praised Greece {tie} for its help after the earthquakes."
    )
    found = _coded(text, [("praised", "asserted", "051")], THURSDAY)
    assert found[0] == expected


def test_an_event_of_the_same_kind_long_before_does_not_date_the_statement():
    text = (
        "The two leaders last met on 3 March 2025 in Ankara.\n"
        "The Turkish president praised Greece at the summit for its help."
    )
    found = _coded(text, [("praised", "asserted", "051")], THURSDAY)
    assert found[0] == ("2025-12-04", "day", "publication")


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("according to figures released by the two governments on Sunday",
         ("2024-06-14", "day", "explicit")),
        ("according to a toll published late on Sunday", ("2024-06-14", "day", "explicit")),
        ("on Sunday, according to the two governments", ("2024-06-16", "day", "relative")),
    ],
)  # fmt: skip
def test_a_toll_released_later_is_dated_by_the_killing_not_the_release(attribution, expected):
    text = (
        "On Friday, June 14, border guards fought near the village of Kok-Tash.\n"
        "Kyrgyz officials say seven of their citizens died. "
        f"In total 11 people were killed {attribution}."
    )
    found = _coded(text, [("fought", "asserted", "190"), ("killed", "asserted", "1823")], MONDAY)
    assert found[1] == expected


def test_a_noun_names_the_act_told_in_other_words_across_a_paragraph():
    text = (
        "Police detained 37 people on Thursday, including two party leaders.\n"
        "The ministry said officers were injured. The United States criticised the arrests "
        "and urged restraint."
    )
    found = _coded(text, [("urged", "asserted", "020")], dt.date(2024, 6, 15))
    assert found[0] == ("2024-06-13", "day", "relative")


@pytest.mark.parametrize(
    ("told", "noun", "expected"),
    [
        ("police detained 37 people", "arrest", True),
        ("the ministers met in doha", "talks", True),
        ("jets struck the depot", "raid", True),
        ("voters cast their ballots", "election", True),
        ("the ministers met in doha", "arrest", False),
        ("parliament passed the law", "vote", False),
    ],
)
def test_tells_noun_knows_words_of_the_same_act(told, noun, expected):
    assert tells_noun(told, noun) is expected


def test_an_act_of_the_day_does_not_take_a_background_year_its_subject_points_at():
    text = (
        "In 2020, Washington suspended some aid to Ethiopia over the dam.\n"
        "The Arab League expressed support for Cairo. Analysts say the dispute is pushing "
        "Egypt to deepen ties with Eritrea."
    )
    found = _coded(text, [("deepen ties", "asserted", "050")], dt.date(2025, 9, 12))
    assert found[0] == ("2025-09-12", "day", "publication")


def test_a_noun_points_past_a_nearer_date_to_the_sentence_that_told_it():
    text = (
        "Kenya and Somalia agreed on Tuesday to restore full diplomatic relations. "
        "Turkey's envoy flew home on Monday.\n"
        "Under the agreement, the two countries will appoint ambassadors."
    )
    found = _coded(text, [("appoint", "asserted", "061")], dt.date(2026, 4, 22))
    assert found[0] == ("2026-04-21", "day", "relative")


def test_tie_words_on_a_100000_word_sentence_are_read_without_backtracking():
    # Each pattern reads a bounded window or bounded repeats: a catastrophic one would hang.
    filler = "the two governments and " * 25_000
    text = f"Figures released by {filler}on Sunday at the {filler}summit."
    start = text.index("Sunday")
    mention = Mention("date", start, start + 6, "Sunday", 0, None)
    assert is_release_date(text, 0, mention) is False
    near = "In total 11 people were killed, according to figures released by them on Sunday"
    mention = Mention("date", len(near) - 6, len(near), "Sunday", 0, None)
    assert is_release_date(near, near.index("killed") + 6, mention) is True
    article = build(text, [("released", "asserted")], THURSDAY)
    assert dates(article)[0] == ("2025-12-04", "day", "publication")


def test_an_incident_told_just_before_keeps_its_old_month():
    text = (
        "Ties had been strained since January 2023, after a gunman attacked the embassy.\n"
        "The incident led Baku to close its embassy and evacuate its staff."
    )
    found = _coded(text, [("evacuate", "asserted", "161")], dt.date(2024, 8, 19))
    assert found[0] == ("2023-01", "month", "explicit")
