from __future__ import annotations

import dataclasses
import datetime as dt

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Actor, Article, DateValue, Participant, Report
from eventwire.where import Gazetteer, find_place_mentions, locate_reports

TEXT = (
    "Iran launched a joint military drill Sunday in northwestern Ardabil province "
    "with Azerbaijan.\n"
    "The four-day exercise is taking place in Qarakhan Zor District near the Azerbaijan border.\n"
    "Special forces of both armies are participating in the drill.\n"
    "Ties were strained after a gunman attacked the Azerbaijani embassy in Tehran.\n"
    "A delegation was received at the Bileh Savar Border Terminal in Ardabil."
)


def _report(
    article: Article, sentence: int, trigger: str, source: str | None = None, **extra
) -> Report:
    span = article.sentences[sentence]
    start = article.text.index(trigger, span.start)
    participant = None
    if source is not None:
        at = article.text.index(source, span.start)
        participant = Participant(Actor("IRN", "IRN", None, source), source, at, at + len(source))
    return Report(
        doc_id=article.id,
        sentence=sentence,
        start=span.start,
        end=span.end,
        cameo="042",
        source=participant,
        target=None,
        trigger_start=start,
        trigger_end=start + len(trigger),
        **extra,
    )


def _article(gazetteer: Gazetteer) -> Article:
    article = Article(id="a1", raw=TEXT, raw_format="text", fingerprint="f", text=TEXT)
    article.sentences = split_sentences(TEXT)
    article.mentions = find_place_mentions(TEXT, article.sentences, gazetteer)
    return article


def test_reports_are_located_where_they_happened(gazetteer: Gazetteer) -> None:
    article = _article(gazetteer)
    article.reports = [
        _report(article, 0, "launched", source="Iran"),
        _report(article, 1, "taking place"),
        _report(article, 2, "participating"),
        _report(article, 3, "attacked", modality="historical"),
        _report(article, 4, "received"),
    ]
    locate_reports(article, gazetteer)
    found = [(r.location_text, r.location.precision, r.location.admin1) for r in article.reports]
    assert found == [
        ("Ardabil", "admin1", "Ardabil"),  # not Iran (the actor) nor Azerbaijan ("with")
        ("Qarakhan Zor", "admin1", "Ardabil"),  # unknown district: its province
        (None, "admin1", "Ardabil"),  # no place in the sentence: the main area, inferred
        ("Tehran", "city", "Tehran"),  # the embassy's city
        ("Bileh Savar", "city", "Ardabil"),  # the more specific of the two
    ]


def test_historical_report_without_place_stays_unlocated(gazetteer: Gazetteer) -> None:
    article = _article(gazetteer)
    article.reports = [_report(article, 2, "participating", modality="historical")]
    locate_reports(article, gazetteer)
    assert article.reports[0].location is None and article.reports[0].location_text is None


def test_a_demonym_is_not_where_the_event_happened(gazetteer: Gazetteer) -> None:
    text = "Iranian forces held a drill on Monday.\nThe drill ended on Tuesday."
    article = Article(id="a2", raw=text, raw_format="text", fingerprint="f", text=text)
    article.sentences = split_sentences(text)
    article.mentions = find_place_mentions(text, article.sentences, gazetteer)
    assert [m.text for m in article.mentions] == ["Iranian"]  # found, as benchmarks count it
    article.reports = [_report(article, 0, "held"), _report(article, 1, "ended")]
    locate_reports(article, gazetteer)
    assert [r.location for r in article.reports] == [None, None]


def test_a_place_that_is_another_target_of_the_same_act_does_not_locate(
    gazetteer: Gazetteer,
) -> None:
    text = "The commander issued new threats against Israel and the United States."
    article = Article(id="a3", raw=text, raw_format="text", fingerprint="f", text=text)
    article.sentences = split_sentences(text)
    article.mentions = find_place_mentions(text, article.sentences, gazetteer)
    assert "Israel" in [m.text for m in article.mentions]

    def aimed_at(name: str, code: str) -> Report:
        at = text.index(name)
        target = Participant(Actor(code, code, None, name), name, at, at + len(name))
        return dataclasses.replace(_report(article, 0, "threats"), target=target)

    article.reports = [aimed_at("Israel", "ISR"), aimed_at("United States", "USA")]
    locate_reports(article, gazetteer)
    assert [r.location_text for r in article.reports] == [None, None]


def test_background_report_is_not_given_the_articles_main_place(gazetteer: Gazetteer) -> None:
    article = _article(gazetteer)
    recent = _report(
        article, 2, "participating", date=DateValue(dt.date(2024, 11, 25), "day", "explicit")
    )
    background = _report(
        article, 2, "participating", date=DateValue(dt.date(2023, 1, 1), "month", "explicit")
    )
    article.reports = [recent, background]
    locate_reports(article, gazetteer)
    assert recent.location is not None and recent.location.admin1 == "Ardabil"
    assert background.location is None  # January 2023: not where today's drill is
