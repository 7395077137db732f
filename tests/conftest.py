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


POSTGRES_URL_VARIABLE = "EVENTWIRE_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_store(request, tmp_path):
    """An empty store on SQLite, and on PostgreSQL when $EVENTWIRE_TEST_POSTGRES_URL names a
    database the tests may wipe (skipped otherwise)."""
    import os

    from eventwire.store import Store
    from eventwire.store.schema import metadata

    if request.param == "sqlite":
        yield Store.open(str(tmp_path / "fresh.db"))
        return
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"set {POSTGRES_URL_VARIABLE} to a disposable PostgreSQL database to run")
    store = Store.open(url)
    with store.engine.begin() as connection:
        metadata.drop_all(connection)
    store.engine.dispose()
    store = Store.open(url)
    yield store
    store.engine.dispose()
