"""Near-duplicate detection (wire copies, syndication) with MinHash LSH.

Two articles are near-duplicates when the estimated Jaccard similarity of their word 4-gram
sets reaches ``threshold``. Boilerplate and a different headline lower the similarity a
little; an independent re-write by another outlet shares far fewer 4-grams than a copy does.
"""

from __future__ import annotations

import numpy as np
from datasketch import MinHashLSH

from eventwire.corpus.profile import SIGNATURE_PERMUTATIONS, signature_sketch

DEFAULT_DUPLICATE_THRESHOLD = 0.5


class NearDuplicateIndex:
    """An incremental index of article signatures that finds earlier near-duplicates.

    Args:
        threshold: the estimated Jaccard similarity of 4-gram sets at which two articles count
            as copies of one text.
    """

    def __init__(self, threshold: float = DEFAULT_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        # A lower LSH threshold than the decision threshold: LSH only proposes candidates,
        # the signature comparison below decides, so near-misses must not be filtered out.
        self._lsh = MinHashLSH(
            threshold=max(0.1, threshold - 0.15), num_perm=SIGNATURE_PERMUTATIONS
        )
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}
        self._original: dict[str, str] = {}

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def find(self, signature: list[int] | None) -> str | None:
        """The earliest original that ``signature``'s text copies, or ``None``.

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

    def add(self, doc_id: str, signature: list[int] | None, duplicate_of: str | None) -> None:
        """Remember ``doc_id`` (a copy of ``duplicate_of`` or an original)."""
        if doc_id in self._order:
            return
        self._order[doc_id] = len(self._order)
        if duplicate_of is not None:
            self._original[doc_id] = self._original.get(duplicate_of, duplicate_of)
        if signature is None:
            return
        values = np.asarray(signature, dtype=np.uint64)
        self._signatures[doc_id] = values
        self._lsh.insert(doc_id, signature_sketch(values))
