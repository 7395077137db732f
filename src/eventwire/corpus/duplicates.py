"""Near-duplicate detection (wire copies, syndication) with MinHash LSH and containment.

Two articles are copies of one text when most of the *shorter* one's word 4-grams are in the
longer one. Containment, not Jaccard similarity, decides: an outlet that runs only the first
half of a wire, or wraps it in a long cookie banner and comment form, shares a small part of
the union of both texts but nearly all of its own body. An independent re-write by another
outlet shares few 4-grams with either, even when it repeats the same quotes.

Both measures come from the stored MinHash signatures alone. For each permutation the two
minima are equal (the union's first element is in both texts), or one side's is smaller (that
element is in that text only), so the three counts estimate ``|A ∩ B|``, ``|A - B|`` and
``|B - A|`` as shares of the union, and ``|A ∩ B| / |B|`` follows without knowing any size.
LSH proposes candidates at a Jaccard similarity below what a decision on similarity alone
needs, so that a trimmed copy, whose Jaccard similarity is only its share of the original,
is often still proposed.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import deque
from dataclasses import dataclass

import numpy as np

from eventwire.corpus.profile import SIGNATURE_PERMUTATIONS

# Two texts whose 4-gram sets have this Jaccard similarity are one text, whatever their size.
DEFAULT_DUPLICATE_THRESHOLD = 0.5
# The share of the shorter text's 4-grams that the longer one must hold to be its copy...
DEFAULT_CONTAINMENT_THRESHOLD = 0.6
# ...when they share at least this many 4-grams (a few sentences of running text): a short
# brief is mostly stock phrases ("police fired tear gas and arrested"), which another brief
# about another happening contains as well.
DEFAULT_MIN_SHARED_SHINGLES = 50
# Below this Jaccard similarity the shorter text is a small part of the longer one, and its
# containment rests on too few permutations (fewer than 16 of 64 agree) to call it a copy.
DEFAULT_MIN_JACCARD = 0.25
_MAX_HASH = float(2**32)
_UNDATED = np.iinfo(np.int64).min
# 32 LSH bands of two rows propose a pair with probability 1 - (1 - J**2)**32: 0.87 at the
# least Jaccard similarity J that containment needs (0.25), 0.95 at 0.3, 0.995 at 0.4. The
# former 21 bands of three rows proposed only 0.43 at 0.3 and 0.75 at 0.4, so a trimmed copy
# was often never compared. Look-alike briefs make many more candidates with two rows; the
# band tables below keep them cheap to compare.
_LSH_BANDS = SIGNATURE_PERMUTATIONS // 2
_LSH_ROWS = 2
_MAX_BUCKET = 64


@dataclass(frozen=True)
class SignatureOverlap:
    """How much of two texts' 4-gram sets two MinHash signatures say they share.

    ``jaccard`` is ``|A ∩ B| / |A ∪ B|``; ``containment`` is ``|A ∩ B| / min(|A|, |B|)``,
    the share of the shorter text found in the longer; ``shared`` estimates ``|A ∩ B|``
    (about 12% off either way with 64 permutations).
    """

    jaccard: float
    containment: float
    shared: float


def signature_overlap(
    first: list[int] | np.ndarray, second: list[int] | np.ndarray
) -> SignatureOverlap:
    """Estimate the overlap of two texts' 4-gram sets from their MinHash signatures.

    Raises:
        ValueError: when the signatures differ in length (made with other permutations).
    """
    left = np.asarray(first, dtype=np.uint64)
    right = np.asarray(second, dtype=np.uint64)
    if left.shape != right.shape:
        raise ValueError(
            f"signatures of {left.size} and {right.size} values cannot be compared; "
            "re-create both with minhash_signature()"
        )
    pair = right[np.newaxis, :]
    jaccard, containment = _overlaps(pair, left)
    shared = _shared_shingles(pair, left, jaccard)
    return SignatureOverlap(float(jaccard[0]), float(containment[0]), float(shared[0]))


class NearDuplicateIndex:
    """An incremental, rolling index of article signatures that finds earlier near-duplicates.

    Wire copies appear within days of their original, so the index forgets signatures that
    fall out of its window; keeping every signature made each lookup on look-alike texts
    walk more candidates as the corpus grew. Articles need not arrive in date order (a
    back-fill, a folder read by file name): one published before the window of the newest
    date seen is kept by arrival, like an undated one, instead of being dropped on arrival.

    Two texts are copies of one text when the Jaccard similarity of their 4-gram sets
    reaches ``threshold``, or when the longer holds ``containment_threshold`` of the shorter
    one's 4-grams, they share ``min_shared_shingles`` of them and their Jaccard similarity
    is at least ``min_jaccard`` (see :meth:`is_copy`).

    Args:
        threshold: the Jaccard similarity at which two texts are one text.
        window_days: keep signatures published at most this many days before the newest
            publication date seen; ``None`` keeps them all. When :meth:`find` is given the
            new article's date, only signatures published within this many days of it match.
        window_documents: keep the last this many signatures that are undated or arrived
            already older than the day window; ``None`` keeps them all.
        containment_threshold: the share of the shorter text's 4-grams that the longer one
            must hold to be its copy.
        min_shared_shingles: the 4-grams a copy judged by containment must share at least.
        min_jaccard: the least Jaccard similarity at which containment is trusted.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_DUPLICATE_THRESHOLD,
        *,
        window_days: int | None = None,
        window_documents: int | None = None,
        containment_threshold: float = DEFAULT_CONTAINMENT_THRESHOLD,
        min_shared_shingles: float = DEFAULT_MIN_SHARED_SHINGLES,
        min_jaccard: float = DEFAULT_MIN_JACCARD,
    ) -> None:
        if window_days is not None and window_days < 0:
            raise ValueError(f"window_days must be 0 or more (or None), got {window_days}")
        if window_documents is not None and window_documents < 1:
            raise ValueError(
                f"window_documents must be at least 1 (or None), got {window_documents}"
            )
        shares = {
            "threshold": threshold,
            "containment_threshold": containment_threshold,
            "min_jaccard": min_jaccard,
        }
        for name, share in shares.items():
            if not 0.0 < share <= 1.0:
                raise ValueError(f"{name} must be more than 0 and at most 1, got {share}")
        self.threshold = threshold
        self.containment_threshold = containment_threshold
        self.min_shared_shingles = min_shared_shingles
        self.min_jaccard = min_jaccard
        self.window_days = window_days
        self.window_documents = window_documents
        # LSH only proposes candidates; the signature comparison in find() decides.
        self._table = _BandedSignatures(_LSH_BANDS, _LSH_ROWS, SIGNATURE_PERMUTATIONS)
        self._original: dict[str, str] = {}
        self._arrivals = 0
        # Dated signatures by day (a heap, since articles arrive out of date order); undated
        # and late ones by arrival.
        self._dated: list[tuple[int, int, str]] = []
        self._by_arrival: deque[str] = deque()
        self._newest_day: int | None = None

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._table.row_of

    def __len__(self) -> int:
        return len(self._table.row_of)

    def find(self, signature: list[int] | None, published: dt.date | None = None) -> str | None:
        """The earliest original in the window that ``signature``'s text copies, or ``None``.

        When the closest match is itself a copy, its original is returned, so that every
        copy of one text points at the same document.

        Args:
            signature: the new article's MinHash signature (``None`` for a body too short).
            published: its publication date; when given, signatures published more than
                ``window_days`` away from it do not match.
        """
        if signature is None or not self._table.row_of:
            return None
        values = np.asarray(signature, dtype=np.uint64)
        rows = self._table.query(values)
        if published is not None and self.window_days is not None and rows.size:
            days = self._table.days[rows]
            near = (days == _UNDATED) | (np.abs(days - published.toordinal()) <= self.window_days)
            rows = rows[near]
        if rows.size == 0:
            return None
        # Look-alike texts make many candidates: compare them in one array operation.
        candidates = self._table.matrix[rows]
        jaccard, containment = _overlaps(candidates, values)
        copies = jaccard >= self.threshold
        contained = (
            ~copies & (jaccard >= self.min_jaccard) & (containment >= self.containment_threshold)
        )
        if contained.any():
            # Sizing the overlap costs more than the counts, so only the few rows that need it.
            sized = np.flatnonzero(contained)
            shared = _shared_shingles(candidates[sized], values, jaccard[sized])
            copies[sized[shared >= self.min_shared_shingles]] = True
        found = np.flatnonzero(copies)
        if found.size == 0:
            return None
        # The most contained, then the most similar, then the earliest to arrive.
        winner = found[
            np.lexsort((self._table.orders[rows[found]], -jaccard[found], -containment[found]))[0]
        ]
        doc_id = self._table.ids[int(rows[winner])]
        assert doc_id is not None
        return self._original.get(doc_id, doc_id)

    def is_copy(self, overlap: SignatureOverlap) -> bool:
        """Whether two texts that overlap so are copies of one text (see the class doc)."""
        if overlap.jaccard >= self.threshold:
            return True
        return (
            overlap.jaccard >= self.min_jaccard
            and overlap.containment >= self.containment_threshold
            and overlap.shared >= self.min_shared_shingles
        )

    def add(
        self,
        doc_id: str,
        signature: list[int] | None,
        duplicate_of: str | None,
        published: dt.date | None = None,
    ) -> None:
        """Remember ``doc_id`` (a copy of ``duplicate_of`` or an original) published then."""
        if signature is None or doc_id in self._table.row_of:
            return
        self._arrivals += 1
        if duplicate_of is not None:
            self._original[doc_id] = self._original.get(duplicate_of, duplicate_of)
        day = published.toordinal() if published is not None else _UNDATED
        self._table.insert(doc_id, np.asarray(signature, dtype=np.uint64), day, self._arrivals)
        if published is None:
            self._keep_by_arrival(doc_id)
            return
        if self._newest_day is None or day > self._newest_day:
            self._newest_day = day
        if self.window_days is None:
            return
        oldest = self._newest_day - self.window_days
        if day < oldest:
            # Dropping a late arrival at once would leave the copies around it unmatched.
            self._keep_by_arrival(doc_id)
            return
        heapq.heappush(self._dated, (day, self._arrivals, doc_id))
        while self._dated and self._dated[0][0] < oldest:
            self._forget(heapq.heappop(self._dated)[2])

    def _keep_by_arrival(self, doc_id: str) -> None:
        self._by_arrival.append(doc_id)
        if self.window_documents is not None:
            while len(self._by_arrival) > self.window_documents:
                self._forget(self._by_arrival.popleft())

    def _forget(self, doc_id: str) -> None:
        self._table.remove(doc_id)
        self._original.pop(doc_id, None)


class _BandedSignatures:
    """Signatures as rows of one array, with LSH band tables that map a band's values to rows.

    Candidates come back as row numbers, so comparing a hundred of them is one fancy index
    and a few array operations rather than a hundred dictionary lookups and a stack.
    """

    def __init__(self, bands: int, rows_per_band: int, width: int) -> None:
        self._band_bytes = rows_per_band * 8
        self._used_bytes = bands * self._band_bytes
        # Lists, not sets: most buckets hold one row, and a set costs three times the memory.
        self._tables: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
        self.matrix = np.zeros((64, width), dtype=np.uint64)
        self.days = np.full(64, _UNDATED, dtype=np.int64)
        self.orders = np.zeros(64, dtype=np.int64)
        self.ids: list[str | None] = []
        self.row_of: dict[str, int] = {}
        self._free: list[int] = []

    def insert(self, doc_id: str, values: np.ndarray, day: int, order: int) -> None:
        row = self._free.pop() if self._free else len(self.ids)
        if row == len(self.ids):
            self.ids.append(None)
            if row == len(self.matrix):
                self.matrix = np.concatenate([self.matrix, np.zeros_like(self.matrix)])
                self.days = np.concatenate([self.days, np.full_like(self.days, _UNDATED)])
                self.orders = np.concatenate([self.orders, np.zeros_like(self.orders)])
        self.ids[row] = doc_id
        self.row_of[doc_id] = row
        self.matrix[row] = values
        self.days[row] = day
        self.orders[row] = order
        for table, key in zip(self._tables, self._keys(values), strict=True):
            table.setdefault(key, []).append(row)

    def remove(self, doc_id: str) -> None:
        row = self.row_of.pop(doc_id)
        for table, key in zip(self._tables, self._keys(self.matrix[row]), strict=True):
            bucket = table[key]
            bucket.remove(row)
            if not bucket:
                del table[key]
        self.ids[row] = None
        self._free.append(row)

    def query(self, values: np.ndarray) -> np.ndarray:
        found: set[int] = set()
        for table, key in zip(self._tables, self._keys(values), strict=True):
            bucket = table.get(key)
            # A band value shared by very many texts comes from stock phrases (boilerplate,
            # formulaic leads), not from copying: it proposes nothing a copy's other bands
            # would not, and reading it every time made the index grow quadratically.
            if bucket and len(bucket) <= _MAX_BUCKET:
                found.update(bucket)
        return np.fromiter(found, dtype=np.int64, count=len(found))

    def _keys(self, values: np.ndarray) -> list[bytes]:
        data = values.tobytes()[: self._used_bytes]
        step = self._band_bytes
        return [data[start : start + step] for start in range(0, self._used_bytes, step)]


def _overlaps(candidates: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Jaccard similarity and shorter-side containment of ``values`` and each candidate row."""
    shared = (candidates == values).sum(axis=1)
    # Where one minimum is strictly smaller, the union's first element is in that text only.
    only_candidate = (candidates < values).sum(axis=1)
    only_new = (candidates > values).sum(axis=1)
    jaccard = shared / values.shape[0]
    in_candidate = shared / np.maximum(shared + only_new, 1)
    in_new = shared / np.maximum(shared + only_candidate, 1)
    return jaccard, np.maximum(in_candidate, in_new)


def _shared_shingles(candidates: np.ndarray, values: np.ndarray, jaccard: np.ndarray) -> np.ndarray:
    """Estimated 4-grams shared by ``values`` and each candidate row: Jaccard times union size."""
    # The union's signature is the smaller minimum of each pair; k minima of n uniform
    # values sum to about k / (n + 1), which sizes the union.
    union_minima = np.minimum(candidates, values).astype(np.float64) / _MAX_HASH
    union_size = values.shape[0] / np.maximum(union_minima.sum(axis=1), 1e-12) - 1.0
    return jaccard * union_size
