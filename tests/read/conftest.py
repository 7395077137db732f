"""Fixtures for the read tests: the local news site (one per module) and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from read_site import FakeTime, LocalSite, serve_site


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    """A local news site, started for each test module and shut down after it."""
    with serve_site() as running:
        yield running


@pytest.fixture
def fake_time() -> FakeTime:
    """A clock that moves only when the code under test sleeps."""
    return FakeTime()
