"""eventwire's data model: Article → Sentence → Mention → Report → Event → Story.

Plain, typed dataclasses. Every character offset (``start``/``end``) indexes the cleaned
``Article.text`` of the article it belongs to, end-exclusive, so ``text[start:end]`` is the
span as written. A *report* is one event as told by one sentence of one article; an *event*
merges the reports of the same real-world event. Dyad statistics are computed over events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

DatePrecision = Literal["day", "week", "month", "year", "unknown"]
DateBasis = Literal["explicit", "relative", "story", "publication", "unknown"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
PlacePrecision = Literal["point", "city", "district", "admin1", "country", "region"]
MentionKind = Literal["actor", "place", "date"]

# Modalities whose reports say that something happened, and so become events.
FACTUAL_MODALITIES: frozenset[str] = frozenset({"asserted", "historical"})


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value together with how it was found ("input field", "dateline", "url", "text", …)."""

    value: T
    how: str


@dataclass(frozen=True)
class Rejection:
    """Why an article was not coded: the stage that refused it and a human-readable reason."""

    stage: str
    reason: str


@dataclass(frozen=True)
class Actor:
    """A resolved actor: CAMEO-style ``code`` = country or organisation + sector (``IRNMIL``).

    ``country`` is an ISO 3166-1 alpha-3 code, or for an international organisation its
    ``IGO…`` code (``IGOUNO`` for the UN), or ``None`` when unknown (an unnamed gunman is
    ``---`` with no country). ``sector`` is a CAMEO sector (``GOV``, ``MIL``, ``REB``…) or None.
    """

    code: str
    country: str | None
    sector: str | None
    name: str


@dataclass(frozen=True)
class Place:
    """A resolved place. ``country`` is ISO3; ``precision`` says how fine the point is."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: PlacePrecision
    geonameid: int | None = None


@dataclass(frozen=True)
class DateValue:
    """A resolved (or unresolvable) date with its precision, basis and a short reason.

    ``value`` is the first day of the period for coarser precisions (a month → its 1st).
    ``expression`` keeps a JSON-able description of a relative or incomplete expression
    ("Sunday", "last week") so that it can be resolved again once a better anchor is known
    (for instance a publication date supplied by the article's story).
    """

    value: dt.date | None
    precision: DatePrecision
    basis: DateBasis
    reason: str = ""
    # Left out of the hash (a dict cannot be hashed) but not out of equality.
    expression: dict | None = field(default=None, hash=False)

    def iso(self) -> str | None:
        """ISO form at the value's precision: ``2024-11-24``, ``2024-11`` or ``2024``."""
        if self.value is None or self.precision == "unknown":
            return None
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    @classmethod
    def unknown(cls, reason: str, expression: dict | None = None) -> DateValue:
        return cls(None, "unknown", "unknown", reason, expression)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its position in the article and its span in the cleaned text."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """An actor, place or date found in a sentence, with its resolution.

    ``resolution`` is an :class:`Actor`, :class:`Place` or :class:`DateValue` according to
    ``kind``; ``None`` when the mention was recognised but could not be resolved.
    """

    kind: MentionKind
    start: int
    end: int
    text: str
    sentence: int
    resolution: Actor | Place | DateValue | None
    confidence: float = 1.0


@dataclass(frozen=True)
class Participant:
    """An actor in a report's role (source or target), with the span that names it."""

    actor: Actor
    text: str
    start: int
    end: int


@dataclass
class Report:
    """One event as told by one sentence of one article.

    ``start``/``end`` is the evidence span (the clause or sentence that states the event);
    ``trigger_start``/``trigger_end`` the words that carry the event type. ``date`` and
    ``location`` are filled by the resolve stages after coding. ``coded`` keeps the (source,
    target) the coder gave before actor localisation changed them, so that re-running the
    stages starts from the same place (it neither prints nor compares).
    """

    doc_id: str
    sentence: int
    start: int
    end: int
    cameo: str
    source: Participant | None
    target: Participant | None
    trigger_start: int
    trigger_end: int
    modality: Modality = "asserted"
    date: DateValue = field(default_factory=lambda: DateValue.unknown("not dated yet"))
    location: Place | None = None
    location_text: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    confidence: float = 1.0
    index: int = 0  # position among the article's reports, for a stable id
    coded: tuple[Participant | None, Participant | None] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.sentence}:{self.index}"

    @property
    def is_factual(self) -> bool:
        return self.modality in FACTUAL_MODALITIES


@dataclass
class Article:
    """One input document: raw form kept, cleaned text, metadata with provenance, analysis."""

    id: str
    raw: str
    raw_format: Literal["text", "html"]
    fingerprint: str
    url: str | None = None
    title: str | None = None
    text: str = ""
    language: str | None = None
    outlet: Found[str] | None = None
    published: Found[DateValue] | None = None
    rejected: Rejection | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def mentions_of(self, kind: MentionKind) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    @property
    def published_date(self) -> dt.date | None:
        if self.published is None:
            return None
        return self.published.value.value


@dataclass(frozen=True)
class ConflictValue:
    """One of the values reported for a field, with the articles that reported it."""

    value: str
    doc_ids: tuple[str, ...]


@dataclass(frozen=True)
class Conflict:
    """A field on which the reports of one event disagree."""

    field: str
    values: tuple[ConflictValue, ...]


@dataclass
class Event:
    """One real-world event, merged from the reports that tell it."""

    id: str
    story_id: str | None
    cameo: str
    source: Actor | None
    target: Actor | None
    date: DateValue
    location: Place | None
    reports: list[Report]
    independent_sources: int
    conflicts: list[Conflict] = field(default_factory=list)
    confidence: float = 1.0
    coder_version: str = ""

    @property
    def doc_ids(self) -> list[str]:
        return sorted({r.doc_id for r in self.reports})


@dataclass
class Story:
    """Articles about the same happening (near-duplicates and re-writes included)."""

    id: str
    title: str | None
    doc_ids: list[str]
    first_seen: dt.date | None
    last_seen: dt.date | None
    event_ids: list[str] = field(default_factory=list)
