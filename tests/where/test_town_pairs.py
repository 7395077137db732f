"""Two towns joined by "and" are both places when a cue or their own weight says so."""

from __future__ import annotations

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.where import Gazetteer, find_place_mentions


def _names(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    found = find_place_mentions(text, split_sentences(text), gazetteer)
    return [(m.text, m.resolution.country if m.resolution else None) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland closed the crossings at Terespol and Bobrowniki on Monday.",
            [("Poland", "POL"), ("Terespol", "POL"), ("Bobrowniki", "POL")],
        ),
        (
            "Trains between Terespol and Krakow were stopped.",
            [("Terespol", "POL"), ("Krakow", "POL")],
        ),
        # Two well-known cities stand on their own.
        ("Jakarta and Surabaya will be linked by rail.", [("Jakarta", "IDN"), ("Surabaya", "IDN")]),
        # Two areas were always both kept.
        ("Iran and Iraq signed a deal.", [("Iran", "IRN"), ("Iraq", "IRQ")]),
    ],
)
def test_two_places_joined_by_and_are_both_found(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _names(text, gazetteer) == expected


def test_small_towns_joined_by_and_without_a_cue_are_not_places(gazetteer: Gazetteer) -> None:
    # "Terespol and Bobrowniki" bare reads like a firm's name ("Marks and Spencer").
    assert _names("Terespol and Bobrowniki announced a merger.", gazetteer) == []


def test_a_pair_inside_a_long_sentence_is_read_in_linear_time(gazetteer: Gazetteer) -> None:
    text = "Trucks waited at Terespol and Bobrowniki " + "and more trucks waited " * 20000 + "."
    names = _names(text, gazetteer)
    assert [name for name, _ in names] == ["Terespol", "Bobrowniki"]
