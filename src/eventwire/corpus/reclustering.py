"""Re-clustering a window of recent articles: undoing the early mistakes of greedy joining.

The incremental story step decides for each article as it arrives, with the document
frequencies known at that moment; early decisions are made on poor IDF and cannot be taken
back. Every so often the recent window is clustered again as a batch: average-link
agglomeration over TF-IDF cosines with the *current* frequencies, each cosine weighed by how
many nearest neighbours the two articles share. That weighing is what tells two earthquakes
or two summits apart: the articles of one happening are each other's nearest neighbours,
while a look-alike happening shares the vocabulary of its kind but hardly any neighbours, so
the words of the kind no longer carry the merge.

Everything here is a pure function of the members' feature weights; the story index maps the
groups back onto story ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform


@dataclass(frozen=True)
class ReclusterSettings:
    """Parameters of the batch re-clustering (tuned on ECB+ train, never per topic).

    ``join_similarity`` is the average link at which two groups still merge, over cosines
    weighed by shared neighbours (:func:`neighbourhood_distances` with ``neighbours`` and
    ``neighbour_closeness``). A merged group is then split in two when, under IDF computed
    among its own members, its halves are ``split_ratio`` times tighter inside than between
    them: stories that re-use one text with other names and figures share almost every
    word, and only the names tell them apart. ``min_split_size`` is the smallest group
    worth testing, ``split_depth`` how many times a group may be halved.

    Dates act on each merged group: its dated members are cut into runs of coverage wherever
    more than ``window_days`` pass without an article, and a later run rejoins an earlier one
    only as a follow-up: when the mean cosine between the two runs reaches
    ``follow_up_similarity`` (shared names and numbers, not just the vocabulary of a kind of
    happening). Undated members go with the story they are closest to on average.
    """

    join_similarity: float = 0.15
    neighbours: int = 5
    neighbour_closeness: float = 0.3
    split_ratio: float = 8.0
    min_split_size: int = 6
    split_depth: int = 2
    window_days: int = 7
    follow_up_similarity: float = 0.25


@dataclass(frozen=True)
class WindowMember:
    """One article of the window: its weighted features and its day (publication date, else
    the earliest event date its text states; ``None`` when it has neither)."""

    doc_id: str
    weights: dict[str, float]
    day: dt.date | None


def recluster(
    members: Sequence[WindowMember],
    idf: Callable[[str], float],
    settings: ReclusterSettings | None = None,
) -> list[list[str]]:
    """Group ``members`` into stories from scratch; returns lists of doc ids.

    Args:
        members: the window's articles (originals only; copies follow their original).
        idf: the inverse document frequency of a feature under the current counts.
        settings: the thresholds; the tuned defaults when omitted.

    Returns:
        Groups of doc ids, each in the order of ``members``.
    """
    settings = settings or ReclusterSettings()
    if len(members) < 2:
        return [[member.doc_id] for member in members]
    weights, vocabulary = _weight_matrix([member.weights for member in members])
    idf_values = np.fromiter((idf(term) for term in vocabulary), dtype=np.float64)
    matrix = _tfidf(weights, np.clip(idf_values, 0.0, None))
    similarity = (matrix @ matrix.T).toarray()
    labels = _agglomerate(
        neighbourhood_distances(similarity, settings.neighbours, settings.neighbour_closeness),
        settings.join_similarity,
    )
    by_label: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        by_label.setdefault(label, []).append(index)
    ordinals = [member.day.toordinal() if member.day else None for member in members]
    groups: list[list[int]] = []
    for label in sorted(by_label):
        for run in coverage_runs(by_label[label], ordinals, similarity, settings):
            groups.extend(_split_apart(run, weights, settings, settings.split_depth))
    groups.sort(key=lambda group: group[0])
    return [[members[index].doc_id for index in group] for group in groups]


def name_groups(
    groups: Sequence[list[str]],
    story_of: Mapping[str, str],
    *,
    story_rank: Callable[[str], Any],
    member_rank: Callable[[str], Any],
    new_id: Callable[[str], str],
    taken: set[str],
    accepts: Callable[[str, list[str]], bool] | None = None,
) -> list[tuple[list[str], str]]:
    """The story id each regrouped set keeps: the one that held most of it, if still free.

    Bigger groups choose first, so a story that merely lost a few members keeps its id; a
    group whose stories were all claimed (or refuse it: ``accepts(story_id, group)`` false,
    e.g. a story closed by age) gets a fresh id from its first member.
    """
    claimed: set[str] = set()
    named: list[tuple[list[str], str]] = []
    for group in sorted(groups, key=lambda docs: (-len(docs), member_rank(docs[0]))):
        held: dict[str, int] = {}
        for doc_id in group:
            held[story_of[doc_id]] = held.get(story_of[doc_id], 0) + 1
        ranked = sorted(held, key=lambda story_id: (-held[story_id], story_rank(story_id)))
        target = next(
            (
                story_id
                for story_id in ranked
                if story_id not in claimed and (accepts is None or accepts(story_id, group))
            ),
            None,
        )
        if target is None:
            base = target = new_id(group[0])
            suffix = 1
            while target in claimed or target in taken:
                suffix += 1
                target = f"{base}-{suffix}"
        claimed.add(target)
        named.append((group, target))
    return named


def _weight_matrix(weights: Sequence[dict[str, float]]) -> tuple[csr_matrix, list[str]]:
    """The members' raw feature weights as a sparse matrix, and its column names."""
    vocabulary: dict[str, int] = {}
    columns: list[int] = []
    values: list[float] = []
    row_starts = [0]
    for features in weights:
        for term, weight in features.items():
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
        row_starts.append(len(columns))
    matrix = csr_matrix(
        (
            np.asarray(values, dtype=np.float64),
            np.asarray(columns, dtype=np.int32),
            np.asarray(row_starts, dtype=np.int32),
        ),
        shape=(len(weights), max(1, len(vocabulary))),
    )
    return matrix, list(vocabulary)


def _tfidf(weights: csr_matrix, idf_values: np.ndarray) -> csr_matrix:
    """Rows of ``weights`` scaled by ``idf_values`` per column, each of length 1."""
    matrix = weights.copy()
    matrix.data = matrix.data * idf_values[matrix.indices]
    row_lengths = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), row_lengths)
    norms = np.sqrt(np.bincount(rows, weights=matrix.data**2, minlength=matrix.shape[0]))
    norms[norms == 0.0] = 1.0
    matrix.data = matrix.data / np.repeat(norms, row_lengths)
    return matrix


def coverage_runs(
    indices: list[int],
    ordinals: Sequence[int | None],
    similarity: np.ndarray,
    settings: ReclusterSettings,
) -> list[list[int]]:
    """Cut one group where its coverage pauses longer than the window, keeping follow-ups.

    The same kind of happening recurs (the next quake, the next summit) and its words alone
    can merge two of them; a pause in coverage is what separates them. Coverage that goes on
    (an article every few days) stays one story however long it runs, and a later run that
    names the same people and figures as an earlier one is its follow-up (a trial, an
    anniversary), not a new happening.

    Args:
        indices: the group's members (rows of ``similarity``).
        ordinals: each member's publication day as an ordinal, ``None`` when undated.
        similarity: cosines between all members.
        settings: ``window_days`` and ``follow_up_similarity``.

    Returns:
        The group's stories, each in ascending member order.
    """
    dated = sorted((ordinals[index], index) for index in indices if ordinals[index] is not None)
    runs: list[list[int]] = []
    previous: int | None = None
    for day, index in dated:
        if previous is None or day - previous > settings.window_days:
            runs.append([])
        runs[-1].append(index)
        previous = day
    if len(runs) < 2:
        return [indices]
    stories: list[list[int]] = [runs[0]]
    for run in runs[1:]:
        closest = max(
            range(len(stories)),
            key=lambda number: _run_linkage(run, stories[number], similarity, settings),
        )
        if _run_linkage(run, stories[closest], similarity, settings) >= (
            settings.follow_up_similarity
        ):
            stories[closest].extend(run)
        else:
            stories.append(run)
    for index in indices:
        if ordinals[index] is None:
            closest = max(
                range(len(stories)),
                key=lambda number: _run_linkage([index], stories[number], similarity, settings),
            )
            stories[closest].append(index)
    return [sorted(story) for story in stories]


def _run_linkage(
    run: list[int], story: list[int], similarity: np.ndarray, settings: ReclusterSettings
) -> float:
    """Average link between a run and a story: the mean cosine over all their pairs.

    The mean over all pairs, not the best pair: a look-alike happening shares a few
    articles' worth of vocabulary, a follow-up shares its people and figures with most of
    the coverage.
    """
    return float(similarity[np.ix_(run, story)].mean())


def neighbourhood_distances(
    similarity: np.ndarray, neighbours: int, closeness: float = 0.0
) -> np.ndarray:
    """Distances for average-link agglomeration, in scipy's condensed form: one minus each
    cosine weighed by shared nearest neighbours (the geometric mean of the cosine and the
    share of the two articles' ``neighbours`` nearest, each counting itself, they have in
    common).

    Articles about one happening are each other's nearest neighbours; a look-alike of the
    same kind may be as close in words to a few of them, yet it sits among its own coverage,
    so the two neighbourhoods hardly overlap. A neighbour must have a positive cosine of at
    least ``closeness`` times the article's nearest one: a story told by fewer articles
    than ``neighbours`` would otherwise fill its neighbourhood with look-alikes.

    Args:
        similarity: cosines between all members (a symmetric matrix). Its diagonal is
            overwritten while the neighbours are ranked and restored before returning.
        neighbours: how many nearest neighbours each member keeps.
        closeness: the share of the nearest cosine a neighbour must reach.
    """
    count = similarity.shape[0]
    condensed = np.ones(count * (count - 1) // 2)
    kept = min(neighbours, count - 1)
    if kept <= 0:
        return condensed
    # Ranking in place spares copying the window's matrix (tens of megabytes) at each batch.
    diagonal = similarity.diagonal().copy()
    np.fill_diagonal(similarity, -np.inf)
    try:
        nearest = np.argpartition(similarity, count - kept, axis=1)[:, count - kept :]
        cosines = np.take_along_axis(similarity, nearest, axis=1)
    finally:
        np.fill_diagonal(similarity, diagonal)
    counted = (cosines > 0.0) & (cosines >= closeness * cosines.max(axis=1, keepdims=True))
    rows = np.repeat(np.arange(count), kept)[counted.ravel()]
    own = np.arange(count)
    membership = csr_matrix(
        (
            np.ones(rows.size + count),
            (np.concatenate([rows, own]), np.concatenate([nearest[counted], own])),
        ),
        shape=(count, count),
    )
    # Only pairs that share a neighbour are closer than 1: the rest of the window stays there.
    shared = (membership @ membership.T).tocoo()
    upper = shared.row < shared.col
    first = shared.row[upper].astype(np.int64)
    second = shared.col[upper].astype(np.int64)
    cosine = np.clip(similarity[first, second], 0.0, None)
    weighed = np.sqrt(cosine * shared.data[upper] / (neighbours + 1))
    position = count * first - first * (first + 1) // 2 + (second - first - 1)
    condensed[position] = np.clip(1.0 - weighed, 0.0, None)
    return condensed


def _agglomerate(distances: np.ndarray, join_similarity: float) -> np.ndarray:
    # Plain average link (UPGMA): the neighbourhood weighing already keeps a big story from
    # absorbing a look-alike, and the mean over all pairs is what the threshold is set on.
    tree = linkage(distances, method="average")
    return fcluster(tree, 1.0 - join_similarity, criterion="distance")


def _split_apart(
    indices: list[int],
    weights: csr_matrix,
    settings: ReclusterSettings,
    depth: int,
) -> list[list[int]]:
    if depth <= 0 or len(indices) < settings.min_split_size:
        return [indices]
    halves = _two_halves(weights[indices], settings.split_ratio)
    if halves is None:
        return [indices]
    result: list[list[int]] = []
    for half in halves:
        result.extend(_split_apart([indices[i] for i in half], weights, settings, depth - 1))
    return result


def _two_halves(weights: csr_matrix, split_ratio: float) -> list[list[int]] | None:
    """The two halves of a group under its own IDF, or ``None`` when it holds together."""
    count = weights.shape[0]
    # Each member holds a feature at most once, so counting column entries gives its frequency.
    frequency = np.bincount(weights.indices, minlength=weights.shape[1])
    local_idf = np.log((count + 1) / (frequency + 0.5))
    matrix = _tfidf(weights, local_idf)
    similarity = (matrix @ matrix.T).toarray()
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), "average"), 2, "maxclust")
    first = labels == labels[0]
    second = ~first
    # A lone outlier is not a second story; it needs a pair to show a happening of its own.
    if first.sum() < 2 or second.sum() < 2:
        return None
    within = (
        _mean_off_diagonal(similarity[np.ix_(first, first)]) * first.sum()
        + _mean_off_diagonal(similarity[np.ix_(second, second)]) * second.sum()
    ) / count
    between = float(similarity[np.ix_(first, second)].mean())
    if within < split_ratio * max(between, 1e-6):
        return None
    return [np.flatnonzero(first).tolist(), np.flatnonzero(second).tolist()]


def _mean_off_diagonal(block: np.ndarray) -> float:
    size = block.shape[0]
    return float((block.sum() - np.trace(block)) / (size * (size - 1)))
