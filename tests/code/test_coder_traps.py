"""Kinds of coding errors fixed on purpose: one parametrized row per kind of trap."""

from __future__ import annotations

import pytest

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.coder import code_article
from eventwire.code.knowledge import load_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def factual_roots(text: str, knowledge) -> set[str]:
    sentences = split_sentences(text)
    mentions = find_actor_mentions(text, sentences, knowledge)
    reports = code_article(text, sentences, mentions, knowledge, doc_id="t")
    return {report.cameo[:2] for report in reports if report.is_factual}


def triples(text: str, knowledge) -> set[tuple]:
    sentences = split_sentences(text)
    mentions = find_actor_mentions(text, sentences, knowledge)
    return {
        (r.cameo, r.source and r.source.actor.code, r.target and r.target.actor.code)
        for r in code_article(text, sentences, mentions, knowledge, doc_id="t")
    }


@pytest.mark.parametrize(
    ("text", "roots"),
    [
        # the content of a verbal act is not an event of its own
        ("Moldova condemned Russia's decision to deploy troops.", {"11"}),
        ("Egypt accused Israel of shelling the crossing.", {"11"}),
        ("Uruguay praised Argentina's decision to lift the ban.", {"05"}),
        # background phrases are not coded a second time
        ("Israel called up 300,000 reservists after the Hamas attack.", {"15"}),
        ("Ecuador broke off diplomatic relations with Mexico after the raid.", {"16"}),
        # denials are events; the denied act is not
        ("Pakistan rejected claims that its army had bombed a market.", {"01"}),
        ("Russia denied attacking Ukraine.", {"01"}),
        # negation
        ("Hungary did not veto the sanctions package.", set()),
        # future acts are intents or threats, not acts
        ("Kazakhstan said it would allow observers to monitor the vote.", {"03"}),
        ("The Houthis said they would attack ships linked to Israel.", {"13"}),
        # metaphors, markets and disasters
        ("Israel's shekel hit a two-year high against the dollar.", set()),
        ("The Indian cricket team stormed to victory over Pakistan.", set()),
        ("Cholera has killed more than 1,000 people in Sudan.", set()),
        ("Uruguay's president-elect takes office on 1 March.", set()),
        # a demand stated with "must" belongs to the speaker
        ("Russia said that Sudan must return the helicopter.", {"10"}),
        # ordered coercion is the coercion
        ("Nicaragua's government ordered the newspaper to suspend publication.", {"17"}),
    ],
)
def test_kinds_of_traps(text, roots, knowledge):
    assert factual_roots(text, knowledge) == roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin met Erdogan in Sochi.", ("040", "RUSGOV", "TURGOV")),
        ("Russia said that Sudan must return the helicopter.", ("100", "RUS", "SDN")),
        ("Pakistan rejected claims that its army had bombed a market.", ("016", "PAK", None)),
        ("Colombia's president said he would travel to Caracas.", ("036", "COLGOV", "VENGOV")),
    ],
)
def test_actors_of_fixed_kinds(text, expected, knowledge):
    assert expected in triples(text, knowledge)
