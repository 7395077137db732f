"""The store: migrations, content-keyed idempotent writes, round trips, filters."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.model import (
    Actor,
    Article,
    Conflict,
    ConflictValue,
    DateValue,
    Event,
    Found,
    Mention,
    Participant,
    Place,
    Report,
    Sentence,
    Story,
)
from eventwire.store import Store, database_url
from eventwire.store.migrations import MIGRATIONS, apply_migrations

IRN_MIL = Actor("IRNMIL", "IRN", "MIL", "Islamic Revolutionary Guard Corps")
AZE_MIL = Actor("AZEMIL", "AZE", "MIL", "Azerbaijani army")
ARDABIL = Place("Ardabil", 38.25, 48.29, "IRN", "Ardabil", "admin1", 413931)


def make_article(doc_id: str = "a1", text: str = "Iran and Azerbaijan held a drill.") -> Article:
    report = Report(
        doc_id=doc_id,
        sentence=0,
        start=0,
        end=len(text),
        cameo="062",
        source=Participant(IRN_MIL, "Iran", 0, 4),
        target=Participant(AZE_MIL, "Azerbaijan", 9, 19),
        trigger_start=27,
        trigger_end=32,
        date=DateValue(dt.date(2024, 11, 24), "day", "story", "'Sunday'", {"type": "weekday"}),
        location=ARDABIL,
        location_text="Ardabil province",
        counts={"killed": 0},
    )
    return Article(
        id=doc_id,
        raw=text,
        raw_format="text",
        fingerprint=f"fp-{doc_id}-{hash(text)}",
        text=text,
        title="Drill",
        language="en",
        outlet=Found("example.com", "url"),
        published=Found(
            DateValue(dt.date(2024, 11, 25), "day", "explicit", "dateline"), "dateline"
        ),
        sentences=[Sentence(0, 0, len(text))],
        mentions=[
            Mention("actor", 0, 4, "Iran", 0, IRN_MIL),
            Mention("place", 0, 4, "Iran", 0, ARDABIL),
            Mention("date", 0, 4, "Iran", 0, DateValue(dt.date(2024, 11, 1), "month", "explicit")),
        ],
        reports=[report],
    )


def make_event(report: Report, event_id: str = "e1") -> Event:
    return Event(
        id=event_id,
        story_id="s1",
        cameo="062",
        source=IRN_MIL,
        target=AZE_MIL,
        date=report.date,
        location=ARDABIL,
        reports=[report],
        independent_sources=2,
        conflicts=[
            Conflict(
                "date", (ConflictValue("2024-11-24", ("a1",)), ConflictValue("2024-11-25", ("a2",)))
            )
        ],
        confidence=0.8,
        coder_version="test",
    )


def test_database_url_defaults_and_environment(monkeypatch):
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    assert database_url() == "sqlite:///eventwire.db"
    assert database_url("x/y.db") == "sqlite:///x/y.db"
    monkeypatch.setenv("EVENTWIRE_DB", "postgresql://h/db")
    assert database_url() == "postgresql://h/db"
    assert database_url("sqlite:///z.db") == "sqlite:///z.db"


def test_migrations_apply_once(tmp_path):
    store = Store.open(str(tmp_path / "m.db"))
    with store.engine.begin() as connection:
        assert apply_migrations(connection) == []
    assert [name for name, _ in MIGRATIONS][0] == "0001_initial_schema"


def test_sqlite_uses_wal(tmp_path):
    store = Store.open(str(tmp_path / "w.db"))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_article_round_trip(fresh_store):
    store = fresh_store
    article = make_article()
    store.save_article(article, origin="f.txt", profile={"k": 1}, story_id="s1", duplicate_of=None)
    loaded = store.load_article("a1")
    assert loaded is not None
    assert loaded.text == article.text
    assert loaded.published == article.published
    assert loaded.outlet == article.outlet
    assert loaded.sentences == article.sentences
    assert loaded.mentions == article.mentions
    assert [r.id for r in loaded.reports] == [r.id for r in article.reports]
    assert loaded.reports[0].date == article.reports[0].date
    assert loaded.reports[0].location == ARDABIL
    assert store.article_id_with_fingerprint(article.fingerprint) == "a1"


def test_saving_again_replaces_not_duplicates(fresh_store):
    store = fresh_store
    store.save_article(make_article(), origin="f", profile=None, story_id=None, duplicate_of=None)
    store.save_article(
        make_article(text="Iran and Azerbaijan held talks."),
        origin="f",
        profile=None,
        story_id=None,
        duplicate_of=None,
    )
    counts = store.counts()
    assert counts["articles"] == 1 and counts["reports"] == 1


def test_events_filters_and_round_trip(fresh_store):
    store = fresh_store
    article = make_article()
    store.save_article(article, origin="f", profile=None, story_id="s1", duplicate_of=None)
    event = make_event(article.reports[0])
    story = Story("s1", "Drill", ["a1"], dt.date(2024, 11, 25), dt.date(2024, 11, 25), ["e1"])
    store.save_corpus([event], [], [story])
    assert store.events_where(dyad=("AZE", "IRN"))[0] == event
    assert store.events_where(actor="IRN")[0].conflicts == event.conflicts
    assert store.events_where(actor="USA") == []
    assert store.events_where(since="2024-11-25") == []
    assert len(store.events_where(since="2024-11-01", until="2024-11-30")) == 1
    assert store.stories() == [story]
    assert store.top_dyads() == [("AZE", "IRN", 1)]
    store.save_corpus([], ["e1"], [])
    assert store.events_where() == []


@settings(max_examples=40, deadline=None)
@given(
    value=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    precision=st.sampled_from(["day", "week", "month", "year"]),
    text=st.text(min_size=1, max_size=60),
)
def test_date_and_text_round_trip_property(value, precision, text):
    store = Store.open("sqlite://")
    article = make_article(text=text)
    coarse = {
        "day": value,
        "week": value,
        "month": value.replace(day=1),
        "year": value.replace(month=1, day=1),
    }[precision]
    article.reports[0].date = DateValue(coarse, precision, "explicit", "r")
    store.save_article(article, origin="f", profile=None, story_id=None, duplicate_of=None)
    loaded = store.load_article("a1")
    assert loaded is not None and loaded.text == text
    assert loaded.reports[0].date == article.reports[0].date
