"""Synthetic article streams and the corpus-step benchmark.

The stream imitates a news day: stories start at random, each told by several outlets that
re-write a seed text (sentences dropped and reordered, words swapped) with story-specific
names, numbers and dates substituted in, so that stories of the same kind still differ; some
articles are wire copies of an earlier one with different boilerplate. Each article carries
coded reports so that event merging is exercised as well.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import resource
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from eventwire.analyse.sentences import split_sentences
from eventwire.corpus.events import EventIndex
from eventwire.corpus.profile import ArticleProfile, profile_article
from eventwire.corpus.stories import StoryIndex
from eventwire.evaluate.clustering import bcubed
from eventwire.model import Actor, Article, DateValue, Found, Participant, Place, Report

# Our own short texts (no third-party text), written so that names and numbers can vary.
DEFAULT_SEED_TEXTS = (
    "Naval units of Iran began a joint exercise with Russian ships near Bandar Abbas on Sunday. "
    "The drill involves 14 vessels and 2300 sailors, the navy commander Hossein Karimi said. "
    "Officials in Tehran described the manoeuvres as defensive. "
    "Observers in the Gulf said the exercise would last until Thursday.",
    "A strong earthquake of magnitude 6 struck the mountain town of Kerman early on Monday. "
    "At least 42 people were killed and 310 injured, the local governor Reza Moradi said. "
    "Rescue teams from the Red Crescent searched collapsed buildings through the night. "
    "The quake was felt in the provincial capital 80 kilometres away.",
    "The foreign ministers of Turkey and Greece met in Ankara to discuss maritime borders. "
    "Minister Selim Aydin said the two sides agreed to resume talks next month. "
    "The meeting lasted 5 hours and ended with a joint statement on fishing rights. "
    "Diplomats described the atmosphere as constructive after years of tension.",
    "Thousands of protesters marched through the centre of Nairobi on Tuesday against new taxes. "
    "Police fired tear gas and arrested 65 people near parliament, witnesses said. "
    "Opposition leader Grace Wanjiru called for a general strike on Friday. "
    "The finance bill would raise fuel prices by 16 percent.",
)

_OUTLETS = tuple(f"outlet{number:03d}.example" for number in range(120))
_SYLLABLES = ("ka", "ro", "mi", "sa", "tel", "an", "dor", "vi", "lu", "ben", "zar", "os", "el")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NUMBER = re.compile(r"\b[0-9]{1,5}\b")
_ACTOR_POOL = ("IRN", "RUS", "USA", "TUR", "GRC", "KEN", "CHN", "IND", "FRA", "ISR")
_CODES = ("042", "057", "0311", "111", "130", "141", "173", "190", "061", "071")
_BOILERPLATE = (
    "Share this article. Sign up for our newsletter.",
    "Copyright reserved. Read more news on our website.",
    "Follow us for breaking updates.",
)


@dataclass
class _StoryPlan:
    key: str
    text: str
    day: dt.date
    source: str
    target: str
    code: str
    articles: list[Article]


def synthetic_stream(seed_texts: Sequence[str], n: int, *, seed: int = 0) -> Iterator[Article]:
    """Yield ``n`` synthetic articles re-written from ``seed_texts`` (deterministic for ``seed``).

    Args:
        seed_texts: plain texts to vary; names and numbers in them are substituted per story.
        n: how many articles to yield.
        seed: the random seed.
    """
    for _, article in synthetic_stories(seed_texts, n, seed=seed):
        yield article


def synthetic_stories(
    seed_texts: Sequence[str], n: int, *, seed: int = 0
) -> Iterator[tuple[str, Article]]:
    """Like :func:`synthetic_stream`, with the key of the story each article was written for.

    The keys are the gold clustering of the stream: articles with one key tell one happening.
    """
    if not seed_texts:
        raise ValueError("synthetic_stream needs at least one seed text to vary")
    rng = random.Random(seed)
    open_stories: list[_StoryPlan] = []
    start_day = dt.date(2024, 1, 1)
    for number in range(n):
        today = start_day + dt.timedelta(days=number // 2000)
        if not open_stories or rng.random() < 0.15:
            key = f"plan-{seed}-{number:07d}"
            open_stories.append(_plan_story(rng, seed_texts, today, key))
            if len(open_stories) > 400:
                open_stories.pop(0)
        story = open_stories[-1] if rng.random() < 0.3 else rng.choice(open_stories)
        yield story.key, _write_article(rng, story, f"syn-{seed}-{number:07d}", today)


def _plan_story(
    rng: random.Random, seed_texts: Sequence[str], today: dt.date, key: str
) -> _StoryPlan:
    base = rng.choice(seed_texts)
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        word = match.group()
        if word not in names:
            keep = rng.random() < 0.4
            names[word] = word if keep else _fake_name(rng)
        return names[word]

    text = _CAPITALISED.sub(rename, base)
    text = _NUMBER.sub(lambda match: str(rng.randint(2, 9999)), text)
    source, target = rng.sample(_ACTOR_POOL, 2)
    day = today - dt.timedelta(days=rng.randint(0, 2))
    return _StoryPlan(key, text, day, source, target, rng.choice(_CODES), [])


def _write_article(rng: random.Random, story: _StoryPlan, doc_id: str, today: dt.date) -> Article:
    outlet = rng.choice(_OUTLETS)
    if story.articles and rng.random() < 0.15:
        original = rng.choice(story.articles)
        text = original.text + "\n" + rng.choice(_BOILERPLATE)
    else:
        sentences = [story.text[s.start : s.end] for s in split_sentences(story.text)]
        kept = [sentence for sentence in sentences if rng.random() > 0.2] or sentences[:1]
        if rng.random() < 0.5:
            rng.shuffle(kept)
        words = " ".join(kept).split(" ")
        for _ in range(max(1, len(words) // 15)):
            first, second = rng.randrange(len(words)), rng.randrange(len(words))
            words[first], words[second] = words[second], words[first]
        text = " ".join(words)
    article = Article(
        id=doc_id,
        raw=text,
        raw_format="text",
        fingerprint=doc_id,
        title=" ".join(text.split(" ")[:8]),
        text=text,
        outlet=Found(outlet, "synthetic"),
        published=Found(DateValue(today, "day", "explicit"), "synthetic"),
    )
    article.reports = _reports(rng, story, doc_id, len(text))
    story.articles.append(article)
    if len(story.articles) > 20:
        story.articles.pop(0)
    return article


def _reports(rng: random.Random, story: _StoryPlan, doc_id: str, length: int) -> list[Report]:
    # Most outlets agree on the day; some are a day off, as real reports are.
    day = story.day + dt.timedelta(days=1 if rng.random() < 0.1 else 0)
    source = Actor(story.source + rng.choice(("", "GOV", "MIL")), story.source, None, story.source)
    target = Actor(story.target, story.target, None, story.target)
    place = Place(story.source, None, None, story.source, None, "country")
    return [
        Report(
            doc_id=doc_id,
            sentence=index,
            start=0,
            end=min(length, 80),
            cameo=story.code,
            source=Participant(source, source.name, 0, 3),
            target=Participant(target, target.name, 4, 7),
            trigger_start=0,
            trigger_end=3,
            date=DateValue(day, "day", "explicit"),
            location=place,
            index=index,
        )
        for index in range(rng.randint(1, 2))
    ]


def _fake_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def bench_corpus(
    n: int = 100_000, *, seed: int = 0, workers: int = 1, batch_size: int = 1_000
) -> dict[str, float]:
    """Measure the corpus steps on a synthetic stream, batch by batch as an ingest runs them.

    Per batch: profiles (on ``workers`` processes when more than one), ``StoryIndex.add`` per
    article, ``recluster_recent`` once, then each new or moved article's reports merged again
    and events moved after their stories. Generating the articles is not timed; with workers,
    the next batch's profiles are computed while this batch is merged, and waiting for them is
    timed. Peak memory is the main process's maximum resident set plus each worker's.

    Args:
        n: articles in the stream.
        seed: the stream's random seed.
        workers: processes computing profiles; 1 computes them in this process.
        batch_size: articles per ingest batch (one re-clustering each).

    Returns:
        ``articles``, ``workers``, ``seconds`` (wall clock), ``cpu_seconds`` (all processes;
        steadier than wall clock on a shared machine), ``articles_per_second``, ``stories``,
        ``planned_stories``, ``story_bcubed_f1`` (stories against the stream's plan),
        ``events``, ``peak_memory_mb``.
    """
    if workers < 1 or batch_size < 1:
        raise ValueError(f"workers and batch_size must be at least 1, got {workers}, {batch_size}")
    run = _CorpusRun()
    stream = synthetic_stories(DEFAULT_SEED_TEXTS, n, seed=seed)
    pool = ProcessPoolExecutor(workers) if workers > 1 else None
    try:
        profile_batch = _pooled_profiles(pool, workers) if pool else _inline_profiles
        batch = list(islice(stream, batch_size))
        started, started_cpu = time.perf_counter(), time.process_time()
        profiles = profile_batch([article for _, article in batch])()
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - started_cpu
        while batch:
            following = list(islice(stream, batch_size))
            started, started_cpu = time.perf_counter(), time.process_time()
            pending = profile_batch([article for _, article in following])
            run.process(batch, profiles)
            profiles = pending()
            elapsed += time.perf_counter() - started
            cpu += time.process_time() - started_cpu
            batch = following
    finally:
        if pool is not None:
            pool.shutdown()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if pool is not None:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_kb += workers * children.ru_maxrss
        # Workers only ever compute profiles, all of it inside the timed sections.
        cpu += children.ru_utime + children.ru_stime
    predicted = {doc_id: run.stories.story_of(doc_id) for doc_id in run.planned}
    return {
        "articles": n,
        "workers": workers,
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_second": round(n / elapsed, 1) if elapsed else float("inf"),
        "stories": len(run.stories.stories()),
        "planned_stories": len(set(run.planned.values())),
        "story_bcubed_f1": bcubed(predicted, run.planned)["f1"],
        "events": len(run.events.events()),
        "peak_memory_mb": round(peak_kb / 1024, 1),
    }


@dataclass
class _CorpusRun:
    """The corpus state of one benchmark run, updated batch by batch as ingest does."""

    stories: StoryIndex = field(default_factory=StoryIndex)
    events: EventIndex = field(default_factory=EventIndex)
    planned: dict[str, str] = field(default_factory=dict)
    # What a re-merge needs of an article; ingest reloads it from the store instead.
    kept: dict[str, tuple[list[Report], str | None]] = field(default_factory=dict)

    def process(self, batch: list[tuple[str, Article]], profiles: list[ArticleProfile]) -> None:
        fresh: list[str] = []
        for (plan, article), profile in zip(batch, profiles, strict=True):
            self.stories.add(profile)
            self.planned[article.id] = plan
            self.kept[article.id] = (article.reports, profile.outlet)
            fresh.append(article.id)
        to_merge = dict.fromkeys(fresh)
        moved = [doc_id for doc_id, _ in self.stories.recluster_recent()]
        to_merge.update(dict.fromkeys(moved))
        for doc_id in to_merge:
            reports, outlet = self.kept[doc_id]
            self.events.remove_doc(doc_id)
            self.events.add(
                reports,
                story_id=self.stories.story_of(doc_id),
                outlet=outlet,
                duplicate_of=self.stories.duplicate_of(doc_id),
                coder_version="synthetic",
                doc_id=doc_id,
            )
        self.events.follow_stories(self.stories.story_of, moved)


def _inline_profiles(articles: list[Article]) -> Callable[[], list[ArticleProfile]]:
    return lambda: [profile_article(article) for article in articles]


def _pooled_profiles(
    pool: ProcessPoolExecutor, workers: int
) -> Callable[[list[Article]], Callable[[], list[ArticleProfile]]]:
    def submit(articles: list[Article]) -> Callable[[], list[ArticleProfile]]:
        size = max(1, -(-len(articles) // (4 * workers)))
        futures: list[Future[list[ArticleProfile]]] = [
            pool.submit(_profile_all, articles[start : start + size])
            for start in range(0, len(articles), size)
        ]
        return lambda: [profile for future in futures for profile in future.result()]

    return submit


def _profile_all(articles: list[Article]) -> list[ArticleProfile]:
    return [profile_article(article) for article in articles]


if __name__ == "__main__":
    import json
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    processes = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    print(json.dumps(bench_corpus(size, workers=processes)))
