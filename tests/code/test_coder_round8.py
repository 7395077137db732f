"""Kinds fixed in round 8: sport and market articles, country names used as first names,
abstract subjects of violence, armed groups assaulting non-combatants, fights with no sides,
permissions as concessions."""

from __future__ import annotations

import pytest

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.analyse.tokens import tokenize
from eventwire.code.coder import code_article
from eventwire.code.knowledge import load_knowledge
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


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Substitute Jordan Achterberg scored in the 81st minute.", "JOR"),
        ("Chad Miller, a lawyer, attended the hearing.", "TCD"),
    ],
)
def test_country_as_first_name_is_no_actor(text, absent, knowledge):
    sentences = split_sentences(text)
    codes = {m.resolution.code for m in find_actor_mentions(text, sentences, knowledge)}
    assert absent not in codes


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Jordan Condemns Attack On Embassy In Amman", "JOR"),
        ("Troops were sent to the Jordan Valley.", "JOR"),
        ("Israel struck targets in Chad Sunday.", "TCD"),
    ],
)
def test_country_names_stay_states(text, present, knowledge):
    sentences = split_sentences(text)
    codes = {m.resolution.code[:3] for m in find_actor_mentions(text, sentences, knowledge)}
    assert present in codes


@pytest.mark.parametrize(
    "text",
    [
        "Relations between the NATO allies hit a low in 2020.",
        "Ties between Greece and Turkey have hit a new low.",
        "The finance bill was killed in committee after the coalition split.",
    ],
)
def test_abstract_subjects_do_not_assault(text, knowledge):
    assert not roots(text, knowledge) & {"18", "19", "20"}


def test_concrete_subject_still_attacks(knowledge):
    assert "19" in roots("Turkish jets hit Kurdish rebel positions in northern Iraq.", knowledge)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islamic State fighters attacked a church in Mozambique.", "180"),
        ("Houthi rebels attacked Yemeni army positions near Marib.", "190"),
    ],
)
def test_armed_groups_assault_non_combatants(text, expected, knowledge):
    assert expected in {code for code, _, _ in triples(text, knowledge)}


def test_fight_with_no_sides_is_no_event(knowledge):
    assert triples(
        "Chad has granted asylum to a Sudanese general who fled the fighting.", knowledge
    ) == {("075", "TCD", "SDNMIL")}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Ivory Coast's Supreme Court decided to allow Alassane Ouattara to run.", "08"),
        ("Turkey said it would allow Kurdish refugees to return home.", "03"),
        ("Hamas refused to allow Israeli officials to enter.", "12"),
    ],
)
def test_permission_is_a_concession(text, root, knowledge):
    assert root in roots(text, knowledge)
