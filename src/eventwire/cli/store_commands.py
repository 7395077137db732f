"""Commands that read or write the event store: ingest, events, stories, dyad."""

from __future__ import annotations

import json
import sys

import click

from eventwire import api
from eventwire.cli.settings import CONTEXT_SETTINGS
from eventwire.ingest import IngestSummary, sample_corpus_path
from eventwire.ingest import ingest as run_ingest
from eventwire.output import (
    EVENT_CSV_COLUMNS,
    csv_text,
    event_csv_row,
    jsonl,
    table_text,
)
from eventwire.pipeline import Resources
from eventwire.store import Store, StoreUnavailable

db_option = click.option(
    "--db",
    metavar="PATH_OR_URL",
    help="SQLite file or SQLAlchemy URL (default: $EVENTWIRE_DB, else ./eventwire.db).",
)


def open_store(db: str | None) -> Store:
    try:
        return Store.open(db)
    except StoreUnavailable as error:
        raise click.ClickException(str(error)) from error


def knowledge_options(function):  # type: ignore[no-untyped-def]
    """The options that choose what the analysis knows: extra lexicons and the gazetteer."""
    function = click.option(
        "--actors",
        "actor_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra actor lexicon file (repeatable; see docs/knowledge.md).",
    )(function)
    function = click.option(
        "--patterns",
        "pattern_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra event pattern file (repeatable; see docs/knowledge.md).",
    )(function)
    return click.option(
        "--gazetteer",
        "gazetteer_file",
        type=click.Path(exists=True, dir_okay=False),
        help="Gazetteer made by `eventwire gazetteer import` (default: $EVENTWIRE_GAZETTEER, "
        "else the built-in one).",
    )(function)


def resources_for(
    actor_files: tuple[str, ...], pattern_files: tuple[str, ...], gazetteer_file: str | None = None
) -> Resources:
    return Resources(
        options={
            "actor_files": list(actor_files),
            "pattern_files": list(pattern_files),
            "gazetteer_file": gazetteer_file,
        }
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--sample", is_flag=True, help="Ingest the bundled sample corpus.")
@click.option("--workers", default=1, show_default=True, help="Processes for per-article analysis.")
@knowledge_options
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    sample: bool,
    workers: int,
    actor_files: tuple[str, ...],
    pattern_files: tuple[str, ...],
    gazetteer_file: str | None,
) -> None:
    """Ingest files or folders (.txt, .html/.htm, .jsonl, .warc/.warc.gz; `-` reads JSONL
    from stdin).

    Prints one line per input that failed, then a summary. Exits with status 1 when some
    inputs failed; everything else is stored.
    """
    targets = list(paths) + ([str(sample_corpus_path())] if sample else [])
    if not targets:
        raise click.UsageError("give files or folders to ingest, or --sample")
    store = open_store(db)
    summary = run_ingest(
        targets,
        store,
        resources_for(actor_files, pattern_files, gazetteer_file),
        workers=workers,
        on_failure=lambda failure: click.echo(f"error: {failure}", err=True),
    )
    click.echo(format_summary(summary, store))
    if summary.failed:
        sys.exit(1)


def format_summary(summary: IngestSummary, store: Store) -> str:
    counts = store.counts()
    lines = [
        f"read {summary.read} articles: {summary.stored} stored, {summary.unchanged} unchanged, "
        f"{summary.rejected} rejected, {len(summary.failed)} inputs failed",
        f"database: {counts['articles']} articles ({counts['rejected']} rejected), "
        f"{counts['stories']} stories, {counts['reports']} reports, {counts['events']} events",
    ]
    top = store.top_dyads(5)
    if top:
        lines.append("top dyads: " + ", ".join(f"{a}-{b} ({n})" for a, b, n in top))
    return "\n".join(lines)


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [p.strip().upper() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise click.BadParameter("give two actor codes separated by a comma, e.g. IRN,AZE")
    return parts[0], parts[1]


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "csv", "table"]),
    default="jsonl",
    show_default=True,
)
@click.option("--actor", help="Only events with this country or IGO code as source or target.")
@click.option("--dyad", help="Only events between two codes, either direction: A,B.")
@click.option("--since", help="Only events dated on or after this ISO date.")
@click.option("--until", help="Only events dated on or before this ISO date.")
def events(
    db: str | None,
    output_format: str,
    actor: str | None,
    dyad: str | None,
    since: str | None,
    until: str | None,
) -> None:
    """Print stored events (one per real-world event)."""
    rows = api.query_events(
        open_store(db),
        actor=actor.upper() if actor else None,
        dyad=parse_dyad(dyad),
        since=since,
        until=until,
    )
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
            )
            for r in rows
        ]
        click.echo(
            table_text(
                table,
                ["date", "source", "cameo", "event", "target", "where", "sources", "conflicts"],
            )
        )


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
)
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
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
)
def dyad(first: str, second: str, db: str | None, by: str, output_format: str) -> None:
    """How relations between two actors moved, per period, computed over events."""
    series = api.query_dyad(open_store(db), first.upper(), second.upper(), by=by)
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
