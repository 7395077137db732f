"""Commands that analyse inputs without touching a database: analyze, extract."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from eventwire import api
from eventwire.cli.settings import CONTEXT_SETTINGS
from eventwire.cli.store_commands import knowledge_options, resources_for


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("source", default="-", type=click.Path(allow_dash=True))
@click.option(
    "--raw",
    is_flag=True,
    help="Do not clean: analyse the text exactly as given, so offsets index the input.",
)
@knowledge_options
def analyze(
    source: str,
    raw: bool,
    actor_files: tuple[str, ...],
    pattern_files: tuple[str, ...],
    gazetteer_file: str | None,
) -> None:
    """Analyse JSONL records (id, text or html, optional published, url) from FILE or stdin.

    Prints one JSON line per input line, in input order: id, title, text, language, sentences,
    mentions (actors, places, dates with start/end offsets into text) and reports.
    """
    if source == "-":
        lines = sys.stdin
    else:
        try:
            lines = Path(source).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise click.ClickException(f"cannot read {source}: {error}") from error
    failed = False
    for result in api.analyze_lines(
        lines, raw=raw, resources=resources_for(actor_files, pattern_files, gazetteer_file)
    ):
        failed = failed or "error" in result
        click.echo(json.dumps(result, ensure_ascii=False))
    if failed:
        sys.exit(1)


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def extract(path: Path) -> None:
    """Print the cleaned title and body of one input file."""
    try:
        documents = api.extract_file(path)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    for index, document in enumerate(documents):
        if index:
            click.echo("\n" + "=" * 72 + "\n")
        if document["title"]:
            click.echo(f"# {document['title']}\n")
        if document["rejected"]:
            click.echo(f"(rejected: {document['rejected']})\n", err=True)
        click.echo(document["text"])
