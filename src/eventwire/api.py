"""The library calls behind the command line: each CLI command is one of these plus formatting."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.code.ontology import all_codes
from eventwire.corpus.dyads import DyadSeries, dyad_series
from eventwire.model import Event
from eventwire.output import article_to_json, event_to_json, story_to_json
from eventwire.pipeline import Resources, StageFailed
from eventwire.read.inputs import InputFailure, document_from_record, read_file
from eventwire.stages import DEFAULT_STAGES, RAW_STAGES, analyse_document
from eventwire.store import Store


@dataclass(frozen=True)
class EventQuery:
    """What ``eventwire events`` asks for; every filter given must hold.

    ``codes`` are CAMEO code prefixes (``19`` a root, ``062`` a code with its sub-codes), any of
    which may match; ``quads`` are quad classes 1–4, any of which may match; ``min_sources``
    counts independent sources; ``limit`` keeps the first events in date order.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    since: str | None = None
    until: str | None = None
    codes: tuple[str, ...] = ()
    quads: tuple[int, ...] = ()
    story: str | None = None
    min_sources: int | None = None
    limit: int | None = None


def query_events(
    store: Store, query: EventQuery | None = None, **filters: Any
) -> list[dict[str, Any]]:
    """Stored events as public JSON objects, filtered like ``eventwire events``.

    Args:
        store: the event store.
        query: the filters; keyword arguments (``actor=``, ``since=``…) build one instead.
    """
    query = query or EventQuery(**filters)
    prefixes = _code_prefixes(query.codes, query.quads)
    if prefixes == []:
        return []
    events = store.events_where(
        actor=query.actor,
        dyad=query.dyad,
        since=query.since,
        until=query.until,
        code_prefixes=prefixes or (),
        story_id=query.story,
    )
    if query.min_sources is not None:
        events = [e for e in events if e.independent_sources >= query.min_sources]
    if query.limit is not None:
        events = events[: query.limit]
    return _events_json(store, events)


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One stored event as public JSON, or ``None`` when there is no event with that id."""
    events = store.events_where(event_ids=[event_id])
    return _events_json(store, events)[0] if events else None


def _events_json(store: Store, events: list[Event]) -> list[dict[str, Any]]:
    evidence = store.article_evidence(r.doc_id for e in events for r in e.reports)
    texts = {doc_id: text for doc_id, (text, _) in evidence.items()}
    outlets = {doc_id: outlet for doc_id, (_, outlet) in evidence.items()}
    return [event_to_json(e, texts, outlets) for e in events]


def _code_prefixes(codes: tuple[str, ...], quads: tuple[int, ...]) -> list[str] | None:
    """CAMEO prefixes that satisfy both filters (``None``: no code filter; ``[]``: nothing can).

    A quad class is a set of roots; a code prefix passes when its root is in one of the quads.
    """
    if not quads:
        return list(codes) or None
    roots = sorted({c.root for c in all_codes() if c.quad_class in quads})
    if not codes:
        return roots
    return [code for code in codes if code[:2] in roots]


def query_stories(store: Store) -> list[dict[str, Any]]:
    """Stored stories as public JSON objects, oldest first."""
    return [story_to_json(s) for s in store.stories()]


def query_dyad(
    store: Store,
    first: str,
    second: str,
    *,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
) -> DyadSeries:
    """How relations between two actors (country or IGO codes) moved, over events dated from
    ``since`` to ``until`` (ISO dates, both optional)."""
    events = store.events_where(dyad=(first, second), since=since, until=until)
    return dyad_series(events, first, second, by=by)  # type: ignore[arg-type]


def analyze_lines(
    lines: Iterable[str], *, raw: bool = False, resources: Resources | None = None
) -> Iterator[dict[str, Any]]:
    """Analyse JSONL records (``id``, ``text`` or ``html``, optional ``published``, ``url``)
    without touching a database; one output object per input line, in input order.

    A line that cannot be used yields ``{"id": …, "error": "…"}`` in its place.
    """
    resources = resources or Resources()
    stages = RAW_STAGES if raw else DEFAULT_STAGES
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield {"id": None, "line": number, "error": f"line is not valid JSON ({error.msg})"}
            continue
        document = document_from_record(record, f"line {number}", default_id=f"line-{number}")
        if isinstance(document, InputFailure):
            yield {"id": _record_id(record), "line": number, "error": document.reason}
            continue
        try:
            yield article_to_json(analyse_document(document, resources, stages=stages))
        except StageFailed as failure:
            yield {"id": document.id, "line": number, "error": str(failure)}


def _record_id(record: object) -> Any:
    return record.get("id") if isinstance(record, dict) else None


def extract_file(path: Path) -> list[dict[str, Any]]:
    """The cleaned title and body of each document in one input file.

    Raises:
        ValueError: when the file cannot be read (the message says why).
    """
    from eventwire.clean import clean_article

    results = []
    for item in read_file(path):
        if isinstance(item, InputFailure):
            raise ValueError(str(item))
        cleaned = clean_article(item.content, item.raw_format, url=item.url, title=item.title)  # type: ignore[arg-type]
        results.append(
            {
                "id": item.id,
                "title": cleaned.title,
                "text": cleaned.text,
                "language": cleaned.language,
                "rejected": cleaned.rejected.reason if cleaned.rejected else None,
            }
        )
    return results
