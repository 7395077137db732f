"""A meeting told in a dateline's lead sentence, placed nowhere else, is at the dateline."""

from __future__ import annotations

from locating import make_article, make_report, places_and_texts

from eventwire.where import Gazetteer


def test_a_state_visit_in_the_lead_is_where_the_story_was_filed(gazetteer: Gazetteer) -> None:
    text = (
        "SEOUL, May 14 - Indonesian President Prabowo Subianto and South Korean President Lee "
        "signed agreements on Wednesday, the first day of a three-day state visit.\n"
        "Korean firms will help build a high-speed line between Jakarta and Surabaya.\n"
        "Jakarta has pressed for technology transfers; Jakarta and Surabaya want investment."
    )
    article = make_article(text, gazetteer)
    signed = make_report(
        article, "signed agreements", "057", ("Indonesian", "IDNGOV"), ("South Korean", "KORGOV")
    )
    assert places_and_texts(article, gazetteer, signed) == [("Seoul", "SEOUL")]


def test_a_past_meeting_in_the_lead_is_not_placed_by_the_dateline(gazetteer: Gazetteer) -> None:
    text = (
        "DOHA, Feb 11 - Officials recalled that the two ministers met in 2019 and signed "
        "a trade pact."
    )
    article = make_article(text, gazetteer)
    signed = make_report(article, "signed", "057", None, None, modality="historical")
    assert places_and_texts(article, gazetteer, signed)[0][1] is None
