"""Writing the event store: ``eventwire ingest``, and the options every store command shares."""

from __future__ import annotations

import sys

import click

from eventwire.cli.settings import CONTEXT_SETTINGS
from eventwire.ingest import IngestSummary, sample_corpus_path
from eventwire.ingest import ingest as run_ingest
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
