"""Dyads: how relations between two countries (or organisations) move over time.

Computed over *events*, never reports: an attack told by forty outlets counts once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from eventwire.model import Event

Granularity = Literal["month", "week", "day"]
Trend = Literal["improving", "worsening", "stable"]

# A change of the mean Goldstein weight smaller than this is noise, not a trend.
TREND_MIN_CHANGE = 1.0
TREND_RECENT_PERIODS = 3


@dataclass
class DyadPeriod:
    """One period of a dyad: event counts per quad class and Goldstein totals."""

    label: str
    start: dt.date
    quad_counts: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    goldstein_sum: float = 0.0
    event_ids: list[str] = field(default_factory=list)

    @property
    def events(self) -> int:
        return len(self.event_ids)

    @property
    def goldstein_mean(self) -> float | None:
        return round(self.goldstein_sum / self.events, 3) if self.event_ids else None


@dataclass
class DyadSeries:
    """The periods of one dyad (empty periods included between the first and the last)."""

    a: str
    b: str
    by: Granularity
    periods: list[DyadPeriod]
    trend: Trend
    undated_events: int = 0
    trend_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dictionary: quad classes as string keys ``"1"``-``"4"``."""
        return {
            "a": self.a,
            "b": self.b,
            "by": self.by,
            "periods": [
                {
                    "period": period.label,
                    "quad_counts": {
                        str(quad): period.quad_counts.get(quad, 0) for quad in (1, 2, 3, 4)
                    },
                    "goldstein_sum": period.goldstein_sum,
                    "goldstein_mean": period.goldstein_mean,
                    "event_ids": list(period.event_ids),
                }
                for period in self.periods
            ],
            "trend": self.trend,
            "trend_reason": self.trend_reason,
            "undated_events": self.undated_events,
        }


def event_weights(code: str) -> tuple[float, int]:
    """Goldstein weight and quad class of a CAMEO code.

    Uses :func:`eventwire.code.ontology.cameo`; a code the table does not know falls back to
    its root code, whose quad class is fixed by the CAMEO convention.
    """
    from eventwire.code.ontology import UnknownEventCode, cameo

    for candidate in (code, code[:2]):
        try:
            entry = cameo(candidate)
        except UnknownEventCode:
            continue
        return entry.goldstein, entry.quad_class
    raise ValueError(
        f"CAMEO code {code!r} has no known root; event codes start with a root '01'-'20'"
    )


def dyad_series(
    events: Iterable[Event],
    a: str,
    b: str,
    *,
    by: Granularity = "month",
    weights: Callable[[str], tuple[float, int]] = event_weights,
) -> DyadSeries:
    """Events between ``a`` and ``b`` (country or IGO codes, either direction) per period.

    An event belongs to the dyad when its source and target countries are ``a`` and ``b`` in
    either order. Events whose date is unknown or coarser than ``by`` are counted in
    ``undated_events`` only.

    Trend rule: compare the event-weighted mean Goldstein weight of the last
    ``min(3, half of the non-empty periods)`` non-empty periods with that of the earlier
    non-empty periods; a rise of at least 1.0 is "improving", a fall of at least 1.0
    "worsening", anything else (or fewer than two non-empty periods) "stable".

    Args:
        events: merged events (never raw reports).
        a, b: ISO3 country codes or IGO codes.
        by: "month" (label ``2024-11``), "week" (ISO week ``2024-W47``) or "day".
        weights: code -> (Goldstein weight, quad class); the CAMEO ontology by default.
    """
    if by not in ("month", "week", "day"):
        raise ValueError(f"by must be 'month', 'week' or 'day', not {by!r}")
    pair = {a, b}
    periods: dict[dt.date, DyadPeriod] = {}
    undated = 0
    for event in events:
        if event.source is None or event.target is None:
            continue
        if {event.source.country, event.target.country} != pair:
            continue
        date = event.date
        if date.value is None or not _fine_enough(date.precision, by):
            undated += 1
            continue
        start = _period_start(date.value, by)
        period = periods.get(start)
        if period is None:
            period = periods[start] = DyadPeriod(_label(start, by), start)
        goldstein, quad = weights(event.cameo)
        period.quad_counts[quad] = period.quad_counts.get(quad, 0) + 1
        period.goldstein_sum = round(period.goldstein_sum + goldstein, 6)
        period.event_ids.append(event.id)
    for period in periods.values():
        period.event_ids.sort()
    filled = _fill(periods, by)
    trend, reason = _trend(filled)
    return DyadSeries(a, b, by, filled, trend, undated, reason)


def _trend(periods: list[DyadPeriod]) -> tuple[Trend, str]:
    """The trend and a sentence saying what was compared."""
    active = [period for period in periods if period.event_ids]
    if len(active) < 2:
        count = "no period has" if not active else "only one period has"
        return "stable", f"{count} dated events, so there is nothing to compare"
    recent_count = min(TREND_RECENT_PERIODS, len(active) // 2)
    earlier, recent = active[:-recent_count], active[-recent_count:]
    recent_mean, earlier_mean = _mean(recent), _mean(earlier)
    change = recent_mean - earlier_mean
    trend: Trend = "stable"
    if change >= TREND_MIN_CHANGE:
        trend = "improving"
    elif change <= -TREND_MIN_CHANGE:
        trend = "worsening"
    reason = (
        f"mean Goldstein {recent_mean:+.2f} over {_span(recent)} "
        f"({sum(p.events for p in recent)} events) against {earlier_mean:+.2f} over "
        f"{_span(earlier)} ({sum(p.events for p in earlier)} events): change {change:+.2f}, "
        f"a trend needs at least {TREND_MIN_CHANGE:.1f} either way"
    )
    return trend, reason


def _span(periods: list[DyadPeriod]) -> str:
    if len(periods) == 1:
        return periods[0].label
    return f"{periods[0].label}..{periods[-1].label}"


def _mean(periods: list[DyadPeriod]) -> float:
    return sum(period.goldstein_sum for period in periods) / sum(p.events for p in periods)


def _fine_enough(precision: str, by: Granularity) -> bool:
    allowed = {"day": {"day"}, "week": {"day", "week"}, "month": {"day", "week", "month"}}
    return precision in allowed[by]


def _period_start(day: dt.date, by: Granularity) -> dt.date:
    if by == "month":
        return day.replace(day=1)
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    return day


def _next_start(start: dt.date, by: Granularity) -> dt.date:
    if by == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + dt.timedelta(days=7 if by == "week" else 1)


def _label(start: dt.date, by: Granularity) -> str:
    if by == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return start.isoformat()


def _fill(periods: dict[dt.date, DyadPeriod], by: Granularity) -> list[DyadPeriod]:
    if not periods:
        return []
    ordered = sorted(periods)
    filled: list[DyadPeriod] = []
    current = ordered[0]
    while current <= ordered[-1]:
        filled.append(periods.get(current) or DyadPeriod(_label(current, by), current))
        current = _next_start(current, by)
    return filled
