"""Fixtures shared by the coder's tests: the package lexicons and the pipeline's resources."""

from __future__ import annotations

import pytest

from eventwire.code.knowledge import Knowledge, load_knowledge
from eventwire.pipeline import Resources


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    """The package lexicons with no user files; loading them once keeps the suite fast."""
    return load_knowledge()


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Default pipeline resources; they are read-only caches, so one instance serves all tests."""
    return Resources()
