"""Article profiles and the text features behind them."""

from __future__ import annotations

import time

from corpus_helpers import ARDABIL, article, day, report
from hypothesis import given
from hypothesis import strategies as st

from eventwire.corpus.profile import ArticleProfile, ProfileFormatError, profile_article
from eventwire.corpus.text_features import numbers, proper_names, years


def test_names_numbers_and_years_are_features():
    text = "Actress Tara Reid, 33, entered the Promises Treatment Center in Malibu in 2008."
    assert proper_names(text) == {
        "actress tara reid": 1,
        "reid": 1,
        "promises treatment center": 1,
        "center": 1,
    } | {"malibu": 1}
    assert numbers(text) == {"33": 1}
    assert years(text) == {"2008": 1}


def test_profile_uses_reports_when_present():
    dated = report("a", date=day("2024-11-24"), location=ARDABIL)
    profile = profile_article(
        article(
            "a", "Iran held a drill.", outlet="irna.ir", published="2024-11-25", reports=[dated]
        )
    )
    assert profile.outlet == "irna.ir"
    assert profile.event_dates == [day("2024-11-24").value]
    assert {"a:IRN", "a:RUS", "p:ardabil"} <= set(profile.terms)


def test_malformed_stored_profile_says_how_to_fix_it():
    try:
        ArticleProfile.from_dict({"title": None})
    except ProfileFormatError as error:
        assert "profile_article(article)" in str(error)
    else:
        raise AssertionError("expected ProfileFormatError")


@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=40)))
def test_profile_round_trips_through_json_form(text, title):
    profile = profile_article(article("doc", text, title=title, published="2024-01-02"))
    assert ArticleProfile.from_dict(profile.to_dict()) == profile


def test_features_are_linear_on_a_huge_sentence():
    giant = " ".join(["Alpha beta Gamma Delta 12"] * 20_000) + " ,"
    started = time.perf_counter()
    profile_article(article("giant", giant))
    assert time.perf_counter() - started < 5.0
