"""A report's place in its sentence asks whether a place is attached to the trigger only of the
best options, best first, and still picks what testing every place first picked."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from locating import make_article, make_report

from eventwire.model import Mention, Place
from eventwire.where import Gazetteer
from eventwire.where.article_places import (
    ArticlePlaces,
    PlaceOption,
    _best,
    _best_of,
)
from eventwire.where.speaker_place import is_attached

_PRECISIONS = ("point", "city", "district", "admin1", "country", "region")


def _option(index: int, precision: str, locative: bool, border: bool, in_actor: bool):
    place = Place(f"P{index}", 0.0, 0.0, "IRN", None, precision, None)  # type: ignore[arg-type]
    mention = Mention("place", index * 10, index * 10 + 3, f"P{index}", 0, place)
    return PlaceOption(mention, place, locative, border, in_actor)


_OPTIONS = st.lists(
    st.tuples(st.sampled_from(_PRECISIONS), st.booleans(), st.booleans(), st.booleans()),
    max_size=8,
).map(lambda rows: [_option(index, *row) for index, row in enumerate(rows)])


@given(_OPTIONS, st.sets(st.integers(min_value=0, max_value=7)))
def test_best_of_the_admitted_is_the_best_admitted_option(options, admitted_indexes) -> None:
    def admitted(option: PlaceOption) -> bool:
        return options.index(option) in admitted_indexes

    expected = _best([o for o in options if admitted(o)])
    assert _best_of(options, admitted) is expected


def test_the_attachment_test_stops_at_the_first_admitted_option() -> None:
    options = [
        _option(0, "country", False, False, False),  # named only
        _option(1, "city", True, False, False),  # cued city: the best rank
        _option(2, "city", True, False, False),  # as good, but later
    ]
    asked: list[int] = []

    def admitted(option: PlaceOption) -> bool:
        asked.append(options.index(option))
        return True

    assert _best_of(options, admitted) is options[1]
    assert asked == [1]


TEXT = (
    "Police said gunmen attacked a checkpoint near Mashhad, which Tehran says was quiet, and "
    "fled towards Herat. The ministry condemned the attack in Kabul after talks in Doha.\n"
    "Iran and Turkey agreed in Ankara to reopen the border crossing near Van."
)


def _exhaustive(places: ArticlePlaces, report, as_spoken: bool = False):
    # What the stage did before: test every place of the sentence, then rank the attached ones.
    facts = places.facts
    cued_only = as_spoken or report.sentence in facts.dateline_sentences
    actors = places.act_actors[(report.sentence, report.trigger_start)]
    attached = [
        m
        for m in facts.by_sentence.get(report.sentence, [])
        if is_attached(facts.article.text, report, m, as_spoken=as_spoken)
    ]
    options = [places._option(m, actors) for m in attached]
    in_clause = [
        o for o in options if report.start <= o.mention.start and o.mention.end <= report.end
    ]
    best = _best([o for o in in_clause if o.locative] if cued_only else in_clause)
    return best if best is not None else _best([o for o in options if o.locative])


def test_the_place_in_the_sentence_is_the_one_testing_every_place_gives(
    gazetteer: Gazetteer,
) -> None:
    article = make_article(TEXT, gazetteer)
    article.reports = [
        make_report(article, "attacked", "190", ("gunmen", "---REB")),
        make_report(article, "fled", "190", ("gunmen", "---REB")),
        make_report(article, "condemned", "122", ("ministry", "---GOV")),
        make_report(article, "agreed", "030", ("Iran", "IRN"), ("Turkey", "TUR")),
    ]
    places = ArticlePlaces(article, gazetteer)
    chosen = []
    for report in article.reports:
        for as_spoken in (False, True):
            found = places.in_sentence(report, as_spoken=as_spoken)
            assert found == _exhaustive(places, report, as_spoken), (report.cameo, as_spoken)
            chosen.append(found.mention.text if found else None)
    # Not a vacuous comparison: the sentences do have places to choose, and drop some.
    assert "Mashhad" in chosen and "Ankara" in chosen
