"""The synthetic stream and the benchmark on a small scale."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.corpus.synthetic import (
    DEFAULT_SEED_TEXTS,
    bench_corpus,
    synthetic_stories,
    synthetic_stream,
)


def test_stream_is_deterministic_and_forms_stories_with_copies():
    first = list(synthetic_stream(DEFAULT_SEED_TEXTS, 60, seed=3))
    second = list(synthetic_stream(DEFAULT_SEED_TEXTS, 60, seed=3))
    assert [a.text for a in first] == [a.text for a in second]
    assert len({a.id for a in first}) == 60
    assert all(a.reports and a.outlet for a in first)
    assert len({a.text for a in first}) > 30


def test_planned_stories_have_several_articles_and_look_alike_neighbours():
    planned = list(synthetic_stories(DEFAULT_SEED_TEXTS, 2_000, seed=1))
    sizes = Counter(key for key, _ in planned)
    assert sum(sizes.values()) / len(sizes) >= 4
    assert max(sizes.values()) >= 10
    # Far more stories than seed texts: most stories have look-alikes of the same kind.
    assert len(sizes) > 20 * len(DEFAULT_SEED_TEXTS)


def test_bench_reports_throughput_memory_and_story_quality():
    result = bench_corpus(300, batch_size=100)
    assert result["articles"] == 300
    assert result["articles_per_second"] > 0
    assert result["cpu_seconds"] > 0
    assert 0 < result["stories"] < 300
    assert result["events"] >= result["stories"] * 0.5
    assert result["story_bcubed_f1"] > 0.6
    assert result["peak_memory_mb"] > 0


def test_profiles_on_worker_processes_give_the_same_stories():
    alone = bench_corpus(240, batch_size=80, workers=1)
    pooled = bench_corpus(240, batch_size=80, workers=2)
    for key in ("stories", "events", "story_bcubed_f1"):
        assert pooled[key] == alone[key]
    assert pooled["workers"] == 2


def test_bench_refuses_a_batch_of_nothing():
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        bench_corpus(10, batch_size=0)
