"""Which place of an article an event happened at: its main place read from its located events,
agreements placed where the parties met, and places that belong to an object, a reduced relative
clause or the parties of an act rather than to the act."""

from __future__ import annotations

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Actor, Article, Participant, Report
from eventwire.where import Gazetteer, find_place_mentions, locate_reports, locate_verbal_acts


def _article(text: str, gazetteer: Gazetteer) -> Article:
    article = Article(id="e", raw=text, raw_format="text", fingerprint="f", text=text)
    article.sentences = split_sentences(text)
    article.mentions = find_place_mentions(text, article.sentences, gazetteer)
    return article


def _participant(article: Article, sentence_start: int, name: str, code: str) -> Participant:
    at = article.text.index(name, sentence_start)
    actor = Actor(code, code[:3] if code[:3] != "---" else None, code[3:] or None, name)
    return Participant(actor, name, at, at + len(name))


def _report(
    article: Article,
    trigger: str,
    cameo: str,
    source: tuple[str, str] | None = None,
    target: tuple[str, str] | None = None,
    modality: str = "asserted",
) -> Report:
    start = article.text.index(trigger)
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    return Report(
        doc_id=article.id,
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        cameo=cameo,
        source=_participant(article, sentence.start, *source) if source else None,
        target=_participant(article, sentence.start, *target) if target else None,
        trigger_start=start,
        trigger_end=start + len(trigger),
        modality=modality,  # type: ignore[arg-type]
    )


def _located(article: Article, gazetteer: Gazetteer, *reports: Report) -> list[tuple]:
    article.reports = list(reports)
    locate_reports(article, gazetteer)
    locate_verbal_acts(article, gazetteer)
    return [(r.location.name if r.location else None, r.location_text) for r in article.reports]


def test_the_main_place_is_where_the_events_happened_not_the_most_named_capital(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Kyrgyz and Tajik border guards fought near the town of Batken on Friday.\n"
        "Delegations met in Batken on Sunday.\n"
        "Both sides began withdrawing troops on Monday.\n"
        "Tajikistan said Dushanbe wanted peace; Dushanbe and Tajikistan's capital "
        "officials in Dushanbe agreed."
    )
    article = _article(text, gazetteer)
    located = _located(
        article,
        gazetteer,
        _report(article, "fought", "190", ("Kyrgyz", "KGZMIL"), ("Tajik", "TJKMIL")),
        _report(article, "met", "040", ("Delegations", "KGZGOV"), None),
        _report(article, "withdrawing", "087", ("Both sides", "KGZMIL"), None),
    )
    # Dushanbe is named more often than Batken, but the events happened in Batken.
    assert located[2][1] is None
    assert article.reports[2].location.admin1 == "Batken"


def test_an_agreement_between_parties_is_placed_where_they_met(gazetteer: Gazetteer) -> None:
    text = (
        "The foreign ministers of Morocco and Algeria met in Doha on Monday.\n"
        "Morocco and Algeria agreed to restore diplomatic relations."
    )
    article = _article(text, gazetteer)
    located = _located(
        article,
        gazetteer,
        _report(article, "met", "040", ("Morocco", "MARGOV"), ("Algeria", "DZAGOV")),
        _report(article, "agreed", "030", ("Morocco", "MAR"), ("Algeria", "DZA")),
        _report(article, "agreed", "030", ("Algeria", "DZA"), ("Morocco", "MAR")),
    )
    # Not Rabat for one direction and Algiers for the other.
    assert located == [("Doha", "Doha"), ("Doha", "Doha"), ("Doha", "Doha")]


def test_an_agreement_without_a_meeting_place_is_unlocated_not_in_a_capital(
    gazetteer: Gazetteer,
) -> None:
    text = "Athens and Ankara agreed to restart talks on the continental shelf in the spring."
    article = _article(text, gazetteer)
    located = _located(
        article,
        gazetteer,
        _report(article, "agreed", "030", ("Athens", "GRC"), ("Ankara", "TUR")),
        _report(article, "agreed", "030", ("Ankara", "TUR"), ("Athens", "GRC")),
    )
    assert located == [(None, None), (None, None)]


def test_one_partys_agreement_is_still_made_at_home(gazetteer: Gazetteer) -> None:
    text = "Sweden agreed to give 40 million dollars to the World Food Programme."
    article = _article(text, gazetteer)
    agreed = _report(article, "agreed", "030", ("Sweden", "SWE"), None)
    assert _located(article, gazetteer, agreed) == [("Stockholm", None)]


def test_a_place_in_what_a_statement_demands_is_not_where_it_was_made(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The minister demanded an immediate ceasefire in Sudan.\n"
        "The minister told a news conference in Dushanbe that talks would resume.\n"
        "The minister said on Monday in Kyiv that the attack was a crime."
    )
    article = _article(text, gazetteer)
    located = _located(
        article,
        gazetteer,
        _report(article, "demanded", "100", ("minister", "FRAGOV"), None),
        _report(article, "told", "010", ("minister", "TJKGOV"), None),
        _report(article, "said on", "010", ("minister", "UKRGOV"), None),
    )
    assert located == [("Paris", None), ("Dushanbe", "Dushanbe"), ("Kyiv", "Kyiv")]


def test_a_reduced_relative_clause_places_its_noun_not_the_act(gazetteer: Gazetteer) -> None:
    text = (
        "Venezuela freed five American citizens in exchange for two businessmen held in "
        "the United States.\n"
        "Investigators traced the attack to a unit known for earlier sabotage in Ukraine."
    )
    article = _article(text, gazetteer)
    located = _located(
        article,
        gazetteer,
        _report(article, "freed", "0841", ("Venezuela", "VEN"), ("citizens", "USACVL")),
        _report(article, "attack", "180", None, None),
    )
    assert "United States" not in {text for _, text in located}
    assert "Ukraine" not in {text for _, text in located}


def test_a_where_clause_is_located_at_the_place_it_refers_to(gazetteer: Gazetteer) -> None:
    text = (
        "Famine was confirmed in the Zamzam camp near El Fasher, where the RSF has besieged "
        "the army since May.\n"
        "The deal was struck in Kuala Lumpur last week, where the two ministers agreed to "
        "pull back artillery."
    )
    article = _article(text, gazetteer)
    located = _located(
        article,
        gazetteer,
        _report(article, "besieged", "191", ("RSF", "SDNREB"), ("army", "SDNMIL")),
        _report(article, "agreed", "030", ("two ministers", "THAGOV"), ("two", "KHMGOV")),
    )
    assert located == [("El Fasher", "El Fasher"), ("Kuala Lumpur", "Kuala Lumpur")]


def test_places_named_as_the_parties_of_an_act_do_not_locate_it(gazetteer: Gazetteer) -> None:
    text = "Oman mediated a prisoner exchange between Tehran and Brussels in May 2023."
    article = _article(text, gazetteer)
    mediated = _report(article, "mediated", "045", ("Oman", "OMN"), None, "historical")
    assert _located(article, gazetteer, mediated) == [(None, None)]


def test_a_place_that_is_another_sentences_actor_does_not_locate_by_paragraph(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Canberra imposed sanctions on Myanmar generals on Tuesday. The minister said the "
        "sanctions answered air strikes that killed 40 civilians."
    )
    article = _article(text, gazetteer)
    sanctions = _report(article, "imposed", "163", ("Canberra", "AUSGOV"), ("generals", "MMRMIL"))
    strikes = _report(article, "air strikes", "195", None, ("civilians", "MMRCVL"))
    located = _located(article, gazetteer, sanctions, strikes)
    assert located[1][1] != "Canberra"


def test_a_place_in_an_earlier_coordinated_clause_is_another_events(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "A coast guard ship rammed a fishing boat near Scarborough Shoal, and in July Beijing "
        "condemned a joint exercise."
    )
    article = _article(text, gazetteer)
    condemned = _report(article, "condemned", "111", ("Beijing", "CHN"), None)
    assert _located(article, gazetteer, condemned) == [("Beijing", None)]
