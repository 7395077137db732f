"""Docs that cannot drift: the CLI reference matches the commands."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli import cli
from eventwire.cli.reference import cli_reference

DOCS = Path(__file__).parents[1] / "docs"


def test_cli_reference_matches_the_commands():
    assert (DOCS / "cli.md").read_text() == cli_reference(cli), (
        "docs/cli.md is out of date: run `python tools/generate_cli_docs.py`"
    )


def test_every_command_is_in_the_readme():
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for name in cli.commands:
        assert f"eventwire {name}" in readme, name
