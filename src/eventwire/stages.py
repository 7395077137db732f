"""The per-article stages, registered in pipeline order, and the function that runs them.

read → clean → sentences → actors → dates → places → code → date reports → locate reports.
Each stage is a thin adapter from the model to one library module; the modules hold the logic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Article, DateValue, Found
from eventwire.pipeline import Resources, StageFailed, check_order, run_stages, stage
from eventwire.read.inputs import RawDocument

DEFAULT_STAGES = (
    "clean",
    "sentences",
    "actors",
    "dates",
    "places",
    "code",
    "date_reports",
    "locate_reports",
    "localise_actors",
    "locate_verbal_acts",
)
# --raw: the input text is analysed exactly as given, so offsets index it.
RAW_STAGES = ("raw_text",) + DEFAULT_STAGES[1:]
REDATE_STAGES = ("dates", "date_reports")


def knowledge(resources: Resources) -> Any:
    from eventwire.code.knowledge import load_knowledge

    options = resources.options
    return resources.get(
        "knowledge",
        lambda: load_knowledge(
            [Path(p) for p in options.get("actor_files", ())],
            [Path(p) for p in options.get("pattern_files", ())],
        ),
    )


def gazetteer(resources: Resources) -> Any:
    """The gazetteer: ``options["gazetteer_file"]``, else $EVENTWIRE_GAZETTEER, else the default
    one built from installed packages."""
    import os

    from eventwire.where import load_gazetteer

    chosen = resources.options.get("gazetteer_file") or os.environ.get("EVENTWIRE_GAZETTEER")
    return resources.get("gazetteer", lambda: load_gazetteer(Path(chosen) if chosen else None))


@stage("clean", requires=("raw",), assigns=("text", "title", "language", "published", "outlet"))
def clean_stage(article: Article, resources: Resources) -> None:
    """Clean the raw form into text, title, language, date and outlet; values supplied with
    the input win, being better evidence than ones guessed from the text."""
    from eventwire.clean import clean_article

    cleaned = clean_article(article.raw, article.raw_format, url=article.url, title=article.title)
    article.text = cleaned.text
    article.title = article.title or cleaned.title
    article.language = cleaned.language
    article.published = article.published or cleaned.published
    article.outlet = article.outlet or cleaned.outlet
    article.rejected = article.rejected or cleaned.rejected
    article.notes.extend(cleaned.notes)


@stage("raw_text", requires=("raw",), assigns=("text",))
def raw_text_stage(article: Article, resources: Resources) -> None:
    article.text = article.raw


@stage("sentences", requires=("text",), assigns=("sentences",))
def sentences_stage(article: Article, resources: Resources) -> None:
    article.sentences = split_sentences(article.text)


@stage("actors", requires=("sentences",), assigns=("actor_mentions",))
def actors_stage(article: Article, resources: Resources) -> None:
    from eventwire.analyse.actors import find_actor_mentions

    article.mentions = [m for m in article.mentions if m.kind != "actor"]
    article.mentions.extend(
        find_actor_mentions(article.text, article.sentences, knowledge(resources))
    )


@stage("dates", requires=("sentences",), assigns=("date_mentions",))
def dates_stage(article: Article, resources: Resources) -> None:
    from eventwire.when import find_date_mentions

    article.mentions = [m for m in article.mentions if m.kind != "date"]
    article.mentions.extend(find_date_mentions(article.text, article.sentences, article.published))


@stage("places", requires=("sentences",), assigns=("place_mentions",))
def places_stage(article: Article, resources: Resources) -> None:
    from eventwire.where import find_place_mentions

    article.mentions = [m for m in article.mentions if m.kind != "place"]
    article.mentions.extend(
        find_place_mentions(article.text, article.sentences, gazetteer(resources))
    )


@stage("code", requires=("actor_mentions",), assigns=("reports",))
def code_stage(article: Article, resources: Resources) -> None:
    from eventwire.code.coder import code_article

    article.reports = code_article(
        article.text,
        article.sentences,
        article.mentions_of("actor"),
        knowledge(resources),
        doc_id=article.id,
    )


@stage("date_reports", requires=("reports", "date_mentions"), assigns=("report_dates",))
def date_reports_stage(article: Article, resources: Resources) -> None:
    from eventwire.when import date_reports

    date_reports(article)


@stage("locate_reports", requires=("reports", "place_mentions"), assigns=("report_places",))
def locate_reports_stage(article: Article, resources: Resources) -> None:
    from eventwire.where import locate_reports

    locate_reports(article, gazetteer(resources))


@stage("localise_actors", requires=("report_places",), assigns=("report_actor_countries",))
def localise_actors_stage(article: Article, resources: Resources) -> None:
    """Give sector-only actors (police, protesters, gunmen) the country where they acted."""
    from eventwire.code.localise import localise_actors

    localise_actors(article)


@stage(
    "locate_verbal_acts",
    requires=("report_actor_countries",),
    assigns=("verbal_act_places",),
)
def locate_verbal_acts_stage(article: Article, resources: Resources) -> None:
    """Place statements, appeals and condemnations where their speaker was."""
    from eventwire.where import locate_verbal_acts

    locate_verbal_acts(article, gazetteer(resources))


def article_from_document(document: RawDocument) -> Article:
    """A fresh, unanalysed Article for a raw document (input metadata carried over)."""
    article = Article(
        id=document.id,
        raw=document.content,
        raw_format="html" if document.raw_format == "html" else "text",
        fingerprint=document.fingerprint,
        url=document.url,
        title=document.title,
    )
    if document.outlet:
        article.outlet = Found(document.outlet, "input field")
    if document.published:
        published = parse_published(document.published)
        if published is None:
            article.notes.append(f"ignored unreadable 'published' value {document.published!r}")
        else:
            article.published = Found(published, "input field")
    return article


def parse_published(text: str) -> DateValue | None:
    """An ISO date or date-time from an input field, as a day-precision DateValue."""
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None
    return DateValue(value, "day", "explicit", "input field")


def analyse_document(
    document: RawDocument, resources: Resources, *, stages: Sequence[str] = DEFAULT_STAGES
) -> Article:
    """Run the per-article stages on one raw document.

    Raises:
        StageFailed: naming the failing stage and the article.
    """
    return run_stages(article_from_document(document), check_order(stages), resources)


def redate_article(article: Article, anchor: dt.date, resources: Resources) -> Article:
    """Re-resolve an undated article's dates against an anchor its story supplied."""
    article.published = Found(
        DateValue(anchor, "day", "story", "publication date taken from the article's story"),
        "story",
    )
    return run_stages(article, check_order(REDATE_STAGES, provided=_ALL_ASSIGNED), resources)


_ALL_ASSIGNED = ("raw", "text", "sentences", "actor_mentions", "place_mentions", "reports")

_worker_resources: Resources | None = None


def _init_worker(options: dict[str, Any]) -> None:
    global _worker_resources
    _worker_resources = Resources(options=options)


def _analyse_in_worker(document: RawDocument, stages: Sequence[str]) -> Article | StageFailed:
    assert _worker_resources is not None
    try:
        return analyse_document(document, _worker_resources, stages=stages)
    except StageFailed as failure:
        return failure


def analyse_documents(
    documents: Iterable[RawDocument],
    resources: Resources,
    *,
    workers: int = 1,
    stages: Sequence[str] = DEFAULT_STAGES,
) -> Iterator[tuple[RawDocument, Article | StageFailed]]:
    """Analyse documents in input order, on ``workers`` processes when more than one.

    A failing article yields its :class:`StageFailed` instead of stopping the batch.
    """
    if workers <= 1:
        for document in documents:
            try:
                yield document, analyse_document(document, resources, stages=stages)
            except StageFailed as failure:
                yield document, failure
        return
    batch = list(documents)
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(resources.options,)
    ) as pool:
        results = pool.map(_analyse_in_worker, batch, [stages] * len(batch), chunksize=8)
        yield from zip(batch, results, strict=True)
