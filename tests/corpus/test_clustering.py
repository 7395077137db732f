"""Story clustering against ECB+ (read from ../shared at run time)."""

from __future__ import annotations

import pytest

from eventwire.evaluate.clustering import bcubed, evaluate_clustering, pairwise


def test_scores_on_a_hand_made_clustering():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "1", "d": "2"}
    assert bcubed(gold, gold)["f1"] == 1.0
    scores = bcubed(predicted, gold)
    assert scores["precision"] == pytest.approx((2 / 3 * 2 + 1 / 3 + 1) / 4, abs=1e-4)
    assert scores["recall"] == pytest.approx((1 + 1 + 0.5 + 0.5) / 4, abs=1e-4)
    assert pairwise(predicted, gold) == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}


def test_ecbplus_dev_clustering_quality(shared):
    result = evaluate_clustering(shared, splits=("dev",))["dev"]
    assert result["documents"] == 197
    # Measured 0.982 with re-clustering after every 50 articles (seeds 0-2 alike); a drop
    # means a real regression.
    assert result["bcubed"]["f1"] >= FLOOR


FLOOR = 0.95
