"""Batch re-clustering of a window: average link over neighbourhood-weighed cosines, splitting
by local IDF, cutting by coverage pauses."""

from __future__ import annotations

import datetime as dt

import numpy as np
from scipy.spatial.distance import squareform

from eventwire.corpus.reclustering import (
    ReclusterSettings,
    WindowMember,
    name_groups,
    neighbourhood_distances,
    recluster,
)


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


def test_identical_articles_weeks_apart_are_one_story_told_again():
    early = dt.date(2024, 1, 1)
    late = dt.date(2024, 3, 1)
    members = [member("a", SHARED, early), member("b", SHARED, late), member("c", SHARED, early)]
    assert recluster(members, flat_idf) == [["a", "b", "c"]]


def kind_words_weigh_little(term: str) -> float:
    # The words of a kind of happening are common in any corpus; names are rare.
    return 0.3 if term in SHARED.split() else 1.0


def quakes(late: dt.date) -> list[WindowMember]:
    first = [
        member(f"a{n}", f"{SHARED} kermanshah moradi sarpol", dt.date(2024, 1, 1 + n))
        for n in range(3)
    ]
    return first + [member(f"b{n}", f"{SHARED} qeshm jafari tabl", late) for n in range(2)]


def test_look_alikes_in_one_week_stay_apart_by_their_neighbourhoods():
    # Each quake's articles are one another's nearest neighbours; the other quake is not
    # close enough to count, so the words of the kind do not carry a merge.
    assert recluster(quakes(dt.date(2024, 1, 4)), kind_words_weigh_little) == [
        ["a0", "a1", "a2"],
        ["b0", "b1"],
    ]
    # With every member counted as a neighbour, the same words do merge them.
    assert recluster(quakes(dt.date(2024, 1, 4)), kind_words_weigh_little, WORDS_MERGE) == [
        ["a0", "a1", "a2", "b0", "b1"]
    ]


# Neighbourhoods that cannot tell the two quakes apart: what the pause in coverage must do.
WORDS_MERGE = ReclusterSettings(neighbour_closeness=0.0)


def test_look_alikes_are_cut_apart_by_a_pause_in_coverage():
    # A month without coverage between them separates them.
    assert recluster(quakes(dt.date(2024, 2, 4)), kind_words_weigh_little, WORDS_MERGE) == [
        ["a0", "a1", "a2"],
        ["b0", "b1"],
    ]


def test_coverage_every_few_days_stays_one_story_and_undated_members_follow_it():
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=5 * n) for n in range(6)]
    members = [member(f"a{n}", f"{SHARED} kermanshah moradi", when) for n, when in enumerate(days)]
    members.append(member("undated", f"{SHARED} kermanshah moradi sarpol"))
    assert recluster(members, kind_words_weigh_little) == [[m.doc_id for m in members]]


def test_follow_up_needs_the_set_similarity():
    members = quakes(dt.date(2024, 2, 4))
    lenient = ReclusterSettings(neighbour_closeness=0.0, follow_up_similarity=0.1)
    assert recluster(members, kind_words_weigh_little, lenient) == [["a0", "a1", "a2", "b0", "b1"]]


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


def weighed_similarity(similarity: np.ndarray, neighbours: int) -> np.ndarray:
    before = similarity.copy()
    distances = neighbourhood_distances(similarity, neighbours)
    assert np.array_equal(similarity, before)  # the caller's matrix is left as it was
    return 1.0 - squareform(distances)


def test_neighbourhood_weighing_keeps_a_story_apart_from_a_look_alike_it_resembles():
    # Two tight stories (0.9 inside) that are 0.4 alike: the cosine alone would pass any
    # low join threshold, but neither story's articles are the other's neighbours.
    similarity = np.full((6, 6), 0.4)
    similarity[:3, :3] = similarity[3:, 3:] = 0.9
    np.fill_diagonal(similarity, 1.0)
    weighed = weighed_similarity(similarity, neighbours=2)
    assert weighed[0, 1] > 0.7
    assert weighed[0, 4] == 0.0


def test_an_article_without_positive_cosines_shares_no_neighbours():
    similarity = np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.0], [0.0, 0.0, 1.0]])
    weighed = weighed_similarity(similarity, neighbours=5)
    assert weighed[2, 0] == weighed[2, 1] == 0.0
    assert weighed[0, 1] > 0.0


def test_a_small_story_is_not_filled_up_with_look_alike_neighbours():
    # Three articles of one quake among six of another: with five neighbours each, the small
    # story must borrow some, and only the closeness rule keeps borrowed ones from counting.
    members = [member(f"a{n}", f"{SHARED} kermanshah sarpol moradi x{n}") for n in range(6)]
    members += [member(f"b{n}", f"{SHARED} qeshm tabl jafari") for n in range(3)]
    no_split = ReclusterSettings(split_ratio=1e9)
    assert sorted(recluster(members, kind_words_weigh_little, no_split)) == [
        [f"a{n}" for n in range(6)],
        ["b0", "b1", "b2"],
    ]
    borrowing = ReclusterSettings(split_ratio=1e9, neighbour_closeness=0.0)
    assert len(recluster(members, kind_words_weigh_little, borrowing)) == 1
