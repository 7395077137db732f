"""Stories: articles about the same happening, grouped incrementally.

Each new article is compared with the earlier articles that share its most distinctive
features (an inverted index with capped posting lists, so cost per article is bounded; a
feature held by a large share of the recent articles is left out of the comparison, since it
cannot tell stories apart and walking its always-full list dominated the cost); a
story's score is the mean TF-IDF cosine of its few closest members (average link over the
top members), never an averaged centroid, which drifts as soon as two look-alike events
mix. Document frequencies are kept incrementally. Names, numbers, actors and places are
weighted above topic words, because two earthquakes or two summits share their vocabulary
and differ in who, where and how many.
A near-duplicate (wire copy) joins the story of the text it copies without being scored.
A story is open a fixed number of days after its first article (not its latest, which let
look-alike stories grow without end); after that it takes only follow-ups close enough to
it that no look-alike happening would be (the same people and figures, not the same kind
of news). Posting lists are capped, so the work per article stays bounded as the corpus
grows; the per-story summaries are kept incrementally (:mod:`eventwire.corpus.story_state`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import deque
from collections.abc import Collection, Iterable

from eventwire.corpus.duplicates import NearDuplicateIndex
from eventwire.corpus.profile import ArticleProfile
from eventwire.corpus.reclustering import WindowMember, name_groups, recluster
from eventwire.corpus.story_settings import (
    StoryAssignment,
    StorySettings,
    UnknownDocument,
    UnknownStory,
)
from eventwire.corpus.story_state import MemberFacts, StoryState, main_year
from eventwire.corpus.text_features import top_items
from eventwire.model import Story

__all__ = ["StoryAssignment", "StoryIndex", "StorySettings", "UnknownDocument", "UnknownStory"]


class StoryIndex:
    """Incremental story clustering over article profiles.

    Args:
        settings: global parameters; the defaults are the tuned ones.
    """

    def __init__(self, settings: StorySettings | None = None) -> None:
        self.settings = settings or StorySettings()
        self._stories: dict[str, StoryState] = {}
        self._story_of: dict[str, str] = {}
        self._duplicate_of: dict[str, str | None] = {}
        self._document_frequency: dict[str, int] = {}
        self._documents = 0
        self._postings: dict[str, deque[tuple[str, float]]] = {}
        # Document frequencies among the members of the re-clustering window.
        self._recent_frequency: dict[str, int] = {}
        self._duplicates = NearDuplicateIndex(
            self.settings.duplicate_threshold,
            window_days=self.settings.duplicate_window_days,
            window_documents=self.settings.duplicate_window_documents,
        )
        self._facts: dict[str, MemberFacts] = {}
        self._copies: dict[str, list[str]] = {}
        self._window: deque[WindowMember] = deque(maxlen=self.settings.recluster_window)
        # Asked for every candidate story of every article: built once.
        self._window_span = dt.timedelta(days=self.settings.window_days)
        self._open_span = dt.timedelta(days=self.settings.story_open_days)

    def add(self, profile: ArticleProfile) -> StoryAssignment:
        """Put one article into an existing story or start a new one.

        Adding an article a second time returns its first assignment and changes nothing.
        """
        if profile.doc_id in self._story_of:
            return StoryAssignment(
                self._story_of[profile.doc_id], False, self._duplicate_of[profile.doc_id]
            )
        duplicate_of = self._duplicates.find(profile.signature, profile.published)
        story_id: str | None = None
        if duplicate_of is not None:
            story_id = self._story_of.get(duplicate_of)
        weights = self._weigh(profile)
        vector = self._unit_vector(weights)
        if story_id is None:
            story_id = self._best_story(profile, vector)
        is_new = story_id is None
        if story_id is None:
            story_id = _story_id(profile.doc_id)
        self._record(profile, story_id, duplicate_of, weights, vector)
        return StoryAssignment(story_id, is_new, duplicate_of)

    def stories(self) -> list[Story]:
        """Every story, in the order they started (``event_ids`` are left empty here).

        ``first_seen``/``last_seen`` are the earliest and latest publication dates, or when no
        member has one, the earliest and latest explicit event dates of its factual reports.
        """
        return [
            Story(
                id=state.id,
                title=state.title,
                doc_ids=state.doc_ids(),
                first_seen=state.first_seen or min(state.event_dates, default=None),
                last_seen=state.last_seen or max(state.event_dates, default=None),
            )
            for state in self._stories.values()
        ]

    def story_of(self, doc_id: str) -> str:
        """The id of the story that holds ``doc_id``.

        Raises:
            UnknownDocument: when the document was never added.
        """
        try:
            return self._story_of[doc_id]
        except KeyError:
            raise UnknownDocument(doc_id) from None

    def duplicate_of(self, doc_id: str) -> str | None:
        """The original that ``doc_id`` copies, or ``None`` for an original."""
        if doc_id not in self._duplicate_of:
            raise UnknownDocument(doc_id)
        return self._duplicate_of[doc_id]

    def reference_date(self, story_id: str) -> dt.date | None:
        """The best anchor date the story knows.

        The latest publication date of its articles, else the latest explicit day-precision
        date of its factual reports, else ``None``.
        """
        if story_id not in self._stories:
            raise UnknownStory(story_id)
        state = self._stories[story_id]
        if state.last_seen is not None:
            return state.last_seen
        return max(state.event_dates) if state.event_dates else None

    @classmethod
    def restore(
        cls,
        assigned: Iterable[tuple[ArticleProfile, str, str | None]],
        settings: StorySettings | None = None,
    ) -> StoryIndex:
        """Rebuild an index from ``(profile, story_id, duplicate_of)`` as previously assigned.

        Give the triples in the order the articles were first added, so that document
        frequencies and capped posting lists come out as they were.
        """
        index = cls(settings)
        for profile, story_id, duplicate_of in assigned:
            if profile.doc_id in index._story_of:
                continue
            index._record(profile, story_id, duplicate_of, index._weigh(profile))
        return index

    def recluster_recent(self) -> list[tuple[str, str]]:
        """Cluster the recent window again as a batch and move articles where it disagrees.

        Early greedy decisions were made on immature document frequencies; this looks at the
        last ``recluster_window`` original articles again with the current ones (see
        :mod:`eventwire.corpus.reclustering`), so stories may merge or split. A regrouped set
        keeps the id of the story that held most of it; copies follow their original.

        Returns:
            ``(doc_id, new_story_id)`` for every article whose story changed, so that stored
            assignments (articles, and the ``story_id`` of their events) can be rewritten.
        """
        members = [member for member in self._window if member.doc_id in self._story_of]
        groups = recluster(members, self._idf, self.settings.recluster)
        targets = name_groups(
            groups,
            self._story_of,
            story_rank=lambda story_id: (self._story_rank(story_id), story_id),
            member_rank=lambda doc_id: self._facts[doc_id].order,
            new_id=_story_id,
            taken=set(self._stories),
            accepts=self._accepts,
        )
        moves: list[tuple[str, str]] = []
        for group, target in targets:
            for doc_id in group:
                for moved in [doc_id, *self._copies.get(doc_id, ())]:
                    if self._story_of[moved] != target:
                        moves.append((moved, target))
        self._apply_moves(moves)
        return sorted(moves, key=lambda move: self._facts[move[0]].order)

    def _accepts(self, story_id: str, group: list[str]) -> bool:
        # A closed story keeps its own members but gains none: otherwise each re-clustering
        # could carry a look-alike story past its age, one window at a time.
        state = self._stories[story_id]
        return all(
            doc_id in state.members
            or self._is_open(state, self._facts[doc_id].day, self._facts[doc_id].order)
            for doc_id in group
        )

    def _story_rank(self, story_id: str) -> int:
        first = self._stories[story_id].first_order
        return first if first is not None else len(self._facts)

    def _apply_moves(self, moves: list[tuple[str, str]]) -> None:
        # Members are counted into their new story before any is counted out, so a story
        # that both loses and gains members is never dropped half way.
        leaving: list[tuple[str, str]] = []
        for doc_id, target in moves:
            facts = self._facts[doc_id]
            state = self._stories.get(target)
            if state is None:
                state = self._stories[target] = StoryState(target, None)
            state.add_member(doc_id, facts)
            leaving.append((doc_id, self._story_of[doc_id]))
            self._story_of[doc_id] = target
        for doc_id, story_id in leaving:
            state = self._stories[story_id]
            state.remove_member(doc_id, self._facts[doc_id])
            if not state.members:
                del self._stories[story_id]

    # -- scoring ---------------------------------------------------------------------------

    def _idf(self, term: str) -> float:
        documents = self._documents + self.settings.prior_documents
        return math.log((documents + 1) / (self._document_frequency.get(term, 0) + 1))

    def _weigh(self, profile: ArticleProfile) -> dict[str, float]:
        """Feature weights before IDF: term frequency times the boost of the feature kind."""
        boosts = {
            "n:": self.settings.name_boost,
            "#:": self.settings.number_boost,
            "y:": self.settings.year_boost,
            "a:": self.settings.actor_boost,
            "p:": self.settings.place_boost,
        }
        return {
            term: weight * boosts.get(term[:2], 1.0) if term[1:2] == ":" else weight
            for term, weight in profile.terms.items()
        }

    def _unit_vector(self, weights: dict[str, float]) -> dict[str, float]:
        """The TF-IDF vector of ``weights`` under the current document frequencies, length 1."""
        vector = {term: weight * self._idf(term) for term, weight in weights.items()}
        norm = math.sqrt(sum(value * value for value in vector.values()))
        if norm == 0.0:
            return {}
        return {term: value / norm for term, value in vector.items()}

    def _best_story(self, profile: ArticleProfile, vector: dict[str, float]) -> str | None:
        if not vector:
            return None
        # Dot products with earlier members, accumulated over the postings of the article's
        # heaviest terms: only members that share a distinctive feature are ever touched.
        member_scores: dict[str, float] = {}
        common_above = max(
            self.settings.postings_per_term, self.settings.common_term_share * len(self._window)
        )
        score_of = member_scores.get
        for term, value in top_items(vector, self.settings.query_terms).items():
            postings = self._postings.get(term)
            if not postings or self._recent_frequency.get(term, 0) > common_above:
                continue
            for doc_id, weight in postings:
                member_scores[doc_id] = score_of(doc_id, 0.0) + value * weight
        by_story: dict[str, list[float]] = {}
        for doc_id, score in member_scores.items():
            by_story.setdefault(self._story_of[doc_id], []).append(score)
        # The closest member bounds a story's linkage from above, so only the stories with
        # the best closest members are worth the full computation. A closed story whose
        # closest member is below the follow-up bar is passed over before the shortlist is
        # full, or a few old look-alikes could fill it.
        article_day = _article_day(profile)
        arrival = len(self._facts)
        follow_up = self.settings.follow_up_similarity
        shortlist: list[tuple[str, bool]] = []
        closest = {story_id: max(scores) for story_id, scores in by_story.items()}
        for story_id in sorted(closest, key=lambda story_id: -closest[story_id]):
            is_open = self._is_open(self._stories[story_id], article_day, arrival)
            if is_open or closest[story_id] >= follow_up:
                shortlist.append((story_id, is_open))
                if len(shortlist) == self.settings.candidates:
                    break
        article_year = main_year(vector)
        best: tuple[float, str] | None = None
        for story_id, is_open in shortlist:
            state = self._stories[story_id]
            linkage = self._linkage(by_story[story_id], story_id)
            similarity = linkage
            if article_year and state.main_year and article_year != state.main_year:
                similarity *= self.settings.year_penalty
            if _dates_disagree(
                profile.event_dates, state.event_dates, self.settings.event_date_tolerance_days
            ):
                similarity *= self.settings.event_date_penalty
            if not is_open and similarity < follow_up:
                continue
            if best is None or (similarity, story_id) > best:
                best = (similarity, story_id)
        if best is None or best[0] < self.settings.join_threshold:
            return None
        return best[1]

    def _linkage(self, scores: list[float], story_id: str) -> float:
        """Mean similarity to the story's ``top_members`` closest members.

        Members that were not retrieved count as zero, so a big story must be close in
        several members, while a story of one article is judged on that article alone: one
        look-alike member of another event no longer pulls an article in, and a story that
        has drifted cannot attract articles through an averaged centroid.
        """
        depth = min(self.settings.top_members, self._stories[story_id].indexed)
        closest = sorted(scores, reverse=True)[:depth]
        return sum(closest) / depth if depth else 0.0

    def _is_open(self, state: StoryState, day: dt.date | None, arrival: int) -> bool:
        """Whether a story still takes articles dated ``day`` (or arriving ``arrival``-th).

        Age counts from the story's first article, not its latest: kept open by its latest
        article, a story fed by look-alikes (the next quake, the next summit) never closed
        (synthetic stream, 30k articles: B³ 0.73 → 0.70). Coverage that goes on beyond the
        open days continues as follow-ups. Undated articles or stories fall back on the order
        of arrival.
        """
        opened = state.opened()
        if day is not None and opened is not None:
            return opened - self._window_span <= day <= opened + self._open_span
        limit = self.settings.story_open_articles
        if limit is None or state.first_order is None:
            return True
        return arrival - state.first_order <= limit

    # -- updating ----------------------------------------------------------------------------

    def _record(
        self,
        profile: ArticleProfile,
        story_id: str,
        duplicate_of: str | None,
        weights: dict[str, float],
        vector: dict[str, float] | None = None,
    ) -> None:
        self._story_of[profile.doc_id] = story_id
        self._duplicate_of[profile.doc_id] = duplicate_of
        self._duplicates.add(profile.doc_id, profile.signature, duplicate_of, profile.published)
        if duplicate_of is not None:
            self._copies.setdefault(duplicate_of, []).append(profile.doc_id)
        # The member's vector uses the document frequencies before it is counted, as it was
        # scored, so that replaying the same order in restore() rebuilds the same postings.
        if duplicate_of is not None:
            vector = {}
        elif vector is None:
            vector = self._unit_vector(weights)
        self._documents += 1
        for term in weights:
            self._document_frequency[term] = self._document_frequency.get(term, 0) + 1
        years = tuple((term, weight) for term, weight in weights.items() if term.startswith("y:"))
        facts = MemberFacts(
            order=len(self._facts),
            title=profile.title,
            published=profile.published,
            event_dates=tuple(profile.event_dates),
            years=years,
            # A copy adds no new evidence about what the story is about.
            indexed=bool(vector),
        )
        self._facts[profile.doc_id] = facts
        state = self._stories.get(story_id)
        if state is None:
            state = self._stories[story_id] = StoryState(story_id, profile.title)
        state.add_member(profile.doc_id, facts)
        if not vector:
            return
        # An article with no publication date is still placed in time by a date its text
        # states ("Monday, November 25"): without it, coverage a year apart looks undated
        # and joins whatever story is closest in words.
        self._enter_window(WindowMember(profile.doc_id, weights, _article_day(profile)))
        for term, weight in top_items(vector, self.settings.index_terms).items():
            postings = self._postings.get(term)
            if postings is None:
                postings = self._postings[term] = deque(maxlen=self.settings.postings_per_term)
            postings.append((profile.doc_id, weight))

    def _enter_window(self, member: WindowMember) -> None:
        window = self._window
        frequency = self._recent_frequency
        if window.maxlen is not None and len(window) == window.maxlen:
            for term in window[0].weights:
                remaining = frequency[term] - 1
                if remaining:
                    frequency[term] = remaining
                else:
                    del frequency[term]
        window.append(member)
        for term in member.weights:
            frequency[term] = frequency.get(term, 0) + 1


def _story_id(doc_id: str) -> str:
    return "story-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:16]


def _article_day(profile: ArticleProfile) -> dt.date | None:
    if profile.published is not None:
        return profile.published
    return min(profile.event_dates) if profile.event_dates else None


def _dates_disagree(
    article_dates: list[dt.date], story_dates: Collection[dt.date], tolerance_days: int
) -> bool:
    if not article_dates or not story_dates:
        return False
    return all(
        abs((day - other).days) > tolerance_days for day in article_dates for other in story_dates
    )
