"""The ``gazetteer`` command group: load a full GeoNames dump for finer places."""

from __future__ import annotations

from pathlib import Path

import click

from eventwire.cli.settings import CONTEXT_SETTINGS


@click.group(context_settings=CONTEXT_SETTINGS)
def gazetteer() -> None:
    """Manage the offline gazetteer (see docs/gazetteer.md)."""


@gazetteer.command("import", context_settings=CONTEXT_SETTINGS)
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the gazetteer (default: the eventwire cache folder).",
)
@click.option(
    "--places-only",
    is_flag=True,
    help="Keep only populated places and administrative areas (classes P and A): "
    "far less memory for allCountries.txt.",
)
def import_dump(dump: Path, out: Path | None, places_only: bool) -> None:
    """Extend the built-in gazetteer with a GeoNames dump (allCountries.txt or a country file).

    Prints the path written; use it with --gazetteer PATH or EVENTWIRE_GAZETTEER=PATH.
    """
    from eventwire.where import MalformedGeoNamesDump, import_geonames

    options = {"feature_classes": frozenset({"P", "A"})} if places_only else {}
    try:
        written = import_geonames(dump, out, **options)
    except MalformedGeoNamesDump as error:
        raise click.ClickException(str(error)) from error
    click.echo(str(written))
