"""Shared fixtures: the benchmark folder (skipped with a reason when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import BenchmarkDataMissing, shared_dir


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` folder; tests that need it skip with the reason when it is absent."""
    try:
        return shared_dir()
    except BenchmarkDataMissing as missing:
        pytest.skip(str(missing))
