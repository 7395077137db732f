"""Acts of the UN's chambers and of the delegates who speak in them are placed at the seat."""

from __future__ import annotations

from locating import make_article, make_report, places_and_texts

from eventwire.where import Gazetteer


def test_a_security_council_measure_is_decided_in_new_york_not_at_its_subject(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The U.N. Security Council renewed an arms embargo on South Sudan, with nine votes in "
        "favour and six abstentions, including Russia.\n"
        "The council also demanded that the warring parties in Upper Nile end the fighting."
    )
    article = make_article(text, gazetteer)
    embargo = make_report(article, "embargo", "163", ("U.N. Security Council", "IGOUNO"))
    demanded = make_report(article, "demanded", "100", ("council", "IGOUNO"))
    assert places_and_texts(article, gazetteer, embargo, demanded) == [
        ("New York City", None),
        ("New York City", None),
    ]


def test_delegates_at_a_vote_speak_in_the_chamber_not_at_home(gazetteer: Gazetteer) -> None:
    text = (
        "The UN General Assembly adopted a resolution demanding a ceasefire in Sudan.\n"
        "Sudan's ambassador rejected the resolution as one-sided.\n"
        "China's representative said Beijing opposed pressure and urged the council to help."
    )
    article = make_article(text, gazetteer)
    rejected = make_report(article, "rejected", "120", ("Sudan's ambassador", "SDNGOV"))
    urged = make_report(article, "urged", "020", ("China", "CHN"))
    assert places_and_texts(article, gazetteer, rejected, urged) == [
        ("New York City", None),
        ("New York City", None),
    ]


def test_a_chamber_named_by_a_dateline_keeps_the_datelines_text(gazetteer: Gazetteer) -> None:
    text = (
        "NEW YORK, Nov 20 - The UN General Assembly on Wednesday adopted a resolution demanding "
        "a ceasefire in Sudan."
    )
    article = make_article(text, gazetteer)
    demanding = make_report(article, "demanding", "100", ("UN General Assembly", "IGOUNO"))
    assert places_and_texts(article, gazetteer, demanding) == [("New York City", "NEW YORK")]


def test_outside_a_chamber_story_ministers_and_other_councils_keep_their_places(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Kenya's ambassador in Kampala said the border would stay open.\n"
        "The European Council called for restraint.\n"
        "The Security Council's members visited Juba on Monday."
    )
    article = make_article(text, gazetteer)
    said = make_report(article, "said", "010", ("Kenya's ambassador", "KENGOV"))
    called = make_report(article, "called for", "020", ("European Council", "IGOEU"))
    visited = make_report(article, "visited", "042", ("Security Council", "IGOUNO"))
    assert places_and_texts(article, gazetteer, said, called, visited) == [
        ("Kampala", "Kampala"),
        (None, None),
        ("Juba", "Juba"),
    ]
