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
        "Police said the Iranian delegation left.",
    ],
)
def test_people_organisations_months_and_demonyms_are_not_places(
    gazetteer: Gazetteer, text: str
) -> None:
    assert _places(text, gazetteer) == {}


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
