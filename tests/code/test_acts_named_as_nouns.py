"""Acts named as nouns inside other acts: whose they are and whom they harmed."""

from __future__ import annotations

import pytest
from coder_helpers import root_triples


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan parliament condemned attacks on civilians in the capital.",
        "Norway denounced the detention of Kenyan journalists.",
        "Kenya called for an end to the shelling of Somali villages.",
        "Ghana condemned the killing of Malian traders.",
    ],
)
def test_the_harmed_after_a_criticised_harm_are_not_blamed(text, knowledge):
    found = root_triples(text, knowledge)
    assert found, "the criticism or appeal itself is still an act"
    assert all(target is None for _, _, target in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of the harm stays the party criticised
        ("Canada condemned Russia's strikes on Ukrainian power plants.", ("11", "CAN", "RUS")),
        # a state named right after the verb is criticised, whatever follows
        ("France condemned Iran for its attacks on shipping.", ("11", "FRA", "IRN")),
    ],
)
def test_the_doer_of_a_criticised_harm_stays_the_target(text, expected, knowledge):
    assert expected in root_triples(text, knowledge)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Investigators traced the bombing to a cell of the Islamic State.", "IMGSEPISI"),
        ("Estonia attributed the cyber attack to Russian military intelligence.", "RUSMIL"),
    ],
)
def test_an_act_attributed_to_someone_is_theirs(text, source, knowledge):
    sources = {found for _, found, _ in root_triples(text, knowledge)}
    assert sources and all(found is not None and found[:3] == source[:3] for found in sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last month Chad sent troops to Niger under a security pact, a move Libya condemned.",
            ("11", "LBY", "TCD"),
        ),
        (
            "Ghana reopened its border with Togo last week, a step that Burkina Faso welcomed.",
            ("05", "BFA", "GHA"),
        ),
    ],
)
def test_a_judged_summary_of_an_act_targets_its_doer(text, expected, knowledge):
    assert expected in root_triples(text, knowledge)


def test_the_owner_of_allies_did_not_take_their_decision(knowledge):
    text = (
        "Serbia's allies allowed Belgrade to buy the missiles last year, a decision "
        "Croatia condemned."
    )
    found = root_triples(text, knowledge)
    assert ("11", "HRV", None) in found
    assert not any(root == "11" and target == "SRB" for root, _, target in found)
