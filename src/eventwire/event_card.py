"""A readable account of one event: what happened, and each sentence that says so.

``eventwire event ID --format text`` prints it, for a reader who wants to check a record
against its evidence without reading JSON.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

_WIDTH = 96


def event_card(data: Mapping[str, Any]) -> str:
    """The event ``data`` (public JSON, see docs/output.md) as plain text lines."""
    arrow = "<->" if data.get("reciprocal") else "->"
    lines = [
        f"event {data['id']}  (story {data['story_id']})",
        f"  what:    {data['cameo']} {data['cameo_name']}  "
        f"[{_quad_name(data['quad_class'])}, Goldstein {data['goldstein']:+g}]",
        f"  who:     {_actor(data['source'])} {arrow} {_actor(data['target'])}",
        f"  when:    {data['date'] or 'unknown'} ({data['date_precision']}, {data['date_basis']}"
        + (f": {data['date_reason']}" if data.get("date_reason") else "")
        + ")",
        f"  where:   {_place(data['location'])}",
        f"  support: {len(data['reports'])} reports, {data['independent_sources']} independent "
        f"sources, confidence {data['confidence']}",
    ]
    if data.get("outlets"):
        lines.append(f"  outlets: {', '.join(data['outlets'])}")
    for conflict in data["conflicts"]:
        said = "; ".join(
            f"{value['value']} ({', '.join(value['doc_ids'])})" for value in conflict["values"]
        )
        lines.append(f"  disputed {conflict['field']}: {said}")
    lines.append("  evidence:")
    for report in data["reports"]:
        lines.append(
            f"    [{report['doc_id']} #{report['sentence_index']}"
            + (f", {report['outlet']}" if report.get("outlet") else "")
            + f"] {report['cameo']} {_direction(report)}, "
            f"{report['modality']}, {report['date'] or 'undated'}"
            + (f", at {report['location_text']}" if report.get("location_text") else "")
        )
        sentence = " ".join((report["sentence"] or "(article text not stored)").split())
        lines.extend(
            textwrap.wrap(
                f'"{sentence}"',
                _WIDTH,
                initial_indent="      ",
                subsequent_indent="       ",
            )
        )
    return "\n".join(lines)


def _actor(actor: Mapping[str, Any] | None) -> str:
    if actor is None:
        return "(unknown)"
    label = actor.get("code") or actor.get("country") or "?"
    name = actor.get("text") or actor.get("name")
    return f"{label} ({name})" if name else label


def _direction(report: Mapping[str, Any]) -> str:
    """Which way this report tells the act ("IRN->AZE"); a reciprocal act is told both ways."""
    source, target = report.get("source") or {}, report.get("target") or {}
    return f"{source.get('code') or '?'}->{target.get('code') or '?'}"


def _place(place: Mapping[str, Any] | None) -> str:
    if place is None:
        return "unknown"
    parts = [place.get("name"), place.get("admin1"), place.get("country")]
    where = ", ".join(str(p) for p in parts if p)
    return f"{where} ({place.get('precision')}; {place.get('lat')}, {place.get('lon')})"


def _quad_name(quad: int) -> str:
    return {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }.get(quad, f"quad {quad}")
