"""What keeps the corpus steps linear: stories close after a pause in coverage, a rolling
near-duplicate index, events followed only for moved articles, canonical values kept
incrementally."""

from __future__ import annotations

import datetime as dt
import random

from corpus_helpers import (
    ARDABIL,
    IRAN,
    IRAN_MILITARY,
    IRAN_PLACE,
    RUSSIA,
    RUSSIA_MILITARY,
    article,
    day,
    month,
    report,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from test_stories import QUAKE_ONE, QUAKE_ONE_LOOK_ALIKE, QUAKE_ONE_REWRITE, QUAKE_TWO

from eventwire.corpus.canonical import EventTally
from eventwire.corpus.duplicates import NearDuplicateIndex
from eventwire.corpus.events import EventIndex
from eventwire.corpus.evidence import choose_actor, choose_code, choose_date, choose_place
from eventwire.corpus.orientation import active_view, oriented
from eventwire.corpus.profile import minhash_signature, profile_article
from eventwire.corpus.reclustering import name_groups
from eventwire.corpus.stories import StoryIndex, StorySettings
from eventwire.corpus.story_state import MemberFacts, StoryState
from eventwire.model import DateValue, Report

# -- stories close after a pause -----------------------------------------------------------------

QUAKE_ONE_FOLLOW_UP = (
    "Governor Reza Moradi said the Red Crescent still shelters families in Kermanshah, where "
    "the quake killed 42 and hurt 310. Sarpol and 12 nearby villages have power again."
)


def dated(doc_id: str, text: str, published: str | None):
    return profile_article(article(doc_id, text, published=published))


QUAKE_ONE_COVERAGE = [
    QUAKE_ONE,
    QUAKE_ONE_REWRITE,
    QUAKE_ONE_FOLLOW_UP,
    "Schools in Kermanshah and Sarpol reopened in tents, governor Reza Moradi said, a week "
    "after the quake that killed 42 people and injured 310.",
    "The Red Crescent ended its search in Sarpol. Governor Reza Moradi said 310 injured had "
    "left hospital and that the 12 villages near Kermanshah would be rebuilt.",
    "Reza Moradi, governor of Kermanshah, said rebuilding the 12 villages hit by the quake "
    "that killed 42 would start next month; the Red Crescent still runs camps in Sarpol.",
]


def test_coverage_that_goes_on_keeps_its_story_open_for_weeks():
    # An article every four days for three weeks: each within the open days of the latest.
    index = StoryIndex(StorySettings(story_open_days=7))
    start = dt.date(2024, 3, 1)
    stories = {
        index.add(dated(f"d{n}", text, (start + dt.timedelta(days=4 * n)).isoformat())).story_id
        for n, text in enumerate(QUAKE_ONE_COVERAGE)
    }
    assert len(stories) == 1
    [story] = index.stories()
    assert (story.first_seen, story.last_seen) == (start, dt.date(2024, 3, 21))


def test_a_pause_closes_the_story_to_a_look_alike():
    def joins(look_alike_day: str) -> bool:
        index = StoryIndex(StorySettings(story_open_days=7))
        first = index.add(dated("a", QUAKE_ONE, "2024-03-01"))
        return index.add(dated("b", QUAKE_ONE_LOOK_ALIKE, look_alike_day)).story_id == (
            first.story_id
        )

    # Its words alone join it to the open story; a month without coverage keeps it apart.
    assert joins("2024-03-04")
    assert not joins("2024-04-05")


def test_a_follow_up_joins_a_closed_story_a_look_alike_does_not():
    index = StoryIndex(StorySettings(story_open_days=7))
    first = index.add(dated("a", QUAKE_ONE, "2024-03-01"))
    look_alike = index.add(dated("b", QUAKE_ONE_LOOK_ALIKE, "2024-04-05"))
    follow_up = index.add(dated("c", QUAKE_ONE_FOLLOW_UP, "2024-04-20"))
    assert look_alike.is_new_story
    assert follow_up.story_id == first.story_id
    strict = StoryIndex(StorySettings(story_open_days=7, follow_up_similarity=1.1))
    strict.add(dated("a", QUAKE_ONE, "2024-03-01"))
    assert strict.add(dated("c", QUAKE_ONE_FOLLOW_UP, "2024-04-20")).is_new_story


def test_undated_stories_close_after_a_number_of_arrivals():
    def run(limit: int | None) -> bool:
        index = StoryIndex(StorySettings(story_open_articles=limit))
        first = index.add(dated("a", QUAKE_ONE, None))
        index.add(dated("b", QUAKE_TWO, None))
        index.add(dated("c", "Parliament passed the budget bill after a long night vote.", None))
        return index.add(dated("d", QUAKE_ONE_LOOK_ALIKE, None)).story_id == first.story_id

    assert run(None)
    assert run(3)
    assert not run(2)


def test_moves_keep_the_story_state_equal_to_one_built_from_its_members():
    rng = random.Random(3)
    facts = {
        f"d{n}": MemberFacts(
            order=n,
            title=f"t{n}",
            published=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 9)),
            event_dates=(dt.date(2024, 1, rng.randint(1, 5)),),
            years=(("y:2024", 1.0),) if n % 3 else (("y:2023", 2.0),),
            indexed=n % 4 != 0,
        )
        for n in range(30)
    }
    moving = StoryState("s", None)
    for doc_id, fact in facts.items():
        moving.add_member(doc_id, fact)
    for doc_id in rng.sample(sorted(facts), 17):
        moving.remove_member(doc_id, facts[doc_id])
    fresh = StoryState("s", None)
    for doc_id in moving.doc_ids():
        fresh.add_member(doc_id, facts[doc_id])
    for name in (
        "indexed",
        "main_year",
        "published",
        "event_dates",
        "first_seen",
        "last_seen",
        "first_order",
    ):
        assert getattr(moving, name) == getattr(fresh, name), name
    assert moving.years.keys() == fresh.years.keys()


# -- rolling near-duplicate index -----------------------------------------------------------


def test_signatures_older_than_the_window_are_forgotten():
    original = minhash_signature(QUAKE_ONE)
    copy = minhash_signature(QUAKE_ONE + " Share this article.")
    index = NearDuplicateIndex(window_days=7)
    index.add("a", original, None, dt.date(2024, 3, 1))
    assert index.find(copy) == "a"
    index.add("b", minhash_signature(QUAKE_TWO), None, dt.date(2024, 3, 8))
    assert index.find(copy) == "a"
    index.add("c", minhash_signature(QUAKE_TWO), "b", dt.date(2024, 3, 9))
    assert "a" not in index and len(index) == 2
    assert index.find(copy) is None
    assert index.find(minhash_signature(QUAKE_TWO)) == "b"


def test_undated_signatures_roll_by_arrival():
    index = NearDuplicateIndex(window_documents=1)
    index.add("a", minhash_signature(QUAKE_ONE), None)
    index.add("b", minhash_signature(QUAKE_TWO), None)
    assert index.find(minhash_signature(QUAKE_ONE)) is None
    assert index.find(minhash_signature(QUAKE_TWO)) == "b"


def test_a_wire_copy_after_the_window_starts_its_own_story():
    index = StoryIndex(StorySettings(duplicate_window_days=3))
    index.add(dated("a", QUAKE_ONE, "2024-03-01"))
    index.add(dated("b", QUAKE_TWO, "2024-03-06"))
    assert index.add(dated("c", QUAKE_ONE + " Share this.", "2024-03-06")).duplicate_of is None


# -- events follow only the moved articles ----------------------------------------------------


def test_follow_stories_looks_only_at_the_events_of_moved_documents():
    index = EventIndex()
    for doc_id, code in (("a", "0611"), ("b", "190")):
        index.add(
            [report(doc_id, cameo=code, date=day("2024-11-24"))],
            story_id="s-" + doc_id,
            outlet=doc_id,
            duplicate_of=None,
            coder_version="t",
        )
    story_of = {"a": "s-new", "b": "s-new"}.__getitem__
    assert index.follow_stories(story_of, []) == []
    [moved] = index.follow_stories(story_of, ["a", "unknown"])
    assert index.event(moved).story_id == "s-new"
    assert {event.story_id for event in index.events()} == {"s-new", "s-b"}
    assert len(index.follow_stories(story_of)) == 1
    assert {event.story_id for event in index.events()} == {"s-new"}


# -- canonical values kept incrementally ------------------------------------------------------

ACTORS = [IRAN, IRAN_MILITARY, RUSSIA, RUSSIA_MILITARY, None]
DATES = [
    day("2024-11-24"),
    day("2024-11-25"),
    month("2024-11"),
    DateValue.unknown("none"),
    DateValue(dt.date(2024, 11, 20), "day", "publication", "fallback"),
]
reports_strategy = st.lists(
    st.builds(
        lambda doc, code, source, target, date, place: report(
            f"d{doc}", code, source, target, date, place
        ),
        st.integers(0, 5),
        st.sampled_from(["0611", "061", "042", "043", "19"]),
        st.sampled_from(ACTORS),
        st.sampled_from(ACTORS),
        st.sampled_from(DATES),
        st.sampled_from([None, ARDABIL, IRAN_PLACE]),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(reports_strategy)
def test_a_tally_chooses_what_a_full_recompute_chooses(reports: list[Report]):
    active = [active_view(item) for item in reports]
    source_of = {item.doc_id: "outlet-" + item.doc_id[-1:] for item in active}
    values = EventTally.of((item, source_of[item.doc_id]) for item in active).values()
    in_order = oriented(active)
    assert values.cameo == choose_code(in_order, source_of)
    assert values.source == choose_actor(in_order, "source", source_of)
    assert values.target == choose_actor(in_order, "target", source_of)
    assert values.date == choose_date(in_order, source_of)
    assert values.location == choose_place(in_order, source_of)
    assert values.independent_sources == len(set(source_of.values()))


@settings(max_examples=60, deadline=None)
@given(reports_strategy)
def test_events_merged_report_by_report_equal_events_rebuilt_from_scratch(reports):
    index = EventIndex()
    for doc in sorted({item.doc_id for item in reports}):
        index.add(
            [item for item in reports if item.doc_id == doc],
            story_id="s",
            outlet="o" + doc,
            duplicate_of=None,
            coder_version="t",
        )
    merged = index.events()
    rebuilt = EventIndex.restore(merged, {f"d{n}": ("od" + str(n), None) for n in range(6)})
    assert rebuilt.events() == merged


def test_a_regrouped_set_is_not_named_after_a_story_that_refuses_it():
    named = name_groups(
        [["a", "b", "c"]],
        {"a": "old", "b": "old", "c": "recent"},
        story_rank=lambda story_id: story_id,
        member_rank=lambda doc_id: doc_id,
        new_id=lambda doc_id: "new-" + doc_id,
        taken={"old", "recent"},
        accepts=lambda story_id, group: story_id != "old",
    )
    assert named == [(["a", "b", "c"], "recent")]
