"""Which place of an article an event happened at: its main place read from its located events,
agreements placed where the parties met, and places that belong to an object, a reduced relative
clause or the parties of an act rather than to the act."""

from __future__ import annotations

from locating import make_article, make_report, places_and_texts

from eventwire.where import Gazetteer


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
    article = make_article(text, gazetteer)
    located = places_and_texts(
        article,
        gazetteer,
        make_report(article, "fought", "190", ("Kyrgyz", "KGZMIL"), ("Tajik", "TJKMIL")),
        make_report(article, "met", "040", ("Delegations", "KGZGOV"), None),
        make_report(article, "withdrawing", "087", ("Both sides", "KGZMIL"), None),
    )
    # Dushanbe is named more often than Batken, but the events happened in Batken.
    assert located[2][1] is None
    assert article.reports[2].location.admin1 == "Batken"


def test_an_agreement_between_parties_is_placed_where_they_met(gazetteer: Gazetteer) -> None:
    text = (
        "The foreign ministers of Morocco and Algeria met in Doha on Monday.\n"
        "Morocco and Algeria agreed to restore diplomatic relations."
    )
    article = make_article(text, gazetteer)
    located = places_and_texts(
        article,
        gazetteer,
        make_report(article, "met", "040", ("Morocco", "MARGOV"), ("Algeria", "DZAGOV")),
        make_report(article, "agreed", "030", ("Morocco", "MAR"), ("Algeria", "DZA")),
        make_report(article, "agreed", "030", ("Algeria", "DZA"), ("Morocco", "MAR")),
    )
    # Not Rabat for one direction and Algiers for the other.
    assert located == [("Doha", "Doha"), ("Doha", "Doha"), ("Doha", "Doha")]


def test_an_agreement_without_a_meeting_place_is_unlocated_not_in_a_capital(
    gazetteer: Gazetteer,
) -> None:
    text = "Athens and Ankara agreed to restart talks on the continental shelf in the spring."
    article = make_article(text, gazetteer)
    located = places_and_texts(
        article,
        gazetteer,
        make_report(article, "agreed", "030", ("Athens", "GRC"), ("Ankara", "TUR")),
        make_report(article, "agreed", "030", ("Ankara", "TUR"), ("Athens", "GRC")),
    )
    assert located == [(None, None), (None, None)]


def test_one_partys_agreement_is_still_made_at_home(gazetteer: Gazetteer) -> None:
    text = "Sweden agreed to give 40 million dollars to the World Food Programme."
    article = make_article(text, gazetteer)
    agreed = make_report(article, "agreed", "030", ("Sweden", "SWE"), None)
    assert places_and_texts(article, gazetteer, agreed) == [("Stockholm", None)]


def test_a_place_in_what_a_statement_demands_is_not_where_it_was_made(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The minister demanded an immediate ceasefire in Sudan.\n"
        "The minister told a news conference in Dushanbe that talks would resume.\n"
        "The minister said on Monday in Kyiv that the attack was a crime."
    )
    article = make_article(text, gazetteer)
    located = places_and_texts(
        article,
        gazetteer,
        make_report(article, "demanded", "100", ("minister", "FRAGOV"), None),
        make_report(article, "told", "010", ("minister", "TJKGOV"), None),
        make_report(article, "said on", "010", ("minister", "UKRGOV"), None),
    )
    assert located == [("Paris", None), ("Dushanbe", "Dushanbe"), ("Kyiv", "Kyiv")]


def test_a_reduced_relative_clause_places_its_noun_not_the_act(gazetteer: Gazetteer) -> None:
    text = (
        "Venezuela freed five American citizens in exchange for two businessmen held in "
        "the United States.\n"
        "Investigators traced the attack to a unit known for earlier sabotage in Ukraine."
    )
    article = make_article(text, gazetteer)
    located = places_and_texts(
        article,
        gazetteer,
        make_report(article, "freed", "0841", ("Venezuela", "VEN"), ("citizens", "USACVL")),
        make_report(article, "attack", "180", None, None),
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
    article = make_article(text, gazetteer)
    located = places_and_texts(
        article,
        gazetteer,
        make_report(article, "besieged", "191", ("RSF", "SDNREB"), ("army", "SDNMIL")),
        make_report(article, "agreed", "030", ("two ministers", "THAGOV"), ("two", "KHMGOV")),
    )
    assert located == [("El Fasher", "El Fasher"), ("Kuala Lumpur", "Kuala Lumpur")]


def test_places_named_as_the_parties_of_an_act_do_not_locate_it(gazetteer: Gazetteer) -> None:
    text = "Oman mediated a prisoner exchange between Tehran and Brussels in May 2023."
    article = make_article(text, gazetteer)
    mediated = make_report(article, "mediated", "045", ("Oman", "OMN"), None, "historical")
    assert places_and_texts(article, gazetteer, mediated) == [(None, None)]


def test_a_place_that_is_another_sentences_actor_does_not_locate_by_paragraph(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Canberra imposed sanctions on Myanmar generals on Tuesday. The minister said the "
        "sanctions answered air strikes that killed 40 civilians."
    )
    article = make_article(text, gazetteer)
    sanctions = make_report(
        article, "imposed", "163", ("Canberra", "AUSGOV"), ("generals", "MMRMIL")
    )
    strikes = make_report(article, "air strikes", "195", None, ("civilians", "MMRCVL"))
    located = places_and_texts(article, gazetteer, sanctions, strikes)
    assert located[1][1] != "Canberra"


def test_a_place_in_an_earlier_coordinated_clause_is_another_events(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "A coast guard ship rammed a fishing boat near Scarborough Shoal, and in July Beijing "
        "condemned a joint exercise."
    )
    article = make_article(text, gazetteer)
    condemned = make_report(article, "condemned", "111", ("Beijing", "CHN"), None)
    assert places_and_texts(article, gazetteer, condemned) == [("Beijing", None)]
