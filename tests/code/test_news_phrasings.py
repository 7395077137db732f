"""How news phrases acts the coder must still find: spelling variants, a day between a verb and
its particle, relative clauses, praise of things, announced joint acts and the phrasing
families of ``data/patterns/19_news_phrasings.txt``."""

from __future__ import annotations

import pytest
from coder_helpers import root_triples, triples

from eventwire.analyse.tokens import tokenize
from eventwire.code.triggers import find_triggers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cease-fire" is "ceasefire" with a hyphen
        ("The army and the rebels agreed to a cease-fire on Sunday.", ("0871", "---MIL", "---REB")),
        ("The army extended its cease-fire with the rebels.", ("0871", "---MIL", "---REB")),
        # a day or period between the verb and its particle
        ("Japan pledged Wednesday to cooperate with India.", ("032", "JPN", "IND")),
        ("France and Germany agreed last weekend to hold talks.", ("036", "FRA", "DEU")),
    ],
)
def test_spelling_and_time_phrase_keep_the_pattern(text, expected, knowledge):
    assert expected in triples(text, knowledge)


def test_time_lead_without_period_is_not_skipped(knowledge):
    # "in principle" is no time phrase: "pledged … to" does not reach across it.
    found = triples("Japan pledged in principle to cooperate with India.", knowledge)
    assert ("032", "JPN", "IND") not in found


def test_that_before_a_past_form_starts_a_relative_clause(knowledge):
    text = "a resolution that condemned Russia"
    words = [trigger.pattern.code for trigger in find_triggers(tokenize(text), knowledge)]
    assert "111" in words
    noun_text = "they said that attack was planned"
    nouns = find_triggers(tokenize(noun_text), knowledge)
    assert [trigger.pattern.kind for trigger in nouns if trigger.pattern.root == "19"] == ["noun"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union welcomed the ruling.", {("05", "IGOEU", None)}),
        ("The European Union endorsed the plan.", {("05", "IGOEU", None)}),
        ("Iran expressed its gratitude to China.", {("05", "IRN", "CHN")}),
        ("The United States is supportive of Ukraine.", {("05", "USA", "UKR")}),
        # the bare verbs of support need someone supported
        ("The coalition partner withdrew support.", set()),
        ("Ukrainian troops defended the town.", set()),
    ],
)
def test_praise_of_a_thing_is_support_without_target(text, expected, knowledge):
    found = {triple for triple in root_triples(text, knowledge) if triple[0] == "05"}
    assert found == expected


def test_announced_joint_exercise_is_intent_to_cooperate_not_threat(knowledge):
    found = triples("Egypt and Russia will hold joint military exercises next month.", knowledge)
    assert ("031", "EGY", "RUS") in found
    assert not any(code.startswith("13") for code, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya heightened security along its border with Somalia.", ("152", "KEN", "SOM")),
        ("Russia dispatched marines to Syria.", ("154", "RUS", "SYR")),
        ("The United States slashed $40 million in aid to Honduras.", ("162", "USA", "HND")),
        ("Venezuela quit the regional alliance.", ("166", "VEN", None)),
        ("China canceled the passports of five activists.", ("172", "CHN", "---OPP")),
        ("The Taliban blocked girls from attending school.", ("172", "AFGGOV", "---EDU")),
        ("Thai authorities closed dozens of websites.", ("172", "THAGOV", None)),
        ("The Iranian court denied the appeal of two journalists.", ("120", "IRNJUD", "---MED")),
        ("Hungary voted against the resolution.", ("120", "HUN", None)),
        (
            "The government's refusal to release the detainees angered the rebels.",
            ("124", "---GOV", "---REB"),
        ),
        (
            "Burma's government denied the envoy a meeting with the opposition.",
            ("125", "MMRGOV", "---GOV"),
        ),
        (
            "Protesters chanted slogans against the government in Tehran.",
            ("140", "---CVL", "IRNGOV"),
        ),
        ("The Kenyan president berated Western donors.", ("111", "KENGOV", None)),
        ("The rebels abandoned their positions near Goma.", ("0874", "---REB", None)),
        ("Nigeria and Cameroon formed a joint task force.", ("062", "NGA", "CMR")),
        ("Japan made a donation of $5 million to Kenya.", ("070", "JPN", "KEN")),
        ("Gang members set the building on fire.", ("1712", "---CRM", None)),
        (
            "The Taliban stated their intention to send a delegation to Doha.",
            ("030", "AFGGOV", "---GOV"),
        ),
    ],
)
def test_news_phrasing_families(text, expected, knowledge):
    assert expected in triples(text, knowledge)


def test_truce_talks_agreed_are_talks_not_a_truce(knowledge):
    found = triples("The army and the rebels agreed to resume their cease-fire talks.", knowledge)
    assert {code for code, _, _ in found} == {"036"}
