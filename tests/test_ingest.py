"""Ingest as a whole: incremental batches keep the store consistent, and re-runs agree."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from eventwire import api
from eventwire.ingest import ingest, sample_corpus_path
from eventwire.pipeline import Resources
from eventwire.store import Store, schema


def stored_story_ids(store: Store) -> dict[str, str | None]:
    with store.engine.connect() as connection:
        rows = connection.execute(select(schema.articles.c.id, schema.articles.c.story_id))
        return {row.id: row.story_id for row in rows}


def assert_consistent(store: Store) -> None:
    article_story = stored_story_ids(store)
    stories = {s["id"]: s for s in api.query_stories(store)}
    for doc_id, story_id in article_story.items():
        assert story_id in stories and doc_id in stories[story_id]["doc_ids"], doc_id
    for story in stories.values():
        assert story["doc_ids"], story["id"]
    for event in api.query_events(store):
        assert event["story_id"] in stories
        assert event["id"] in stories[event["story_id"]]["event_ids"]


def test_batches_keep_stories_and_events_consistent(tmp_path):
    files = sorted(p for p in sample_corpus_path().iterdir() if p.suffix != ".md")
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, chosen in ((first, files[::2]), (second, files[1::2])):
        folder.mkdir()
        for path in chosen:
            shutil.copy(path, folder / path.name)
    store = Store.open(str(tmp_path / "batches.db"))
    resources = Resources()
    ingest([first], store, resources)
    assert_consistent(store)
    ingest([second], store, resources)
    assert_consistent(store)


def test_the_same_input_gives_the_same_events(tmp_path):
    results = []
    for name in ("one", "two"):
        store = Store.open(str(tmp_path / f"{name}.db"))
        ingest([sample_corpus_path()], store, Resources())
        results.append(
            [(e["id"], e["cameo"], e["date"], len(e["reports"])) for e in api.query_events(store)]
        )
    assert results[0] == results[1] and results[0]
