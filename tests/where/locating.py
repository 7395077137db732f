"""Small articles and reports for the report-location tests, located as the pipeline does."""

from __future__ import annotations

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Actor, Article, Participant, Report
from eventwire.where import Gazetteer, find_place_mentions, locate_reports, locate_verbal_acts


def make_article(text: str, gazetteer: Gazetteer, doc_id: str = "a") -> Article:
    """An article of ``text`` with its sentences and place mentions found."""
    article = Article(id=doc_id, raw=text, raw_format="text", fingerprint="f", text=text)
    article.sentences = split_sentences(text)
    article.mentions = find_place_mentions(text, article.sentences, gazetteer)
    return article


def participant(article: Article, sentence_start: int, name: str, code: str) -> Participant:
    """``name`` (first found from ``sentence_start``) as an actor coded ``code``."""
    at = article.text.index(name, sentence_start)
    country = code[:3] if code[:3] not in ("---", "IGO") else None
    return Participant(Actor(code, country, code[3:] or None, name), name, at, at + len(name))


def make_report(
    article: Article,
    trigger: str,
    cameo: str,
    source: tuple[str, str] | None = None,
    target: tuple[str, str] | None = None,
    modality: str = "asserted",
) -> Report:
    """A report of the sentence holding ``trigger``; ``source``/``target`` are (name, code)."""
    start = article.text.index(trigger)
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    return Report(
        doc_id=article.id,
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        cameo=cameo,
        source=participant(article, sentence.start, *source) if source else None,
        target=participant(article, sentence.start, *target) if target else None,
        trigger_start=start,
        trigger_end=start + len(trigger),
        modality=modality,  # type: ignore[arg-type]
    )


def locate(article: Article, gazetteer: Gazetteer, *reports: Report) -> list[Report]:
    """``reports`` located by both pipeline stages (actor localisation between them aside)."""
    article.reports = list(reports)
    locate_reports(article, gazetteer)
    locate_verbal_acts(article, gazetteer)
    return article.reports


def places_and_texts(article: Article, gazetteer: Gazetteer, *reports: Report) -> list[tuple]:
    """(place name, ``location_text``) of each report once located."""
    return [
        (r.location.name if r.location else None, r.location_text)
        for r in locate(article, gazetteer, *reports)
    ]


def places_and_countries(article: Article, gazetteer: Gazetteer, *reports: Report) -> list[tuple]:
    """(place name, country) of each report once located."""
    return [
        (r.location.name if r.location else None, r.location.country if r.location else None)
        for r in locate(article, gazetteer, *reports)
    ]
