"""Agreements of two subjects stay between them when a frame or a time phrase wraps the act.

"A and B agreed on Tuesday to restore ties" is read as one framed trigger ("agreed … to" framing
"restore ties"); the pair must still be coded A→B and B→A, an object that is one of the
subjects ("their leaders") is no third party, and a noun after "ended with" is no object of
"end". Sentences are written for these tests in the style of wire copy.
"""

from __future__ import annotations

import pytest
from coder_helpers import root_triples, triples

from eventwire.analyse.tokens import tokenize
from eventwire.code.mutual import is_mutual_act
from eventwire.code.roles import clause_end
from eventwire.code.triggers import Trigger, find_triggers


def _both_ways(code: str, first: str, second: str) -> set[tuple[str, str, str]]:
    return {(code, first, second), (code, second, first)}


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        # restoring ties, framed as an intent, with and without a day in between
        (
            "Armenia and Azerbaijan agreed on Thursday to restore diplomatic relations.",
            "032",
            ("ARM", "AZE"),
        ),
        ("Armenia and Azerbaijan agreed to restore diplomatic relations.", "032", ("ARM", "AZE")),
        # a truce whose adjectives put it out of reach of "agree to ~ truce"
        (
            "Ethiopia and Eritrea agreed on Sunday to a lasting and comprehensive truce along "
            "their shared frontier.",
            "035",
            ("ETH", "ERI"),
        ),
        # talks resumed, whatever the period phrase
        ("Peru and Chile agreed last month to resume negotiations.", "036", ("PER", "CHL")),
        # threats and refusals about their ties are made by each side against the other
        (
            "India and Pakistan threatened on Monday to break off diplomatic relations.",
            "131",
            ("IND", "PAK"),
        ),
        ("Laos and Vietnam refused on Friday to restore diplomatic ties.", "127", ("LAO", "VNM")),
    ],
)
def test_framed_mutual_act_pairs_the_subjects(text, code, pair, knowledge):
    found = triples(text, knowledge)
    assert _both_ways(code, *pair) <= found
    assert not any(source in pair and target is None for _, source, target in found)


def test_subjects_own_officials_later_in_the_sentence_are_not_the_object(knowledge):
    text = (
        "Peru and Chile agreed on Monday to resume negotiations over their fishing waters, the "
        "first such contacts in years, as their foreign ministers met in Lima."
    )
    found = {found for found in triples(text, knowledge) if found[0] == "036"}
    assert found == _both_ways("036", "PER", "CHL")


def test_own_government_object_of_two_subjects_does_not_block_the_pair(knowledge):
    # "their presidents" resolves to one of the two subjects: it is them, not a third party.
    text = "Serbia and Croatia agreed to restore relations, their presidents said in Zagreb."
    found = root_triples(text, knowledge)
    assert ("03", "SRB", "HRV") in found
    assert ("03", "HRV", "SRB") in found


@pytest.mark.parametrize(
    "text",
    [
        # appeals and demands ask somebody else to act: the askers are not each other's target
        "Norway and Sweden called on Monday for an immediate truce.",
        "Norway and Sweden urged an immediate truce.",
        # pledging aid is one-sided, framed or not
        "Saudi Arabia and the Emirates pledged to send aid.",
    ],
)
def test_frames_of_acts_by_others_stay_one_sided(text, knowledge):
    found = triples(text, knowledge)
    assert found
    assert all(target is None for _, _, target in found)


def test_framed_act_is_mutual_only_when_given():
    tokens = tokenize("Ghana and Togo agreed to restore ties.")
    trigger = Trigger(pattern=None, first=2, last=7)  # only first/last are read
    assert not is_mutual_act("032", 2, False, tokens, trigger, len(tokens))
    assert is_mutual_act("032", 2, False, tokens, trigger, len(tokens), "054")
    assert not is_mutual_act("032", 2, True, tokens, trigger, len(tokens), "054")
    assert not is_mutual_act("032", 1, False, tokens, trigger, len(tokens), "054")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The border skirmishes ended with a truce mediated by Qatar.", False),
        ("The week of fighting ended with a ceasefire.", False),
        ("The rebels ended the truce on Monday.", True),
        ("The militia ended its unilateral ceasefire.", True),
    ],
)
def test_ended_with_a_truce_is_no_violation(text, expected, knowledge):
    codes = {trigger.pattern.code for trigger in find_triggers(tokenize(text), knowledge)}
    assert ("196" in codes) is expected


def test_a_name_after_with_still_fills_the_gap(knowledge):
    found = triples("Iraq agreed with Iran to settle the border dispute.", knowledge)
    assert ("037", "IRQ", "IRN") in found


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("Chile agreed to talks on fishing, as their ministers met in Lima.", "as"),
        ("Chile agreed to talks with Peru as well as Bolivia on fishing.", None),
        ("Chile agreed to talks with partners such as Peru on fishing.", None),
    ],
)
def test_as_ends_the_clause_only_before_a_verb(text, boundary):
    tokens = tokenize(text)
    end = clause_end(tokens, 3)
    word = tokens[end].lower if end < len(tokens) else None
    assert word == boundary


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Rwanda offered to send engineers to the flooded region.",
        "Norway and Qatar have been trying to broker a truce between the two factions.",
        "Chile and Peru vowed to contribute funds to the relief effort.",
    ],
)
def test_offers_and_mediation_of_two_subjects_are_not_between_them(text, knowledge):
    pairs = {(source, target) for _, source, target in triples(text, knowledge)}
    assert not {
        pair
        for pair in pairs
        if None not in pair and {*pair} <= {"KEN", "RWA", "NOR", "QAT", "CHL", "PER"}
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya and Rwanda agreed to send engineers to the flooded region.", ("KEN", "RWA")),
        ("Chile and Peru pledged closer cooperation on fisheries.", ("CHL", "PER")),
    ],
)
def test_agreed_intents_and_pledged_relations_stay_between_the_subjects(text, pair, knowledge):
    found = {(source, target) for _, source, target in triples(text, knowledge)}
    assert {pair, pair[::-1]} <= found
