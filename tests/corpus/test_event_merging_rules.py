"""Event merging across outlets: sibling roots, sectors, datelines, border-straddling acts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from corpus_helpers import day, report

from eventwire.corpus.event_actors import actors_agree, actors_may_match
from eventwire.corpus.events import EventIndex, is_reciprocal
from eventwire.model import Actor, DateValue, Place

RUSSIA = Actor("RUS", "RUS", None, "Russia")
UKRAINE = Actor("UKR", "UKR", None, "Ukraine")
UKRAINIAN_CIVILIANS = Actor("UKRCVL", "UKR", "CVL", "civilians")
UKRAINIAN_MILITARY = Actor("UKRMIL", "UKR", "MIL", "armed forces")
SUDAN_GOVERNMENT = Actor("SDNGOV", "SDN", "GOV", "government")
SUDAN_REBELS = Actor("SDNREB", "SDN", "REB", "RSF")
SUDAN_MILITARY = Actor("SDNMIL", "SDN", "MIL", "army")
EMIRATES = Actor("ARE", "ARE", None, "UAE")
KYRGYZSTAN = Actor("KGZ", "KGZ", None, "Kyrgyzstan")
TAJIKISTAN = Actor("TJK", "TJK", None, "Tajikistan")
TAJIK_MILITARY = Actor("TJKMIL", "TJK", "MIL", "Tajik troops")
KOK_TASH = Place("Kok-Tash", 39.9, 70.6, "KGZ", "Batken", "city")
ISFARA = Place("Isfara", 40.1, 70.6, "TJK", "Sughd", "city")
BISHKEK = Place("Bishkek", 42.9, 74.6, "KGZ", "Bishkek", "city")
DUSHANBE = Place("Dushanbe", 38.5, 68.8, "TJK", "Dushanbe", "city")
KHARKIV = Place("Kharkiv", 50.0, 36.2, "UKR", "Kharkiv", "city")
KYIV = Place("Kyiv", 50.4, 30.5, "UKR", "Kyiv", "city")


def add(index: EventIndex, reports, story="story-1", outlet=None):
    return index.add(reports, story_id=story, outlet=outlet, duplicate_of=None, coder_version="t1")


def located(item, place: Place, text: str | None):
    item.location, item.location_text = place, text
    return item


def both_ways(doc_id, cameo, first, second, **extra):
    forward = report(doc_id, cameo=cameo, source=first, target=second, **extra)
    return [forward, replace(forward, source=forward.target, target=forward.source, index=1)]


def test_one_strike_coded_under_sibling_roots_by_three_outlets_is_one_event():
    index = EventIndex()
    strike = day("2024-11-16")
    add(index, [report("a", "180", None, UKRAINE, strike)], outlet="one")
    add(index, [report("b", "190", RUSSIA, UKRAINIAN_CIVILIANS, strike)], outlet="two")
    add(index, [report("c", "195", RUSSIA, UKRAINE, day("2024-11-17"))], outlet="three")
    [event] = index.events()
    assert event.independent_sources == 3
    assert event.cameo[:2] == "19" and event.target == UKRAINIAN_CIVILIANS


@pytest.mark.parametrize(
    ("second", "story"),
    [
        (report("b", "190", RUSSIA, UKRAINE, day("2024-11-16")), "story-2"),  # other story
        (report("b", "190", RUSSIA, UKRAINE), "story-1"),  # no date to agree on
        (report("b", "190", RUSSIA, None, day("2024-11-16")), "story-1"),  # no target
        (report("b", "061", RUSSIA, UKRAINE, day("2024-11-16")), "story-1"),  # unrelated root
    ],
)
def test_a_sibling_root_joins_only_within_a_story_when_target_and_date_are_stated(second, story):
    index = EventIndex()
    add(index, [report("a", "180", None, UKRAINE, day("2024-11-16"))], outlet="one")
    add(index, [second], story=story, outlet="two")
    assert len(index.events()) == 2


def test_a_country_and_its_sector_are_no_conflict_but_two_sides_are():
    index = EventIndex()
    strike = day("2024-11-16")
    add(index, [report("a", "190", RUSSIA, UKRAINE, strike)], outlet="one")
    add(index, [report("b", "190", RUSSIA, UKRAINIAN_CIVILIANS, strike)], outlet="two")
    [event] = index.events()
    assert event.conflicts == []
    add(index, [report("c", "190", RUSSIA, UKRAINIAN_MILITARY, strike)], outlet="three")
    [event] = index.events()
    [conflict] = event.conflicts
    # "UKR" disagrees with neither claim, so it is not listed as one.
    assert conflict.field == "target"
    assert {value.value: value.doc_ids for value in conflict.values} == {
        "UKRCVL": ("b",),
        "UKRMIL": ("c",),
    }


def test_two_organs_of_one_state_are_one_actor_but_a_state_and_its_rebels_are_two():
    index = EventIndex()
    date = day("2025-02-18")
    add(index, [report("a", "111", SUDAN_GOVERNMENT, EMIRATES, date)], outlet="one")
    add(index, [report("b", "111", SUDAN_MILITARY, EMIRATES, date)], outlet="two")
    [event] = index.events()
    assert event.conflicts == [] and event.independent_sources == 2
    add(index, [report("c", "111", SUDAN_REBELS, EMIRATES, date)], outlet="three")
    assert sorted(event.doc_ids for event in index.events()) == [["a", "b"], ["c"]]


@pytest.mark.parametrize(
    ("first", "second", "role", "agree", "may_match"),
    [
        (UKRAINE, UKRAINIAN_CIVILIANS, "target", True, True),
        (UKRAINIAN_CIVILIANS, UKRAINIAN_MILITARY, "target", False, True),
        (UKRAINIAN_CIVILIANS, UKRAINIAN_MILITARY, "source", False, False),
        (SUDAN_GOVERNMENT, SUDAN_MILITARY, "source", True, True),
        (SUDAN_GOVERNMENT, SUDAN_REBELS, "target", False, False),
        (Actor("SDNGOV", "SDN", None, "code only"), SUDAN_MILITARY, "source", True, True),
        (UKRAINIAN_MILITARY, TAJIK_MILITARY, "target", False, False),
    ],
)
def test_actor_sides(first, second, role, agree, may_match):
    assert actors_agree(first, second) is agree
    assert actors_may_match(first, second, role) is may_match


def test_a_clash_told_from_both_sides_of_the_border_is_one_event():
    index = EventIndex()
    clash = day("2024-06-14")
    add(
        index,
        [
            located(item, KOK_TASH, "Kok-Tash")
            for item in both_ways("a", "190", KYRGYZSTAN, TAJIKISTAN, date=clash)
        ],
        outlet="one",
    )
    add(
        index,
        [
            located(item, ISFARA, "Isfara")
            for item in both_ways("b", "190", TAJIK_MILITARY, KYRGYZSTAN, date=clash)
        ],
        outlet="two",
    )
    # Told one-sidedly ("Tajik troops opened fire first"), it joins without a source conflict.
    add(index, [report("c", "190", TAJIK_MILITARY, None, clash)], outlet="three")
    [event] = index.events()
    assert event.independent_sources == 3 and is_reciprocal(event)
    assert [conflict.field for conflict in event.conflicts] == ["location"]


def test_talks_placed_in_each_capital_stay_two_events():
    index = EventIndex()
    talks = day("2024-06-20")
    add(
        index,
        [
            located(item, BISHKEK, "Bishkek")
            for item in both_ways("a", "040", KYRGYZSTAN, TAJIKISTAN, date=talks)
        ],
    )
    add(
        index,
        [
            located(item, DUSHANBE, "Dushanbe")
            for item in both_ways("b", "040", KYRGYZSTAN, TAJIKISTAN, date=talks)
        ],
    )
    assert len(index.events()) == 2


def test_a_dateline_is_no_claim_but_beats_an_inferred_place():
    index = EventIndex()
    strike = day("2024-11-16")
    add(index, [located(report("a", "190", RUSSIA, UKRAINE, strike), KYIV, "KYIV")], outlet="one")
    add(index, [located(report("b", "190", RUSSIA, UKRAINE, strike), KHARKIV, None)], outlet="two")
    [event] = index.events()
    assert event.location == KYIV and event.conflicts == []
    add(index, [located(report("c", "190", RUSSIA, UKRAINE, strike), KHARKIV, "Kharkiv")])
    [event] = index.events()
    assert event.location == KHARKIV and event.conflicts == []


def test_a_one_sided_report_within_one_country_is_not_reciprocal():
    index = EventIndex()
    add(index, [report("a", "141", SUDAN_REBELS, SUDAN_GOVERNMENT, day("2024-05-01"))])
    [event] = index.events()
    assert not is_reciprocal(event)
    both = both_ways("b", "190", SUDAN_REBELS, SUDAN_MILITARY, date=day("2024-05-01"))
    add(index, both)
    [clash] = [event for event in index.events() if event.cameo == "190"]
    assert is_reciprocal(clash)


def test_a_dated_report_joins_the_dated_event_not_an_undated_one():
    index = EventIndex()
    background = report("a", "180", None, UKRAINE, modality="historical")
    add(
        index,
        [background, replace(report("a", "190", RUSSIA, UKRAINE, day("2024-11-16")), sentence=2)],
    )
    add(index, [report("b", "180", None, UKRAINIAN_CIVILIANS, day("2024-11-17"))], outlet="two")
    dated = [event for event in index.events() if event.date.value is not None]
    assert [sorted(r.doc_id for r in event.reports) for event in dated] == [["a", "b"]]
    assert all(isinstance(event.date, DateValue) for event in index.events())


def test_a_standing_situation_is_never_merged_with_an_act():
    index = EventIndex()
    strike = report("a", "190", RUSSIA, UKRAINE, day("2024-11-16"))
    standing = report(
        "a",
        "190",
        RUSSIA,
        UKRAINE,
        DateValue(None, "unknown", "unknown", "a standing situation since 2022, not one event"),
        sentence=1,
    )
    add(index, [strike, standing])
    assert len(index.events()) == 2
