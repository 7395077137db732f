"""Batch re-clustering of a window: merging by average link, splitting by local IDF."""

from __future__ import annotations

import datetime as dt

from eventwire.corpus.reclustering import WindowMember, name_groups, recluster


def member(doc_id: str, words: str, published: dt.date | None = None) -> WindowMember:
    return WindowMember(doc_id, {word: 1.0 for word in words.split()}, published)


def flat_idf(term: str) -> float:
    return 1.0


SHARED = "quake island rescue killed injured collapsed houses ferry governor"


def test_two_happenings_of_one_kind_are_split_by_what_only_they_share():
    members = [member(f"a{n}", f"{SHARED} kermanshah sarpol moradi x{n}") for n in range(4)]
    members += [member(f"b{n}", f"{SHARED} qeshm tabl jafari y{n}") for n in range(4)]
    groups = recluster(members, flat_idf)
    assert sorted(groups) == [["a0", "a1", "a2", "a3"], ["b0", "b1", "b2", "b3"]]


def test_one_happening_told_many_ways_stays_one_story():
    members = [member(f"a{n}", f"{SHARED} kermanshah moradi w{n} v{n}") for n in range(8)]
    assert recluster(members, flat_idf) == [[f"a{n}" for n in range(8)]]


def test_articles_weeks_apart_are_never_grouped():
    early = dt.date(2024, 1, 1)
    late = dt.date(2024, 3, 1)
    members = [member("a", SHARED, early), member("b", SHARED, late), member("c", SHARED, early)]
    assert sorted(recluster(members, flat_idf)) == [["a", "c"], ["b"]]


def test_groups_keep_the_id_of_the_story_that_held_most_of_them():
    story_of = {"a": "s1", "b": "s1", "c": "s2", "d": "s1"}
    named = name_groups(
        [["a", "b"], ["c", "d"]],
        story_of,
        story_rank=lambda story_id: story_id,
        member_rank=lambda doc_id: doc_id,
        new_id=lambda doc_id: "new-" + doc_id,
        taken={"s1", "s2"},
    )
    assert named == [(["a", "b"], "s1"), (["c", "d"], "s2")]
    split = name_groups(
        [["a", "b", "d"], ["c"]],
        {"a": "s1", "b": "s1", "c": "s1", "d": "s1"},
        story_rank=lambda story_id: story_id,
        member_rank=lambda doc_id: doc_id,
        new_id=lambda doc_id: "s1",
        taken={"s1"},
    )
    assert split == [(["a", "b", "d"], "s1"), (["c"], "s1-2")]


def test_a_member_without_features_stays_alone():
    members = [member(f"a{n}", f"{SHARED} kermanshah moradi") for n in range(3)]
    members.append(WindowMember("empty", {}, None))
    assert sorted(recluster(members, flat_idf)) == [["a0", "a1", "a2"], ["empty"]]
