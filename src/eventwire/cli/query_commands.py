"""Reading the event store: ``eventwire events``, ``event``, ``stories`` and ``dyad``."""

from __future__ import annotations

import json
import re

import click

from eventwire import api
from eventwire.cli.settings import CONTEXT_SETTINGS
from eventwire.cli.store_commands import db_option, open_store
from eventwire.event_card import event_card
from eventwire.output import EVENT_CSV_COLUMNS, csv_text, event_csv_row, jsonl, table_text

_CODE = re.compile(r"\d{2,4}")


def format_option(*choices: str):  # type: ignore[no-untyped-def]
    """``--format`` with ``choices``, the first one the default."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
    )


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [p.strip().upper() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise click.BadParameter("give two actor codes separated by a comma, e.g. IRN,AZE")
    return parts[0], parts[1]


def parse_codes(
    _context: click.Context, _parameter: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    codes = tuple(code.strip() for value in values for code in value.split(","))
    for code in codes:
        if not _CODE.fullmatch(code):
            raise click.BadParameter(
                f"{code!r} is not a CAMEO code: give two to four digits with the leading zero "
                "(19 for a root, 062 for a code and its sub-codes)"
            )
    return codes


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@format_option("jsonl", "csv", "table")
@click.option("--actor", help="Only events with this country or IGO code as source or target.")
@click.option("--dyad", help="Only events between two codes, either direction: A,B.")
@click.option("--since", help="Only events dated on or after this ISO date.")
@click.option("--until", help="Only events dated on or before this ISO date.")
@click.option(
    "--code",
    "codes",
    multiple=True,
    callback=parse_codes,
    help="Only events with this CAMEO code or under this root, e.g. 19 or 062 (repeatable, "
    "or comma-separated; any may match).",
)
@click.option(
    "--quad",
    "quads",
    multiple=True,
    type=click.IntRange(1, 4),
    help="Only events of this quad class: 1 verbal / 2 material cooperation, 3 verbal / "
    "4 material conflict (repeatable).",
)
@click.option("--story", help="Only events of this story.")
@click.option(
    "--min-sources",
    type=click.IntRange(min=1),
    help="Only events reported by at least this many independent sources.",
)
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events, oldest first.")
def events(
    db: str | None,
    output_format: str,
    actor: str | None,
    dyad: str | None,
    since: str | None,
    until: str | None,
    codes: tuple[str, ...],
    quads: tuple[int, ...],
    story: str | None,
    min_sources: int | None,
    limit: int | None,
) -> None:
    """Print stored events (one per real-world event), oldest first, undated last."""
    query = api.EventQuery(
        actor=actor.upper() if actor else None,
        dyad=parse_dyad(dyad),
        since=since,
        until=until,
        codes=codes,
        quads=quads,
        story=story,
        min_sources=min_sources,
        limit=limit,
    )
    rows = api.query_events(open_store(db), query)
    if output_format == "jsonl":
        for line in jsonl(rows):
            click.echo(line)
    elif output_format == "csv":
        click.echo(csv_text((event_csv_row(r) for r in rows), EVENT_CSV_COLUMNS), nl=False)
    else:
        table = [
            (
                r["date"],
                (r["source"] or {}).get("code"),
                r["cameo"],
                r["cameo_name"],
                (r["target"] or {}).get("code"),
                (r["location"] or {}).get("name"),
                r["independent_sources"],
                len(r["conflicts"]),
                r["id"],
            )
            for r in rows
        ]
        click.echo(
            table_text(
                table,
                [
                    "date",
                    "source",
                    "cameo",
                    "event",
                    "target",
                    "where",
                    "sources",
                    "conflicts",
                    "id",
                ],
            )
        )


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("event_id")
@db_option
@format_option("text", "json")
def event(event_id: str, db: str | None, output_format: str) -> None:
    """Show one event with every sentence that reports it (ids from `eventwire events`)."""
    data = api.get_event(open_store(db), event_id)
    if data is None:
        raise click.ClickException(
            f"no event {event_id!r} in the database: list ids with `eventwire events`"
        )
    if output_format == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(event_card(data))


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@format_option("jsonl", "table")
def stories(db: str | None, output_format: str) -> None:
    """Print stored stories (articles about the same happening)."""
    rows = api.query_stories(open_store(db))
    if output_format == "jsonl":
        for line in jsonl(rows):
            click.echo(line)
    else:
        table = [
            (
                r["id"],
                r["first_seen"],
                r["last_seen"],
                len(r["doc_ids"]),
                len(r["event_ids"]),
                r["title"],
            )
            for r in rows
        ]
        click.echo(table_text(table, ["id", "first", "last", "articles", "events", "title"], 60))


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("first")
@click.argument("second")
@db_option
@click.option(
    "--by", type=click.Choice(["month", "week", "day"]), default="month", show_default=True
)
@format_option("jsonl", "table")
@click.option("--since", help="Only events dated on or after this ISO date.")
@click.option("--until", help="Only events dated on or before this ISO date.")
def dyad(
    first: str,
    second: str,
    db: str | None,
    by: str,
    output_format: str,
    since: str | None,
    until: str | None,
) -> None:
    """How relations between two actors moved, per period, computed over events."""
    series = api.query_dyad(
        open_store(db), first.upper(), second.upper(), by=by, since=since, until=until
    )
    data = series.to_dict()
    if output_format == "jsonl":
        for period in data["periods"]:
            click.echo(json.dumps(period, ensure_ascii=False))
        click.echo(json.dumps({"trend": data["trend"], "trend_reason": data.get("trend_reason")}))
    else:
        table = [
            (
                p["period"],
                *(p["quad_counts"].get(str(q), 0) for q in (1, 2, 3, 4)),
                p["goldstein_sum"],
                p["goldstein_mean"],
                len(p["event_ids"]),
            )
            for p in data["periods"]
        ]
        click.echo(
            table_text(
                table,
                [
                    "period",
                    "verb coop",
                    "mat coop",
                    "verb confl",
                    "mat confl",
                    "goldstein sum",
                    "mean",
                    "events",
                ],
            )
        )
        click.echo(f"trend: {data['trend']}")
