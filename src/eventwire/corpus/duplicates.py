"""Near-duplicate detection (wire copies, syndication) with MinHash LSH.

Two articles are near-duplicates when the estimated Jaccard similarity of their word 4-gram
sets reaches ``threshold``. Boilerplate and a different headline lower the similarity a
little; an independent re-write by another outlet shares far fewer 4-grams than a copy does.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import deque

import numpy as np
from datasketch import MinHashLSH

from eventwire.corpus.profile import SIGNATURE_PERMUTATIONS, signature_sketch

DEFAULT_DUPLICATE_THRESHOLD = 0.5


class NearDuplicateIndex:
    """An incremental, rolling index of article signatures that finds earlier near-duplicates.

    Wire copies appear within days of their original, so the index forgets signatures that
    fall out of its window; keeping every signature made each lookup on look-alike texts
    walk more candidates as the corpus grew.

    Args:
        threshold: the estimated Jaccard similarity of 4-gram sets at which two articles count
            as copies of one text.
        window_days: keep dated signatures published at most this many days before the
            newest publication date seen; ``None`` keeps them all.
        window_documents: keep the last this many undated signatures; ``None`` keeps them all.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_DUPLICATE_THRESHOLD,
        *,
        window_days: int | None = None,
        window_documents: int | None = None,
    ) -> None:
        if window_days is not None and window_days < 0:
            raise ValueError(f"window_days must be 0 or more (or None), got {window_days}")
        if window_documents is not None and window_documents < 1:
            raise ValueError(
                f"window_documents must be at least 1 (or None), got {window_documents}"
            )
        self.threshold = threshold
        self.window_days = window_days
        self.window_documents = window_documents
        # A lower LSH threshold than the decision threshold: LSH only proposes candidates,
        # the signature comparison below decides, so near-misses must not be filtered out.
        self._lsh = MinHashLSH(
            threshold=max(0.1, threshold - 0.15), num_perm=SIGNATURE_PERMUTATIONS
        )
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}
        self._original: dict[str, str] = {}
        self._arrivals = 0
        # Dated signatures by day (a heap, since articles arrive out of date order) and
        # undated ones by arrival.
        self._dated: list[tuple[int, int, str]] = []
        self._undated: deque[str] = deque()
        self._newest_day: int | None = None

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def __len__(self) -> int:
        return len(self._signatures)

    def find(self, signature: list[int] | None) -> str | None:
        """The earliest original in the window that ``signature``'s text copies, or ``None``.

        When the closest match is itself a copy, its original is returned, so that every
        copy of one text points at the same document.
        """
        if signature is None or not self._signatures:
            return None
        values = np.asarray(signature, dtype=np.uint64)
        keys = self._lsh.query(signature_sketch(values))
        if not keys:
            return None
        # Look-alike texts make many candidates: compare them in one array operation.
        candidates = np.stack([self._signatures[key] for key in keys])
        similarities = (candidates == values).mean(axis=1).tolist()
        best: tuple[float, int, str] | None = None
        for key, similarity in zip(keys, similarities, strict=True):
            if similarity < self.threshold:
                continue
            rank = (-similarity, self._order[key], key)
            if best is None or rank < best:
                best = rank
        if best is None:
            return None
        return self._original.get(best[2], best[2])

    def add(
        self,
        doc_id: str,
        signature: list[int] | None,
        duplicate_of: str | None,
        published: dt.date | None = None,
    ) -> None:
        """Remember ``doc_id`` (a copy of ``duplicate_of`` or an original) published then."""
        if signature is None or doc_id in self._signatures:
            return
        self._arrivals += 1
        self._order[doc_id] = self._arrivals
        if duplicate_of is not None:
            self._original[doc_id] = self._original.get(duplicate_of, duplicate_of)
        values = np.asarray(signature, dtype=np.uint64)
        self._signatures[doc_id] = values
        self._lsh.insert(doc_id, signature_sketch(values))
        if published is None:
            self._undated.append(doc_id)
            if self.window_documents is not None:
                while len(self._undated) > self.window_documents:
                    self._forget(self._undated.popleft())
            return
        day = published.toordinal()
        heapq.heappush(self._dated, (day, self._arrivals, doc_id))
        if self._newest_day is None or day > self._newest_day:
            self._newest_day = day
        if self.window_days is not None:
            oldest = self._newest_day - self.window_days
            while self._dated and self._dated[0][0] < oldest:
                self._forget(heapq.heappop(self._dated)[2])

    def _forget(self, doc_id: str) -> None:
        self._lsh.remove(doc_id)
        del self._signatures[doc_id]
        del self._order[doc_id]
        self._original.pop(doc_id, None)
