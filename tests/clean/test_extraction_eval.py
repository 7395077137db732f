"""The extraction scorer agrees with the benchmark's reference scorer; the evaluation runs."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.clean import clean_article
from eventwire.evaluate.extraction import (
    evaluate_extraction,
    read_rows,
    score_aeb,
    score_snippets,
)


def reference_scorer(shared: Path) -> ModuleType:
    path = shared / "eval" / "extraction" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_aeb_scores_match_reference(shared: Path) -> None:
    rows = list(read_rows(shared / "eval" / "extraction" / "textmode_aeb.jsonl.gz", limit=12))
    predictions: dict[str, str | None] = {}
    for number, row in enumerate(rows):
        # A mix of outputs the scorer must treat alike: cleaned, raw, truncated, empty, missing.
        kind = number % 5
        if kind == 0:
            predictions[row["id"]] = clean_article(row["page_text"], "text").text
        elif kind == 1:
            predictions[row["id"]] = row["page_text"]
        elif kind == 2:
            predictions[row["id"]] = row["expected_text"][: len(row["expected_text"]) // 2]
        elif kind == 3:
            predictions[row["id"]] = None
    reference, _ = reference_scorer(shared).score_aeb(rows, predictions, 0, 0)
    ours = score_aeb([(row["expected_text"], predictions.get(row["id"])) for row in rows])
    for key in ("f1", "precision", "recall", "accuracy"):
        assert ours[key] == pytest.approx(reference[key], abs=1e-12)


def test_snippet_scores_match_reference(shared: Path) -> None:
    rows = list(read_rows(shared / "eval" / "extraction" / "trafilatura_eval.jsonl.gz", limit=8))
    predictions: dict[str, str | None] = {}
    for number, row in enumerate(rows):
        snippets = row["with"][: number % 3 + 1] + row["without"][: number % 2]
        predictions[row["id"]] = None if number == 5 else "\n  ".join(snippets)
    reference, _ = reference_scorer(shared).score_trafilatura(rows, predictions)
    ours = score_snippets([(row["with"], row["without"], predictions[row["id"]]) for row in rows])
    for key in ("f1", "precision", "recall", "accuracy"):
        assert ours[key] == pytest.approx(reference[key], abs=1e-12)


def test_evaluate_extraction_reports_every_benchmark(shared: Path) -> None:
    results = evaluate_extraction(shared, limit=2)
    assert set(results) == {"aeb_html", "trafilatura_html", "aeb_text", "trafilatura_text_standin"}
    standin = results.pop("trafilatura_text_standin")
    if importlib.util.find_spec("inscriptis") is None:
        assert "pip install inscriptis" in standin["skipped"]
    else:
        assert 1 <= standin["pages"] <= 2
    for scores in results.values():
        assert scores["pages"] == 2
        assert 0.0 <= scores["precision"] <= 1.0 and 0.0 <= scores["recall"] <= 1.0


def test_standin_flattening_keeps_blocks_on_lines_and_drops_noscript(shared: Path) -> None:
    pytest.importorskip("inscriptis", reason="dev-only dependency: pip install inscriptis==2.7.6")
    from eventwire.evaluate.extraction import _textmode_flattener

    flatten = _textmode_flattener()
    page = (
        "<html><head><title>T</title></head><body><noscript><div>Enable JS</noscript>"
        "<nav><ul><li>Home</li><li>World</li></ul></nav><p>First <b>bold</b> line.</p>"
        "<table><tr><td>a</td><td>b</td></tr></table>"
        "<section style='display:none'>Hidden</section></body></html>"
    )
    assert [line for line in flatten(page).split("\n") if line] == [
        "Home", "World", "First bold line.", "a", "b", "Hidden",
    ]  # fmt: skip


def test_standin_keeps_only_pages_whose_snippets_survive(shared: Path) -> None:
    pytest.importorskip("inscriptis", reason="dev-only dependency: pip install inscriptis==2.7.6")
    from eventwire.evaluate.extraction import textmode_standin_rows

    path = shared / "eval" / "extraction" / "trafilatura_eval.jsonl.gz"
    for row in textmode_standin_rows(path, limit=5):
        flat = " ".join(row["page_text"].split())
        assert all(" ".join(snippet.split()) in flat for snippet in row["with"])
