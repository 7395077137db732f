"""Evaluations against public benchmark data kept in ``../shared/eval`` (never shipped)."""

from __future__ import annotations

import os
from pathlib import Path


class BenchmarkDataMissing(FileNotFoundError):
    """The shared benchmark folder (or one file in it) is not on this machine."""


def shared_dir() -> Path:
    """The ``shared`` folder with the benchmark data.

    ``EVENTWIRE_SHARED`` wins; otherwise ``../shared`` next to the current directory or next to
    the source checkout. Raises :class:`BenchmarkDataMissing` with a hint when none exists.
    """
    candidates = []
    if os.environ.get("EVENTWIRE_SHARED"):
        candidates.append(Path(os.environ["EVENTWIRE_SHARED"]))
    candidates.append(Path.cwd().parent / "shared")
    candidates.append(Path(__file__).resolve().parents[3].parent / "shared")
    for candidate in candidates:
        if (candidate / "eval").is_dir():
            return candidate
    raise BenchmarkDataMissing(
        "benchmark data not found: set EVENTWIRE_SHARED to the folder that holds eval/ "
        f"(looked in {', '.join(str(c) for c in candidates)})"
    )
