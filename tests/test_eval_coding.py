"""The VOA quote score: strict PLOVER types, and the README's lenient variant for appeals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.coding import score_voa_quotes
from eventwire.pipeline import Resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def write_quotes(path: Path, labels: list[tuple[str, str]]) -> Path:
    record = {
        "id": "doc-1",
        "labels": [{"event": kind, "quote": quote, "source": "verify"} for kind, quote in labels]
        + [{"event": "ASSAULT", "quote": "screened only", "source": "screen"}],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_an_appeal_counts_as_a_request_only_in_the_lenient_recall(tmp_path, resources):
    path = write_quotes(
        tmp_path / "voa.jsonl",
        [
            ("REQUEST", "Germany urged Iran to release the detained journalists."),
            ("ASSAULT", "Rebels attacked a police station in the north of Mali."),
        ],
    )
    scores = score_voa_quotes(path, resources)
    assert scores["quotes"] == 2  # the screened label is not scored
    assert scores["per_type"] == {"ASSAULT": 1.0, "REQUEST": 0.0}
    assert scores["recall"] == 0.5
    assert scores["recall_lenient"] == 1.0
