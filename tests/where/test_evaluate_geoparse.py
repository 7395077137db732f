from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import BenchmarkDataMissing
from eventwire.evaluate.geoparse import (
    benchmark_geoparse,
    evaluate_geoparse,
    great_circle_km,
    read_corpus,
)
from eventwire.where import Gazetteer


def test_great_circle_distance() -> None:
    assert great_circle_km(0, 0, 0, 0) == 0
    assert great_circle_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)


def test_missing_corpus_says_where_to_look(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkDataMissing, match="eval/geoparse/README.md"):
        read_corpus(tmp_path, "lgl")


def test_evaluation_runs_on_a_slice(shared: Path, gazetteer: Gazetteer) -> None:
    scores = evaluate_geoparse(shared, corpora=("lgl", "geowebnews"), limit=20, gazetteer=gazetteer)
    for corpus in ("lgl", "geowebnews"):
        recognition = scores[corpus]["recognition"]
        assert 0.3 < recognition["precision"] <= 1.0
        assert 0.2 < recognition["recall"] <= 1.0
        assert 0.4 < scores[corpus]["oracle"]["acc_at_161km"] <= 1.0


def test_benchmark_reports_speed(shared: Path, gazetteer: Gazetteer) -> None:
    speed = benchmark_geoparse(shared, corpora=("geovirus",), repeat=1, gazetteer=gazetteer)
    assert speed["articles"] == 229 and speed["words_per_article"] > 50
    assert speed["articles_per_second"] > 0 and speed["ms_per_600_words"] > 0
