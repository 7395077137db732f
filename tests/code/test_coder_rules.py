"""Kinds of coding errors fixed in the third round: actors, roles and kinds of violence."""

from __future__ import annotations

import pytest

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.coder import code_article
from eventwire.code.knowledge import load_knowledge, make_actor, with_country
from eventwire.code.violence import violence_code
from eventwire.evaluate.coding import plover_type


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
    ("text", "expected"),
    [
        # organisations follow the gold convention: IGO/NGO + one acronym, no sector
        (
            "The European Union disbursed 500 million euros in aid to Jordan.",
            ("071", "IGOEU", "JOR"),
        ),
        ("UN peacekeepers withdrew from the town.", ("087", "IGOUNO", None)),
        # a title and the name after it are one participant in a coordination
        (
            "Chinese President Xi Jinping and French President Emmanuel Macron held talks.",
            ("040", "FRAGOV", "CHNGOV"),
        ),
        # two sides of one state act on each other
        ("Congolese troops and M23 rebels exchanged fire near Goma.", ("190", "CODREB", "CODMIL")),
        # the subject of a "demanded that" complement is the target
        (
            "Poland's parliament has demanded that the United States hand over the files.",
            ("100", "POLLEG", "USA"),
        ),
        # an actor inside a gapped pattern is its object
        ("Finland will give Tanzania a grant of 80 million shillings.", ("033", "FIN", "TZA")),
        # "once again" is not a condition
        ("Bangladesh once again rejected an Indian proposal for a pact.", ("125", "BGD", "IND")),
        # actors whose country is not named still take part
        ("Police arrested dozens of protesters in the capital.", ("173", "---COP", "---CVL")),
        # a state's forces bombing is aerial (195); a mass killing of civilians is 202
        ("The Myanmar military bombed a village in Sagaing region.", ("195", "MMRMIL", None)),
        ("Rebels killed 40 villagers in the east of the country.", ("202", "---REB", "---CVL")),
    ],
)
def test_coded_kind(text, expected, knowledge):
    assert expected in triples(text, knowledge)


def test_killing_in_combat_is_not_an_assault(knowledge):
    found = triples("Colombian soldiers killed 12 guerrillas of the ELN in a firefight.", knowledge)
    assert {code[:2] for code, _, _ in found} == {"19"}


def test_sector_adjective_before_a_noun_is_not_an_actor(knowledge):
    text = "The joint military drills began on Monday."
    assert find_actor_mentions(text, split_sentences(text), knowledge) == []


@pytest.mark.parametrize(
    ("code", "source", "target", "killed", "verb", "expected"),
    [
        ("183", "MMRMIL", None, None, True, "195"),
        ("183", "MMRMIL", None, None, False, "183"),  # "a bomb attack": the noun names a weapon
        ("183", None, "AFGREL", 50, True, "183"),
        ("190", "---", "USAGOV", None, True, "180"),
        ("190", "USAMIL", "IRN", None, True, "190"),
        ("1823", "COLMIL", "COLREB", 12, True, "190"),
        ("1823", "UGAREB", "CODCVL", 40, True, "202"),
        ("1823", "---", "MEXMED", 1, True, "1823"),
    ],
)
def test_violence_code(code, source, target, killed, verb, expected):
    def actor(value):
        return make_actor(value, value) if value else None

    assert violence_code(code, actor(source), actor(target), killed, verb=verb) == expected


def test_organisation_codes_carry_no_sector():
    assert make_actor("IGOUNO", "UN") == make_actor("IGOUNO", "UN")
    assert make_actor("IGOUNO", "UN").country == "IGOUNO"
    assert make_actor("IGOUNO", "UN").sector is None
    assert with_country("IGOUNO", "MIL", "peacekeepers").code == "IGOUNO"
    assert with_country("IRN", "MIL", "army").code == "IRNMIL"


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("0233", None),
        ("010", None),
        ("163", "COERCE"),
        ("1712", "ASSAULT"),
        ("0841", "RETREAT"),
        ("195", "ASSAULT"),
        ("14", "PROTEST"),
    ],
)
def test_plover_type(code, plover):
    assert plover_type(code) == plover
