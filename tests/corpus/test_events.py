"""Merging reports into events: conflicts, compatible values, sources, determinism."""

from __future__ import annotations

from corpus_helpers import (
    ARDABIL,
    IRAN,
    IRAN_MILITARY,
    IRAN_PLACE,
    RUSSIA_MILITARY,
    day,
    month,
    report,
)

from eventwire.corpus.events import EventIndex


def add(index: EventIndex, reports, story="story-1", outlet=None, duplicate_of=None):
    return index.add(
        reports, story_id=story, outlet=outlet, duplicate_of=duplicate_of, coder_version="t1"
    )


def test_two_outlets_one_drill_with_a_date_conflict_naming_each_doc():
    index = EventIndex()
    add(index, [report("a", date=day("2024-11-24"), location=ARDABIL)], outlet="irna.ir")
    add(index, [report("b", date=day("2024-11-25"), location=IRAN_PLACE)], outlet="tass.ru")
    [event] = index.events()
    assert event.doc_ids == ["a", "b"]
    assert event.independent_sources == 2
    assert event.location == ARDABIL
    [conflict] = event.conflicts
    assert conflict.field == "date"
    assert [(value.value, value.doc_ids) for value in conflict.values] == [
        ("2024-11-24", ("a",)),
        ("2024-11-25", ("b",)),
    ]


def test_compatible_values_are_not_conflicts_and_the_most_specific_wins():
    index = EventIndex()
    add(index, [report("a", source=IRAN, date=month("2024-11"))], outlet="one")
    add(index, [report("b", source=IRAN_MILITARY, date=day("2024-11-24"))], outlet="two")
    [event] = index.events()
    assert event.conflicts == []
    assert event.source == IRAN_MILITARY
    assert event.date.iso() == "2024-11-24"


def test_wire_copy_counts_once_and_unknown_outlet_counts_as_own_source():
    index = EventIndex()
    add(index, [report("wire", date=day("2024-11-24"))], outlet="wire.example")
    add(
        index, [report("copy", date=day("2024-11-24"))], outlet="paper.example", duplicate_of="wire"
    )
    assert index.events()[0].independent_sources == 1
    add(index, [report("anonymous", date=day("2024-11-24"))])
    assert index.events()[0].independent_sources == 2


def test_count_disagreement_is_a_conflict():
    index = EventIndex()
    add(index, [report("a", cameo="190", counts={"killed": 12})], outlet="one")
    add(index, [report("b", cameo="190", counts={"killed": 15})], outlet="two")
    [event] = index.events()
    [conflict] = event.conflicts
    assert conflict.field == "counts.killed"
    assert {value.value: value.doc_ids for value in conflict.values} == {"12": ("a",), "15": ("b",)}


def test_different_root_or_countries_stay_apart_and_non_factual_is_dropped():
    index = EventIndex()
    add(index, [report("a", cameo="0611")])
    add(index, [report("b", cameo="190")])
    add(index, [report("c", source=RUSSIA_MILITARY, target=IRAN)])
    add(index, [report("d", modality="future")])
    assert len(index.events()) == 3
    assert "d" not in {doc for event in index.events() for doc in event.doc_ids}


def test_same_event_merges_across_stories_only_when_date_and_actors_agree():
    index = EventIndex()
    add(index, [report("a", date=day("2024-11-24"))], story="s1", outlet="one")
    add(index, [report("b", date=day("2024-11-24"))], story="s2", outlet="two")
    add(index, [report("c", date=day("2024-12-20"))], story="s3", outlet="three")
    assert sorted(event.doc_ids for event in index.events()) == [["a", "b"], ["c"]]


def test_re_adding_and_reordering_give_the_same_events():
    batches = [
        ("a", [report("a", date=day("2024-11-24"))], "one"),
        ("b", [report("b", date=day("2024-11-25"))], "two"),
        ("c", [report("c", cameo="190", source=RUSSIA_MILITARY, target=IRAN)], "three"),
    ]
    first, second = EventIndex(), EventIndex()
    for _, reports, outlet in batches:
        add(first, reports, outlet=outlet)
        add(second, reports, outlet=outlet)
    for _, reports, outlet in batches:
        add(second, reports, outlet=outlet)
    assert _summary(first) == _summary(second)
    reordered = EventIndex()
    for _, reports, outlet in reversed(batches):
        add(reordered, reports, outlet=outlet)
    assert sorted(_content(reordered)) == sorted(_content(first))


def test_remove_doc_and_restore():
    index = EventIndex()
    add(index, [report("a", date=day("2024-11-24"))], outlet="one")
    touched = add(index, [report("b", date=day("2024-11-25"))], outlet="two")
    restored = EventIndex.restore(index.events(), {"a": ("one", None), "b": ("two", None)})
    assert _summary(restored) == _summary(index)
    assert index.remove_doc("b") == touched
    [event] = index.events()
    assert event.conflicts == [] and event.independent_sources == 1


def _summary(index: EventIndex):
    return [
        (
            e.id,
            e.cameo,
            e.source,
            e.target,
            e.date,
            e.location,
            e.doc_ids,
            e.conflicts,
            e.independent_sources,
            e.confidence,
        )
        for e in index.events()
    ]


def _content(index: EventIndex):
    return [
        (e.cameo, e.source, e.target, e.date, e.doc_ids, e.conflicts, e.independent_sources)
        for e in index.events()
    ]


def test_an_event_read_between_additions_shows_its_current_conflicts():
    index = EventIndex()
    [event_id] = add(index, [report("a", date=day("2024-11-24"))], outlet="irna.ir")
    assert index.event(event_id).conflicts == []
    add(index, [report("b", date=day("2024-11-25"))], outlet="tass.ru")
    event = index.event(event_id)
    assert [conflict.field for conflict in event.conflicts] == ["date"]
    assert event.independent_sources == 2
    assert index.events() == [event]


def test_following_a_story_keeps_the_conflicts_and_confidence():
    index = EventIndex()
    add(index, [report("a", date=day("2024-11-24"))], outlet="irna.ir")
    add(index, [report("b", date=day("2024-11-25"))], outlet="tass.ru")
    [before] = index.events()
    assert index.follow_stories(lambda doc_id: "story-2") == [before.id]
    [after] = index.events()
    assert after.story_id == "story-2"
    assert (after.conflicts, after.confidence) == (before.conflicts, before.confidence)
