"""False-positive kinds found on real scraped news (round 5): one row per kind."""

from __future__ import annotations

import pytest

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.coder import code_article
from eventwire.code.knowledge import load_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def triples(text: str, knowledge) -> set[tuple]:
    sentences = split_sentences(text)
    mentions = find_actor_mentions(text, sentences, knowledge)
    return {
        (r.cameo, r.source and r.source.actor.code, r.target and r.target.actor.code)
        for r in code_article(text, sentences, mentions, knowledge, doc_id="t")
    }


@pytest.mark.parametrize(
    "text",
    [
        # the goal of a thing is not an act
        "According to Iran's army, the maneuvers aim to strengthen security cooperation with "
        "Armenia and demonstrate a new level of interaction.",
        "The purpose of the drill is to expand defence cooperation between Tehran and Baku.",
        "The two navies held talks aimed at countering threats from Russia.",
        # background states in a sentence-initial despite/amid phrase
        "Despite years of tense relations caused by Iran's support for Armenia, as well as "
        "Baku's close ties with Israel, the exercise continued.",
        # a general claim about nobody
        "He said that no army in the world, including the United States and Israel, could "
        "attack the alliance.",
    ],
)
def test_goals_background_and_generic_claims_are_not_events(text, knowledge):
    assert triples(text, knowledge) == set()


def test_an_actor_stating_its_own_aim_expresses_an_intent(knowledge):
    found = triples("Iran seeks to restore ties with Egypt.", knowledge)
    assert {(code[:2], source, target) for code, source, target in found} == {("03", "IRN", "EGY")}


def test_readiness_for_joint_drills_is_intent_to_cooperate_militarily(knowledge):
    text = (
        "The Azerbaijani delegation expressed its readiness to take part in more joint "
        "exercises with Iran aimed at countering border threats."
    )
    assert triples(text, knowledge) == {("0312", "AZEGOV", "IRN")}


def test_demonstrate_without_object_is_a_protest(knowledge):
    text = "Protesters demonstrated outside the French embassy in Dakar."
    assert {code[:2] for code, _, _ in triples(text, knowledge)} == {"14"}


def test_demonstrate_with_object_is_not_a_protest(knowledge):
    text = "The Indian army demonstrated its new missile to Vietnam's generals."
    assert not any(code.startswith("14") for code, _, _ in triples(text, knowledge))


def test_one_act_told_by_two_verbs_is_one_report(knowledge):
    text = "The incident led Baku to close its embassy and evacuate its staff from Iran."
    assert triples(text, knowledge) == {("161", "AZEGOV", "IRN")}


def test_a_visit_is_coded_from_both_sides(knowledge):
    text = "President Lula received Colombia's president at the Planalto Palace on Monday."
    assert triples(text, knowledge) == {("043", "BRAGOV", "COLGOV"), ("042", "COLGOV", "BRAGOV")}


def test_commentary_participle_is_not_a_second_event(knowledge):
    text = (
        "Iran launched a joint military drill with Azerbaijan on Sunday, signalling closer "
        "defence cooperation between the two countries."
    )
    assert {code[:2] for code, _, _ in triples(text, knowledge)} == {"06"}


def test_receiving_things_is_not_hosting(knowledge):
    text = "The suspects had received instructions and money from the Belarusian KGB."
    assert not any(code.startswith("04") for code, _, _ in triples(text, knowledge))
