"""The event store: one SQL database (SQLite file by default), written by one writer.

Articles are keyed by content (``fingerprint``), so storing the same article twice is a no-op;
an article stored again under the same id with other content replaces the old version. Every
write of one article happens in one transaction, so a failure never leaves half an article.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, or_, select
from sqlalchemy.engine import make_url

from eventwire import codec
from eventwire.model import Article, Event, Found, Rejection, Sentence, Story
from eventwire.store import schema
from eventwire.store.migrations import apply_migrations

DEFAULT_DB_FILE = "eventwire.db"


class StoreUnavailable(RuntimeError):
    """The database cannot be opened (bad URL, missing driver, unreadable file)."""


def database_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or URL), else $EVENTWIRE_DB, else ./eventwire.db."""
    chosen = db or os.environ.get("EVENTWIRE_DB") or DEFAULT_DB_FILE
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen)}"


@dataclass(frozen=True)
class StoredArticleState:
    """What the corpus steps need back from a stored article."""

    doc_id: str
    profile: dict[str, Any] | None
    story_id: str | None
    duplicate_of: str | None
    outlet: str | None


class Store:
    """Read and write eventwire's tables. Use :meth:`open`."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, db: str | None = None) -> Store:
        """Open (creating and migrating if needed) the database named by ``db``."""
        url = database_url(db)
        try:
            engine = create_engine(url)
        except Exception as error:  # noqa: BLE001 - any driver/URL problem is one message
            raise StoreUnavailable(f"cannot open database {url!r}: {error}") from error
        if make_url(url).get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            with engine.begin() as connection:
                apply_migrations(connection)
        except Exception as error:  # noqa: BLE001
            raise StoreUnavailable(f"cannot open database {url!r}: {error}") from error
        return cls(engine)

    # -- articles -------------------------------------------------------------------------

    def article_id_with_fingerprint(self, fingerprint: str) -> str | None:
        with self.engine.connect() as connection:
            return connection.scalar(
                select(schema.articles.c.id).where(schema.articles.c.fingerprint == fingerprint)
            )

    def save_article(
        self,
        article: Article,
        *,
        origin: str,
        profile: dict[str, Any] | None,
        story_id: str | None,
        duplicate_of: str | None,
    ) -> None:
        """Store one analysed article with its sentences, mentions and reports (replacing an
        older version under the same id)."""
        with self.engine.begin() as connection:
            _delete_article_rows(connection, article.id)
            connection.execute(
                schema.articles.insert().values(
                    id=article.id,
                    fingerprint=article.fingerprint,
                    origin=origin,
                    raw_format=article.raw_format,
                    raw=article.raw,
                    url=article.url,
                    title=article.title,
                    text=article.text,
                    language=article.language,
                    outlet=article.outlet.value if article.outlet else None,
                    outlet_how=article.outlet.how if article.outlet else None,
                    published=codec.found_date_to_dict(article.published),
                    rejected_stage=article.rejected.stage if article.rejected else None,
                    rejected_reason=article.rejected.reason if article.rejected else None,
                    notes=list(article.notes),
                    story_id=story_id,
                    duplicate_of=duplicate_of,
                    profile=profile,
                    ingested_at=_now(),
                )
            )
            self._insert_analysis(connection, article)

    def update_analysis(self, article: Article) -> None:
        """Replace the mentions and reports of a stored article (after re-dating it)."""
        with self.engine.begin() as connection:
            for table in (schema.mentions, schema.reports, schema.sentences):
                connection.execute(delete(table).where(table.c.doc_id == article.id))
            connection.execute(
                schema.articles.update()
                .where(schema.articles.c.id == article.id)
                .values(published=codec.found_date_to_dict(article.published))
            )
            self._insert_analysis(connection, article)

    def _insert_analysis(self, connection: Any, article: Article) -> None:
        if article.sentences:
            connection.execute(
                schema.sentences.insert(),
                [
                    {"doc_id": article.id, "idx": s.index, "start": s.start, "end": s.end}
                    for s in article.sentences
                ],
            )
        if article.mentions:
            connection.execute(
                schema.mentions.insert(),
                [
                    {"doc_id": article.id, "idx": index, **codec.mention_to_dict(m)}
                    for index, m in enumerate(article.mentions)
                ],
            )
        if article.reports:
            connection.execute(
                schema.reports.insert(),
                [
                    {
                        "id": r.id,
                        "doc_id": r.doc_id,
                        "cameo": r.cameo,
                        "modality": r.modality,
                        "date": r.date.iso(),
                        "body": codec.report_to_dict(r),
                    }
                    for r in article.reports
                ],
            )

    def load_article(self, doc_id: str) -> Article | None:
        """A stored article with its sentences, mentions and reports."""
        with self.engine.connect() as connection:
            row = (
                connection.execute(select(schema.articles).where(schema.articles.c.id == doc_id))
                .mappings()
                .first()
            )
            if row is None:
                return None
            sentence_rows = connection.execute(
                select(schema.sentences)
                .where(schema.sentences.c.doc_id == doc_id)
                .order_by(schema.sentences.c.idx)
            ).mappings()
            mention_rows = connection.execute(
                select(schema.mentions)
                .where(schema.mentions.c.doc_id == doc_id)
                .order_by(schema.mentions.c.idx)
            ).mappings()
            report_rows = connection.execute(
                select(schema.reports.c.body).where(schema.reports.c.doc_id == doc_id)
            ).scalars()
            article = Article(
                id=row["id"],
                raw=row["raw"],
                raw_format=row["raw_format"],
                fingerprint=row["fingerprint"],
                url=row["url"],
                title=row["title"],
                text=row["text"],
                language=row["language"],
                outlet=Found(row["outlet"], row["outlet_how"] or "") if row["outlet"] else None,
                published=codec.found_date_from_dict(row["published"]),
                rejected=Rejection(row["rejected_stage"], row["rejected_reason"] or "")
                if row["rejected_stage"]
                else None,
                notes=list(row["notes"] or []),
                sentences=[Sentence(s["idx"], s["start"], s["end"]) for s in sentence_rows],
                mentions=[codec.mention_from_dict(dict(m)) for m in mention_rows],
                reports=[codec.report_from_dict(body) for body in report_rows],
            )
        article.reports.sort(key=lambda r: r.index)
        return article

    def article_states(self) -> Iterator[StoredArticleState]:
        """Every stored article's corpus state, in ingest order (for restoring indexes)."""
        query = select(
            schema.articles.c.id,
            schema.articles.c.profile,
            schema.articles.c.story_id,
            schema.articles.c.duplicate_of,
            schema.articles.c.outlet,
        ).order_by(schema.articles.c.ingested_at, schema.articles.c.id)
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield StoredArticleState(
                    row.id, row.profile, row.story_id, row.duplicate_of, row.outlet
                )

    def move_articles(self, moves: Iterable[tuple[str, str]]) -> list[tuple[str, str | None, str]]:
        """Put articles in other stories; returns ``(doc_id, old story, new story)`` each."""
        moved = []
        with self.engine.begin() as connection:
            for doc_id, new_story in moves:
                old_story = connection.scalar(
                    select(schema.articles.c.story_id).where(schema.articles.c.id == doc_id)
                )
                connection.execute(
                    schema.articles.update()
                    .where(schema.articles.c.id == doc_id)
                    .values(story_id=new_story)
                )
                moved.append((doc_id, old_story, new_story))
        return moved

    def record_failure(self, origin: str, reason: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                schema.input_failures.insert().values(origin=origin, reason=reason, at=_now())
            )

    # -- corpus ---------------------------------------------------------------------------

    def save_corpus(
        self,
        events: Iterable[Event],
        removed_event_ids: Iterable[str],
        stories: Iterable[Story],
        *,
        removed_story_ids: Iterable[str] = (),
    ) -> None:
        """Write changed events and stories; drop events and stories that no longer exist."""
        with self.engine.begin() as connection:
            gone = list(removed_story_ids)
            if gone:
                connection.execute(delete(schema.stories).where(schema.stories.c.id.in_(gone)))
            removed = list(removed_event_ids)
            if removed:
                connection.execute(delete(schema.events).where(schema.events.c.id.in_(removed)))
            for item in events:
                connection.execute(delete(schema.events).where(schema.events.c.id == item.id))
                connection.execute(
                    schema.events.insert().values(
                        id=item.id,
                        story_id=item.story_id,
                        cameo=item.cameo,
                        cameo_root=item.cameo[:2],
                        source_country=item.source.country if item.source else None,
                        target_country=item.target.country if item.target else None,
                        date=item.date.iso(),
                        body=codec.event_state_to_dict(item),
                    )
                )
                for report in item.reports:
                    connection.execute(
                        schema.reports.update()
                        .where(schema.reports.c.id == report.id)
                        .values(event_id=item.id)
                    )
            for story in stories:
                connection.execute(delete(schema.stories).where(schema.stories.c.id == story.id))
                connection.execute(
                    schema.stories.insert().values(
                        id=story.id,
                        title=story.title,
                        first_seen=story.first_seen.isoformat() if story.first_seen else None,
                        last_seen=story.last_seen.isoformat() if story.last_seen else None,
                        doc_ids=list(story.doc_ids),
                        event_ids=list(story.event_ids),
                    )
                )

    def events_where(
        self,
        *,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        since: str | None = None,
        until: str | None = None,
        code_prefixes: Iterable[str] = (),
        story_id: str | None = None,
        event_ids: Iterable[str] | None = None,
    ) -> list[Event]:
        """Stored events filtered by actor country, dyad (either direction), ISO dates, CAMEO
        code prefixes (any of them), story and ids; every filter given must hold.

        A coarse date (``2024-11``) compares as its first day.
        """
        table = schema.events
        query = select(table.c.body)
        if actor:
            query = query.where(
                or_(table.c.source_country == actor, table.c.target_country == actor)
            )
        if dyad:
            first, second = dyad
            query = query.where(
                or_(
                    (table.c.source_country == first) & (table.c.target_country == second),
                    (table.c.source_country == second) & (table.c.target_country == first),
                )
            )
        if since:
            query = query.where(table.c.date >= since)
        if until:
            query = query.where(table.c.date <= until)
        prefixes = list(code_prefixes)
        if prefixes:
            query = query.where(or_(*(table.c.cameo.startswith(p) for p in prefixes)))
        if story_id:
            query = query.where(table.c.story_id == story_id)
        if event_ids is not None:
            query = query.where(table.c.id.in_(list(event_ids)))
        # Undated events last: "oldest first" should open with the oldest dated event.
        query = query.order_by(table.c.date.is_(None), table.c.date, table.c.id)
        with self.engine.connect() as connection:
            return [codec.event_state_from_dict(body) for body in connection.scalars(query)]

    def top_dyads(self, limit: int = 5) -> list[tuple[str, str, int]]:
        """The country pairs with most events (either direction), most first."""
        table = schema.events
        query = (
            select(table.c.source_country, table.c.target_country, func.count())
            .where(table.c.source_country.is_not(None), table.c.target_country.is_not(None))
            .where(table.c.source_country != table.c.target_country)
            .group_by(table.c.source_country, table.c.target_country)
        )
        pairs: dict[tuple[str, str], int] = {}
        with self.engine.connect() as connection:
            for source, target, count in connection.execute(query):
                key = (min(source, target), max(source, target))
                pairs[key] = pairs.get(key, 0) + count
        ranked = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
        return [(a, b, count) for (a, b), count in ranked[:limit]]

    def article_evidence(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """Cleaned text and outlet (``None`` when unknown) of the given articles, by id."""
        wanted = sorted(set(doc_ids))
        found: dict[str, tuple[str, str | None]] = {}
        table = schema.articles
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                query = select(table.c.id, table.c.text, table.c.outlet).where(
                    table.c.id.in_(chunk)
                )
                found.update({row.id: (row.text, row.outlet) for row in connection.execute(query)})
        return found

    def stories(self) -> list[Story]:
        query = select(schema.stories).order_by(schema.stories.c.first_seen, schema.stories.c.id)
        with self.engine.connect() as connection:
            return [
                Story(
                    id=row.id,
                    title=row.title,
                    doc_ids=list(row.doc_ids),
                    first_seen=_date_or_none(row.first_seen),
                    last_seen=_date_or_none(row.last_seen),
                    event_ids=list(row.event_ids),
                )
                for row in connection.execute(query)
            ]

    def counts(self) -> dict[str, int]:
        """Row counts: articles (and how many were rejected), stories, reports, events."""
        with self.engine.connect() as connection:

            def count(table: Any, *where: Any) -> int:
                return connection.scalar(select(func.count()).select_from(table).where(*where)) or 0

            return {
                "articles": count(schema.articles),
                "rejected": count(schema.articles, schema.articles.c.rejected_stage.is_not(None)),
                "stories": count(schema.stories),
                "reports": count(schema.reports),
                "events": count(schema.events),
                "input_failures": count(schema.input_failures),
            }


def _delete_article_rows(connection: Any, doc_id: str) -> None:
    for table in (schema.mentions, schema.reports, schema.sentences):
        connection.execute(delete(table).where(table.c.doc_id == doc_id))
    connection.execute(delete(schema.articles).where(schema.articles.c.id == doc_id))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _date_or_none(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
