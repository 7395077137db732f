"""Stages: registration, ordering, the failing stage named, one bad article never stops a batch,
and earlier data intact after a bad batch."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire import api
from eventwire.ingest import ingest
from eventwire.model import Article, Rejection
from eventwire.pipeline import (
    REGISTRY,
    Resources,
    StageFailed,
    UnknownStage,
    check_order,
    run_stages,
)
from eventwire.read.inputs import RawDocument, read_inputs
from eventwire.stages import DEFAULT_STAGES, RAW_STAGES
from eventwire.store import Store

GOOD = "Greek and Turkish foreign ministers held talks in Ankara on Tuesday, officials said.\n"


def test_default_plans_are_in_a_valid_order():
    assert [s.name for s in check_order(DEFAULT_STAGES)] == list(DEFAULT_STAGES)
    assert check_order(RAW_STAGES)[0].name == "raw_text"


def test_order_and_names_are_checked():
    with pytest.raises(ValueError, match="stage 'code' needs \\['actor_mentions'\\]"):
        check_order(["clean", "sentences", "code"])
    with pytest.raises(UnknownStage, match="no stage named 'parse'"):
        check_order(["parse"])


def test_a_failing_stage_is_named_and_a_rejection_stops_the_rest(monkeypatch):
    def explode(article, resources):
        raise RuntimeError("lexicon exploded")

    monkeypatch.setitem(REGISTRY, "actors", replace(REGISTRY["actors"], function=explode))
    article = Article("a1", GOOD, "text", "f")
    with pytest.raises(StageFailed) as failure:
        run_stages(article, check_order(DEFAULT_STAGES), Resources())
    assert str(failure.value) == (
        "stage 'actors' failed on article 'a1': RuntimeError: lexicon exploded"
    )

    rejected = Article("a2", GOOD, "text", "f", rejected=Rejection("language", "language 'de'"))
    run_stages(rejected, check_order(DEFAULT_STAGES), Resources())
    assert rejected.text == "" and rejected.reports == []


def test_one_failing_article_does_not_stop_the_batch(tmp_path, monkeypatch):
    original = REGISTRY["code"].function

    def fail_on_one(article, resources):
        if article.id == "bad":
            raise ValueError("cannot code this one")
        original(article, resources)

    monkeypatch.setitem(REGISTRY, "code", replace(REGISTRY["code"], function=fail_on_one))
    (tmp_path / "bad.txt").write_text(GOOD.replace("Tuesday", "Monday"))
    (tmp_path / "good.txt").write_text(GOOD)
    store = Store.open(str(tmp_path / "p.db"))
    failures = []
    summary = ingest([tmp_path], store, Resources(), on_failure=failures.append)
    assert summary.stored == 1 and [f.origin for f in failures] == [str(tmp_path / "bad.txt")]
    assert "stage 'code' failed on article 'bad'" in failures[0].reason
    assert store.counts()["input_failures"] == 1


def test_a_bad_batch_leaves_what_was_stored_intact(tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    (first / "good.txt").write_text(GOOD)
    store = Store.open(str(tmp_path / "intact.db"))
    ingest([first], store, Resources())
    before = (api.query_events(store), api.query_stories(store), store.load_article("good"))

    second = tmp_path / "second"
    second.mkdir()
    (second / "empty.txt").write_bytes(b"")
    (second / "zip.txt").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    (second / "cut.jsonl").write_text('{"id": "cut", "text": "Tal')
    summary = ingest([second], store, Resources())
    assert len(summary.failed) == 3 and summary.stored == 0
    after = (api.query_events(store), api.query_stories(store), store.load_article("good"))
    assert after == before


def test_a_file_cut_inside_a_character_is_read_as_truncated_utf8(tmp_path):
    text = "Talks in Tbilisi ended – officials said ç"
    (tmp_path / "cut.txt").write_bytes(text.encode()[:-1])
    [document] = list(read_inputs([tmp_path / "cut.txt"]))
    assert isinstance(document, RawDocument)
    assert document.content == text[:-1]
