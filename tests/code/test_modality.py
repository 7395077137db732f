"""Whether an act happened: negation, denial, intent, threat, refusal, hypothetical, historical,
and purpose or background clauses that are no events of their own."""

from __future__ import annotations

import pytest
from coder_helpers import (
    analysed_roots,
    analysed_triples,
    coded,
    factual_roots,
    roots,
    triples,
)

from eventwire.analyse.tokens import tokenize
from eventwire.code.denials import denial_speaker
from eventwire.code.framing import announced_code


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


@pytest.mark.parametrize(
    "text",
    [
        "Nine passengers were killed when a bus crashed into a river near the Kenyan town.",
        "At least 30 villagers died and dozens were hurt after a boat capsized on Lake Chad.",
    ],
)
def test_harm_whose_cause_is_a_disaster_in_another_clause_is_no_attack(text, knowledge):
    assert not [r for r in coded(text, knowledge) if r.cameo[:2] in {"18", "19", "20"}]


def test_an_unclaimed_killing_beside_no_disaster_is_still_coded(knowledge):
    text = "Nine passengers were killed when gunmen stopped a bus near the Kenyan town."
    assert [r for r in coded(text, knowledge) if r.cameo[:2] in {"18", "19", "20"}]


def test_framing_and_modality(knowledge):
    assert ("138", "RUS", "UKR") in triples("Russia threatened to strike Ukraine.", knowledge)
    # An announced meeting is coded as the intent to meet (036), and that intent happened.
    future = coded("Iran will meet Azerbaijan next week.", knowledge)
    assert future and all(r.cameo == "036" and r.modality == "asserted" for r in future)
    conditional = coded("Russia could attack Ukraine.", knowledge)
    assert all(r.modality == "hypothetical" for r in conditional)


@pytest.mark.parametrize(
    ("text", "expected_roots"),
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
        # a demand stated with "must" belongs to the speaker
        ("Russia said that Sudan must return the helicopter.", {"10"}),
    ],
)
def test_only_the_act_that_happened_is_factual(text, expected_roots, knowledge):
    assert factual_roots(text, knowledge) == expected_roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial has its speaker as source and no target
        ("Pakistan rejected claims that its army had bombed a market.", ("016", "PAK", None)),
        # an announced trip is the intent to visit its host
        ("Colombia's president said he would travel to Caracas.", ("036", "COLGOV", "VENGOV")),
        # "once again" is not a condition
        ("Bangladesh once again rejected an Indian proposal for a pact.", ("125", "BGD", "IND")),
    ],
)
def test_modality_keeps_its_participants(text, expected, knowledge):
    assert expected in triples(text, knowledge)


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


def test_commentary_participle_is_not_a_second_event(knowledge):
    text = (
        "Iran launched a joint military drill with Azerbaijan on Sunday, signalling closer "
        "defence cooperation between the two countries."
    )
    assert {code[:2] for code, _, _ in triples(text, knowledge)} == {"06"}


def test_precedent_phrase_is_not_the_event(knowledge):
    text = "Gunmen killed a journalist in Sonora, the latest in a series of attacks on reporters."
    assert roots(text, knowledge) == {"18"}


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


def test_conditional_announcement_is_a_threat():
    tokens = tokenize("Serbia will return the weapons unless Kosovo frees the officers.")
    returned = [token.lower for token in tokens].index("weapons") + 1
    assert announced_code("08", tokens, returned)[:2] == "13"
    assert announced_code("08", tokenize("Serbia will return the weapons."), returned) == "035"


def test_conditional_cost_is_a_threat(resources):
    found = analysed_triples(
        "The African Union may suspend Mali's membership if the junta delays the elections.",
        resources,
    )
    assert any(code[:2] == "13" for code, _, _ in found)
    # A possibility with no condition stays hypothetical, not a threat.
    found = analysed_triples(
        "The African Union may suspend Mali's membership next year.", resources
    )
    assert not any(code[:2] == "13" for code, _, _ in found)


def test_posing_a_threat_is_a_characterisation_not_a_threat(resources):
    text = "Egypt said Ethiopia's dam posed a grave threat to its water supply."
    assert "13" not in analysed_roots(text, resources)
    text = "Ethiopia threatened Egypt with retaliation on Monday."
    assert "13" in analysed_roots(text, resources)


@pytest.mark.parametrize(
    ("text", "expected_root"),
    [
        # A consensus or concession announced is an intent (03x), not the act itself.
        ("Chile and Bolivia reached a consensus to resume talks on gas exports on Monday.", "03"),
        ("A Peruvian envoy offered concessions to Ecuador on the border dispute.", "03"),
        # Protesters agreeing to call off their march give ground: an intent to yield.
        ("Serbian opposition leaders agreed to postpone the rally in Belgrade.", "03"),
        # A demand renewed as a noun frames the act demanded.
        (
            "Amnesty International renewed its demand that Egypt release the detained reporters.",
            "10",
        ),
        # A refusal to let people in is a rejection.
        ("Malawi was still refusing entry to Zimbabwean migrants, police said.", "12"),
    ],
)
def test_framed_phrasings(text, expected_root, resources):
    assert expected_root in analysed_roots(text, resources)


def test_a_negated_passive_is_no_denial(knowledge):
    text = "Mali's government said it had not been consulted about the talks."
    assert "016" not in {r.cameo for r in coded(text, knowledge)}


def test_the_denier_is_the_speaker_past_an_aside(knowledge):
    text = "Egypt, which relies on Qatari mediators, said it had not closed the border with Libya."
    denials = [r for r in coded(text, knowledge) if r.cameo == "016"]
    assert [r.source.actor.code for r in denials] == ["EGY"]


def test_every_verb_of_a_series_after_will_is_announced(knowledge):
    text = (
        "Under the plan, Morocco will close two camps near the border, reopen its embassy in "
        "Algiers and expel the smugglers held since 2021."
    )
    reports = coded(text, knowledge)
    assert reports
    # announced: an intent (03) or, for a coercive act, a threat (13); never the act as done
    assert all(report.cameo[:2] in {"03", "13"} for report in reports)


def test_a_past_verb_after_a_reported_would_is_its_own_act(knowledge):
    text = (
        "The spokesman said Bamako would never negotiate with the rebels and warned Algeria "
        "against hosting them."
    )
    warned = [r for r in coded(text, knowledge) if r.cameo[:2] == "13"]
    assert warned and all(r.modality == "asserted" for r in warned)
