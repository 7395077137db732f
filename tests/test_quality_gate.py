"""Quality gate: every `eventwire eval` score stays at or above its pinned floor.

Floors live in tests/quality_floors.json; the benchmark data lives in ../shared (the tests
skip with the reason when it is absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli.evaluation_commands import run_evaluation

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())
CHECKS = [
    (name, metric, floor)
    for name, metrics in FLOORS.items()
    if not name.startswith("_")
    for metric, floor in metrics.items()
]


@pytest.fixture(scope="module")
def results(shared):
    cache: dict[str, dict] = {}

    def result(name: str) -> dict:
        if name not in cache:
            cache[name] = run_evaluation(name)
        return cache[name]

    return result


def lookup(result: dict, dotted: str) -> float:
    value = result
    for key in dotted.split("."):
        if "skipped" in value:
            pytest.skip(f"{dotted}: {value['skipped']}")
        value = value[key]
    return value


@pytest.mark.parametrize(
    ("evaluation", "metric", "floor"), CHECKS, ids=[f"{n}:{m}" for n, m, _ in CHECKS]
)
def test_score_is_at_or_above_its_floor(results, evaluation, metric, floor):
    score = lookup(results(evaluation), metric)
    assert score >= floor, f"{evaluation} {metric} = {score:.4f}, below the floor {floor}"
