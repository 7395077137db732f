"""The public JSON shapes of events, stories, dyads and analysed articles (docs/output.md).

These shapes are a contract that users' scripts run on: extend them, never rename or drop a key
without a deprecation path, and keep docs/output.md in step.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eventwire import codec
from eventwire.code.ontology import cameo
from eventwire.corpus.events import is_reciprocal
from eventwire.model import Actor, Article, Event, Report, Story


def event_to_json(
    item: Event, texts: Mapping[str, str], outlets: Mapping[str, str | None] | None = None
) -> dict[str, Any]:
    """One event as printed by ``eventwire events --format jsonl``.

    Args:
        item: the event.
        texts: cleaned article text by doc id, to quote each report's evidence.
        outlets: outlet name by doc id (``None`` or missing when unknown).
    """
    outlets = outlets or {}
    code = cameo(item.cameo)
    return {
        "id": item.id,
        "story_id": item.story_id,
        "date": item.date.iso(),
        "date_precision": item.date.precision,
        "date_basis": item.date.basis,
        "date_reason": item.date.reason,
        "source": _event_actor(item.source, item.reports, "source"),
        "target": _event_actor(item.target, item.reports, "target"),
        "reciprocal": is_reciprocal(item),
        "cameo": item.cameo,
        "cameo_name": code.name,
        "cameo_root": code.root,
        "plover": {"event": code.plover_event, "mode": code.plover_mode},
        "goldstein": code.goldstein,
        "quad_class": code.quad_class,
        "location": codec.place_to_dict(item.location),
        "reports": [
            report_to_json(r, texts.get(r.doc_id), outlets.get(r.doc_id)) for r in item.reports
        ],
        "independent_sources": item.independent_sources,
        "outlets": sorted({o for r in item.reports if (o := outlets.get(r.doc_id))}),
        "conflicts": codec.conflicts_to_list(item.conflicts),
        "confidence": round(item.confidence, 3),
        "coder_version": item.coder_version,
    }


def report_to_json(report: Report, text: str | None, outlet: str | None = None) -> dict[str, Any]:
    """One report: where it was said (article, outlet, sentence) and every value it gave."""
    return {
        "id": report.id,
        "doc_id": report.doc_id,
        "outlet": outlet,
        "sentence": text[report.start : report.end] if text is not None else None,
        "sentence_index": report.sentence,
        "start": report.start,
        "end": report.end,
        "trigger": text[report.trigger_start : report.trigger_end] if text is not None else None,
        "cameo": report.cameo,
        "modality": report.modality,
        "source": codec.participant_to_dict(report.source),
        "target": codec.participant_to_dict(report.target),
        "date": report.date.iso(),
        "date_precision": report.date.precision,
        "date_basis": report.date.basis,
        "date_reason": report.date.reason,
        "location": codec.place_to_dict(report.location),
        "location_text": report.location_text,
        "counts": dict(report.counts),
        "confidence": round(report.confidence, 3),
    }


def story_to_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "doc_ids": list(story.doc_ids),
        "first_seen": story.first_seen.isoformat() if story.first_seen else None,
        "last_seen": story.last_seen.isoformat() if story.last_seen else None,
        "event_ids": list(story.event_ids),
    }


def article_to_json(article: Article) -> dict[str, Any]:
    """One analysed article, as printed by ``eventwire analyze``."""
    mentions: dict[str, list[dict[str, Any]]] = {"actors": [], "places": [], "dates": []}
    for mention in article.mentions:
        data = codec.mention_to_dict(mention)
        data.pop("kind")
        mentions[mention.kind + "s"].append(data)
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "language": article.language,
        "outlet": article.outlet.value if article.outlet else None,
        "published": codec.found_date_to_dict(article.published),
        "rejected": {"stage": article.rejected.stage, "reason": article.rejected.reason}
        if article.rejected
        else None,
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end} for s in article.sentences
        ],
        "mentions": mentions,
        "reports": [
            report_to_json(r, article.text, article.outlet.value if article.outlet else None)
            for r in article.reports
        ],
        "notes": list(article.notes),
    }


def _event_actor(
    actor: Actor | None, reports: Sequence[Report], role: str
) -> dict[str, Any] | None:
    if actor is None:
        return None
    written = None
    for report in reports:
        participant = getattr(report, role)
        if participant is not None and participant.actor.code == actor.code:
            written = participant.text
            break
    return {**(codec.actor_to_dict(actor) or {}), "text": written}


def jsonl(rows: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False)


EVENT_CSV_COLUMNS = (
    "id",
    "story_id",
    "date",
    "date_precision",
    "date_basis",
    "source_code",
    "source_country",
    "target_code",
    "target_country",
    "cameo",
    "cameo_root",
    "plover_event",
    "goldstein",
    "quad_class",
    "location_name",
    "lat",
    "lon",
    "location_country",
    "admin1",
    "independent_sources",
    "reports",
    "conflicts",
    "confidence",
)


def event_csv_row(data: Mapping[str, Any]) -> dict[str, Any]:
    source, target, location = data["source"] or {}, data["target"] or {}, data["location"] or {}
    return {
        "id": data["id"],
        "story_id": data["story_id"],
        "date": data["date"],
        "date_precision": data["date_precision"],
        "date_basis": data["date_basis"],
        "source_code": source.get("code"),
        "source_country": source.get("country"),
        "target_code": target.get("code"),
        "target_country": target.get("country"),
        "cameo": data["cameo"],
        "cameo_root": data["cameo_root"],
        "plover_event": data["plover"]["event"],
        "goldstein": data["goldstein"],
        "quad_class": data["quad_class"],
        "location_name": location.get("name"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "location_country": location.get("country"),
        "admin1": location.get("admin1"),
        "independent_sources": data["independent_sources"],
        "reports": len(data["reports"]),
        "conflicts": ";".join(c["field"] for c in data["conflicts"]),
        "confidence": data["confidence"],
    }


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def table_text(rows: Sequence[Sequence[Any]], headers: Sequence[str], max_width: int = 40) -> str:
    """A plain aligned text table (cells cut to ``max_width`` characters)."""
    cells = [[_cell(value, max_width) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    )
    return "\n".join(lines)


def _cell(value: Any, max_width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
