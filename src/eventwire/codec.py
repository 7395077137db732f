"""Model objects to and from plain JSON-able dicts (for the store and for output).

One place for every conversion, so the stored form and the printed form cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.model import (
    Actor,
    Conflict,
    ConflictValue,
    DateValue,
    Event,
    Found,
    Mention,
    Participant,
    Place,
    Report,
)


def actor_to_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "name": actor.name,
    }


def actor_from_dict(data: dict[str, Any] | None) -> Actor | None:
    if data is None:
        return None
    return Actor(data["code"], data.get("country"), data.get("sector"), data.get("name", ""))


def participant_to_dict(participant: Participant | None) -> dict[str, Any] | None:
    if participant is None:
        return None
    data = actor_to_dict(participant.actor) or {}
    data.update(text=participant.text, start=participant.start, end=participant.end)
    return data


def participant_from_dict(data: dict[str, Any] | None) -> Participant | None:
    if data is None:
        return None
    actor = actor_from_dict(data)
    assert actor is not None
    return Participant(actor, data.get("text", ""), data.get("start", 0), data.get("end", 0))


def place_to_dict(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "precision": place.precision,
        "geonameid": place.geonameid,
    }


def place_from_dict(data: dict[str, Any] | None) -> Place | None:
    if data is None:
        return None
    return Place(
        data["name"],
        data.get("lat"),
        data.get("lon"),
        data.get("country"),
        data.get("admin1"),
        data.get("precision", "city"),
        data.get("geonameid"),
    )


def date_to_dict(value: DateValue) -> dict[str, Any]:
    return {
        "date": value.iso(),
        "date_precision": value.precision,
        "date_basis": value.basis,
        "date_reason": value.reason,
        "date_expression": value.expression,
    }


def date_from_dict(data: dict[str, Any]) -> DateValue:
    return DateValue(
        _parse_iso(data.get("date")),
        data.get("date_precision", "unknown"),
        data.get("date_basis", "unknown"),
        data.get("date_reason", ""),
        data.get("date_expression"),
    )


def found_date_to_dict(found: Found[DateValue] | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {**date_to_dict(found.value), "how": found.how}


def found_date_from_dict(data: dict[str, Any] | None) -> Found[DateValue] | None:
    if data is None:
        return None
    return Found(date_from_dict(data), data.get("how", ""))


def _parse_iso(text: str | None) -> dt.date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(parts[0], parts[1], parts[2])


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": mention.kind,
        "sentence": mention.sentence,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "confidence": mention.confidence,
    }
    resolution = mention.resolution
    if isinstance(resolution, Actor):
        data["resolution"] = actor_to_dict(resolution)
    elif isinstance(resolution, Place):
        data["resolution"] = place_to_dict(resolution)
    elif isinstance(resolution, DateValue):
        data["resolution"] = date_to_dict(resolution)
    else:
        data["resolution"] = None
    return data


def mention_from_dict(data: dict[str, Any]) -> Mention:
    raw = data.get("resolution")
    resolution: Actor | Place | DateValue | None = None
    if raw is not None:
        if data["kind"] == "actor":
            resolution = actor_from_dict(raw)
        elif data["kind"] == "place":
            resolution = place_from_dict(raw)
        else:
            resolution = date_from_dict(raw)
    return Mention(
        data["kind"],
        data["start"],
        data["end"],
        data["text"],
        data["sentence"],
        resolution,
        data.get("confidence", 1.0),
    )


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "id": report.id,
        "doc_id": report.doc_id,
        "sentence_index": report.sentence,
        "index": report.index,
        "start": report.start,
        "end": report.end,
        "trigger_start": report.trigger_start,
        "trigger_end": report.trigger_end,
        "cameo": report.cameo,
        "source": participant_to_dict(report.source),
        "target": participant_to_dict(report.target),
        "modality": report.modality,
        **date_to_dict(report.date),
        "location": place_to_dict(report.location),
        "location_text": report.location_text,
        "counts": dict(report.counts),
        "confidence": report.confidence,
    }


def report_from_dict(data: dict[str, Any]) -> Report:
    return Report(
        doc_id=data["doc_id"],
        sentence=data["sentence_index"],
        start=data["start"],
        end=data["end"],
        cameo=data["cameo"],
        source=participant_from_dict(data.get("source")),
        target=participant_from_dict(data.get("target")),
        trigger_start=data.get("trigger_start", data["start"]),
        trigger_end=data.get("trigger_end", data["end"]),
        modality=data.get("modality", "asserted"),
        date=date_from_dict(data),
        location=place_from_dict(data.get("location")),
        location_text=data.get("location_text"),
        counts=dict(data.get("counts") or {}),
        confidence=data.get("confidence", 1.0),
        index=data.get("index", 0),
    )


def conflicts_to_list(conflicts: list[Conflict]) -> list[dict[str, Any]]:
    return [
        {
            "field": conflict.field,
            "values": [{"value": v.value, "doc_ids": list(v.doc_ids)} for v in conflict.values],
        }
        for conflict in conflicts
    ]


def conflicts_from_list(data: list[dict[str, Any]]) -> list[Conflict]:
    return [
        Conflict(
            item["field"],
            tuple(ConflictValue(v["value"], tuple(v["doc_ids"])) for v in item["values"]),
        )
        for item in data
    ]


def event_state_to_dict(event: Event) -> dict[str, Any]:
    """The stored form of an event: enough to restore it exactly."""
    return {
        "id": event.id,
        "story_id": event.story_id,
        "cameo": event.cameo,
        "source": actor_to_dict(event.source),
        "target": actor_to_dict(event.target),
        **date_to_dict(event.date),
        "location": place_to_dict(event.location),
        "reports": [report_to_dict(r) for r in event.reports],
        "independent_sources": event.independent_sources,
        "conflicts": conflicts_to_list(event.conflicts),
        "confidence": event.confidence,
        "coder_version": event.coder_version,
    }


def event_state_from_dict(data: dict[str, Any]) -> Event:
    return Event(
        id=data["id"],
        story_id=data.get("story_id"),
        cameo=data["cameo"],
        source=actor_from_dict(data.get("source")),
        target=actor_from_dict(data.get("target")),
        date=date_from_dict(data),
        location=place_from_dict(data.get("location")),
        reports=[report_from_dict(r) for r in data.get("reports", [])],
        independent_sources=data.get("independent_sources", 1),
        conflicts=conflicts_from_list(data.get("conflicts", [])),
        confidence=data.get("confidence", 1.0),
        coder_version=data.get("coder_version", ""),
    )
