"""What the locating and localising stages read once and share gives what reading it afresh gave.

The verbal-act stage takes over the place facts of the locating stage while the article's text,
sentences and mentions are unchanged; what depends on the reports (each act's actors and their
countries) is read again. Localisation indexes the states of every sentence once.
"""

from __future__ import annotations

import dataclasses

from locating import make_article, make_report, participant

from eventwire.code.article_countries import article_states
from eventwire.code.countries import SentenceCountries
from eventwire.model import Actor, Mention, Place
from eventwire.where import Gazetteer
from eventwire.where.article_places import ArticlePlaces, PlaceFacts, place_facts

TEXT = (
    "TBILISI, May 3 (Reuters) - Georgian police detained dozens of protesters in Tbilisi on "
    "Friday. Turkey condemned the arrests.\n"
    "Talks between Ankara and Baku were held in Istanbul."
)


def test_the_second_stage_takes_over_the_facts_of_an_unchanged_article(
    gazetteer: Gazetteer,
) -> None:
    article = make_article(TEXT, gazetteer)
    first = place_facts(article, gazetteer)
    assert place_facts(article, gazetteer) is first


def test_changed_mentions_text_or_gazetteer_are_read_afresh(gazetteer: Gazetteer) -> None:
    article = make_article(TEXT, gazetteer)
    first = place_facts(article, gazetteer)
    article.mentions = list(article.mentions)  # same mentions, new list: still the same facts
    assert place_facts(article, gazetteer) is first
    article.mentions.append(Mention("place", 0, 7, "TBILISI", 0, None))
    assert place_facts(article, gazetteer) is not first
    again = place_facts(article, gazetteer)
    article.mentions[0] = dataclasses.replace(article.mentions[0], confidence=0.5)
    assert place_facts(article, gazetteer) is not again
    renewed = place_facts(article, gazetteer)
    article.text = article.text + " "
    assert place_facts(article, gazetteer) is not renewed
    other = make_article(TEXT, gazetteer)
    assert place_facts(other, gazetteer) is not place_facts(article, gazetteer)


def test_shared_facts_equal_facts_read_afresh(gazetteer: Gazetteer) -> None:
    article = make_article(TEXT, gazetteer)
    shared = place_facts(article, gazetteer)
    fresh = PlaceFacts(article, gazetteer)
    for name in ("places", "main", "all_datelines", "home_datelines", "dateline_sentences"):
        assert getattr(shared, name) == getattr(fresh, name), name
    assert shared.by_sentence == fresh.by_sentence
    assert shared.by_paragraph == fresh.by_paragraph


def test_acts_are_read_from_the_reports_as_they_are_now(gazetteer: Gazetteer) -> None:
    article = make_article(TEXT, gazetteer)
    report = make_report(article, "condemned", "122", source=("Turkey", "TUR"))
    article.reports = [report]
    before = ArticlePlaces(article, gazetteer)
    act = (report.sentence, report.trigger_start)
    assert before.act_countries[act] == {"TUR"}
    # Localisation gives the act a target between the two stages.
    report.target = participant(article, article.sentences[1].start, "Turkey", "TURGOV")
    report.target = dataclasses.replace(
        report.target, actor=Actor("GEOCOP", "GEO", "COP", "police")
    )
    after = ArticlePlaces(article, gazetteer)
    assert after.facts is before.facts
    assert after.act_countries[act] == {"TUR", "GEO"}
    assert len(after.act_actors[act]) == 2


def test_sentence_index_names_the_states_each_sentence_names(gazetteer: Gazetteer) -> None:
    article = make_article(TEXT, gazetteer)
    article.mentions.append(Mention("actor", 70, 78, "Georgian", 0, Actor("GEO", "GEO", None, "")))
    article.mentions.append(Mention("actor", 0, 3, "UN", 1, Actor("IGOUNO", "IGOUNO", None, "")))
    expected = {
        None: [{"GEO"}, {"TUR"}, {"GEO", "TUR"}, set()],
        frozenset({"GEO"}): [{"GEO"}, set(), {"GEO"}, set()],
        frozenset(): [{"GEO"}, set(), set(), set()],  # actors count; untrusted places do not
    }
    for trusted, states in expected.items():
        index = SentenceCountries(article.mentions, None if trusted is None else set(trusted))
        assert [set(index.of(n)) for n in range(len(article.sentences) + 1)] == states


def test_article_states_names_the_main_and_the_dominant_state(gazetteer: Gazetteer) -> None:
    article = make_article(TEXT, gazetteer)
    georgia = Actor("GEO", "GEO", None, "Georgia")
    for index in range(3):
        article.mentions.append(Mention("actor", index, index + 1, "G", 0, georgia))
    article.mentions.append(Mention("actor", 9, 10, "T", 1, Actor("TURGOV", "TUR", "GOV", "T")))
    states = article_states(article)
    assert states.named == {"GEO", "TUR"}
    assert states.main == "GEO"
    assert states.dominant == "GEO"


def test_a_gazetteer_place_is_made_once_unless_renamed(gazetteer: Gazetteer) -> None:
    index = gazetteer.country("GEO")
    assert index is not None
    place = gazetteer.place(index)
    assert isinstance(place, Place)
    assert gazetteer.place(index) is place
    renamed = gazetteer.place(index, name="Sakartvelo")
    assert renamed.name == "Sakartvelo"
    assert dataclasses.replace(renamed, name=place.name) == place
