"""Places read this round: a lead's dateline below its named places, attacks on the struck
side, a talks venue for an accord, pairs of towns counted once, lower-case region names and
outlets named after places."""

from __future__ import annotations

from locating import make_article, make_report, places_and_countries, places_and_texts

from eventwire.analyse.sentences import split_sentences
from eventwire.where import Gazetteer
from eventwire.where.article_places import PlaceFacts
from eventwire.where.toponyms import find_toponyms


def test_a_village_qualified_by_a_demonym_beats_the_home_dateline(gazetteer: Gazetteer) -> None:
    text = (
        "DUSHANBE - At least 14 people died in clashes between Tajik and Kyrgyz border units "
        "near the Tajik village of Chorkuh on Friday.\n"
        "Tajikistan said six Tajik citizens had been killed. Tajikistan blamed Bishkek."
    )
    article = make_article(text, gazetteer)
    clashes = make_report(article, "clashes", "190", ("Kyrgyz", "KGZMIL"), ("Tajik", "TJK"))
    assert places_and_texts(article, gazetteer, clashes) == [("Chorkuh", "Chorkuh")]


def test_rockets_fired_at_a_countrys_villages_land_in_that_country(gazetteer: Gazetteer) -> None:
    text = (
        "Thai jets struck Cambodian positions in Oddar Meanchey province on Friday.\n"
        "The army said the strikes came after Cambodian forces fired rockets at two Thai "
        "villages, wounding a teenager."
    )
    article = make_article(text, gazetteer)
    fired = make_report(
        article, "fired rockets at", "194", ("Cambodian forces", "KHMMIL"), ("Thai", "THA")
    )
    assert places_and_countries(article, gazetteer, fired) == [("Thailand", "THA")]


def test_an_accord_reached_after_talks_in_a_venue_is_placed_there(gazetteer: Gazetteer) -> None:
    text = (
        "YEREVAN, May 6 - Armenia and Turkey agreed on Tuesday to reopen their land border, "
        "after special envoys held a fifth round of talks in Vienna.\n"
        "Baku and Yerevan are negotiating their own treaty in Azerbaijan."
    )
    article = make_article(text, gazetteer)
    agreed = make_report(article, "agreed", "035", ("Turkey", "TUR"), ("Armenia", "ARM"))
    also = make_report(article, "agreed", "035", ("Armenia", "ARM"), ("Turkey", "TUR"))
    talks = make_report(article, "negotiating", "046", ("Baku", "AZEGOV"), ("Yerevan", "ARMGOV"))
    located = places_and_texts(article, gazetteer, agreed, also, talks)
    assert located[:2] == [("Vienna", "Vienna"), ("Vienna", "Vienna")]


def test_a_pair_of_towns_of_one_area_counts_once_for_the_main_place(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "LILONGWE - Malawi's opposition rejected the result.\n"
        "Its monitors were expelled from counting centres in Mzimba and Karonga.\n"
        "Police fired tear gas at marchers in Blantyre."
    )
    article = make_article(text, gazetteer)
    facts = PlaceFacts(article, gazetteer)
    assert facts.main is not None
    assert facts.main[0].precision == "country" and facts.main[0].country == "MWI"


def test_two_areas_joined_by_and_each_count(gazetteer: Gazetteer) -> None:
    text = "Observers saw ballot boxes stuffed in Zambezia and Nampula provinces."
    article = make_article(text, gazetteer)
    facts = PlaceFacts(article, gazetteer)
    assert [m.text for m in facts.counted] == ["Zambezia", "Nampula"]


def test_a_region_named_on_in_lower_case_is_read_whole(gazetteer: Gazetteer) -> None:
    text = "The Baltic states have banned several officials. Ships sailed the Baltic Sea."
    found = find_toponyms(text, split_sentences(text), gazetteer)
    assert [(t.text, t.candidates[0].entry.name) for t in found] == [
        ("Baltic states", "Baltic states"),
        ("Baltic Sea", "Baltic Sea"),
    ]


def test_an_outlet_named_after_a_region_is_no_place(gazetteer: Gazetteer) -> None:
    text = "BAMAKO, July 3 (Sahel Courier) - Peacekeepers began withdrawing from northern Mali."
    found = find_toponyms(text, split_sentences(text), gazetteer)
    assert "Sahel" not in [t.text for t in found]


def test_sanctions_are_not_placed_at_what_they_accuse(gazetteer: Gazetteer) -> None:
    text = (
        "CANBERRA, May 6 - Australia imposed financial sanctions on eleven Myanmar officers "
        "on Tuesday, accusing the junta of bombing villages in Sagaing region."
    )
    article = make_article(text, gazetteer)
    imposed = make_report(
        article, "imposed financial sanctions", "163", ("Australia", "AUS"), ("Myanmar", "MMRMIL")
    )
    assert places_and_countries(article, gazetteer, imposed) != [("Sagaing", "MMR")]
    assert places_and_countries(article, gazetteer, imposed)[0][1] in (None, "AUS")


def test_a_state_that_helped_free_detainees_did_not_hold_them(gazetteer: Gazetteer) -> None:
    text = (
        "Two French journalists were freed in Yemen on Sunday after talks in Sanaa. "
        "Oman has helped free several foreign detainees in recent years."
    )
    article = make_article(text, gazetteer)
    freed = make_report(article, "free several foreign detainees", "0841", ("Oman", "OMN"))
    assert places_and_countries(article, gazetteer, freed)[0][1] != "OMN"
