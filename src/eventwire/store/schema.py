"""The SQL schema (SQLAlchemy Core), portable between SQLite and PostgreSQL.

Nothing here is SQLite-only: JSON columns use SQLAlchemy's generic ``JSON`` type, dates are ISO
strings (so coarse dates like ``2024-11`` sort and compare as text), keys are strings.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("origin", Text),
    Column("raw_format", String(10), nullable=False),
    Column("raw", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("language", String(20)),
    Column("outlet", String(300)),
    Column("outlet_how", String(100)),
    Column("published", JSON),
    Column("rejected_stage", String(50)),
    Column("rejected_reason", Text),
    Column("notes", JSON),
    Column("story_id", String(100), index=True),
    Column("duplicate_of", String(300)),
    Column("profile", JSON),
    Column("ingested_at", String(40), nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String(300), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", String(300), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("resolution", JSON),
    Column("confidence", Float, nullable=False),
)

reports = Table(
    "reports",
    metadata,
    Column("id", String(400), primary_key=True),
    Column("doc_id", String(300), ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    Column("cameo", String(8), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("date", String(10)),
    Column("event_id", String(100), index=True),
    Column("body", JSON, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("story_id", String(100), index=True),
    Column("cameo", String(8), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("source_country", String(20), index=True),
    Column("target_country", String(20), index=True),
    Column("date", String(10), index=True),
    Column("body", JSON, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("title", Text),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("doc_ids", JSON, nullable=False),
    Column("event_ids", JSON, nullable=False),
)

input_failures = Table(
    "input_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(40), nullable=False),
)

Index("events_dyad", events.c.source_country, events.c.target_country, events.c.date)
