"""Hand-built model objects for the corpus tests."""

from __future__ import annotations

import datetime as dt

from eventwire.model import Actor, Article, DateValue, Found, Participant, Place, Report

IRAN = Actor("IRN", "IRN", None, "Iran")
IRAN_MILITARY = Actor("IRNMIL", "IRN", "MIL", "Iranian navy")
RUSSIA = Actor("RUS", "RUS", None, "Russia")
RUSSIA_MILITARY = Actor("RUSMIL", "RUS", "MIL", "Russian navy")
IRAN_PLACE = Place("Iran", 32.0, 53.0, "IRN", None, "country")
ARDABIL = Place("Ardabil", 38.25, 48.29, "IRN", "Ardabil", "admin1")


def day(text: str) -> DateValue:
    return DateValue(dt.date.fromisoformat(text), "day", "explicit", "test")


def month(text: str) -> DateValue:
    return DateValue(dt.date.fromisoformat(text + "-01"), "month", "explicit", "test")


def report(
    doc_id: str,
    cameo: str = "0611",
    source: Actor | None = IRAN_MILITARY,
    target: Actor | None = RUSSIA,
    date: DateValue | None = None,
    location: Place | None = None,
    *,
    sentence: int = 0,
    modality: str = "asserted",
    counts: dict[str, int] | None = None,
) -> Report:
    return Report(
        doc_id=doc_id,
        sentence=sentence,
        start=0,
        end=10,
        cameo=cameo,
        source=Participant(source, source.name, 0, 4) if source else None,
        target=Participant(target, target.name, 5, 9) if target else None,
        trigger_start=0,
        trigger_end=4,
        modality=modality,  # type: ignore[arg-type]
        date=date or DateValue.unknown("test"),
        location=location,
        counts=counts or {},
    )


def article(
    doc_id: str,
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    reports: list[Report] | None = None,
) -> Article:
    return Article(
        id=doc_id,
        raw=text,
        raw_format="text",
        fingerprint=doc_id,
        title=title,
        text=text,
        outlet=Found(outlet, "test") if outlet else None,
        published=Found(day(published), "test") if published else None,
        reports=reports or [],
    )
