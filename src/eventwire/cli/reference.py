"""The command-line reference in docs/cli.md, generated from the commands' own --help."""

from __future__ import annotations

import click
from click.testing import CliRunner


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path under ``group``, in alphabetical order, groups before their commands."""
    paths: list[tuple[str, ...]] = []
    for name in sorted(group.commands):
        command = group.commands[name]
        paths.append(prefix + (name,))
        if isinstance(command, click.Group):
            paths.extend(command_paths(command, prefix + (name,)))
    return paths


def cli_reference(group: click.Group) -> str:
    """Markdown with the --help text of ``group`` and of every command under it."""
    runner = CliRunner()
    parts = [
        "# Command-line reference",
        "",
        "Generated from `--help` by `python tools/generate_cli_docs.py`; a test checks that",
        "this file matches the commands.",
        "",
    ]
    for path in [()] + command_paths(group):
        result = runner.invoke(group, [*path, "--help"], prog_name="eventwire", terminal_width=100)
        parts += [
            f"## eventwire {' '.join(path)}".rstrip(),
            "",
            "```",
            result.output.rstrip(),
            "```",
            "",
        ]
    return "\n".join(parts)
