"""Per-event tallies of what the reports say, so canonical values are kept up to date cheaply.

Choosing an event's canonical values from all its reports on every added report made an event
told by many outlets cost more with each report. A tally keeps, per field, each distinct value
with the count of its reports per independent source; adding a report touches one entry per
field, and the choice looks at distinct values only (an event has few). The choice is the one
:mod:`eventwire.corpus.evidence` makes from the full list of reports, and a tally built report
by report equals one built from scratch (tests check both ways).

Reports are added already read from the acting side (see ``events.active_view``); the tally
orients them after its first report with two known countries, as ``events`` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.corpus.evidence import (
    actor_specificity,
    actors_compatible,
    choose_code_supported,
    choose_supported,
    date_is_stated,
    date_specificity,
    dates_compatible,
    location_is_dateline,
    location_is_stated,
    place_specificity,
    places_compatible,
)
from eventwire.corpus.orientation import country_pair, reads_reversed, role_actor
from eventwire.model import Actor, DateValue, Place, Report

# value → source key → how many reports state it
_Tally = dict[Any, Counter[str]]


@dataclass(frozen=True)
class CanonicalValues:
    """An event's chosen values and how many independent sources told it."""

    cameo: str
    source: Actor | None
    target: Actor | None
    date: DateValue
    location: Place | None
    independent_sources: int


@dataclass
class EventTally:
    """Distinct values per field with their sources, for one event."""

    first_pair: tuple[str, str] | None = None
    codes: _Tally = field(default_factory=dict)
    sources: _Tally = field(default_factory=dict)
    targets: _Tally = field(default_factory=dict)
    stated_dates: _Tally = field(default_factory=dict)
    known_dates: _Tally = field(default_factory=dict)
    date_reasons: Counter[str] = field(default_factory=Counter)
    stated_places: _Tally = field(default_factory=dict)
    dateline_places: _Tally = field(default_factory=dict)
    known_places: _Tally = field(default_factory=dict)
    source_keys: Counter[str] = field(default_factory=Counter)
    # Reports told in the direction opposite to the first pair (a reciprocal event).
    reversed_reports: int = 0

    @classmethod
    def of(cls, reports: Iterable[tuple[Report, str]]) -> EventTally:
        """A tally of ``(active report, source key)`` pairs, in the order they joined."""
        tally = cls()
        for report, source_key in reports:
            tally.add(report, source_key)
        return tally

    @property
    def reciprocal(self) -> bool:
        """Whether some report tells the event in the other direction."""
        return self.reversed_reports > 0

    @property
    def has_stated_location(self) -> bool:
        """Whether some report names a place for the event (not one inferred)."""
        return bool(self.stated_places)

    def add(self, report: Report, source_key: str) -> None:
        """Count one report (read from the acting side) told by ``source_key``."""
        pair = country_pair(report)
        if self.first_pair is None and pair is not None:
            self.first_pair = pair
            # A first report between two sides of one country reads as its own reverse.
            self.reversed_reports += pair[0] == pair[1]
        elif self.first_pair is not None:
            first = self.first_pair
            if pair is not None and pair == (first[1], first[0]):
                self.reversed_reports += 1
            if reads_reversed(report, first, one_sided=True):
                report = replace(report, source=report.target, target=report.source)
        self.source_keys[source_key] += 1
        _count(self.codes, report.cameo, source_key)
        source, target = role_actor(report, "source"), role_actor(report, "target")
        if source is not None:
            _count(self.sources, source, source_key)
        if target is not None:
            _count(self.targets, target, source_key)
        if report.date.value is not None:
            _count(self.known_dates, report.date, source_key)
            if date_is_stated(report):
                _count(self.stated_dates, report.date, source_key)
        elif report.date.reason:
            self.date_reasons[report.date.reason] += 1
        if report.location is not None:
            _count(self.known_places, report.location, source_key)
            if location_is_stated(report):
                _count(self.stated_places, report.location, source_key)
            elif location_is_dateline(report):
                _count(self.dateline_places, report.location, source_key)

    def values(self) -> CanonicalValues:
        """The canonical values, chosen as :mod:`eventwire.corpus.evidence` chooses them."""
        cameo = choose_code_supported(self.codes)
        if cameo is None:
            raise ValueError("an event tally with no reports has no canonical values")
        dates = self.stated_dates or self.known_dates
        if dates:
            date = choose_supported(dates, dates_compatible, date_specificity)
        else:
            reasons = sorted(self.date_reasons)
            date = DateValue.unknown("; ".join(reasons) or "no report gives a date")
        return CanonicalValues(
            cameo=cameo,
            source=choose_supported(self.sources, actors_compatible, actor_specificity),
            target=choose_supported(self.targets, actors_compatible, actor_specificity),
            date=date,
            location=choose_supported(
                self.stated_places or self.dateline_places or self.known_places,
                places_compatible,
                place_specificity,
            ),
            independent_sources=len(self.source_keys),
        )


def _count(tally: _Tally, value: object, source_key: str) -> None:
    counts = tally.get(value)
    if counts is None:
        counts = tally[value] = Counter()
    counts[source_key] += 1
