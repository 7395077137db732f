"""The default gazetteer, built once per test session (cached on disk after the first build)."""

from __future__ import annotations

import pytest

from eventwire.where import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()
