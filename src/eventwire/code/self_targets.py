"""Reports whose target is the source's own state as a whole.

A state does not act on itself: "both governments" read against one of its own members
("a state visit that both governments described as …" giving Indonesia's president → Indonesia)
pairs a state with itself, "Both sides" resolved twice to one country gives COD → COD, and
"Israel's defence minister warned that Israel would …" names the threatener, not its target.
When the target is such a pair phrase or the source is the same bare state, the target is
dropped; a bare state acting on itself is no report at all. Domestic coding stays: a
government or police acting on its own state by name (``PERGOV`` → ``PER``) is the
convention of the benchmarks.
"""

from __future__ import annotations

from eventwire.code.article_countries import is_state_code
from eventwire.model import Report

PAIR_OPENERS = frozenset({"both", "each"})


def without_self_targets(reports: list[Report]) -> list[Report]:
    """Reports with self-targets removed (see the module docstring).

    Args:
        reports: reports of one sentence or article; changed in place where kept.

    Returns:
        The reports kept, in order. A report that lost its target is dropped when another
        report of the same sentence and root has the same source and a target.
    """
    kept: list[Report] = []
    for report in reports:
        if _is_self_target(report):
            if report.source is not None and report.source.actor.sector is None:
                continue
            report.target = None
        kept.append(report)
    targeted = {
        (r.sentence, r.cameo[:2], r.source.actor.code)
        for r in kept
        if r.target is not None and r.source is not None
    }
    return [
        report
        for report in kept
        if report.target is not None
        or report.source is None
        or (report.sentence, report.cameo[:2], report.source.actor.code) not in targeted
    ]


def _is_self_target(report: Report) -> bool:
    if report.source is None or report.target is None:
        return False
    target = report.target.actor
    if not (
        target.sector is None
        and is_state_code(target.country)
        and report.source.actor.country == target.country
    ):
        return False
    # A sector acting on its own state by name is domestic coding, kept on purpose ("the
    # government of Peru threatened to impose martial law in Lima": PERGOV → PER); only a
    # state read against itself, one member of a pair phrase, or the state named inside a
    # gapped warning as the one that would act ("Israel's defence minister warned that
    # Israel would …") is the error.
    return (
        report.source.actor.sector is None
        or _is_pair_phrase(report.target.text)
        or report.trigger_start < report.target.start < report.trigger_end
    )


def _is_pair_phrase(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and (words[0] in PAIR_OPENERS or words[:2] == ["the", "two"])
