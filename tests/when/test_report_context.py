"""Report dates that depend on the article around the clause: counted clauses ("a day after X
signed"), dates after the publication that cannot date a past act, reported speech the coder
marks historical, and a later paragraph retelling the lead's event."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reports import build, dates

from eventwire.model import Actor, Participant
from eventwire.when import parse_date_text

SATURDAY = dt.date(2026, 3, 14)


def _first(text: str, trigger: str, modality: str = "asserted", published=SATURDAY):
    return dates(build(text, [(trigger, modality)], published))[0]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A ceasefire took effect early on Saturday, a day after defence ministers signed "
            "an agreement in Kuala Lumpur.",
            "signed",
            ("2026-03-13", "day", "relative"),
        ),
        (
            "Egypt on Thursday demanded a binding deal, two days after Ethiopia inaugurated "
            "the dam.",
            "inaugurated",
            ("2026-03-10", "day", "relative"),
        ),
        (
            "The talks opened on 2 March 2026, three weeks before the mandate expires.",
            "expires",
            ("2026-03-23", "week", "explicit"),
        ),
        # The main clause keeps its own date.
        (
            "A ceasefire took effect early on Saturday, a day after defence ministers signed "
            "an agreement in Kuala Lumpur.",
            "took effect",
            ("2026-03-14", "day", "relative"),
        ),
    ],
)
def test_a_counted_clause_moves_the_main_clause_date(text, trigger, expected):
    assert _first(text, trigger) == expected


def test_a_counted_clause_without_a_dated_main_clause_is_left_alone():
    text = "The launches came four days after troops started the exercise."
    assert _first(text, "started") == ("2026-03-14", "day", "publication")


def test_a_future_date_of_a_complement_does_not_date_the_agreement():
    text = "The two sides agreed that their foreign ministers would meet in Ankara in January."
    published = dt.date(2025, 12, 3)
    assert _first(text, "agreed", published=published) == ("2025-12-03", "day", "publication")
    assert _first(text, "meet", "future", published) == ("2026-01", "month", "relative")


def test_a_bare_verb_after_and_keeps_the_future_of_the_verb_it_joins():
    said = "The ministry said it would lodge a protest and summon the ambassador on Monday."
    value = parse_date_text(said, dt.date(2024, 8, 31))
    assert value is not None and value.iso() == "2024-09-02"
    done = "Police arrested ten people and detained the leader on Monday."
    value = parse_date_text(done, dt.date(2024, 8, 31))
    assert value is not None and value.iso() == "2024-08-26"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # Reported speech: the past perfect is the speaker's backshift, the act is today's.
        (
            "Police said they had arrested 56 people for looting shops.",
            "arrested",
            ("2026-03-14", "day", "publication"),
        ),
        (
            "Mali's junta, which expelled French troops in 2022, said it had not been consulted "
            "and summoned Qatar's ambassador.",
            "summoned",
            ("2026-03-14", "day", "publication"),
        ),
        # Without a speaker the past perfect is background: no date is better than a wrong one.
        ("The rebels had seized the town.", "seized", (None, "unknown", "unknown")),
    ],
)
def test_historical_acts_in_reported_speech_are_the_speakers_news(text, trigger, expected):
    assert _first(text, trigger, "historical") == expected


def test_a_phrase_after_after_keeps_its_date_for_the_main_clause():
    text = "The two sides agreed to a truce after talks on Monday."
    assert _first(text, "agreed") == ("2026-03-09", "day", "relative")
    clause = "Lithuania protested after balloons forced the closure of the airport on Monday."
    assert _first(clause, "protested") == ("2026-03-14", "day", "publication")


def test_a_date_in_a_relative_clause_led_by_a_preposition_is_not_the_main_clause_date():
    text = (
        "Brazil said it had reinforced its troops and cited the declaration, in which both "
        "governments pledged in December 2023 not to use force."
    )
    assert _first(text, "reinforced", "historical") == ("2026-03-14", "day", "publication")


def _actor(code: str) -> Participant:
    return Participant(Actor(code, code[:3], code[3:] or None, code), code, 0, 0)


def test_a_later_paragraph_retelling_the_lead_takes_the_leads_date():
    text = (
        "Thai jets bombed Cambodian positions on Thursday, the army said.\n"
        "Officials in Phnom Penh met to discuss aid.\n"
        "The jets bombed the positions from high altitude, a pilot said."
    )
    article = build(text, [("bombed", "asserted"), ("met", "asserted")], SATURDAY)
    later = build(text[text.index("The jets") :], [("bombed", "asserted")], SATURDAY).reports[0]
    offset = text.index("The jets")
    later.sentence, later.start, later.end = 2, later.start + offset, later.end + offset
    later.trigger_start += offset
    later.trigger_end += offset
    later.index = 2
    article.reports.append(later)
    for report in (article.reports[0], later):
        report.cameo, report.source, report.target = "195", _actor("THAMIL"), _actor("KHMMIL")
    assert dates(article) == [
        ("2026-03-12", "day", "relative"),
        ("2026-03-14", "day", "publication"),
        ("2026-03-12", "day", "relative"),
    ]
    # Retold (same act, same actors) or gone on with (a strike after the lead's strike, no
    # date told in between): either way the lead's day, read from the lead's "Thursday".
    assert later.date.reason.startswith(("retells the event of sentence 0", "goes on with"))
    assert later.date.reason.endswith("'Thursday' on or before publication 2026-03-14")


def test_a_future_date_after_the_trigger_without_a_future_verb_still_dates_it():
    text = "The commanders are due to meet on Tuesday at the checkpoint."
    assert _first(text, "are due to meet") == ("2026-03-17", "day", "relative")


def test_a_date_in_a_participle_aside_dates_the_aside_only():
    text = (
        "The two sides agreed that the measures, suspended in 2020, would be revived in the spring."
    )
    assert _first(text, "agreed", published=dt.date(2025, 12, 3)) == (
        "2025-12-03",
        "day",
        "publication",
    )
    assert _first(text, "suspended", "historical") == ("2020", "year", "explicit")


def test_the_main_verb_after_a_relative_clause_is_no_participle_aside():
    text = (
        "The Philippines, which holds the chair this year, called on both sides to return to "
        "the mechanisms agreed after the July 2025 clashes, when fighting killed 40 people."
    )
    assert _first(text, "fighting", published=dt.date(2026, 2, 24)) == (
        "2025-07",
        "month",
        "explicit",
    )
