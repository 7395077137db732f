"""Re-running the dates-and-places stages on an analysed article gives the first run's output.

``eventwire bench`` times exactly such a second pass, and ``eventwire ingest`` re-runs the
dating stages when a story supplies an undated article's date: both must see what the first
pass produced, not what it would produce when fed its own output.
"""

from __future__ import annotations

import pytest

from eventwire.bench import _PROVIDED, DATES_AND_PLACES, sample_documents
from eventwire.code.localise import coded_participants
from eventwire.model import Article
from eventwire.pipeline import Resources, check_order, run_stages
from eventwire.stages import DEFAULT_STAGES, article_from_document, gazetteer, knowledge


@pytest.fixture(scope="module")
def resources() -> Resources:
    resources = Resources()
    knowledge(resources)
    gazetteer(resources)
    return resources


@pytest.fixture(scope="module")
def analysed(resources: Resources) -> list[Article]:
    plan = check_order(DEFAULT_STAGES)
    articles = [run_stages(article_from_document(d), plan, resources) for d in sample_documents()]
    return [a for a in articles if a.rejected is None]


def _dump(articles: list[Article]) -> list[str]:
    # Mentions grouped by kind (each kind in its found order): the dates stage appends its
    # mentions after the others', so re-dating alone moves them without changing them.
    return [
        "\n".join(
            [
                a.id,
                *(repr(m) for m in sorted(a.mentions, key=lambda m: m.kind)),
                *map(repr, a.reports),
                repr(a.notes),
            ]
        )
        for a in articles
    ]


def test_sample_corpus_has_reports_that_localisation_changes(analysed: list[Article]) -> None:
    # Guards the test below against passing vacuously on a corpus nothing re-localises.
    changed = sum(
        (r.source, r.target) != coded_participants(r) for a in analysed for r in a.reports
    )
    assert changed >= 5


@pytest.mark.parametrize(
    "stages", [DATES_AND_PLACES, ("dates", "date_reports")], ids=["bench", "redate"]
)
def test_rerun_gives_first_run_output(
    analysed: list[Article], resources: Resources, stages: tuple[str, ...]
) -> None:
    first = _dump(analysed)
    plan = check_order(stages, provided=_PROVIDED)
    for _ in range(2):
        for article in analysed:
            run_stages(article, plan, resources)
        again = _dump(analysed)
        differing = [a.id for a, x, y in zip(analysed, first, again, strict=True) if x != y]
        assert not differing, f"re-run changed {len(differing)} articles, e.g. {differing[:5]}"
