"""The story step's settings, its answer for one article, and its errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.corpus.duplicates import DEFAULT_DUPLICATE_THRESHOLD
from eventwire.corpus.reclustering import ReclusterSettings


@dataclass(frozen=True)
class StorySettings:
    """Global parameters of the story step (tuned on ECB+ train, never per topic).

    ``join_threshold`` applies to the mean TF-IDF cosine between a new article and the
    ``top_members`` closest members of a story. ``query_terms`` of the new article are looked
    up in the inverted index, whose postings hold each member's ``index_terms`` heaviest
    features; a posting list keeps the ``postings_per_term`` most recent members, which bounds
    the cost of very common terms. A query feature held by more than ``common_term_share``
    of the re-clustering window (and by more members than a posting list keeps) is left out
    of the comparison: it cannot tell stories apart (its IDF is low anyway), and walking its
    full list for every article was most of the cost of matching.

    A story takes articles dated from ``window_days`` before to ``story_open_days`` after its
    first article (publication date, else explicit event date). A closed story still takes a
    follow-up: an article whose similarity to it reaches ``follow_up_similarity`` (the same
    people and figures, where a look-alike happening of the same kind only shares its
    vocabulary), so coverage that runs for weeks stays one story. When either side is
    undated, a story takes the next ``story_open_articles`` arrivals (``None``: no limit).
    Near-duplicates are looked for among articles published within
    ``duplicate_window_days`` of the newest one, and among the last
    ``duplicate_window_documents`` arrivals that are undated or arrived already older than
    that window (a back-fill).
    """

    join_threshold: float = 0.15
    top_members: int = 3
    name_boost: float = 2.0
    number_boost: float = 4.0
    year_boost: float = 4.0
    actor_boost: float = 1.0
    place_boost: float = 2.0
    duplicate_threshold: float = DEFAULT_DUPLICATE_THRESHOLD
    window_days: int = 7
    story_open_days: int = 7
    follow_up_similarity: float = 0.4
    story_open_articles: int | None = 100_000
    duplicate_window_days: int = 14
    duplicate_window_documents: int = 100_000
    event_date_tolerance_days: int = 3
    event_date_penalty: float = 0.5
    year_penalty: float = 0.7
    query_terms: int = 64
    index_terms: int = 64
    postings_per_term: int = 64
    candidates: int = 24
    common_term_share: float = 0.05
    # Documents assumed seen before the first one, so the first articles' rare words do not
    # all look equally common.
    prior_documents: int = 20
    # How many recent original articles :meth:`StoryIndex.recluster_recent` looks at again.
    recluster_window: int = 2000
    recluster: ReclusterSettings = field(default_factory=ReclusterSettings)


@dataclass(frozen=True)
class StoryAssignment:
    """Where one article went: its story, whether it started it, and what it copies."""

    story_id: str
    is_new_story: bool
    duplicate_of: str | None


class UnknownDocument(KeyError):
    """A document id that the story index has not seen."""

    def __str__(self) -> str:
        return (
            f"document {self.args[0]!r} has not been added to the story index; "
            "add its profile first"
        )


class UnknownStory(KeyError):
    """A story id that the story index does not hold."""

    def __str__(self) -> str:
        return f"no story {self.args[0]!r} in the story index"
