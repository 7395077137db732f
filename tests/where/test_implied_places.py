"""Places the text implies without naming them, namesakes abroad and named maritime features."""

from __future__ import annotations

from locating import make_article, make_report, places_and_countries

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Actor, Participant
from eventwire.where import Gazetteer, find_place_mentions


def _places(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str | None, str]]:
    mentions = find_place_mentions(text, split_sentences(text), gazetteer)
    return [
        (m.text, m.resolution.name, m.resolution.country, m.resolution.precision)  # type: ignore[union-attr]
        for m in mentions
    ]


_MOZAMBIQUE = (
    "MAPUTO - Gunmen hijacked a bus in Mozambique's Cabo Delgado province on Monday.\n"
    "Police in Pemba said the attackers stopped the bus near Mocimboa da Praia.\n"
    "Mozambique has fought the insurgency since 2017, and Mozambican troops joined the search.\n"
    "A gas project was suspended in 2021 after militants attacked the town of Palma."
)


def test_a_town_announced_as_one_is_not_a_namesake_in_a_country_the_article_never_names(
    gazetteer: Gazetteer,
) -> None:
    palma = [p for p in _places(_MOZAMBIQUE, gazetteer) if p[0] == "Palma"]
    # Not Palma de Mallorca: the unknown town falls back to its area in Mozambique.
    assert palma == [("Palma", "Palma", "MOZ", "admin1")]


def test_a_famous_namesake_stays_where_the_article_names_its_country(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Spain's tourism minister visited the Balearic Islands on Monday.\n"
        "Hotels in the town of Palma reported record bookings, the Spanish government said."
    )
    palma = [p for p in _places(text, gazetteer) if p[0] == "Palma"]
    assert palma == [("Palma", "Palma", "ESP", "city")]


def test_a_village_qualified_by_its_country_is_not_a_namesake_across_the_border(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Twelve killed in border shootout near Kok-Tash.\n"
        "Guards exchanged fire near the village of Kok-Tash in Kyrgyzstan's Batken region. "
        "Tajikistan said its guards had returned fire near Isfara."
    )
    kok_tash = [p[2] for p in _places(text, gazetteer) if p[0] == "Kok-Tash"]
    # GeoNames knows "Kok-Tash" only as an alternate name of a Tajik town; the qualified
    # mention rules it out, and the bare headline mention takes the same sense.
    assert kok_tash == ["KGZ", "KGZ"]


def test_a_following_demonym_does_not_qualify_a_town(gazetteer: Gazetteer) -> None:
    text = "The Myanmar military bombed the border town of Myawaddy, Thai officials said."
    assert ("Myawaddy", "Myawaddy", "MMR", "city") in _places(text, gazetteer)


def test_a_named_shoal_ranks_above_the_country_it_lies_off(gazetteer: Gazetteer) -> None:
    text = "A Chinese ship rammed a Philippine vessel near Sabina Shoal, the Philippines said."
    shoal = [p for p in _places(text, gazetteer) if p[0] == "Sabina Shoal"]
    assert shoal == [("Sabina Shoal", "Sabina Shoal", None, "point")]


def test_the_capital_is_the_capital_of_the_country_the_article_is_about(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "A car bomb killed nine people in Mogadishu, Somalia, on Saturday.\n"
        "Al-Shabaab has stepped up attacks in the capital this year.\n"
        "Turkey, which runs a large military base in the capital, offered to treat the wounded."
    )
    article = make_article(text, gazetteer)
    attacks = make_report(article, "attacks", "180", ("Al-Shabaab", "SOMREB"))
    offered = make_report(article, "offered", "030", ("Turkey", "TUR"))
    # The offer was made by Turkey, not in the capital of the relative clause before its verb.
    assert places_and_countries(article, gazetteer, attacks, offered) == [
        ("Mogadishu", "SOM"),
        ("Ankara", "TUR"),
    ]


def test_a_named_capital_and_a_foreign_owner_are_read(gazetteer: Gazetteer) -> None:
    text = (
        "Protests spread across Yemen on Friday.\n"
        "The Houthis, who control the capital Sanaa, held a rally.\n"
        "Hundreds marched in the Saudi capital in support of the coalition."
    )
    article = make_article(text, gazetteer)
    marched = make_report(article, "marched", "141", None)
    assert places_and_countries(article, gazetteer, marched) == [("Riyadh", "SAU")]


def test_a_state_deploys_on_its_own_side_of_a_border(gazetteer: Gazetteer) -> None:
    text = (
        "BELGRADE - Serbia raised the readiness of army units deployed near its boundary "
        "with Kosovo on Tuesday after Kosovo police took a building in Zubin Potok."
    )
    article = make_article(text, gazetteer)
    deployed = make_report(article, "deployed", "152", ("Serbia", "SRB"))
    assert places_and_countries(article, gazetteer, deployed) == [("Serbia", "SRB")]


def test_a_state_frees_prisoners_on_its_own_soil_under_a_foreign_dateline(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "DOHA, Feb 11 - Venezuela freed five American citizens on Monday in exchange for two "
        "businessmen held in the United States, in a swap brokered by Qatar."
    )
    article = make_article(text, gazetteer)
    freed = make_report(article, "freed", "0841", ("Venezuela", "VEN"))
    assert places_and_countries(article, gazetteer, freed) == [("Venezuela", "VEN")]


def test_an_embassy_speaks_from_its_host_capital(gazetteer: Gazetteer) -> None:
    text = (
        "LAGOS - Police fired tear gas at protesters in Lagos, Nigeria, on Monday.\n"
        "Nigeria's police said the protest was illegal.\n"
        "The United States embassy urged the security forces to show restraint."
    )
    article = make_article(text, gazetteer)
    urged = make_report(article, "urged", "020", ("United States embassy", "USAGOV"))
    assert places_and_countries(article, gazetteer, urged) == [("Abuja", "NGA")]


def test_a_summons_is_made_in_the_summoning_state_capital(gazetteer: Gazetteer) -> None:
    text = (
        "Australia imposed sanctions on Myanmar's generals on Tuesday.\n"
        "Myanmar's military government condemned the decision and summoned the Australian "
        "ambassador to lodge a protest."
    )
    article = make_article(text, gazetteer)
    condemned = make_report(
        article, "condemned", "111", ("Myanmar's military government", "MMRMIL")
    )
    assert places_and_countries(article, gazetteer, condemned) == [("Nay Pyi Taw", "MMR")]


def test_an_accord_not_worded_agree_is_placed_at_the_story_dateline(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "KUALA LUMPUR, March 13 - Thailand and Cambodia agreed on Friday to a ceasefire.\n"
        '"Both sides have committed to silence the guns," the Malaysian minister said.\n'
        "The two sides blamed each other for the fighting."
    )
    article = make_article(text, gazetteer)
    committed = make_report(article, "committed", "030", ("Both sides", "KHM"))
    blamed = make_report(article, "blamed", "112", ("two sides", "THA"))
    # A joint accusation has no one capital.
    assert places_and_countries(article, gazetteer, committed, blamed) == [
        ("Kuala Lumpur", "MYS"),
        (None, None),
    ]


def test_talks_in_a_third_country_do_not_make_it_the_story_place(gazetteer: Gazetteer) -> None:
    text = (
        "KUALA LUMPUR - Thai and Cambodian ministers held talks in Kuala Lumpur on Friday.\n"
        "Fighting broke out near Samraong in northern Cambodia, and residents of Samraong fled.\n"
        "Thai jets bombed Cambodian positions near the frontier on Monday."
    )
    article = make_article(text, gazetteer)
    talks = make_report(article, "talks", "040", ("Thai", "THAGOV"))
    talks.target = Participant(Actor("KHMGOV", "KHM", "GOV", "Cambodian"), "Cambodian", 0, 1)
    bombed = make_report(article, "bombed", "195", ("Thai jets", "THAMIL"))
    located = places_and_countries(article, gazetteer, talks, bombed)
    assert located[0] == ("Kuala Lumpur", "MYS")
    assert located[1][1] == "KHM"
