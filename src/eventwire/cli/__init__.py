"""The ``eventwire`` command line: thin commands over :mod:`eventwire.api`."""

from __future__ import annotations

import click

from eventwire import __version__
from eventwire.cli.analysis_commands import analyze, extract
from eventwire.cli.evaluation_commands import bench, evaluate
from eventwire.cli.fetch_command import fetch
from eventwire.cli.gazetteer_commands import gazetteer
from eventwire.cli.query_commands import dyad, event, events, stories
from eventwire.cli.settings import CONTEXT_SETTINGS
from eventwire.cli.store_commands import ingest


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="eventwire")
def cli() -> None:
    """eventwire: political event data from raw news.

    One record per real-world event, merged across outlets, every claim linked to the sentence
    it came from. Start with `eventwire ingest --sample`.
    """


for command in (
    ingest,
    fetch,
    events,
    event,
    stories,
    dyad,
    analyze,
    extract,
    evaluate,
    bench,
    gazetteer,
):
    cli.add_command(command)


def main() -> None:
    cli()
