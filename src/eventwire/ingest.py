"""Ingest: read → analyse each article → store → corpus steps (stories, re-dating, events).

The per-article part runs on worker processes when asked; the corpus part is incremental: the
story and event indexes are restored from the store, new articles join them, and only the
stories and events they touch are written back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.corpus.events import EventIndex
from eventwire.corpus.profile import ArticleProfile, profile_article
from eventwire.corpus.stories import StoryIndex
from eventwire.model import Article, Event
from eventwire.pipeline import Resources, StageFailed
from eventwire.read.inputs import InputFailure, RawDocument, read_inputs
from eventwire.stages import analyse_documents, redate_article
from eventwire.store import Store

FailureHandler = Callable[[InputFailure], None]


@dataclass
class IngestSummary:
    """What one ingest did; ``failed`` lists every input that could not be used."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    rejected: int = 0
    redated: int = 0
    failed: list[InputFailure] = field(default_factory=list)


def sample_corpus_path() -> Path:
    """The folder of the bundled sample corpus."""
    return Path(__file__).parent / "examples"


class Corpus:
    """The story and event indexes, restored from a store and written back to it."""

    def __init__(self, store: Store, coder_version: str):
        self.store = store
        self.coder_version = coder_version
        profiles: list[tuple[ArticleProfile, str, str | None]] = []
        self.sources: dict[str, tuple[str | None, str | None]] = {}
        for state in store.article_states():
            if state.profile is None or state.story_id is None:
                continue
            profiles.append(
                (ArticleProfile.from_dict(state.profile), state.story_id, state.duplicate_of)
            )
            self.sources[state.doc_id] = (state.outlet, state.duplicate_of)
        self.stories = StoryIndex.restore(profiles)
        self.events = EventIndex.restore(store.events_where(), self.sources)

    def add(self, article: Article) -> tuple[str, str | None, ArticleProfile]:
        """Put a new article in a story; returns (story id, duplicate_of, profile)."""
        profile = profile_article(article)
        assignment = self.stories.add(profile)
        outlet = article.outlet.value if article.outlet else None
        self.sources[article.id] = (outlet, assignment.duplicate_of)
        return assignment.story_id, assignment.duplicate_of, profile

    def merge(self, articles: Iterable[Article]) -> set[str]:
        """Merge the reports of ``articles`` into events; returns the touched event ids."""
        touched: set[str] = set()
        for article in articles:
            outlet, duplicate_of = self.sources.get(article.id, (None, None))
            touched.update(self.events.remove_doc(article.id))
            touched.update(
                self.events.add(
                    article.reports,
                    story_id=self.stories.story_of(article.id),
                    outlet=outlet,
                    duplicate_of=duplicate_of,
                    coder_version=self.coder_version,
                    doc_id=article.id,
                )
            )
        return touched

    def save(self, touched_events: set[str], touched_stories: set[str]) -> None:
        current: dict[str, Event] = {e.id: e for e in self.events.events()}
        changed = [current[event_id] for event_id in sorted(touched_events) if event_id in current]
        removed = [event_id for event_id in touched_events if event_id not in current]
        touched_stories.update(e.story_id for e in changed if e.story_id)
        by_story: dict[str, list[str]] = {}
        for item in current.values():
            if item.story_id:
                by_story.setdefault(item.story_id, []).append(item.id)
        stories = [s for s in self.stories.stories() if s.id in touched_stories]
        for story in stories:
            story.event_ids = sorted(by_story.get(story.id, []))
        emptied = touched_stories - {story.id for story in stories}
        self.store.save_corpus(changed, removed, stories, removed_story_ids=emptied)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    resources: Resources,
    *,
    workers: int = 1,
    on_failure: FailureHandler | None = None,
) -> IngestSummary:
    """Ingest files and folders into ``store``; one bad input never stops the batch.

    Returns:
        An :class:`IngestSummary`; ``failed`` names each unusable input and why.
    """
    return ingest_documents(
        read_inputs(paths), store, resources, workers=workers, on_failure=on_failure
    )


def ingest_documents(
    items: Iterable[RawDocument | InputFailure],
    store: Store,
    resources: Resources,
    *,
    workers: int = 1,
    on_failure: FailureHandler | None = None,
) -> IngestSummary:
    """Ingest raw documents (and record the failures among them) into ``store``."""
    from eventwire.code.coder import CODER_VERSION

    summary = IngestSummary()

    def fail(failure: InputFailure) -> None:
        summary.failed.append(failure)
        store.record_failure(failure.origin, failure.reason)
        if on_failure is not None:
            on_failure(failure)

    documents: list[RawDocument] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputFailure):
            fail(item)
            continue
        summary.read += 1
        if item.fingerprint in seen or store.article_id_with_fingerprint(item.fingerprint):
            summary.unchanged += 1
            continue
        seen.add(item.fingerprint)
        documents.append(item)

    corpus = Corpus(store, CODER_VERSION)
    new_articles: list[Article] = []
    touched_stories: set[str] = set()
    for document, result in analyse_documents(documents, resources, workers=workers):
        if isinstance(result, StageFailed):
            fail(InputFailure(document.origin, str(result)))
            continue
        if result.rejected is not None:
            summary.rejected += 1
            store.save_article(
                result, origin=document.origin, profile=None, story_id=None, duplicate_of=None
            )
            continue
        story_id, duplicate_of, profile = corpus.add(result)
        store.save_article(
            result,
            origin=document.origin,
            profile=profile.to_dict(),
            story_id=story_id,
            duplicate_of=duplicate_of,
        )
        summary.stored += 1
        touched_stories.add(story_id)
        new_articles.append(result)

    to_merge = {article.id: article for article in new_articles}
    # Re-clustering the recent window may merge or split stories: moved articles are stored
    # under their new story and their reports merged again there.
    moves = corpus.stories.recluster_recent()
    for doc_id, old_story, new_story in store.move_articles(moves):
        touched_stories.update({old_story, new_story} - {None})
        if doc_id not in to_merge:
            moved = store.load_article(doc_id)
            if moved is not None:
                to_merge[doc_id] = moved
    for article in _redate_undated(corpus, touched_stories, to_merge, resources):
        store.update_analysis(article)
        to_merge[article.id] = article
        summary.redated += 1
    touched_events = corpus.merge(to_merge.values())
    # Only events founded by an article that moved or was merged again can change story.
    changed_docs = {doc_id for doc_id, _ in moves} | set(to_merge)
    touched_events.update(corpus.events.follow_stories(corpus.stories.story_of, changed_docs))
    corpus.save(touched_events, touched_stories)
    return summary


def _redate_undated(
    corpus: Corpus, story_ids: set[str], fresh: dict[str, Article], resources: Resources
) -> list[Article]:
    """Articles without a publication date whose story now supplies a (better) anchor."""
    redated = []
    stories = {story.id: story for story in corpus.stories.stories() if story.id in story_ids}
    # A story emptied by re-clustering has no articles left to re-date.
    for story_id in sorted(stories):
        anchor = corpus.stories.reference_date(story_id)
        if anchor is None:
            continue
        for doc_id in stories[story_id].doc_ids:
            article = fresh.get(doc_id) or corpus.store.load_article(doc_id)
            if article is None or not _needs_anchor(article, anchor):
                continue
            redated.append(redate_article(article, anchor, resources))
    return redated


def _needs_anchor(article: Article, anchor: object) -> bool:
    published = article.published
    if published is None:
        return True
    return published.how == "story" and published.value.value != anchor
