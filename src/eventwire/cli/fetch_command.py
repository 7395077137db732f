"""The ``fetch`` command: fetch article pages and feeds over HTTP and ingest them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from eventwire.cli.settings import CONTEXT_SETTINGS
from eventwire.cli.store_commands import (
    db_option,
    format_summary,
    knowledge_options,
    open_store,
    resources_for,
)
from eventwire.ingest import ingest_documents
from eventwire.read.fetch import JsonFetchState, fetch_documents, read_feed_list
from eventwire.read.fetch_http import FetchSettings
from eventwire.read.fetch_state import FetchStateUnreadable

STATE_FILE_NAME = "fetch-state.json"


def default_state_path() -> Path:
    """``$EVENTWIRE_CACHE/fetch-state.json``, else ``~/.cache/eventwire/fetch-state.json``."""
    cache = os.environ.get("EVENTWIRE_CACHE")
    folder = Path(cache).expanduser() if cache else Path.home() / ".cache" / "eventwire"
    return folder / STATE_FILE_NAME


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("urls", nargs=-1)
@click.option(
    "--feeds",
    "feed_file",
    type=click.Path(exists=True, dir_okay=False),
    help="File of RSS/Atom feed URLs, one per line (# starts a comment line).",
)
@db_option
@click.option(
    "--state",
    "state_file",
    type=click.Path(dir_okay=False),
    help="Conditional-GET state file (default: $EVENTWIRE_CACHE/fetch-state.json, "
    "else ~/.cache/eventwire/fetch-state.json).",
)
@click.option(
    "--timeout",
    "timeout_s",
    type=float,
    default=20.0,
    show_default=True,
    help="Seconds to wait for one response.",
)
@click.option(
    "--interval",
    "per_host_interval_s",
    type=float,
    default=1.0,
    show_default=True,
    help="Least seconds between two requests to the same host.",
)
@knowledge_options
def fetch(
    urls: tuple[str, ...],
    feed_file: str | None,
    db: str | None,
    state_file: str | None,
    timeout_s: float,
    per_host_interval_s: float,
    actor_files: tuple[str, ...],
    pattern_files: tuple[str, ...],
    gazetteer_file: str | None,
) -> None:
    """Fetch article pages (URLS) and the pages of feed entries (--feeds FILE), then ingest them.

    Polite by default: robots.txt is obeyed, requests to one host are spaced out, and pages
    already fetched are asked for with If-None-Match/If-Modified-Since, so unchanged pages cost
    nothing. Prints one line per URL that failed, then a summary; exits with status 1 when some
    URLs failed.
    """
    feeds = read_feed_list(feed_file) if feed_file else []
    if not urls and not feeds:
        raise click.UsageError("give article URLs to fetch, or --feeds FILE with feed URLs")
    try:
        state = JsonFetchState(state_file or default_state_path())
    except FetchStateUnreadable as error:
        raise click.ClickException(str(error)) from error
    settings = FetchSettings(timeout_s=timeout_s, per_host_interval_s=per_host_interval_s)
    store = open_store(db)
    summary = ingest_documents(
        fetch_documents(list(urls), feeds, state=state, settings=settings),
        store,
        resources_for(actor_files, pattern_files, gazetteer_file),
        on_failure=lambda failure: click.echo(f"error: {failure}", err=True),
    )
    # Saved only now: a page is marked as seen once what was fetched from it is stored.
    state.save()
    click.echo(format_summary(summary, store))
    if summary.failed:
        sys.exit(1)
