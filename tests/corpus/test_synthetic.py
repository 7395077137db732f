"""The synthetic stream and the benchmark on a small scale."""

from __future__ import annotations

from eventwire.corpus.synthetic import DEFAULT_SEED_TEXTS, bench_corpus, synthetic_stream


def test_stream_is_deterministic_and_forms_stories_with_copies():
    first = list(synthetic_stream(DEFAULT_SEED_TEXTS, 60, seed=3))
    second = list(synthetic_stream(DEFAULT_SEED_TEXTS, 60, seed=3))
    assert [a.text for a in first] == [a.text for a in second]
    assert len({a.id for a in first}) == 60
    assert all(a.reports and a.outlet for a in first)
    assert len({a.text for a in first}) > 30


def test_bench_reports_throughput_and_memory():
    result = bench_corpus(300)
    assert result["articles"] == 300
    assert result["articles_per_second"] > 0
    assert 0 < result["stories"] < 300
    assert result["events"] >= result["stories"] * 0.5
    assert result["peak_memory_mb"] > 0
