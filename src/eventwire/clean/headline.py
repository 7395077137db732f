"""Find the article's headline among the lines of flattened page text.

The headline anchors everything else: the body starts soon after it, and it is the ``title``
of the cleaned article rather than part of the body. Three independent signals point at it: it
repeats the words of the URL slug, it equals a title the caller already knows, and pages print
it more than once (in the breadcrumb, above the body, in a share box).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz

from eventwire.clean.blocks import Line
from eventwire.clean.metadata import is_byline, is_field_line

_WORD = re.compile(r"\w+")
_SLUG_SPLIT = re.compile(r"[^0-9a-zà-ÿ]+")
# Headlines are short; a line beyond this is prose or a teaser, not a title.
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 3
# How far down the page a headline is looked for (menus can be long, bodies rarely start late).
MAX_HEADLINE_LINE = 400


def slug_words(url: str | None) -> set[str]:
    """Lower-cased words of a URL's path ("/2019/11/18/new-york-probe" → {"new", "york", …})."""
    if not url:
        return set()
    path = unquote(urlsplit(url).path).lower()
    return {word for word in _SLUG_SPLIT.split(path) if len(word) > 1 and not word.isdigit()}


def headline_score(line: Line, slug: set[str], known_title: str | None, repeats: int) -> float:
    """How strongly a line looks like the article's headline (0 = not at all)."""
    if line.label == "junk" or not MIN_HEADLINE_WORDS <= line.words <= MAX_HEADLINE_WORDS:
        return 0.0
    score = 0.0
    words = [word for word in _WORD.findall(line.text.lower()) if len(word) > 1]
    if slug and words:
        shared = sum(1 for word in words if word in slug)
        overlap = shared / max(len(words), len(slug))
        if overlap >= 0.5:
            score += 2.0 + overlap
    if known_title and fuzz.ratio(known_title.lower(), line.text.lower()) >= 85:
        score += 4.0
    if repeats >= 2:
        score += 1.0
    if line.text.endswith((".", "…", "...")):
        score -= 0.5  # teasers and captions end with a stop; headlines rarely do
    if score > 0 and (is_field_line(line.text) or is_byline(line.text)):
        return 0.0
    return score


def find_headline(lines: list[Line], url: str | None, known_title: str | None) -> int | None:
    """Position in ``lines`` of the most likely headline, or None when nothing stands out.

    A line that only repeats (no URL or known-title match) is accepted when it is the first
    repeated heading-like line of the page, because menus repeat single words, not sentences.
    """
    slug = slug_words(url)
    counts = Counter(line.text for line in lines)
    best_position, best_score = None, 0.0
    for position, line in enumerate(lines[:MAX_HEADLINE_LINE]):
        score = headline_score(line, slug, known_title, counts[line.text])
        if score > best_score:
            best_position, best_score = position, score
    return best_position if best_score >= 1.0 else None
