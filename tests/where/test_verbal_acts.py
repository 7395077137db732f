"""Where verbal acts were made, and places detached from a report's act by a clause boundary."""

from __future__ import annotations

from locating import make_article, make_report, places_and_texts

from eventwire.where import Gazetteer, locate_reports, locate_verbal_acts
from eventwire.where.speaker_place import is_verbal_act


def test_verbal_codes_are_told_from_placed_acts() -> None:
    assert [is_verbal_act(code) for code in ("010", "020", "051", "111", "130", "042", "057")] == [
        True,
        True,
        True,
        True,
        True,
        False,  # a visit happens somewhere
        False,  # so does a signing
    ]


def test_a_government_reaction_is_made_in_its_capital_not_where_its_subject_is(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Morocco and Algeria agreed to restore ties after a meeting in Doha hosted by Qatar.\n"
        "Algeria welcomed the decision and praised the role of Qatar."
    )
    article = make_article(text, gazetteer)
    welcomed = make_report(article, "welcomed", "051", ("Algeria", "DZA"))
    assert places_and_texts(article, gazetteer, welcomed) == [("Algiers", None)]


def test_a_reaction_by_a_speaker_without_a_capital_is_unlocated(gazetteer: Gazetteer) -> None:
    text = (
        "A car bomb killed nine people near a training camp in Mogadishu on Saturday.\n"
        "The United Nations and the African Union, Somalia's partners, condemned the bombing."
    )
    article = make_article(text, gazetteer)
    condemned = make_report(article, "condemned", "111", ("United Nations", "IGOUNO"))
    assert places_and_texts(article, gazetteer, condemned) == [(None, None)]


def test_a_cued_place_attached_to_the_speaker_locates_the_statement(gazetteer: Gazetteer) -> None:
    text = (
        "A foreign ministry spokesman in Beijing urged Manila to stop provocations.\n"
        "Police in Nairobi said the suspects had fled towards Mombasa."
    )
    article = make_article(text, gazetteer)
    urged = make_report(article, "urged", "020", ("foreign ministry spokesman", "CHNGOV"))
    said = make_report(article, "said", "010", ("Police in Nairobi", "KENCOP"))
    assert places_and_texts(article, gazetteer, urged, said) == [
        ("Beijing", "Beijing"),
        ("Nairobi", "Nairobi"),
    ]


def test_a_place_in_an_appeals_complement_is_not_where_it_was_made(gazetteer: Gazetteer) -> None:
    text = "The EU envoy called on both sides to return to talks in Brussels."
    article = make_article(text, gazetteer)
    called = make_report(article, "called on", "020", ("EU envoy", "IGOEU"))
    assert places_and_texts(article, gazetteer, called) == [(None, None)]


def test_a_place_past_a_clause_boundary_belongs_to_another_event(gazetteer: Gazetteer) -> None:
    text = (
        "The two countries fought five days of clashes that ended with a truce "
        "brokered in Kuala Lumpur.\n"
        "After the attack in Kharkiv, Russian troops shelled Vovchansk."
    )
    article = make_article(text, gazetteer)
    clashes = make_report(article, "clashes", "190", None)
    shelled = make_report(article, "shelled", "195", ("Russian troops", "RUSMIL"))
    located = places_and_texts(article, gazetteer, clashes, shelled)
    # The clashes' place is not stated (the truce's is); the shelling's is its object.
    assert located[0][1] is None and located[0][0] != "Kuala Lumpur"
    assert located[1] == ("Vovchansk", "Vovchansk")


def test_a_home_dateline_locates_a_statement_by_a_non_government_speaker(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "LILONGWE, Aug 4 (Wire) - Malawi's main opposition party rejected the result of last "
        "week's vote.\nThe party's leader spoke in Lilongwe."
    )
    article = make_article(text, gazetteer)
    rejected = make_report(article, "rejected", "120", ("Malawi's main opposition party", "MWIOPP"))
    assert places_and_texts(article, gazetteer, rejected) == [("Lilongwe", "LILONGWE")]


def test_before_the_speaker_is_placed_a_verbal_act_keeps_the_place_it_is_about(
    gazetteer: Gazetteer,
) -> None:
    # Actor localisation reads this first location ("the authorities" of Kashmir's state).
    article = make_article(
        "Pakistan urged the authorities to end the curfew in Kashmir.", gazetteer
    )
    article.reports = [make_report(article, "urged", "020", ("Pakistan", "PAK"))]
    locate_reports(article, gazetteer)
    assert article.reports[0].location_text == "Kashmir"
    locate_verbal_acts(article, gazetteer)
    assert article.reports[0].location_text is None  # said in Islamabad, inferred
    assert article.reports[0].location.country == "PAK"
