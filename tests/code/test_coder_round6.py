"""Kinds fixed in round 6: protest targets, "that" complements, long numeric gaps, agreement."""

from __future__ import annotations

import pytest

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.coder import code_article
from eventwire.code.knowledge import load_knowledge, make_actor
from eventwire.code.localise import target_own_government
from eventwire.model import Participant, Report


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


def roots(text: str, knowledge) -> set[tuple]:
    return {(code[:2], source, target) for code, source, target in triples(text, knowledge)}


def _report(cameo: str, source: str | None, target: str | None = None) -> Report:
    def participant(code):
        return Participant(make_actor(code, code), code, 0, 3) if code else None

    return Report(
        doc_id="t",
        sentence=0,
        start=0,
        end=10,
        cameo=cameo,
        source=participant(source),
        target=participant(target),
        trigger_start=0,
        trigger_end=3,
    )


@pytest.mark.parametrize(
    ("cameo", "source", "target", "expected"),
    [
        ("141", "KENOPP", None, "KENGOV"),  # protesters address their own government
        ("143", "FRALAB", None, "FRAGOV"),
        ("141", "KENOPP", "IGOEU", "IGOEU"),  # a named target is kept
        ("141", "---OPP", None, None),  # no country, no government to address
        ("141", "IGOUNO", None, None),  # an international body has no government
        ("141", "KENGOV", None, None),  # a government does not protest at itself
        ("111", "KENOPP", None, None),  # only protests
    ],
)
def test_protest_without_target_addresses_own_government(cameo, source, target, expected):
    report = _report(cameo, source, target)
    target_own_government(report)
    assert (report.target.actor.code if report.target else None) == expected


def test_protest_in_text_gets_government_target(knowledge):
    found = triples("Kenyan opposition supporters marched through the city centre.", knowledge)
    assert any(code[:2] == "14" and target == "KENGOV" for code, _, target in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean officials demanded on Tuesday that Bolivia return the seized trucks.",
            ("10", "CHLGOV", "BOL"),
        ),
        (
            "Norwegian diplomats demanded yesterday that Russia free the detained fishermen.",
            ("10", "NORGOV", "RUS"),
        ),
    ],
)
def test_demand_reaches_the_subject_of_its_that_clause(text, expected, knowledge):
    assert expected in roots(text, knowledge)


def test_that_far_from_verb_still_ends_the_clause(knowledge):
    # Words other than time adverbs between the verb and "that" start something else.
    found = roots(
        "Ghanaian officials demanded compensation for the damage that Togo denies causing.",
        knowledge,
    )
    assert ("10", "GHAGOV", "TGO") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada has trained more than 30,000 Latvian soldiers since 2015.",
            ("07", "CAN", "LVAMIL"),
        ),
        ("Poland trained about 4,000 new Moldovan cadets last year.", ("07", "POL", "MDAMIL")),
    ],
)
def test_gap_of_amounts_and_names_may_be_long(text, expected, knowledge):
    found = roots(text, knowledge)
    assert any(r == "07" and s[:3] == expected[1][:3] for r, s, _ in found if s), found


def test_gap_of_ordinary_words_stays_short(knowledge):
    # A gap over words that are not amounts or names keeps the three-token limit.
    found = roots("Britain has trained with great care many Ukrainian recruits.", knowledge)
    assert not any(root == "07" for root, _, _ in found)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya and Uganda agreed in principle to a shared customs post.", "030"),
        ("Kenya and Uganda agreed upon a joint customs post.", "030"),
        ("Kenya and Uganda agreed that the border dispute should go to arbitration.", "019"),
    ],
)
def test_agreement_without_to(text, code, knowledge):
    found = triples(text, knowledge)
    assert (code, "KEN", "UGA") in found and (code, "UGA", "KEN") in found


def test_joint_before_exercise_noun_makes_intent_to_cooperate_militarily(knowledge):
    found = roots("Egypt and Greece have agreed to hold joint naval exercises in May.", knowledge)
    assert ("03", "EGY", "GRC") in found
    assert not any(root == "13" for root, _, _ in found)
