"""Coder behaviour on small hand-written sentences, ontology, custom knowledge, bad input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.analyse.tokens import tokenize, verb_forms
from eventwire.code.coder import code_article
from eventwire.code.knowledge import KnowledgeFileError, load_knowledge
from eventwire.code.ontology import UnknownEventCode, cameo


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def coded(text, knowledge):
    sentences = split_sentences(text)
    mentions = find_actor_mentions(text, sentences, knowledge)
    return code_article(text, sentences, mentions, knowledge, doc_id="t")


def triples(text, knowledge):
    return {
        (r.cameo, r.source and r.source.actor.code, r.target and r.target.actor.code)
        for r in coded(text, knowledge)
    }


def test_ontology_plover_rule():
    assert cameo("19").plover_event == "ASSAULT"
    assert cameo("010").plover_event is None
    assert cameo("0311").plover_event == "AGREE"
    with pytest.raises(UnknownEventCode, match="did you mean '07'"):
        cameo("7")


def test_inflections_and_tokens():
    assert {"visited", "visits", "visiting"} <= verb_forms("visit")
    assert "held" in verb_forms("hold")
    assert [t.lower for t in tokenize("Iran's army didn't")] == ["iran", "'s", "army", "did", "n't"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Special forces of the IRGC are participating in the drill along with the special "
            "forces of the Azerbaijani Army.",
            ("062", "IRNMIL", "AZEMIL"),
        ),
        (
            "A high-ranking Azerbaijani military delegation was received in Ardabil by senior "
            "IRGC officials.",
            ("043", "IRNMIL", "AZEMIL"),
        ),
        (
            "The incident led Baku to close its embassy and evacuate its staff from Iran.",
            ("161", "AZEGOV", "IRN"),
        ),
        ("Russian forces attacked Ukrainian troops near Kharkiv.", ("190", "RUSMIL", "UKRMIL")),
        ("Ukraine was attacked by Russia on Monday.", ("190", "RUS", "UKR")),
    ],
)
def test_codes_kinds_of_sentences(text, expected, knowledge):
    assert expected in triples(text, knowledge)


def test_unknown_perpetrator_and_counts(knowledge):
    text = (
        "Ties had been strained after an attack by a gunman on the Azerbaijani embassy "
        "in Tehran killed one diplomat."
    )
    reports = coded(text, knowledge)
    violent = [r for r in reports if r.cameo.startswith("18")]
    assert violent and violent[0].source is None
    assert violent[0].target.actor.code == "AZEGOV"
    assert violent[0].counts == {"killed": 1}
    assert violent[0].modality == "historical"


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not attack Ukraine.",
        "Russia denied attacking Ukraine.",
        "An earthquake killed 20 people in Turkey.",
        "Shares came under attack on Monday.",
    ],
)
def test_no_event(text, knowledge):
    assert not [r for r in coded(text, knowledge) if r.cameo[:2] in {"18", "19"}]


def test_framing_and_modality(knowledge):
    assert ("138", "RUS", "UKR") in triples("Russia threatened to strike Ukraine.", knowledge)
    # An announced meeting is coded as the intent to meet (036), and that intent happened.
    future = coded("Iran will meet Azerbaijan next week.", knowledge)
    assert future and all(r.cameo == "036" and r.modality == "asserted" for r in future)
    conditional = coded("Russia could attack Ukraine.", knowledge)
    assert all(r.modality == "hypothetical" for r in conditional)


def test_person_remembered_through_title(knowledge):
    text = (
        "IRGC commander Hossein Salami spoke on Sunday.\nSalami issued new threats against Israel."
    )
    assert ("130", "IRNMIL", "ISR") in triples(text, knowledge)


def test_user_pattern_override_changes_result(tmp_path):
    patterns = tmp_path / "mine.txt"
    patterns.write_text("195\tverb\tattack\tviolent,nosource\n", encoding="utf-8")
    custom = load_knowledge(extra_pattern_files=[patterns])
    assert ("195", "RUS", "UKR") in triples("Russia attacked Ukraine.", custom)
    actors = tmp_path / "actors.txt"
    actors.write_text("name\tXYZ\tFreedonia\n", encoding="utf-8")
    with_actor = load_knowledge(extra_actor_files=[actors])
    assert ("190", "XYZ", "UKR") in triples("Freedonia attacked Ukraine.", with_actor)


def test_bad_knowledge_line_is_named(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("190\tverbs\tattack\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match=r"bad.txt:1: expected"):
        load_knowledge(extra_pattern_files=[bad])


def test_huge_inputs_are_bounded(knowledge):
    long_sentence = " ".join(["attack Iran and"] * 33_000)
    assert len(coded(long_sentence, knowledge)) <= 24 * (len(long_sentence) // 1000 + 1)
    actors = ", ".join(["Iran", "Azerbaijan", "Russia", "Tehran", "NATO"] * 1000) + " met."
    coded(actors, knowledge)
    assert coded("12345 !!! ??? ... ---", knowledge) == []
    coded('He said "they said \'Iran said "Russia attacked" Ukraine\'" today.', knowledge)


@settings(deadline=2000, max_examples=60)
@given(st.text(max_size=400))
def test_any_text_codes_without_error(knowledge, text):
    for report in coded(text, knowledge):
        assert 0 <= report.start <= report.end <= len(text)
