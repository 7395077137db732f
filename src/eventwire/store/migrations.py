"""Named migrations, applied once each and recorded in the ``migrations`` table.

Append new migrations to ``MIGRATIONS``; never edit or reorder an applied one. Each is a
function of an open connection inside a transaction, written with SQLAlchemy Core so that it runs
on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from eventwire.store import schema

Migration = Callable[[Connection], None]


def _initial_schema(connection: Connection) -> None:
    tables = [table for name, table in schema.metadata.tables.items() if name != "migrations"]
    schema.metadata.create_all(connection, tables=tables)


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial_schema", _initial_schema),
]


def apply_migrations(connection: Connection) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now."""
    if not inspect(connection).has_table("migrations"):
        schema.migrations.create(connection)
    done = set(connection.scalars(select(schema.migrations.c.name)))
    applied = []
    for name, migrate in MIGRATIONS:
        if name in done:
            continue
        migrate(connection)
        connection.execute(
            schema.migrations.insert().values(
                name=name, applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            )
        )
        applied.append(name)
    return applied
