"""What the story index keeps per story, updated member by member.

Re-clustering moves a few articles between stories after every batch. Rebuilding a story from
all its members on each move made the cost of a move grow with the story; here every summary
(dates, years, first member) is kept as counts that a member adds to and takes away from, so a
move costs the same whatever the size of the story.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """What a story needs to know of one member to count it in or out."""

    order: int
    title: str | None
    published: dt.date | None
    event_dates: tuple[dt.date, ...]
    years: tuple[tuple[str, float], ...]
    indexed: bool

    @property
    def day(self) -> dt.date | None:
        """The member's own date: publication, else its earliest explicit event date."""
        if self.published is not None:
            return self.published
        return min(self.event_dates) if self.event_dates else None


@dataclass
class StoryState:
    """One story's members (doc id → arrival order) and the summaries matching needs."""

    id: str
    title: str | None
    members: dict[str, int] = field(default_factory=dict)
    indexed: int = 0
    years: dict[str, float] = field(default_factory=dict)
    main_year: str | None = None
    published: Counter[dt.date] = field(default_factory=Counter)
    event_dates: Counter[dt.date] = field(default_factory=Counter)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    first_order: int | None = None

    def doc_ids(self) -> list[str]:
        """The members in the order they arrived in the index."""
        return sorted(self.members, key=self.members.__getitem__)

    def opened(self) -> dt.date | None:
        """The day the story started: its first publication date, else its first event date."""
        if self.first_seen is not None:
            return self.first_seen
        return min(self.event_dates) if self.event_dates else None

    def add_member(self, doc_id: str, facts: MemberFacts) -> None:
        """Count ``doc_id`` in (nothing happens when it is already a member)."""
        if doc_id in self.members:
            return
        self.members[doc_id] = facts.order
        if self.title is None:
            self.title = facts.title
        if self.first_order is None or facts.order < self.first_order:
            self.first_order = facts.order
        if facts.published is not None:
            self.published[facts.published] += 1
            if self.first_seen is None or facts.published < self.first_seen:
                self.first_seen = facts.published
            if self.last_seen is None or facts.published > self.last_seen:
                self.last_seen = facts.published
        self.event_dates.update(facts.event_dates)
        if facts.indexed:
            self.indexed += 1
            for term, weight in facts.years:
                self.years[term] = self.years.get(term, 0.0) + weight
            if facts.years:
                self.main_year = main_year(self.years)

    def remove_member(self, doc_id: str, facts: MemberFacts) -> None:
        """Count ``doc_id`` out (nothing happens when it is not a member)."""
        if self.members.pop(doc_id, None) is None:
            return
        if facts.order == self.first_order:
            self.first_order = min(self.members.values(), default=None)
        if facts.published is not None:
            _take(self.published, facts.published)
            self.first_seen = min(self.published, default=None)
            self.last_seen = max(self.published, default=None)
        for day in facts.event_dates:
            _take(self.event_dates, day)
        if facts.indexed:
            self.indexed -= 1
            for term, weight in facts.years:
                remaining = self.years.get(term, 0.0) - weight
                # Float sums do not come back to exactly zero: a year no member holds is gone.
                if remaining > 1e-9:
                    self.years[term] = remaining
                else:
                    self.years.pop(term, None)
            if facts.years:
                self.main_year = main_year(self.years)


def main_year(weights: dict[str, float]) -> str | None:
    """The heaviest ``y:`` feature of ``weights``, or ``None`` when it has none."""
    best: tuple[float, str] | None = None
    for term, weight in weights.items():
        if term.startswith("y:") and (best is None or (weight, term) > best):
            best = (weight, term)
    return best[1] if best else None


def _take(counts: Counter[dt.date], key: dt.date) -> None:
    remaining = counts[key] - 1
    if remaining > 0:
        counts[key] = remaining
    else:
        del counts[key]
