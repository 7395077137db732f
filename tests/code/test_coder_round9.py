"""Kinds fixed in round 9: domestic actors take their sentence's one country, place-bound acts
target the place's state, misspelt state names, Northern Ireland."""

from __future__ import annotations

import pytest

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.knowledge import load_knowledge
from eventwire.pipeline import Resources
from eventwire.read.inputs import RawDocument
from eventwire.stages import RAW_STAGES, analyse_document


@pytest.fixture(scope="module")
def resources():
    return Resources()


def coded(text: str, resources) -> set[tuple]:
    document = RawDocument(
        id="t", content=text, raw_format="text", origin="t", published="2000-01-01"
    )
    article = analyse_document(document, resources, stages=RAW_STAGES)
    return {
        (r.cameo[:2], r.source and r.source.actor.code, r.target and r.target.actor.code)
        for r in article.reports
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One country in the sentence: unnamed crowds and office-holders are domestic.
        (
            "Kenyan police fired tear gas to disperse striking teachers on Tuesday.",
            ("17", "KENCOP", "KENEDU"),
        ),
        (
            "The Tunisian opposition staged a hunger strike to protest the president's decree.",
            ("14", "TUNOPP", "TUNGOV"),
        ),
    ],
)
def test_sector_only_actor_takes_the_sentence_country(text, expected, resources):
    assert expected in coded(text, resources)


def test_two_countries_in_the_sentence_leave_the_actor_unknown(resources):
    text = "Police in a border town detained protesters, Chilean and Peruvian officials said."
    assert ("17", "---COP", "---CVL") in coded(text, resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine lifted a night curfew in Moldova on Friday.",
            ("08", "UKR", "MDA"),
        ),
        (
            "The government of Peru threatened to impose martial law in Lima.",
            ("13", "PERGOV", "PER"),
        ),
    ],
)
def test_place_bound_act_targets_the_place_state(text, expected, resources):
    assert expected in coded(text, resources)


def test_venue_of_a_meeting_is_no_party(resources):
    text = "Thai and Cambodian envoys met in the Malaysian capital Kuala Lumpur on Monday."
    codes = {code for _, source, target in coded(text, resources) for code in (source, target)}
    assert not any(code and code.startswith("MYS") for code in codes)


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def actor_codes(text: str, knowledge) -> list[str]:
    mentions = find_actor_mentions(text, split_sentences(text), knowledge)
    return [mention.resolution.code for mention in mentions]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ethopia agreed to reopen the border.", "ETH"),
        ("The offer from Afganistan was rejected.", "AFG"),
        ("Loyalist groups in Northern Ireland were banned.", "GBR"),
    ],
)
def test_misspelt_and_constituent_state_names(text, code, knowledge):
    assert code in actor_codes(text, knowledge)


@pytest.mark.parametrize(
    "text",
    [
        "Roland said the talks failed.",  # short names are never corrected
        "Ethopia Mills said the talks failed.",  # followed by a surname: a person
        "Colombo rejected the plan.",  # a capital, not a misspelt Colombia
    ],
)
def test_names_that_are_not_misspelt_states(text, knowledge):
    codes = actor_codes(text, knowledge)
    assert "POL" not in codes and "ETH" not in codes and "COL" not in codes
