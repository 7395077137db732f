"""Events: the reports of one real-world event, merged across articles and outlets.

A factual report joins an existing event when its code, actors, date and place can describe
the same happening (the rules are in :mod:`eventwire.corpus.event_matching`); otherwise it
starts an event. Candidates come from the report's story (same happening, so small
disagreements become *conflicts* rather than a second event; a sibling root, 18/19/20, may
join there too) and from a block of events with the same root, actor countries and a day
within one day (the same event told in another story). Canonical values are chosen from
per-field tallies of all reports, kept incrementally (see :mod:`eventwire.corpus.canonical`),
so the result does not depend on which outlet was read first and an added report costs the
same however many came before; conflicts and confidence are computed from all reports only
when events are read, since an event may gain many reports in between.
Event ids come from the first report's id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from eventwire.corpus.canonical import EventTally
from eventwire.corpus.event_matching import (
    CROSS_STORY_DATE_TOLERANCE_DAYS,
    BlockKey,
    agreement,
    block_key,
    both_dated,
    can_merge,
    reciprocal_fit,
)
from eventwire.corpus.evidence import find_conflicts
from eventwire.corpus.orientation import (
    COMPLEMENTARY_CODES,
    active_view,
    complementary_codes,
    is_reciprocal,
    oriented,
    role_actor,
)
from eventwire.model import Event, Report

# Re-exported: callers have imported these from here.
__all__ = [
    "COMPLEMENTARY_CODES",
    "EventIndex",
    "active_view",
    "complementary_codes",
    "is_reciprocal",
]

_MAX_DUPLICATE_HOPS = 32


@dataclass
class _EventState:
    id: str
    story_id: str | None
    coder_version: str
    reports: list[Report] = field(default_factory=list)
    event: Event | None = None
    block: BlockKey | None = None
    tally: EventTally = field(default_factory=EventTally)


class EventIndex:
    """Incremental merging of reports into events, with the state needed to continue later."""

    def __init__(self) -> None:
        self._events: dict[str, _EventState] = {}
        self._by_story: dict[str | None, list[str]] = {}
        self._by_block: dict[BlockKey, set[str]] = {}
        self._doc_events: dict[str, set[str]] = {}
        self._sources: dict[str, tuple[str | None, str | None]] = {}
        # Events whose conflicts and confidence are not yet computed for their current reports.
        self._unsettled: set[str] = set()

    def add(
        self,
        reports: Sequence[Report],
        *,
        story_id: str,
        outlet: str | None,
        duplicate_of: str | None,
        coder_version: str,
        doc_id: str | None = None,
    ) -> list[str]:
        """Merge one article's reports; returns the ids of events created or changed.

        Adding an article again replaces its earlier reports (so a re-run changes nothing).
        Non-factual reports (negated, hypothetical, future) are ignored.

        Args:
            doc_id: the article's id; pass it so that an article without reports is still
                remembered with its outlet (it may be the original of later wire copies).
        """
        touched: set[str] = set()
        doc_ids = {report.doc_id for report in reports}
        if doc_id is not None:
            doc_ids.add(doc_id)
        for doc_id in sorted(doc_ids):
            if doc_id in self._doc_events:
                touched.update(self.remove_doc(doc_id))
            self._sources[doc_id] = (outlet, duplicate_of)
        factual = sorted(
            (report for report in reports if report.is_factual),
            key=lambda report: (report.doc_id, report.sentence, report.index),
        )
        for report in factual:
            event_id = self._match(active_view(report), story_id)
            if event_id is None:
                event_id = self._new_id(report)
                self._events[event_id] = _EventState(event_id, story_id, coder_version)
                self._by_story.setdefault(story_id, []).append(event_id)
            state = self._events[event_id]
            state.reports.append(report)
            state.coder_version = coder_version
            self._doc_events.setdefault(report.doc_id, set()).add(event_id)
            self._refresh(state, report)
            touched.add(event_id)
        return sorted(touched)

    def events(self) -> list[Event]:
        """Every event, in the order they were created."""
        self._settle()
        return [state.event for state in self._events.values() if state.event is not None]

    def event(self, event_id: str) -> Event:
        """The event called ``event_id`` (raises ``KeyError`` naming it when unknown)."""
        state = self._events.get(event_id)
        if state is None or state.event is None:
            raise KeyError(f"no event {event_id!r} in the event index")
        if event_id in self._unsettled:
            self._unsettled.discard(event_id)
            self._settle_one(state)
        assert state.event is not None
        return state.event

    def remove_doc(self, doc_id: str) -> list[str]:
        """Forget one article's reports; returns the ids of events changed or deleted."""
        touched = sorted(self._doc_events.pop(doc_id, set()))
        for event_id in touched:
            state = self._events[event_id]
            state.reports = [report for report in state.reports if report.doc_id != doc_id]
            if state.reports:
                self._refresh(state)
                continue
            self._unblock(state)
            self._by_story[state.story_id].remove(event_id)
            del self._events[event_id]
            self._unsettled.discard(event_id)
        self._sources.pop(doc_id, None)
        return touched

    def follow_stories(
        self, story_of: Callable[[str], str], moved_docs: Iterable[str] | None = None
    ) -> list[str]:
        """Put each event in the story of the article of its first report (after stories were
        merged or split); returns the ids of the events that changed story.

        Args:
            story_of: the story id of a document.
            moved_docs: the documents whose story changed (as ``recluster_recent`` returns
                them); only their events are looked at. ``None`` looks at every event.
        """
        if moved_docs is None:
            states: Iterable[_EventState] = list(self._events.values())
        else:
            # An event follows the article of its first report, so only those can move.
            chosen = {
                event_id
                for doc_id in moved_docs
                for event_id in self._doc_events.get(doc_id, ())
                if self._events[event_id].reports[0].doc_id == doc_id
            }
            states = [self._events[event_id] for event_id in sorted(chosen)]
        moved = []
        for state in states:
            story_id = story_of(state.reports[0].doc_id)
            if story_id == state.story_id:
                continue
            self._by_story[state.story_id].remove(state.id)
            self._by_story.setdefault(story_id, []).append(state.id)
            state.story_id = story_id
            # Only the story changed: the canonical values and conflicts still hold.
            if state.event is not None:
                state.event = replace(state.event, story_id=story_id)
            moved.append(state.id)
        return moved

    @classmethod
    def restore(
        cls, events: Iterable[Event], sources: Mapping[str, tuple[str | None, str | None]]
    ) -> EventIndex:
        """Rebuild the index from stored events and ``doc_id -> (outlet, duplicate_of)``."""
        index = cls()
        index._sources.update(sources)
        for stored in events:
            state = _EventState(stored.id, stored.story_id, stored.coder_version)
            # Stored order is the order reports joined: the first one orients the event.
            state.reports = list(stored.reports)
            index._events[stored.id] = state
            index._by_story.setdefault(stored.story_id, []).append(stored.id)
            for report in state.reports:
                index._doc_events.setdefault(report.doc_id, set()).add(stored.id)
            index._refresh(state)
        return index

    # -- matching --------------------------------------------------------------------------

    def _match(self, report: Report, story_id: str) -> str | None:
        best: tuple[tuple[bool, int], str] | None = None
        candidates = [(event_id, True) for event_id in self._by_story.get(story_id, ())]
        candidates += [(event_id, False) for event_id in self._block_candidates(report)]
        seen: set[str] = set()
        for event_id, same_story in candidates:
            if event_id in seen:
                continue
            seen.add(event_id)
            state = self._events[event_id]
            event = state.event
            assert event is not None
            if not can_merge(report, event, state.tally, same_story=same_story) and not (
                same_story and reciprocal_fit(report, event, state.tally)
            ):
                continue
            score = (both_dated(report, event), agreement(report, event) + 2 * same_story)
            if best is None or (score, _negate(event_id)) > (best[0], _negate(best[1])):
                best = (score, event_id)
        return best[1] if best else None

    def _block_candidates(self, report: Report) -> list[str]:
        key = block_key(
            report.cameo, role_actor(report, "source"), role_actor(report, "target"), report
        )
        if key is None:
            return []
        root, source, target, day = key
        found: list[str] = []
        for offset in range(-CROSS_STORY_DATE_TOLERANCE_DAYS, CROSS_STORY_DATE_TOLERANCE_DAYS + 1):
            found.extend(sorted(self._by_block.get((root, source, target, day + offset), ())))
        return found

    # -- canonical values ----------------------------------------------------------------------

    def _source_key(self, doc_id: str) -> str:
        """One key per independent source: wire copies share their original's key."""
        root = doc_id
        for _ in range(_MAX_DUPLICATE_HOPS):
            original = self._sources.get(root, (None, None))[1]
            if original is None or original == root:
                break
            root = original
        root_outlet = self._sources.get(root, (None, None))[0]
        if root_outlet:
            return "outlet:" + root_outlet
        if root != doc_id:
            return "doc:" + root
        own_outlet = self._sources.get(doc_id, (None, None))[0]
        return "outlet:" + own_outlet if own_outlet else "doc:" + doc_id

    def _refresh(self, state: _EventState, added: Report | None = None) -> None:
        """Update the canonical values that matching needs; conflicts wait for a read.

        Args:
            added: the report just appended, counted into the event's tally; without it the
                tally is rebuilt from all reports (after a removal, which may change the
                first report and so the orientation).
        """
        if added is None:
            state.tally = EventTally.of(
                (active_view(report), self._source_key(report.doc_id)) for report in state.reports
            )
        else:
            state.tally.add(active_view(added), self._source_key(added.doc_id))
        values = state.tally.values()
        state.event = Event(
            id=state.id,
            story_id=state.story_id,
            cameo=values.cameo,
            source=values.source,
            target=values.target,
            date=values.date,
            location=values.location,
            reports=list(state.reports),
            independent_sources=values.independent_sources,
            coder_version=state.coder_version,
        )
        self._unsettled.add(state.id)
        self._unblock(state)
        event = state.event
        state.block = block_key(event.cameo, event.source, event.target, event)
        if state.block is not None:
            self._by_block.setdefault(state.block, set()).add(state.id)

    def _oriented_reports(self, state: _EventState) -> tuple[list[Report], dict[str, str]]:
        reports = [active_view(report) for report in state.reports]
        source_of = {report.doc_id: self._source_key(report.doc_id) for report in reports}
        # Reports told in the other direction of a reciprocal event are read as the first
        # report's direction, so "Russia and Iran held talks" does not conflict with itself.
        return oriented(reports), source_of

    def _settle(self) -> None:
        for event_id in self._unsettled:
            self._settle_one(self._events[event_id])
        self._unsettled.clear()

    def _settle_one(self, state: _EventState) -> None:
        assert state.event is not None
        reports, source_of = self._oriented_reports(state)
        conflicts = find_conflicts(reports)
        independent = len(set(source_of.values()))
        mean_confidence = sum(report.confidence for report in reports) / len(reports)
        corroboration = 1.0 - 0.5**independent
        # Confidence grows with independent outlets and shrinks with each disagreement.
        confidence = mean_confidence * (0.5 + 0.5 * corroboration) * 0.85 ** len(conflicts)
        state.event = replace(
            state.event,
            independent_sources=independent,
            conflicts=conflicts,
            confidence=round(confidence, 3),
        )

    def _unblock(self, state: _EventState) -> None:
        if state.block is not None:
            members = self._by_block.get(state.block)
            if members is not None:
                members.discard(state.id)
                if not members:
                    del self._by_block[state.block]
            state.block = None

    def _new_id(self, report: Report) -> str:
        base = "event-" + hashlib.sha1(report.id.encode("utf-8")).hexdigest()[:16]
        candidate, suffix = base, 1
        while candidate in self._events:
            suffix += 1
            candidate = f"{base}-{suffix}"
        return candidate


def _negate(text: str) -> tuple[int, ...]:
    return tuple(-ord(char) for char in text)
