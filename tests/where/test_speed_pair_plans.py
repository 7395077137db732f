"""Fast paths of the places stage give what the full readings give: the plan says whether any
name of a run is one of a town pair, the subject country is counted without a heap, and the
border after a name is read whether or not a context word precedes it."""

from __future__ import annotations

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Mention, Place
from eventwire.where import Gazetteer
from eventwire.where.lexicon import load_lexicon
from eventwire.where.run_plans import plan_run
from eventwire.where.story_country import subject_country
from eventwire.where.toponyms import find_toponyms


@pytest.mark.parametrize(
    "run",
    ["Terespol and Krakow", "Marks and Spencer", "Lincoln", "Springfield, Illinois", "Baku"],
)
def test_a_plan_is_paired_exactly_when_one_of_its_names_is(run: str, gazetteer: Gazetteer) -> None:
    plan = plan_run(run + " x", len(run), False, gazetteer, load_lexicon())
    assert plan.paired == any(name.paired for name in plan.names)


def test_town_pairs_keep_their_cue_and_drop_without_one(gazetteer: Gazetteer) -> None:
    def names(text: str) -> list[tuple[str, str | None, bool]]:
        found = find_toponyms(text, split_sentences(text), gazetteer)
        return [(t.text, t.locative, t.tentative) for t in found]

    cued = names("Trucks queued at Terespol and Bobrowniki on Monday.")
    bare = names("Shoppers saw Terespol and Bobrowniki on Monday.")
    assert [name for name, _, _ in cued] == ["Terespol", "Bobrowniki"]
    assert all(locative == "at" and not tentative for _, locative, tentative in cued)
    assert len(bare) < len(cued)


@pytest.mark.parametrize(
    ("text", "border"),
    [
        ("Troops massed on the Poland border.", True),
        ("Troops massed near the Poland border.", True),
        ("Guards patrol Poland border posts.", True),
        ("Troops entered Poland frontier villages.", True),
        ("Troops entered Poland on Monday.", False),
    ],
)
def test_the_border_after_a_name_is_read_with_or_without_a_cue(
    text: str, border: bool, gazetteer: Gazetteer
) -> None:
    found = [t for t in find_toponyms(text, split_sentences(text), gazetteer) if t.text == "Poland"]
    assert [t.border for t in found] == [border]


def _place(country: str, sentence: int, start: int) -> Mention:
    place = Place(country, None, None, country, None, "country")
    return Mention(
        kind="place", start=start, end=start + 3, text=country, sentence=sentence,
        resolution=place,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        ([], None),
        (["GEO"], "GEO"),
        (["USA", "GEO", "GEO"], "GEO"),
        (["USA", "GEO"], None),
        (["USA", "GEO", "USA", "GEO", "RUS"], None),
        (["RUS", "USA", "GEO", "USA", "GEO", "GEO"], "GEO"),
    ],
)
def test_the_subject_country_is_the_one_named_most_and_none_on_a_tie(
    countries: list[str], expected: str | None
) -> None:
    mentions = [_place(country, index, index * 10) for index, country in enumerate(countries)]
    assert subject_country(mentions, {}) == expected


def test_the_subject_country_leaves_datelines_out() -> None:
    dateline = _place("USA", 0, 0)
    mentions = [dateline, _place("USA", 1, 10), _place("GEO", 2, 20), _place("GEO", 3, 30)]
    assert subject_country(mentions, {}) is None
    assert subject_country(mentions, {0: dateline}) == "GEO"
