"""Near-duplicates and incremental stories."""

from __future__ import annotations

import datetime as dt

from corpus_helpers import article, day, report

from eventwire.corpus.profile import ArticleProfile, profile_article
from eventwire.corpus.stories import StoryIndex, StorySettings

QUAKE_ONE = (
    "A magnitude 6.1 earthquake struck the town of Kermanshah in western Iran on Monday, "
    "killing 42 people and injuring 310, governor Reza Moradi said. Rescue teams from the Red "
    "Crescent searched collapsed houses in Sarpol through the night. Moradi said 12 villages "
    "near Kermanshah had lost power and water."
)
QUAKE_ONE_REWRITE = (
    "Rescuers in Kermanshah dug through rubble after Monday's quake killed 42 people. The "
    "governor, Reza Moradi, said 310 were hurt and that the Red Crescent had sent teams to "
    "Sarpol. Power is out in 12 villages around Kermanshah, Moradi said."
)
# Another quake in the same province a month later: the same kind of news and the same
# place, but other figures and other officials.
QUAKE_ONE_LOOK_ALIKE = (
    "A magnitude 5.2 earthquake struck near Kermanshah in western Iran on Friday, killing 3 "
    "people and injuring 57, provincial official Hamid Rezaei said. Red Crescent teams "
    "searched damaged houses in the villages through the night."
)
QUAKE_TWO = (
    "An earthquake of magnitude 5.4 hit the island of Qeshm in southern Iran on Thursday, "
    "killing 7 people and injuring 95, the Hormozgan crisis chief Ali Jafari said. Houses in "
    "the villages of Tabl and Dargahan collapsed. Jafari said rescue teams from Bandar Abbas "
    "reached Qeshm by ferry."
)
QUAKE_TWO_REWRITE = (
    "Seven people died when a quake shook Qeshm island on Thursday, Ali Jafari, head of crisis "
    "management in Hormozgan, told reporters. In Tabl and Dargahan 95 people were hurt, and "
    "teams crossed from Bandar Abbas by ferry to reach Qeshm, Jafari said."
)


def test_two_different_earthquakes_stay_in_different_stories():
    index = StoryIndex()
    texts = [QUAKE_ONE, QUAKE_TWO, QUAKE_ONE_REWRITE, QUAKE_TWO_REWRITE]
    assignments = [
        index.add(profile_article(article(f"d{n}", text))) for n, text in enumerate(texts)
    ]
    assert assignments[0].is_new_story and assignments[1].is_new_story
    assert assignments[2].story_id == assignments[0].story_id
    assert assignments[3].story_id == assignments[1].story_id
    assert assignments[0].story_id != assignments[1].story_id


def test_wire_copy_with_other_boilerplate_is_a_duplicate_of_the_original():
    index = StoryIndex()
    original = index.add(profile_article(article("wire", QUAKE_ONE, title="Quake kills 42")))
    copy_text = (
        "Home > World > Middle East\n"
        + QUAKE_ONE.replace("searched", "combed")
        + ("\nShare this story. Sign up for our daily newsletter.")
    )
    copy = index.add(profile_article(article("copy", copy_text, title="Iran quake toll 42")))
    rewrite = index.add(profile_article(article("rewrite", QUAKE_ONE_REWRITE)))
    assert copy.duplicate_of == "wire" and copy.story_id == original.story_id
    assert rewrite.duplicate_of is None and rewrite.story_id == original.story_id


def test_time_window_separates_look_alikes_far_apart_but_not_a_retelling():
    index = StoryIndex()
    first = index.add(profile_article(article("old", QUAKE_ONE, published="2023-01-02")))
    # A year later, another quake in the same province is a story of its own...
    look_alike = article("look-alike", QUAKE_ONE_LOOK_ALIKE, published="2024-06-01")
    assert index.add(profile_article(look_alike)).is_new_story
    # ...while a retelling with the same officials and toll is the first quake again.
    later = index.add(profile_article(article("new", QUAKE_ONE_REWRITE, published="2024-06-01")))
    assert later.story_id == first.story_id


def test_an_undated_article_is_placed_in_time_by_the_dates_its_text_states():
    index = StoryIndex()
    first = index.add(profile_article(article("old", QUAKE_ONE, published="2023-01-02")))
    for n, text in enumerate([QUAKE_TWO, QUAKE_TWO_REWRITE]):
        index.add(profile_article(article(f"other{n}", text, published="2023-03-01")))
    # Another Red Crescent story from western Iran, with no publication date but a date its
    # text states a year and a half later: similar words, another time.
    floods = (
        "Floods in northern Iran forced hundreds of families from their homes on Tuesday. The "
        "Red Crescent set up tents for those who lost houses, and officials said villages near "
        "the Caspian coast were cut off."
    )
    stated = [report("floods", date=day("2024-06-04"))]
    assert index.add(profile_article(article("floods", floods, reports=stated))).is_new_story
    index.recluster_recent()  # the batch step must not undo it either
    assert index.story_of("floods") != index.story_of("old") == first.story_id


def test_reference_date_prefers_publication_then_report_dates():
    index = StoryIndex()
    dated = [report("b", date=day("2024-11-24")), report("b", date=day("2024-11-20"), sentence=1)]
    a = index.add(profile_article(article("a", QUAKE_ONE, reports=dated)))
    assert index.reference_date(a.story_id) == dt.date(2024, 11, 24)
    index.add(profile_article(article("c", QUAKE_ONE_REWRITE, published="2024-11-26")))
    assert index.reference_date(a.story_id) == dt.date(2024, 11, 26)


def test_adding_twice_changes_nothing_and_restore_continues_the_same_way():
    profiles = [
        profile_article(article(f"d{n}", text))
        for n, text in enumerate([QUAKE_ONE, QUAKE_TWO, QUAKE_ONE_REWRITE])
    ]
    index = StoryIndex()
    assignments = [index.add(profile) for profile in profiles]
    assert index.add(profiles[0]).story_id == assignments[0].story_id
    assert [story.doc_ids for story in index.stories()] == [["d0", "d2"], ["d1"]]
    stored = [ArticleProfile.from_dict(profile.to_dict()) for profile in profiles]
    restored = StoryIndex.restore(
        (profile, found.story_id, found.duplicate_of)
        for profile, found in zip(stored, assignments, strict=True)
    )
    last = profile_article(article("d3", QUAKE_TWO_REWRITE))
    assert restored.add(last).story_id == index.add(last).story_id == assignments[1].story_id
    assert restored.story_of("d2") == assignments[0].story_id


def test_story_of_undated_articles_takes_its_dates_from_the_reports():
    index = StoryIndex()
    drill = [report("a", date=day("2024-11-24")), report("a", date=day("2024-11-22"), sentence=1)]
    index.add(profile_article(article("a", QUAKE_ONE, reports=drill)))
    [story] = index.stories()
    assert (story.first_seen, story.last_seen) == (dt.date(2024, 11, 22), dt.date(2024, 11, 24))
    no_dates = StoryIndex()
    no_dates.add(profile_article(article("b", QUAKE_TWO)))
    assert no_dates.stories()[0].first_seen is None


def test_recluster_merges_a_story_split_by_early_decisions_and_reports_the_moves():
    index = StoryIndex()
    texts = [QUAKE_ONE, QUAKE_TWO, QUAKE_ONE_REWRITE, QUAKE_TWO_REWRITE]
    for number, text in enumerate(texts):
        index.add(profile_article(article(f"d{number}", text)))
    # Pretend the rewrite had been put on its own, as a greedy step on poor IDF may do.
    index._apply_moves([("d2", "story-lost")])
    assert len(index.stories()) == 3
    moves = index.recluster_recent()
    assert moves == [("d2", index.story_of("d0"))]
    assert [story.doc_ids for story in index.stories()] == [["d0", "d2"], ["d1", "d3"]]
    assert index.recluster_recent() == []


def _profile(doc_id: str, terms: dict[str, float]) -> ArticleProfile:
    return ArticleProfile(doc_id=doc_id, title=None, published=None, outlet=None, terms=terms)


def test_a_feature_held_by_most_recent_articles_links_nothing():
    def stream(settings: StorySettings) -> list[bool]:
        index = StoryIndex(settings)
        # Every article leans on one word that most of the window shares; only names differ.
        return [
            index.add(_profile(f"d{n}", {"common": 5.0, f"n:name{n}": 0.2})).is_new_story
            for n in range(12)
        ]

    capped = StorySettings(postings_per_term=4, common_term_share=0.05)
    assert all(stream(capped)[5:])
    uncapped = StorySettings(postings_per_term=4, common_term_share=1.0)
    assert not any(stream(uncapped)[1:])


def test_restored_index_knows_which_features_are_common():
    settings = StorySettings(postings_per_term=2, common_term_share=0.05)
    index = StoryIndex(settings)
    assigned = []
    for n in range(6):
        profile = _profile(f"d{n}", {"common": 5.0, f"n:name{n}": 0.2})
        assigned.append((profile, index.add(profile).story_id, None))
    restored = StoryIndex.restore(assigned, settings)
    probe = _profile("probe", {"common": 5.0, "n:other": 0.2})
    from_restored, from_original = restored.add(probe), index.add(probe)
    assert from_restored == from_original
    assert from_original.is_new_story
