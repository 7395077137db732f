"""Kinds fixed in round 7: the speaker's own denials, negation scope, possessive bodies,
precedent phrases, office pronouns, conditional threats, sanctions told as nouns, expelled
diplomats, killings told with their means, refusals told as a negated future."""

from __future__ import annotations

import pytest

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.analyse.tokens import tokenize
from eventwire.code.coder import code_article
from eventwire.code.denials import denial_speaker
from eventwire.code.framing import announced_code
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


def roots(text: str, knowledge) -> set[str]:
    return {code[:2] for code, _, _ in triples(text, knowledge)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey said it had not shelled the village near Kobani.", {("016", "TUR", None)}),
        (
            "Jordan said on Monday it was not responsible for the blast near the border.",
            {("016", "JOR", None)},
        ),
        # Somebody else's act, negated by the speaker, is no denial of the speaker's.
        ("Kenya said Uganda had not shelled the camp.", set()),
        # A negated future is a promise or a refusal, never a denial.
        ("Iran said it would not attend the talks in Baku.", set()),
    ],
)
def test_speaker_denies_own_act(text, expected, knowledge):
    assert triples(text, knowledge) == expected


def test_denial_speaker_needs_a_pronoun_for_the_speaker():
    tokens = tokenize("Egypt said it had not closed the crossing.")
    closed = [token.lower for token in tokens].index("closed")
    assert tokens[denial_speaker(tokens, closed)].lower == "said"
    other = tokenize("Egypt said Israel had not closed the crossing.")
    assert denial_speaker(other, [t.lower for t in other].index("closed")) is None


def test_negation_stops_at_a_second_verb_phrase(knowledge):
    text = "Peru said it had not closed the border and accused Bolivia of smuggling."
    found = triples(text, knowledge)
    assert ("111", "PER", "BOL") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Libya's transitional council demanded that Egypt release the fishermen.",
            ("100", "LBYGOV", "EGY"),
        ),
        (
            "Rights groups urged Tunisian authorities to free the jailed journalists.",
            ("020", "---NGO", "TUNGOV"),
        ),
        (
            "Opposition parties in Chile demanded a recount after the vote.",
            ("100", "CHLOPP", None),
        ),
    ],
)
def test_bodies_named_by_owner_or_kind(text, expected, knowledge):
    assert expected in triples(text, knowledge)


def test_precedent_phrase_is_not_the_event(knowledge):
    text = "Gunmen killed a journalist in Sonora, the latest in a series of attacks on reporters."
    assert roots(text, knowledge) == {"18"}


def test_office_pronoun_speaks_for_the_office(knowledge):
    text = "The UN secretary-general announced that he will withdraw observers from Yemen."
    assert ("131", "IGOUNO", "YEM") in triples(text, knowledge)


def test_conditional_announcement_is_a_threat(knowledge):
    tokens = tokenize("Serbia will return the weapons unless Kosovo frees the officers.")
    returned = [token.lower for token in tokens].index("weapons") + 1
    assert announced_code("08", tokens, returned)[:2] == "13"
    assert announced_code("08", tokenize("Serbia will return the weapons."), returned) == "035"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile announced a suspension of flights with Venezuela.", ("160", "CHL", "VEN")),
        ("Poland expelled three Belarusian diplomats.", ("161", "POL", "BLRGOV")),
        ("Poland expelled the Belarusian ambassador.", ("174", "POL", "BLRGOV")),
        (
            "The United States suspended part of a military aid programme for Chad.",
            ("162", "USA", "TCD"),
        ),
    ],
)
def test_reduced_relations(text, expected, knowledge):
    assert expected in triples(text, knowledge)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The means noun is folded into the killing: the killers stay the source.
        ("Malian troops killed five civilians in a raid on a market near Mopti.", "MLIMIL"),
        ("Rebels killed 60 villagers in an attack on a village near Beni.", "---REB"),
    ],
)
def test_killing_told_with_its_means(text, expected, knowledge):
    found = triples(text, knowledge)
    assert len(found) == 1
    assert {source for _, source, _ in found} == {expected}


def test_mass_killing_with_its_means_stays_a_mass_killing(knowledge):
    found = triples("Rebels killed 60 villagers in an attack on a village near Beni.", knowledge)
    assert {code for code, _, _ in found} == {"202"}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Ecuador said it would not meet the kidnappers' demands.", "12"),
        ("Greece is opposed to Turkish drilling in the Aegean.", "12"),
    ],
)
def test_refusals(text, root, knowledge):
    assert roots(text, knowledge) == {root}


def test_negated_future_meeting_stays_uncoded(knowledge):
    assert triples("Iran said it will not meet Azerbaijan's foreign minister.", knowledge) == set()
