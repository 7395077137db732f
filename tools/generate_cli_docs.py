"""Write docs/cli.md from the commands' --help (run after changing a command)."""

from pathlib import Path

from eventwire.cli import cli
from eventwire.cli.reference import cli_reference

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    target.write_text(cli_reference(cli))
    print(f"wrote {target}")
