"""Text features for comparing articles: words, proper names, numbers and shingles.

Everything here is a pure function of a string. The regular expressions use single character
classes with no nested quantifiers, so they stay linear on a 100,000-word sentence.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter

import numpy as np

# Letters (Latin with diacritics) and digits; an apostrophe suffix ("Reid's") is split off
# by the caller rather than matched, which keeps the pattern free of alternation.
_TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ɏ]+")
# A sentence starts after a stop or a line break; only the character before matters.
_SENTENCE_END_CHARS = frozenset('.!?\n:;"“”|')
# A run of capitalised words separated by single spaces; each repetition must begin with a
# space and a capital, which the word characters cannot match, so there is no backtracking.
_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][0-9A-Za-zÀ-ÖØ-öø-ɏ]*(?: [A-ZÀ-ÖØ-Þ][0-9A-Za-zÀ-ÖØ-öø-ɏ]*)*")

# Function words and news boilerplate: they carry no information about *which* happening an
# article is about, and early in a stream there are too few documents for IDF to learn that.
STOPWORDS = frozenset(
    """
    a about above after again against all almost also although always am among an and another
    any anyone are around as at away back be because been before being below between both but
    by can cannot could did do does doing done down during each either else even ever every
    few for from further get gets getting go goes going gone got had has have having he her
    here hers herself him himself his how however i if in into is it its itself just know last
    least less let like made make makes many may me might more most much must my myself near
    neither never new next no nor not now of off often on once one only or other others our
    ours ourselves out over own per perhaps put rather really s same say says said see seen
    several shall she should since so some someone something still such t than that the their
    theirs them themselves then there these they thing things this those though three through
    thus to today together too took two under until up upon us use used very via was we well
    were what whatever when where whether which while who whom whose why will with within
    without would yet you your yours yourself
    according added adding also asked told tell telling reported reports reporting report
    news statement statements spokesman spokeswoman spokesperson official officials sources
    source week weeks day days time times year years month months yesterday tomorrow tonight
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    mr mrs ms dr people percent including include includes first second third later earlier
    early late photo video image copyright reserved rights click share comment comments read

    """.split()
)

# Capitalised words that start sentences or headlines without naming anything.
_NOT_NAMES = STOPWORDS | frozenset(
    """
    january february march april may june july august september october november december
    breaking update updated exclusive watch live police government officials
    """.split()
)

MAX_ENTITY_WORDS = 4
_MASK32 = np.uint64(0xFFFFFFFF)
_SHINGLE_BASE = np.uint64(1_000_003)


def tokens(text: str) -> list[str]:
    """The words and numbers of ``text`` in order, as written (case kept)."""
    return _TOKEN.findall(text)


def content_terms(text: str) -> Counter[str]:
    """Lower-cased content words of ``text`` (no stop words, no bare numbers) with counts."""
    counts: Counter[str] = Counter()
    for word in _TOKEN.findall(text):
        lowered = word.lower()
        if len(lowered) < 2 or lowered in STOPWORDS or lowered.isdigit():
            continue
        counts[lowered] += 1
    return counts


def numbers(text: str) -> Counter[str]:
    """Numbers written in ``text`` (ages, tolls, magnitudes' integer part) with counts.

    Single digits are left out: they are too common to tell two happenings apart. Years are
    left to :func:`years`.
    """
    counts: Counter[str] = Counter()
    for word in _TOKEN.findall(text):
        if word.isdigit() and len(word) >= 2 and not _is_year(word):
            counts[word.lstrip("0") or "0"] += 1
    return counts


def years(text: str) -> Counter[str]:
    """Four-digit years (1900-2099) written in ``text``, with counts.

    A year in a dateline or a sentence is the cheapest clue to *when* something happened when
    the article has no publication date: two quakes on one island years apart share all else.
    """
    counts: Counter[str] = Counter()
    for word in _TOKEN.findall(text):
        if _is_year(word):
            counts[word] += 1
    return counts


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def proper_names(text: str) -> Counter[str]:
    """Capitalised word sequences ("Tara Reid", "Betty Ford Center") with counts, lower-cased.

    A capitalised word at the start of a sentence counts only when a second capitalised word
    follows it, because sentence-initial capitals say nothing about names. Runs longer than
    ``MAX_ENTITY_WORDS`` are title-case headlines, so only their single words count.
    """
    counts: Counter[str] = Counter()
    for match in _NAME_RUN.finditer(text):
        starts_sentence = _starts_sentence(text, match.start())
        run: list[str] = []
        for word in match.group().split(" "):
            lowered = word.lower()
            if lowered in _NOT_NAMES:
                _flush(run, starts_sentence, counts)
                run = []
                starts_sentence = False
            else:
                run.append(lowered)
        _flush(run, starts_sentence, counts)
    return counts


def _starts_sentence(text: str, position: int) -> bool:
    # Look back over a few spaces only: scanning further would make the whole pass quadratic.
    index = position - 1
    limit = max(-1, position - 8)
    while index > limit and text[index] in " \t":
        index -= 1
    return index <= 0 or text[index] in _SENTENCE_END_CHARS


def _flush(run: list[str], starts_sentence: bool, counts: Counter[str]) -> None:
    if not run or (starts_sentence and len(run) == 1):
        return
    if len(run) > MAX_ENTITY_WORDS:
        counts.update(run)
        return
    counts[" ".join(run)] += 1
    if len(run) > 1:
        # The surname alone ("Reid") is how later sentences refer back to a person.
        counts[run[-1]] += 1


def shingle_hashes(text: str, width: int = 4) -> list[int]:
    """32-bit hashes of the lower-cased word ``width``-grams of ``text`` (for MinHash).

    Stop words are kept: wire copies agree on them too, and they make shingles specific.
    Each word is hashed once and the n-gram hash is a polynomial of its words' hashes.
    """
    words = _TOKEN.findall(text.lower())
    if not words:
        return []
    word_hashes = np.fromiter(
        (zlib.crc32(word.encode("utf-8")) for word in words), dtype=np.uint64, count=len(words)
    )
    if len(words) < width:
        return [int(word_hashes.sum() & _MASK32)]
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for offset in range(width):
        combined = (
            combined * _SHINGLE_BASE + word_hashes[offset : offset + len(combined)]
        ) & _MASK32
    return combined.tolist()


def top_items(weights: dict[str, float], limit: int) -> dict[str, float]:
    """The ``limit`` heaviest items of ``weights`` (ties broken by name, so it is stable)."""
    if len(weights) <= limit:
        return dict(weights)
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:limit])
