"""Events: the reports of one real-world event, merged across articles and outlets.

A factual report joins an existing event when the CAMEO root matches and its actors, date and
place can describe the same happening; otherwise it starts an event. Candidates come from the
report's story (same happening, so small disagreements become *conflicts* rather than a second
event) and from a block of events with the same root, actor countries and a day within one
day (the same event told in another story). Canonical values and conflicts are recomputed from
all reports (see :mod:`eventwire.corpus.evidence`), so the result does not depend on which
outlet was read first: the values that matching needs after every change, the conflicts and
confidence only when events are read, since an event may gain many reports in between.
Event ids come from the first report's id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from eventwire.corpus.evidence import (
    actors_compatible,
    choose_actor,
    choose_code,
    choose_date,
    choose_place,
    dates_compatible,
    find_conflicts,
    location_is_stated,
    places_compatible,
)
from eventwire.model import Actor, Event, Report

# Reports in one story a day or two apart are usually one event told with a slip of the date
# ("Sunday" resolved against different publication dates); across stories we need more.
STORY_DATE_TOLERANCE_DAYS = 2
CROSS_STORY_DATE_TOLERANCE_DAYS = 1
_MAX_DUPLICATE_HOPS = 32
# CAMEO codes one happening twice from the two sides: the host "hosts a visit" (043) that the
# visitor "makes" (042), a country "receives peacekeepers" (0861) that another "provides"
# (074). Such a report is read as the active code with its actors swapped, so the two sides
# make one event whose source is the actor who acted. Passive code → active code.
COMPLEMENTARY_CODES: dict[str, str] = {"043": "042", "0861": "074"}


@dataclass
class _EventState:
    id: str
    story_id: str | None
    coder_version: str
    reports: list[Report] = field(default_factory=list)
    event: Event | None = None
    block: tuple[str, str, str, int] | None = None


class EventIndex:
    """Incremental merging of reports into events, with the state needed to continue later."""

    def __init__(self) -> None:
        self._events: dict[str, _EventState] = {}
        self._by_story: dict[str | None, list[str]] = {}
        self._by_block: dict[tuple[str, str, str, int], set[str]] = {}
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
            self._refresh(state)
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

    def follow_stories(self, story_of: Callable[[str], str]) -> list[str]:
        """Put each event in the story of the article of its first report (after stories were
        merged or split); returns the ids of the events that changed story."""
        moved = []
        for state in self._events.values():
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
        best: tuple[int, str] | None = None
        candidates = [(event_id, True) for event_id in self._by_story.get(story_id, ())]
        candidates += [(event_id, False) for event_id in self._block_candidates(report)]
        seen: set[str] = set()
        for event_id, same_story in candidates:
            if event_id in seen:
                continue
            seen.add(event_id)
            event = self._events[event_id].event
            assert event is not None
            if not _can_merge(report, event, same_story=same_story) and not (
                same_story and _reciprocal_fit(report, event)
            ):
                continue
            score = _agreement(report, event) + (2 if same_story else 0)
            if best is None or (score, _negate(event_id)) > (best[0], _negate(best[1])):
                best = (score, event_id)
        return best[1] if best else None

    def _block_candidates(self, report: Report) -> list[str]:
        key = _block_key(report.cameo, _actor(report, "source"), _actor(report, "target"), report)
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

    def _refresh(self, state: _EventState) -> None:
        """Recompute the canonical values that matching needs; conflicts wait for a read."""
        reports, source_of = self._oriented_reports(state)
        state.event = Event(
            id=state.id,
            story_id=state.story_id,
            cameo=choose_code(reports, source_of),
            source=choose_actor(reports, "source", source_of),
            target=choose_actor(reports, "target", source_of),
            date=choose_date(reports, source_of),
            location=choose_place(reports, source_of),
            reports=list(state.reports),
            independent_sources=len(set(source_of.values())),
            coder_version=state.coder_version,
        )
        self._unsettled.add(state.id)
        self._unblock(state)
        event = state.event
        state.block = _block_key(event.cameo, event.source, event.target, event)
        if state.block is not None:
            self._by_block.setdefault(state.block, set()).add(state.id)

    def _oriented_reports(self, state: _EventState) -> tuple[list[Report], dict[str, str]]:
        reports = [active_view(report) for report in state.reports]
        source_of = {report.doc_id: self._source_key(report.doc_id) for report in reports}
        # Reports told in the other direction of a reciprocal event are read as the first
        # report's direction, so "Russia and Iran held talks" does not conflict with itself.
        return _oriented(reports), source_of

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


def _can_merge(report: Report, event: Event, *, same_story: bool) -> bool:
    if report.cameo[:2] != event.cameo[:2]:
        return False
    source, target = _actor(report, "source"), _actor(report, "target")
    if same_story:
        # Within one story a differing sector is a disagreement between outlets; a differing
        # country is another event.
        if not (_same_country(source, event.source) and _same_country(target, event.target)):
            return False
        if not dates_compatible(report.date, event.date, STORY_DATE_TOLERANCE_DAYS):
            return False
        # An inferred place (the article's main location) says nothing about this event.
        place = report.location if location_is_stated(report) else None
        other = event.location if any(map(location_is_stated, event.reports)) else None
        return not (place and other and place.country and other.country != place.country)
    if not (actors_compatible(source, event.source) and actors_compatible(target, event.target)):
        return False
    return dates_compatible(
        report.date, event.date, CROSS_STORY_DATE_TOLERANCE_DAYS
    ) and places_compatible(report.location, event.location)


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
    first = _oriented_pair(reports)
    if first is None:
        return False
    return any(_pair(report) == (first[1], first[0]) for report in reports)


def _reciprocal_fit(report: Report, event: Event) -> bool:
    """Whether ``report`` is the other direction of ``event`` (same code, swapped actors).

    Only a sentence that tells both directions makes an event reciprocal; once it is, later
    reports in either direction from the same story join it.
    """
    pair = _pair(report)
    if pair is None or pair[0] == pair[1] or report.cameo != event.cameo:
        return False
    if event.source is None or event.target is None:
        return False
    if (event.target.country, event.source.country) != pair:
        return False
    if not dates_compatible(report.date, event.date, STORY_DATE_TOLERANCE_DAYS):
        return False
    if not places_compatible(report.location, event.location):
        return False
    swapped = (pair[1], pair[0])
    return is_reciprocal(event) or any(
        other.doc_id == report.doc_id
        and other.sentence == report.sentence
        and other.cameo == report.cameo
        and _pair(other) == swapped
        for other in map(active_view, event.reports)
    )


def _pair(report: Report) -> tuple[str, str] | None:
    source, target = _actor(report, "source"), _actor(report, "target")
    if source is None or target is None or not source.country or not target.country:
        return None
    return source.country, target.country


def _oriented_pair(reports: Sequence[Report]) -> tuple[str, str] | None:
    for report in reports:
        pair = _pair(report)
        if pair is not None:
            return pair
    return None


def _oriented(reports: list[Report]) -> list[Report]:
    first = _oriented_pair(reports)
    if first is None or first[0] == first[1]:
        return reports
    swapped = (first[1], first[0])
    return [
        replace(report, source=report.target, target=report.source)
        if _pair(report) == swapped
        else report
        for report in reports
    ]


def _agreement(report: Report, event: Event) -> int:
    score = 0
    score += report.cameo == event.cameo
    score += _actor(report, "source") == event.source
    score += _actor(report, "target") == event.target
    score += report.date.value is not None and report.date.value == event.date.value
    score += report.location is not None and report.location == event.location
    return score


def _same_country(first: Actor | None, second: Actor | None) -> bool:
    if first is None or second is None or not first.country or not second.country:
        return actors_compatible(first, second)
    return first.country == second.country


def _block_key(
    cameo: str, source: Actor | None, target: Actor | None, dated: Report | Event
) -> tuple[str, str, str, int] | None:
    date = dated.date
    if date.value is None or date.precision != "day" or source is None or not source.country:
        return None
    target_country = target.country or "" if target is not None else ""
    return (cameo[:2], source.country, target_country, date.value.toordinal())


def _actor(report: Report, role: str) -> Actor | None:
    participant = report.source if role == "source" else report.target
    return participant.actor if participant is not None else None


def _negate(text: str) -> tuple[int, ...]:
    return tuple(-ord(char) for char in text)
