"""Reading reports from the acting side, and in one direction for a reciprocal event.

"Tehran hosted the Russian minister" and "the Russian minister visited Tehran" tell one
happening from its two sides; "Russia and Iran held talks" tells it in both directions. Event
merging reads every report as its active code, oriented like the event's first report with two
known countries, so that such reports agree instead of conflicting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.model import Actor, Event, Report

# CAMEO codes one happening twice from the two sides: the host "hosts a visit" (043) that the
# visitor "makes" (042), a country "receives peacekeepers" (0861) that another "provides"
# (074). Such a report is read as the active code with its actors swapped, so the two sides
# make one event whose source is the actor who acted. Passive code → active code.
COMPLEMENTARY_CODES: dict[str, str] = {"043": "042", "0861": "074"}


def active_view(report: Report) -> Report:
    """``report`` as told from the acting side: a passive code becomes its active partner.

    "Tehran hosted the Russian minister" (043, Iran → Russia) reads as "the Russian minister
    visited Iran" (042, Russia → Iran); any other report is returned as it is.
    """
    active = COMPLEMENTARY_CODES.get(report.cameo)
    if active is None:
        return report
    return replace(report, cameo=active, source=report.target, target=report.source)


def complementary_codes(event: Event) -> tuple[str, ...]:
    """The passive codes (``043`` host a visit…) whose reports were folded into ``event``.

    Empty when every report used the event's own (active) code family; ``("043",)`` on a
    visit also reported from the host's side.
    """
    return tuple(sorted({r.cameo for r in event.reports if r.cameo in COMPLEMENTARY_CODES}))


def is_reciprocal(event: Event) -> bool:
    """Whether ``event`` was told in both directions ("Iran and Russia held joint exercises").

    Such an event is one record whose canonical source and target are the direction first
    reported; its reports hold both directions with the same code. A visit told once by the
    visitor (042) and once by the host (043) is not reciprocal: both name the same direction
    once read from the acting side (see :func:`complementary_codes`).
    """
    reports = [active_view(report) for report in event.reports]
    first = first_pair(reports)
    if first is None:
        return False
    if first[0] != first[1]:
        return any(country_pair(report) == (first[1], first[0]) for report in reports)
    # Two sides of one country ("police and protesters clashed") are reciprocal only when
    # some report swaps their codes; one report between them is told in one direction.
    codes = [_code_pair(report) for report in reports if country_pair(report) == first]
    return any((target, source) in codes for source, target in codes if source != target)


def country_pair(report: Report) -> tuple[str, str] | None:
    """``(source country, target country)``, or ``None`` unless both are known."""
    source, target = role_actor(report, "source"), role_actor(report, "target")
    if source is None or target is None or not source.country or not target.country:
        return None
    return source.country, target.country


def first_pair(reports: Sequence[Report]) -> tuple[str, str] | None:
    """The country pair of the first report that has one: the direction of the event."""
    for report in reports:
        pair = country_pair(report)
        if pair is not None:
            return pair
    return None


def oriented(reports: list[Report]) -> list[Report]:
    """``reports`` with those told in the reverse of the first pair's direction swapped.

    After the first report with two countries, a report naming one side only is swapped too
    when that side sits in the other slot ("Tajik troops opened fire" in a clash first told
    as Kyrgyzstan against Tajikistan), as :class:`~eventwire.corpus.canonical.EventTally`
    does report by report.
    """
    first = first_pair(reports)
    if first is None or first[0] == first[1]:
        return reports
    result, seen_first = [], False
    for report in reports:
        seen_first = seen_first or country_pair(report) is not None
        if reads_reversed(report, first, one_sided=seen_first):
            report = replace(report, source=report.target, target=report.source)
        result.append(report)
    return result


def reads_reversed(report: Report, first: tuple[str, str], *, one_sided: bool) -> bool:
    """Whether ``report`` tells the event opposite to the first pair ``first``.

    Args:
        one_sided: also count a report that names one side only, in the other slot.
    """
    if first[0] == first[1]:
        return False
    pair = country_pair(report)
    if pair is not None:
        return pair == (first[1], first[0])
    if not one_sided:
        return False
    source, target = role_actor(report, "source"), role_actor(report, "target")
    if target is None and source is not None:
        return source.country == first[1]
    if source is None and target is not None:
        return target.country == first[0]
    return False


def _code_pair(report: Report) -> tuple[str, str]:
    source, target = role_actor(report, "source"), role_actor(report, "target")
    assert source is not None and target is not None
    return source.code, target.code


def role_actor(report: Report, role: str) -> Actor | None:
    """The resolved actor in ``role`` ("source" or "target"), if any."""
    participant = report.source if role == "source" else report.target
    return participant.actor if participant is not None else None
