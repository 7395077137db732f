"""The CAMEO event ontology: names, Goldstein weights, quad classes and PLOVER types.

The table is package data built by ``tools/build_ontology.py`` from the CAMEO 1.1b3 code list
and the PLOVER project's CAMEO→PLOVER map (sources credited in ``data/cameo/README.md``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its weight, quad class and PLOVER equivalent."""

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None


class UnknownEventCode(KeyError):
    """A CAMEO code that is not in CAMEO 1.1b3."""

    def __str__(self) -> str:
        code = self.args[0]
        hint = ""
        if isinstance(code, str) and code.isdigit() and len(code) == 1:
            hint = f" (root codes have two digits: did you mean '0{code}'?)"
        return (
            f"unknown CAMEO event code {code!r}{hint}; codes are strings of 2-4 digits with "
            "leading zeros kept, e.g. '01', '042', '1041'"
        )


@cache
def _table() -> dict[str, CameoCode]:
    text = resources.files("eventwire").joinpath("data", "cameo", "cameo.tsv").read_text("utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
    table: dict[str, CameoCode] = {}
    for row in rows:
        table[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            root=row["root"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_event=row["plover_event"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return table


def cameo(code: str) -> CameoCode:
    """The CAMEO code ``code`` ("190", "0311", "19").

    Raises:
        UnknownEventCode: when ``code`` is not a CAMEO 1.1b3 code.
    """
    try:
        return _table()[code]
    except (KeyError, TypeError):
        raise UnknownEventCode(code) from None


def all_codes() -> list[CameoCode]:
    """Every CAMEO code in table order (roots before their sub-codes)."""
    return list(_table().values())


def is_known(code: str) -> bool:
    """Whether ``code`` is a CAMEO 1.1b3 code."""
    return code in _table()
