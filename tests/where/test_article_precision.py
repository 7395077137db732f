"""Precision on whole articles: one test per kind of error found in the sample corpora."""

from __future__ import annotations

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Actor, Article, Participant, Place, Report
from eventwire.where import Gazetteer, find_place_mentions, locate_reports
from eventwire.where.gazetteer import vowel_changed


def _places(text: str, gazetteer: Gazetteer) -> dict[str, Place | None]:
    mentions = find_place_mentions(text, split_sentences(text), gazetteer)
    return {m.text: m.resolution for m in mentions}  # type: ignore[misc]


@pytest.mark.parametrize(
    ("key", "other", "expected"),
    [
        ("mambasa", "mombasa", True),  # one vowel for another: a different town
        ("mombasa", "mombasa", False),
        ("kharkiw", "kharkiv", False),  # a consonant: transliteration
        ("banjska", "bansko", False),  # different lengths
    ],
)
def test_vowel_changed(key: str, other: str, expected: bool) -> None:
    assert vowel_changed(key, other) is expected


def test_near_matches_skip_short_names_and_vowel_swaps(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup_fuzzy("Islamic") == []  # too short to mean anything
    assert all(c.entry.name != "Mombasa" for c in gazetteer.lookup_fuzzy("Mambasa"))


def test_variant_name_of_a_town_abroad_falls_back_to_the_article_area(
    gazetteer: Gazetteer,
) -> None:
    # "Mambasa" is a GeoNames alternate of Mombasa (Kenya); the article is about Ituri, Congo.
    text = (
        "Rebels attacked villages near Bunia in Congo on Sunday.\n"
        "Survivors fled to the town of Mambasa, residents said."
    )
    place = _places(text, gazetteer)["Mambasa"]
    assert place is not None and place.country == "COD"
    assert place.precision in ("admin1", "country")  # the precision says it is an area


def test_unknown_village_falls_back_to_the_country_its_sentence_names(
    gazetteer: Gazetteer,
) -> None:
    text = "Armed men attacked Kosovo police in the village of Banjska, killing one officer."
    place = _places(text, gazetteer)["Banjska"]
    assert place is not None and place.country == "XKX" and place.precision == "country"


def test_demonym_qualified_village_keeps_its_country(gazetteer: Gazetteer) -> None:
    # The gazetteer knows "Kok-Tash" only as a Tajik town's alternate name.
    text = "Guards clashed in Tajikistan and near the Kyrgyz village of Kok-Tash on Friday."
    place = _places(text, gazetteer)["Kok-Tash"]
    assert place is not None and place.country == "KGZ"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Warsaw expelled a diplomat, and Poland said Minsk had lied.", "Minsk", "BLR"),
        ("India summoned an envoy in Kashmir; Islamabad protested.", "Islamabad", "PAK"),
    ],
)
def test_main_name_of_a_great_city_beats_alternates_despite_context(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    place = _places(text, gazetteer)[name]
    assert place is not None and place.country == country and place.precision == "city"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Fighters loyal to the Islamic State attacked a village in Iraq.", "Islamic"),
        ("The Islamic Republic of Iran denied it.", "Islamic"),
        ("The Revolutionary Guard said drills began in Iran.", "Revolutionary"),
    ],
)
def test_organisation_words_are_not_places(gazetteer: Gazetteer, text: str, absent: str) -> None:
    places = _places(text, gazetteer)
    assert absent not in places
    assert any(p is not None and p.country in ("IRQ", "IRN") for p in places.values())


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Democratic Republic of Congo", "COD"),
        ("Congo", "COD"),
        ("Republic of Congo", "COG"),
    ],
)
def test_congo_names(gazetteer: Gazetteer, name: str, country: str) -> None:
    place = _places(f"Troops were sent to {name} last week.", gazetteer)[name]
    assert place is not None and place.country == country and place.precision == "country"


def test_cue_makes_a_known_name_a_place_before_said(gazetteer: Gazetteer) -> None:
    place = _places("Traders in the border town of Oujda said they hoped.", gazetteer)["Oujda"]
    assert place is not None and place.country == "MAR" and place.precision == "city"


def _located(text: str, gazetteer: Gazetteer, sentence: int, trigger: str) -> Report:
    article = Article(id="a", raw=text, raw_format="text", fingerprint="a", text=text)
    article.sentences = split_sentences(text)
    article.mentions = find_place_mentions(text, article.sentences, gazetteer)
    span = article.sentences[sentence]
    start = text.index(trigger, span.start)
    source_at = span.start if sentence else text.index("Kyrgyzstan")
    report = Report(
        doc_id="a",
        sentence=sentence,
        start=span.start,
        end=span.end,
        cameo="190",
        source=Participant(Actor("KGZ", "KGZ", None, "Kyrgyzstan"), "x", source_at, source_at),
        target=None,
        trigger_start=start,
        trigger_end=start + len(trigger),
    )
    article.reports = [report]
    locate_reports(article, gazetteer)
    return report


def test_dateline_city_is_not_the_event_location(gazetteer: Gazetteer) -> None:
    text = (
        "BISHKEK, June 17 (Wire) - Kyrgyzstan and Tajikistan began withdrawing troops "
        "from the border near Batken on Monday."
    )
    report = _located(text, gazetteer, 0, "withdrawing")
    assert report.location_text == "Batken"


@pytest.mark.parametrize(
    "opening",
    [
        "MOSCOW/KIEV, Nov 17 (Wire) -",
        "KHARKIV - Six",
        "DUSHANBE \u2013 At least",
        "DUBAI, Oct 22 -",
    ],
)
def test_dateline_forms(gazetteer: Gazetteer, opening: str) -> None:
    text = f"{opening} people were hurt in Vovchansk, officials said."
    article = Article(id="a", raw=text, raw_format="text", fingerprint="a", text=text)
    article.sentences = split_sentences(text)
    from eventwire.where.locate import is_dateline

    mentions = find_place_mentions(text, article.sentences, gazetteer)
    flags = {m.text: is_dateline(article, m) for m in mentions}
    assert flags.pop("Vovchansk") is False
    assert flags and all(flags.values())


def test_inferred_main_location_has_no_location_text(gazetteer: Gazetteer) -> None:
    text = (
        "Fighting broke out in Kharkiv on Friday.\n"
        "Officials in Kharkiv counted the dead.\n"
        "Later, soldiers clashed again."
    )
    report = _located(text, gazetteer, 2, "clashed")
    assert report.location is not None and report.location.country == "UKR"
    assert report.location_text is None
