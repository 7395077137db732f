"""What the rest of the article changes: genre metaphors, datelines, article countries, acts
told again, and acts spoken of in general."""

from __future__ import annotations

import pytest
from coder_helpers import (
    actor_codes_by_surface,
    analysed_roots,
    analysed_triples,
    countries_of,
    factual_root_triples,
    factual_roots,
    roots,
    triples,
)

from eventwire.analyse.actor_pairs import is_dateline
from eventwire.analyse.tokens import tokenize
from eventwire.code.article_countries import trusted_location_country
from eventwire.code.metaphors import is_metaphor_genre

MATCH_REPORT = (
    "Harbour Town beat Eastfield 3-1 in the league on Saturday. The striker scored twice before "
    "half-time and the goalkeeper saved a penalty. The fans sang as the team went top of the "
    "table with two matches of the season left. Eastfield briefly rallied after the break. "
    'Substitute Jordan Mills added the third goal. "It will be a battle next week," the '
    "manager said."
)
MARKET_STORY = (
    "Shares in the chipmaker fell 8 per cent as investors fled. Analysts said hedge funds have "
    "been targeting the company's debt, and the stock index slid. The firm's chief executive "
    "said quarterly earnings and revenue would recover, and rival companies cut prices."
)


@pytest.mark.parametrize(
    "text",
    [
        # metaphors, markets and disasters
        "Israel's shekel hit a two-year high against the dollar.",
        "The Indian cricket team stormed to victory over Pakistan.",
        "Cholera has killed more than 1,000 people in Sudan.",
        "Uruguay's president-elect takes office on 1 March.",
    ],
)
def test_metaphors_markets_and_disasters_are_not_events(text, knowledge):
    assert factual_roots(text, knowledge) == set()


def test_stock_rally_is_still_a_metaphor(knowledge):
    assert factual_root_triples("Shares rallied in Tokyo as the yen weakened.", knowledge) == set()


def test_people_acting_are_no_market_metaphor(knowledge):
    # people acting are no market metaphor, even when "prices" is in the clause
    text = "Indian farmers blocked the highway for a third day, demanding guaranteed prices."
    assert ("14", "INDCVL", "INDGOV") in factual_root_triples(text, knowledge)


@pytest.mark.parametrize("text", [MATCH_REPORT, MARKET_STORY])
def test_sport_and_market_articles_have_no_events(text, knowledge):
    assert triples(text, knowledge) == set()


def test_genre_needs_dense_vocabulary():
    assert is_metaphor_genre(tokenize(MATCH_REPORT))
    political = "Russian forces struck Kharkiv as markets in Kyiv stayed open. " * 5
    assert not is_metaphor_genre(tokenize(political))


def test_genre_keeps_acts_of_political_actors(knowledge):
    text = MATCH_REPORT + " After the match police fired tear gas at the fans in Istanbul."
    text += " Turkish troops attacked Kurdish rebels near the border."
    assert "19" in roots(text, knowledge)


def test_dateline_city_is_not_a_party(resources):
    text = (
        "NAIROBI, May 2 (Wire) - Ethiopia and Eritrea signed a ceasefire on Friday. "
        "Both governments said the truce would hold."
    )
    assert "KEN" not in countries_of(analysed_triples(text, resources))


@pytest.mark.parametrize(
    ("text", "first", "last", "expected"),
    [
        ("KUALA LUMPUR, March 14 (Wire) - A truce", 0, 2, True),
        ("SRINAGAR/ISLAMABAD - Troops", 0, 1, True),
        ("US troops arrived on Monday", 0, 1, False),
        ("Kuala Lumpur hosted the talks", 0, 2, False),
    ],
)
def test_is_dateline(text, first, last, expected):
    assert is_dateline(tokenize(text, 0, len(text)), first, last) is expected


@pytest.mark.parametrize(
    ("located", "named", "main", "expected"),
    [
        ("KEN", {"COD", "UGA"}, "COD", "COD"),  # a far namesake gives way to the main country
        ("COD", {"COD", "UGA"}, "COD", "COD"),
        ("UGA", {"COD", "UGA"}, "COD", "UGA"),  # a named neighbour is trusted
        ("KEN", {"COD", "UGA"}, None, "KEN"),  # nothing better known
        (None, {"COD"}, "COD", None),
    ],
)
def test_location_country_is_trusted_only_when_the_article_names_it(located, named, main, expected):
    assert trusted_location_country(located, named, main) == expected


def test_misread_town_does_not_give_its_country_to_local_actors(resources):
    text = (
        "Congolese troops clashed with rebels in Ituri province of DR Congo on Monday. "
        "Residents staged a protest in Mambasa town, demanding better protection. "
        "Police fired tear gas at the crowd in Mambasa."
    )
    codes = {code for report in analysed_triples(text, resources) for code in report[1:] if code}
    assert not any(code.startswith("KEN") for code in codes)
    assert {"CODCVL", "CODCOP"} & codes


def test_bare_congo_is_the_democratic_republic_when_the_article_names_it(resources):
    text = (
        "The DR Congo government said rebels had attacked a camp. "
        "Congo's army accused the rebels of killing 20 villagers near Beni."
    )
    codes = {code for report in analysed_triples(text, resources) for code in report[1:] if code}
    assert "CODMIL" in codes
    assert not any(code.startswith("COG") for code in codes)


def test_bare_congo_alone_stays_the_republic(resources):
    text = "Congo's army accused rebels of attacking a convoy near Pointe-Noire."
    codes = {code for report in analysed_triples(text, resources) for code in report[1:] if code}
    assert "COGMIL" in codes


def test_definite_noun_restating_an_act_is_not_a_new_report(resources):
    text = (
        "Russia struck the port of Odesa with missiles on Monday. "
        "The strike destroyed a grain warehouse, officials said. "
        "It was the second strike on the port this week."
    )
    assert (
        analysed_roots(text, resources).count("19") + analysed_roots(text, resources).count("18")
        == 1
    )


def test_definite_noun_of_another_kind_is_still_reported(resources):
    text = (
        "Russia struck the port of Odesa with missiles on Monday. "
        "Ukraine condemned the attack and summoned diplomats."
    )
    assert "11" in analysed_roots(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "The convention prohibits attacks on hospitals and schools.",
        "The defence pact covers attacks on coast guard vessels anywhere in the sea.",
        "Attacks on civilians are prohibited under humanitarian law, the envoy said.",
    ],
)
def test_acts_spoken_of_as_a_class_are_not_events(text, resources):
    assert not {"18", "19", "20"} & set(analysed_roots(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes killed 12 people in Aleppo on Sunday.",
        "A series of drone strikes on Kherson killed two people.",
    ],
)
def test_plural_acts_that_happened_are_still_events(text, resources):
    assert {"18", "19", "20"} & set(analysed_roots(text, resources))


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        (
            "Villagers blocked the highway near Kisumu in Kenya on Monday, demanding help from"
            " the army. Police fired tear gas to disperse them.",
            "KENCVL",
        ),
        (
            "Protesters gathered outside parliament in Tbilisi, Georgia. Riot police beat them"
            " with batons.",
            "GEOCVL",
        ),
    ],
)
def test_pronoun_object_points_back_to_the_unnamed_group(text, crowd, resources):
    # "them" is the crowd that opened the sentence before, not the army named last, and
    # never the police of its own clause.
    found = [r for r in analysed_triples(text, resources) if r[1] and r[1].endswith("COP")]
    assert found
    assert {target for _, _, target in found} == {crowd}


def test_partitive_pronoun_is_no_participant(knowledge):
    codes = actor_codes_by_surface(
        "Rebels from Uganda killed 30 civilians, most of them women, near Beni.", knowledge
    )
    assert "them" not in codes


def test_pronoun_subject_after_the_group_in_its_own_sentence(knowledge):
    mentions = actor_codes_by_surface(
        "Iran and Iraq held talks. Residents said they were not consulted.", knowledge
    )
    assert mentions.get("they") == mentions["Residents"]
