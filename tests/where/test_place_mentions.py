from __future__ import annotations

import time

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Place
from eventwire.where import Gazetteer, find_place_mentions


def _places(text: str, gazetteer: Gazetteer) -> dict[str, Place]:
    mentions = find_place_mentions(text, split_sentences(text), gazetteer)
    assert all(text[m.start : m.end] == m.text and m.kind == "place" for m in mentions)
    return {m.text: m.resolution for m in mentions}


@pytest.mark.parametrize(
    ("text", "name", "precision", "country", "admin1"),
    [
        (
            "Iran launched a joint military drill Sunday in northwestern Ardabil province "
            "with Azerbaijan.",
            "Ardabil",
            "admin1",
            "IRN",
            "Ardabil",
        ),
        (
            "A delegation was received at the Bileh Savar Border Terminal in Ardabil.",
            "Bileh Savar",
            "city",
            "IRN",
            "Ardabil",
        ),
        (
            "The army was welcomed at the Bilekh-Savar border crossing in Iran.",
            "Bilekh-Savar",
            "city",
            "IRN",
            "Ardabil",
        ),
        ("A gunman attacked the Azerbaijani embassy in Tehran.", "Tehran", "city", "IRN", "Tehran"),
        (
            "Officials met in Springfield, Illinois, on Monday.",
            "Springfield",
            "city",
            "USA",
            "Illinois",
        ),
        (
            "The fire in Alexandria, La., destroyed two homes.",
            "Alexandria",
            "city",
            "USA",
            "Louisiana",
        ),
        ("He moved to Paris, Tenn., in 1990.", "Paris", "city", "USA", "Tennessee"),
        (
            "Lawmakers in Washington passed the bill.",
            "Washington",
            "city",
            "USA",
            "Washington, D.C.",
        ),
        ("Rain fell across Ontario overnight.", "Ontario", "admin1", "CAN", "Ontario"),
        (
            "Flooding hit Sumter County, Georgia, overnight.",
            "Sumter County",
            "district",
            "USA",
            "Georgia",
        ),
    ],
)
def test_places_are_found_and_resolved(
    gazetteer: Gazetteer, text: str, name: str, precision: str, country: str, admin1: str
) -> None:
    place = _places(text, gazetteer)[name]
    assert (place.precision, place.country, place.admin1) == (precision, country, admin1)


def test_unknown_district_falls_back_to_its_province(gazetteer: Gazetteer) -> None:
    text = (
        "The exercise is taking place in Qarakhan Zor District, in the Iranian province of Ardabil."
    )
    place = _places(text, gazetteer)["Qarakhan Zor"]
    assert (place.name, place.precision, place.admin1, place.country) == (
        "Qarakhan Zor",
        "admin1",
        "Ardabil",
        "IRN",
    )


@pytest.mark.parametrize(
    "text",
    [
        "President Andrew Jackson spoke on Monday.",
        "The Tehran Times reported it in March.",
        "In March, Moore said the road was closed.",
        "The White House said on Monday that talks would resume.",
        "Lincoln freed the slaves; President Obama quoted Lincoln.",
    ],
)
def test_people_outlets_and_months_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    assert _places(text, gazetteer) == {}


def test_demonyms_name_their_country(gazetteer: Gazetteer) -> None:
    places = _places("Police said the Iranian delegation met Palestinians in Cairo.", gazetteer)
    assert (places["Iranian"].country, places["Iranian"].precision) == ("IRN", "country")
    assert places["Palestinians"].country == "PSE"
    assert places["Cairo"].country == "EGY"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Residents celebrated Dublin's parade in Ireland.", "Dublin", "IRL"),
        ("A spokesman for Oxford Police said the road was closed.", "Oxford", "GBR"),
        ("Officers met the New York City Council on Monday.", "New York City", "USA"),
        (
            "The LaBelle Theater in South Charleston, West Virginia, reopened.",
            "South Charleston",
            "USA",
        ),
        ("Much now hinges on the US.", "US", "USA"),
        ("Flights between New York and St. Petersburg resume.", "St. Petersburg", "RUS"),
        ("The mayor of Lincoln, Nebraska, spoke in Lincoln on Monday.", "Lincoln", "USA"),
    ],
)
def test_possessive_embedded_and_abbreviated_names(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    assert _places(text, gazetteer)[name].country == country


def test_a_surname_alone_is_not_a_town(gazetteer: Gazetteer) -> None:
    text = "Coach Tom Ripley praised the team.\nLater Ripley spoke to reporters in Boston."
    places = _places(text, gazetteer)
    assert "Ripley" not in places and "Boston" in places


def test_state_context_picks_the_local_town(gazetteer: Gazetteer) -> None:
    text = "Texas officials met on Monday.\nThe fire started in Athens, officials said."
    assert _places(text, gazetteer)["Athens"].admin1 == "Texas"
    assert _places("Protesters marched in Athens.", gazetteer)["Athens"].country == "GRC"


def test_a_huge_sentence_is_processed_in_linear_time(gazetteer: Gazetteer) -> None:
    text = ("Word " * 50_000 + "in Tehran " + "Aa-Bb " * 50_000).strip()
    began = time.perf_counter()
    places = _places(text, gazetteer)
    assert "Tehran" in places
    assert time.perf_counter() - began < 10.0
