"""Event merging: stated versus fallback values, reciprocal events, same-sentence reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from corpus_helpers import ARDABIL, IRAN, IRAN_MILITARY, RUSSIA, RUSSIA_MILITARY, day, report

from eventwire.corpus.events import EventIndex, is_reciprocal
from eventwire.model import DateValue, Place

AZERBAIJAN_PLACE = Place("Azerbaijan", 40.5, 47.5, "AZE", None, "country")


def add(index: EventIndex, reports, story="story-1", outlet=None, **extra):
    return index.add(
        reports, story_id=story, outlet=outlet, duplicate_of=None, coder_version="t1", **extra
    )


def publication(text: str) -> DateValue:
    return DateValue(dt.date.fromisoformat(text), "day", "publication", "publication date")


def test_publication_fallback_date_is_not_a_conflict_and_the_stated_date_wins():
    index = EventIndex()
    add(index, [report("a", date=publication("2024-11-27"))], outlet="one")
    add(index, [report("b", date=day("2024-11-25"))], outlet="two")
    [event] = index.events()
    assert event.conflicts == []
    assert event.date.iso() == "2024-11-25"


def test_two_stated_dates_still_conflict_beside_a_fallback():
    index = EventIndex()
    add(index, [report("a", date=day("2024-11-24"))], outlet="one")
    add(index, [report("b", date=day("2024-11-25"))], outlet="two")
    add(index, [report("c", date=publication("2024-11-26"))], outlet="three")
    [event] = index.events()
    [conflict] = event.conflicts
    assert [value.value for value in conflict.values] == ["2024-11-24", "2024-11-25"]


def test_inferred_country_location_is_not_a_conflict():
    inferred = report("a", location=AZERBAIJAN_PLACE)
    inferred.location_text = None  # the location stage's mark of an inferred place
    named = report("b", location=ARDABIL)
    named.location_text = "Ardabil"
    index = EventIndex()
    add(index, [inferred], outlet="one")
    add(index, [named], outlet="two")
    [event] = index.events()
    assert event.conflicts == []
    assert event.location == ARDABIL


def test_named_places_in_two_countries_are_two_events():
    first = report("a", location=AZERBAIJAN_PLACE)
    first.location_text = "Azerbaijan"
    second = report("b", location=ARDABIL)
    second.location_text = "Ardabil"
    index = EventIndex()
    add(index, [first, second])
    assert [event.location for event in index.events()] == [AZERBAIJAN_PLACE, ARDABIL]


def test_reciprocal_reports_of_one_sentence_are_one_event_in_first_direction():
    index = EventIndex()
    both = [
        report("a", cameo="042", source=IRAN_MILITARY, target=RUSSIA, date=day("2024-11-24")),
        replace(
            report("a", cameo="042", source=RUSSIA_MILITARY, target=IRAN, date=day("2024-11-24")),
            index=1,
        ),
    ]
    add(index, both, outlet="one")
    [event] = index.events()
    assert (event.source, event.target) == (IRAN_MILITARY, RUSSIA_MILITARY)
    assert len(event.reports) == 2
    assert event.conflicts == []
    assert is_reciprocal(event)
    # Another outlet telling one direction joins the same record.
    add(index, [report("b", cameo="042", source=RUSSIA, target=IRAN)], outlet="two")
    [event] = index.events()
    assert event.doc_ids == ["a", "b"] and event.independent_sources == 2


def test_opposite_directions_in_different_sentences_stay_two_events():
    index = EventIndex()
    add(
        index,
        [
            report("a", cameo="190", source=IRAN, target=RUSSIA),
            report("a", cameo="190", source=RUSSIA, target=IRAN, sentence=3),
        ],
    )
    events = index.events()
    assert len(events) == 2
    assert not any(is_reciprocal(event) for event in events)


def test_same_sentence_reports_with_and_without_target_are_one_event():
    index = EventIndex()
    evacuate = report("a", cameo="160", target=None)
    close = replace(report("a", cameo="164", target=RUSSIA), index=1)
    add(index, [evacuate, close])
    [event] = index.events()
    assert event.target == RUSSIA
    assert len(event.reports) == 2


def test_article_without_reports_keeps_its_outlet_for_later_copies():
    index = EventIndex()
    add(index, [], outlet="wire.example", doc_id="wire")
    add(index, [report("paper", date=day("2024-11-24"))], outlet="paper.example")
    index.add(
        [report("copy", date=day("2024-11-24"))],
        story_id="story-1",
        outlet=None,
        duplicate_of="wire",
        coder_version="t1",
    )
    [event] = index.events()
    assert event.independent_sources == 2


def test_visit_and_hosting_in_one_sentence_are_one_event_from_the_visitor():
    from eventwire.corpus.events import complementary_codes

    index = EventIndex()
    visit = report("a", cameo="042", source=RUSSIA, target=IRAN, date=day("2024-11-24"))
    host = replace(
        report("a", cameo="043", source=IRAN, target=RUSSIA, date=day("2024-11-24")), index=1
    )
    add(index, [host, visit], outlet="one")
    [event] = index.events()
    assert (event.cameo, event.source, event.target) == ("042", RUSSIA, IRAN)
    assert sorted(r.cameo for r in event.reports) == ["042", "043"]
    assert event.conflicts == []
    assert complementary_codes(event) == ("043",)
    assert not is_reciprocal(event)
    # The host's side told alone by another outlet of the story joins the same record.
    add(index, [report("b", cameo="043", source=IRAN, target=RUSSIA)], outlet="two")
    [event] = index.events()
    assert event.independent_sources == 2 and event.cameo == "042"


def test_hosting_with_other_actors_or_a_far_date_stays_apart():
    index = EventIndex()
    add(index, [report("a", cameo="042", source=RUSSIA, target=IRAN, date=day("2024-11-24"))])
    add(index, [report("b", cameo="043", source=RUSSIA, target=IRAN, date=day("2024-11-24"))])
    add(index, [report("c", cameo="043", source=IRAN, target=RUSSIA, date=day("2024-12-20"))])
    events = index.events()
    assert len(events) == 3
    assert (events[1].cameo, events[1].source) == ("042", IRAN)
