"""Speed benchmarks behind ``eventwire bench``: each stage group timed on one core.

The per-article benchmarks run on the bundled sample corpus (always present), repeated until a
measurement lasts long enough to be stable, and count CPU seconds of this one process: a rate
"per core" that other load on the machine does not distort. The corpus benchmark runs on a
synthetic stream of articles generated from seed texts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from eventwire.model import Article
from eventwire.pipeline import Resources, check_order, run_stages
from eventwire.read.inputs import RawDocument, read_inputs
from eventwire.stages import article_from_document, gazetteer, knowledge

MIN_SECONDS = 2.0


def sample_documents() -> list[RawDocument]:
    from eventwire.ingest import sample_corpus_path

    return [d for d in read_inputs([sample_corpus_path()]) if isinstance(d, RawDocument)]


def timed_rate(run_once: Callable[[], int], min_seconds: float = MIN_SECONDS) -> tuple[float, int]:
    """Repeat ``run_once`` (which returns how many units it processed) for ``min_seconds`` of
    CPU time; returns (units per CPU second, units processed)."""
    units = 0
    start = time.process_time()
    while True:
        units += run_once()
        elapsed = time.process_time() - start
        if elapsed >= min_seconds:
            return units / elapsed, units


def _analysed(
    documents: Sequence[RawDocument], stages: Sequence[str], resources: Resources
) -> list[Article]:
    plan = check_order(stages)
    return [run_stages(article_from_document(d), plan, resources) for d in documents]


def bench_cleaning(documents: Sequence[RawDocument]) -> Iterator[dict[str, Any]]:
    from eventwire.clean import clean_article

    for form in ("text", "html"):
        chosen = [d for d in documents if d.raw_format == form]

        def run(chosen: list[RawDocument] = chosen, form: str = form) -> int:
            for document in chosen:
                clean_article(document.content, form, url=document.url)
            return len(chosen)

        rate, count = timed_rate(run)
        yield {
            "benchmark": f"clean_{form}",
            "articles_per_s": round(rate, 1),
            "articles": count,
            "target": ">= 500 articles/s" if form == "text" else None,
        }


def bench_stage_group(
    name: str,
    articles: list[Article],
    stages: Sequence[str],
    resources: Resources,
    unit: str,
    target: str,
) -> dict[str, Any]:
    """Time re-running ``stages`` on already-prepared articles."""
    plan = check_order(stages, provided=_PROVIDED)
    sentences = sum(len(a.sentences) for a in articles)

    def run() -> int:
        for article in articles:
            run_stages(article, plan, resources)
        return sentences if unit == "sentences" else len(articles)

    rate, count = timed_rate(run)
    return {"benchmark": name, f"{unit}_per_s": round(rate, 1), unit: count, "target": target}


# The stages that resolve when and where (actor localisation sits between the two location
# stages, which read what it decides).
DATES_AND_PLACES = (
    "dates",
    "places",
    "date_reports",
    "locate_reports",
    "localise_actors",
    "locate_verbal_acts",
)

_PROVIDED = (
    "raw",
    "text",
    "sentences",
    "actor_mentions",
    "date_mentions",
    "place_mentions",
    "reports",
    "report_dates",
    "report_places",
)


def run_benchmarks(*, corpus_articles: int = 100_000) -> Iterator[dict[str, Any]]:
    """Every benchmark, one result dict each (printed as JSON lines by the CLI)."""
    from eventwire.corpus.synthetic import bench_corpus

    resources = Resources()
    knowledge(resources)
    gazetteer(resources)  # load once, outside the timings
    documents = sample_documents()
    yield from bench_cleaning(documents)
    articles = _analysed(documents, ("clean", "sentences"), resources)
    articles = [a for a in articles if a.rejected is None]
    yield bench_stage_group(
        "analysis_and_coding",
        articles,
        ("actors", "code"),
        resources,
        "sentences",
        ">= 2000 sentences/s per core",
    )
    prepared = _analysed(documents, ("clean", "sentences", "actors", "code"), resources)
    prepared = [a for a in prepared if a.rejected is None]
    yield bench_stage_group(
        "dates_and_places",
        prepared,
        DATES_AND_PLACES,
        resources,
        "articles",
        ">= 1000 articles/s per core",
    )
    yield {
        "benchmark": "stories_and_merging",
        **bench_corpus(corpus_articles, workers=2),
        "target": ">= 1000 articles/s on 2 cores, < 2 GB",
    }
