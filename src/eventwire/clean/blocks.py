"""Tell article prose from page furniture in flattened page text, line by line.

A scraper that flattens a page leaves one block element per line: menus become runs of one- or
two-word lines, share rows become "Share"/"Tweet"/"20", cookie banners and comment forms become
lines full of their stock phrases, and the article becomes a run of long lines that read like
prose. Each line gets a label from cheap features (length, function-word share, closing
punctuation, stock phrases); then the article is the contiguous run of lines with the highest
total weight, where prose adds its length and furniture subtracts. Short lines inside that run
(sub-headings, one-sentence paragraphs) stay; furniture inside it is dropped. A second heavy run
next to the best one (the article cut in two by a gallery or a table of contents) and a
standfirst cut off by a byline or caption are joined to it.

Nothing here depends on one language: function words come from many languages' lists, stock
phrases from a multilingual lexicon, and the structure cues (length, closing punctuation, runs
of short lines, "label:" fields) hold for any script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.clean.lexicon import STRONG_KINDS, load_lexicon
from eventwire.clean.metadata import is_date_line, is_field_line

Label = str  # "good" | "fair" | "short" | "junk"

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?。！？…:;][\"'”’»)\]]{0,3}\s*$")
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Lines such as "Home > World > Middle East" or "News | Sport | Weather".
_SEPARATORS = re.compile(r"\s[|>»•·/]\s")

_STRONG_KINDS = STRONG_KINDS
_WEAK_KIND_MAX_WORDS = 12
_LABEL_MAX_CHARS = 30
_FIELD_MAX_WORDS = 15
# Headers of reader-comment threads: "jdoe says:", "34 responses to …", "Comments (12)".
_COMMENT_HEADER = re.compile(
    r"^(?:\S{1,40}(?: \S{1,40}){0,3} (?:says|said|wrote|schreibt|sagt|dit|dice|escribió|"
    r"napisał|yazdı):"
    r"|\d{1,6} (?:responses?|comments?|replies|reactions|kommentare?|commentaires?|"
    r"comentarios?|commenti|yorum|komentarz\w{0,3})\b"
    r"|(?:comments?|kommentare|commentaires|comentarios|yorumlar)\s{0,2}\(\d{1,6}\)$)",
    re.IGNORECASE,
)
# Kinds whose phrases also occur in ordinary news prose ("shares fell", "related to").
_WEAK_KINDS = ("share", "promo", "related", "footer")


@dataclass
class Line:
    """One non-empty line of page text with the features used to label it."""

    index: int
    text: str
    words: float
    function_share: float
    sentence_end: bool
    kinds: tuple[str, ...]
    # Distinct consent phrases in the line: one may be a news sentence about privacy law,
    # several are a cookie notice however long it is.
    consent_phrases: int = 0
    # "Foto: dpa", "Tags: …", "Views: 3 418"; date fields are left to the metadata search.
    page_field: bool = False
    label: Label = "short"


def _word_count(text: str, tokens: list[str]) -> float:
    if text.isascii():
        return float(len(tokens))
    ideographs = len(_IDEOGRAPH.findall(text))
    if ideographs:
        # About two ideographs carry what one alphabetic word does.
        return max(len(tokens), ideographs / 2)
    return float(len(tokens))


def matched_kinds(tokens: list[str], text_length: int, words: float) -> tuple[str, ...]:
    """Kinds of page furniture whose stock phrases a line contains (see :func:`match_phrases`)."""
    return match_phrases(tokens, text_length, words)[0]


def match_phrases(tokens: list[str], text_length: int, words: float) -> tuple[tuple[str, ...], int]:
    """Kinds of page furniture whose stock phrases a line contains.

    Strong kinds (consent notices, forms) count anywhere; weak kinds only when their phrases
    make up much of a short line, since "shares", "related" or "print" also occur in news.

    Returns:
        The kinds, and how many distinct consent phrases the line holds.
    """
    lexicon = load_lexicon()
    strong: set[str] = set()
    consent_phrases: set[tuple[str, ...]] = set()
    weak_chars: dict[str, int] = {}
    short_line = words <= _WEAK_KIND_MAX_WORDS
    # Weak kinds only count in short lines, so a long line need only be searched for strong
    # phrases; finding the few tokens that start a phrase in one comprehension keeps the
    # per-token cost in C.
    first_words = lexicon.first_words if short_line else lexicon.strong_first_words
    starts = [position for position, token in enumerate(tokens) if token in first_words]
    for position in starts:
        for size in lexicon.lengths_by_first[tokens[position]]:
            if position + size > len(tokens):
                continue
            kind = lexicon.phrases.get(tuple(tokens[position : position + size]))
            if kind is None:
                continue
            if kind in _STRONG_KINDS:
                strong.add(kind)
                if kind == "consent":
                    consent_phrases.add(tuple(tokens[position : position + size]))
            elif short_line:
                covered = sum(map(len, tokens[position : position + size])) + size - 1
                weak_chars[kind] = weak_chars.get(kind, 0) + covered
            break
    kinds = [kind for kind in _STRONG_KINDS if kind in strong]
    if short_line:
        # A stock phrase that is most of a short line is the line's whole purpose.
        kinds.extend(
            kind
            for kind in _WEAK_KINDS
            if kind in weak_chars and (words <= 3 or weak_chars[kind] >= 0.4 * text_length)
        )
    return tuple(kinds), len(consent_phrases)


def describe_line(index: int, text: str) -> Line:
    """Compute the features of one line of page text (label not yet assigned)."""
    return Line(index, text, *_line_features(text))


# Menus, share rows and footers repeat within a page and across the pages of a site; their
# features are a pure function of the text, so short lines are described once per process.
_CACHED_LINE_CHARS = 200


def _line_features(text: str) -> tuple[float, float, bool, tuple[str, ...], int, bool]:
    if len(text) <= _CACHED_LINE_CHARS:
        return _short_line_features(text)
    return _compute_line_features(text)


def _compute_line_features(text: str) -> tuple[float, float, bool, tuple[str, ...], int, bool]:
    lowered = text.lower()
    tokens = _WORD.findall(lowered)
    words = _word_count(text, tokens)
    vocabulary = load_lexicon().all_stopwords
    function_share = (
        len([token for token in tokens if token in vocabulary]) / len(tokens) if tokens else 0.0
    )
    # Searching only the tail keeps the check constant-time on a 100,000-word line.
    sentence_end = bool(_SENTENCE_END.search(text, max(0, len(text) - 8)))
    kinds, consent_phrases = match_phrases(tokens, len(text), words)
    # "Read more: <teaser>", "Lesen Sie auch: <link>": a stock label before a colon makes the
    # whole line that kind of furniture, however long the teaser after it.
    colon = text.find(":", 0, _LABEL_MAX_CHARS)
    page_field = False
    if colon > 0:
        label_kind = load_lexicon().phrases.get(tuple(_WORD.findall(lowered[:colon])))
        if label_kind in _WEAK_KINDS and label_kind not in kinds:
            kinds = (*kinds, label_kind)
        page_field = words <= _FIELD_MAX_WORDS and is_field_line(text) and not is_date_line(text)
    if (
        len(text) <= 200
        and "form" not in kinds
        and (":" in text or "(" in text or text[0].isdigit())
        and _COMMENT_HEADER.match(text)
    ):
        kinds = (*kinds, "form")
    return words, function_share, sentence_end, kinds, consent_phrases, page_field


_short_line_features = lru_cache(maxsize=1 << 16)(_compute_line_features)


def label_line(line: Line) -> Label:
    """Label a described line: "good" prose, "fair" short prose, "short" heading-like, "junk"."""
    text = line.text
    if not _LETTER.search(text):
        return "junk"  # counters, dates on their own, separators
    if "consent" in line.kinds and (
        line.words < 40 or line.function_share < 0.3 or line.consent_phrases >= 2
    ):
        return "junk"
    if "form" in line.kinds and line.words < 15:
        return "junk"
    if any(kind in line.kinds for kind in _WEAK_KINDS):
        return "junk"
    if line.page_field:
        return "junk"
    if "consent" in line.kinds:
        return "fair"
    if line.words < 20 and not line.sentence_end and _SEPARATORS.search(text):
        return "junk"
    prose = line.function_share >= 0.15 or (
        not text.isascii() and _IDEOGRAPH.search(text) is not None
    )
    if line.words >= 20 and prose:
        return "good"
    if line.words >= 10 and line.sentence_end and prose:
        return "good"
    if line.words >= 5 and line.sentence_end:
        return "fair"
    if line.words >= 25:
        return "fair"
    return "short"


_WEIGHT_JUNK_BASE = 40.0
_WEIGHT_FORM_BASE = 300.0


def line_weight(line: Line) -> float:
    """How much a line adds to (or, for furniture, subtracts from) a candidate article run."""
    length = float(len(line.text))
    if line.label == "good":
        return length
    if line.label == "fair":
        return 0.4 * length
    if line.label == "short":
        return -(10.0 + 0.3 * length)
    if "form" in line.kinds:
        # Comment threads and reply forms follow the article; prose beyond them is readers'.
        return -(_WEIGHT_FORM_BASE + length)
    if "consent" in line.kinds:
        return -(_WEIGHT_JUNK_BASE + 1.5 * length)
    return -(_WEIGHT_JUNK_BASE / 2 + 0.5 * length)


# Each further line in an unbroken stretch of non-prose costs this much more: one sub-heading
# between paragraphs is cheap, a menu of twenty links is a wall between two stretches of text.
_STRETCH_STEP = 12.0


_ISOLATED_PROSE_FACTOR = 0.1
_AFTER_HEADLINE_LINES = 80
_AFTER_HEADLINE_BOOST = 2.0
_ABOVE_HEADLINE_SHARE = 0.15


def _weights_in_context(lines: list[Line]) -> list[float]:
    weights = []
    stretch = 0
    for line in lines:
        weight = line_weight(line)
        if line.label in ("short", "junk"):
            weight -= _STRETCH_STEP * stretch
            stretch += 1
        else:
            stretch = 0
        weights.append(weight)
    prose = [line.label in ("good", "fair") for line in lines]
    for position in range(len(lines)):
        # A paragraph alone between heading-like lines on both sides is a teaser in a list of
        # related stories (headline, author, date, summary), not a paragraph of the article.
        if (
            prose[position]
            and position >= 2
            and not prose[position - 1]
            and not prose[position - 2]
            and (position + 1 == len(lines) or not prose[position + 1])
        ):
            weights[position] *= _ISOLATED_PROSE_FACTOR
    return weights


# A second stretch of prose this heavy, relative to the best one, is the same article cut in
# two by a gallery, a table of contents or an embedded box, unless a comment form lies between.
_NEIGHBOUR_RUN_SHARE = 0.4
_NEIGHBOUR_MAX_GAP_LINES = 40


def _join_neighbour_runs(
    lines: list[Line], weights: list[float], start: int, end: int
) -> tuple[int, int]:
    best = sum(weights[start:end])
    low = max(0, start - _NEIGHBOUR_MAX_GAP_LINES * 3)
    before_start, before_end = best_run(weights[low:start])
    before_start, before_end = before_start + low, before_end + low
    if (
        before_end > before_start
        and start - before_end <= _NEIGHBOUR_MAX_GAP_LINES
        and sum(weights[before_start:before_end]) >= _NEIGHBOUR_RUN_SHARE * best
        and not any("form" in line.kinds for line in lines[before_end:start])
    ):
        start = before_start
    high = min(len(lines), end + _NEIGHBOUR_MAX_GAP_LINES * 3)
    after_start, after_end = best_run(weights[end:high])
    after_start, after_end = after_start + end, after_end + end
    if (
        after_end > after_start
        and after_start - end <= _NEIGHBOUR_MAX_GAP_LINES
        and sum(weights[after_start:after_end]) >= _NEIGHBOUR_RUN_SHARE * best
        and not any("form" in line.kinds for line in lines[end:after_start])
    ):
        end = after_end
    return start, end


def best_run(weights: list[float]) -> tuple[int, int]:
    """The ``[start, end)`` run of positions with the largest total weight (Kadane's method)."""
    best_total, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for position, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, position
        total += weight
        if total > best_total:
            best_total, best_span = total, (start, position + 1)
    return best_span


def describe_lines(text: str) -> list[Line]:
    """Describe and label every non-empty line of ``text``."""
    lines = []
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            continue
        line = Line(index, stripped, *_line_features(stripped))
        line.label = label_line(line)
        lines.append(line)
    return lines


@dataclass
class BodySelection:
    """The lines chosen as article body, the lines before it, and what was dropped inside it."""

    body: list[Line]
    before: list[Line]
    after: list[Line]
    dropped: list[Line]


def select_body(lines: list[Line], headline: int | None = None) -> BodySelection:
    """Choose the article body among labelled lines.

    Args:
        lines: the labelled lines of the page.
        headline: position of the headline in ``lines`` when known; prose shortly after it
            counts more, because that is where articles start.

    Returns:
        The body lines in order (furniture inside the chosen run removed, heading-like lines
        at its edges trimmed), with the lines before and after the run for metadata search.
    """
    if not lines:
        return BodySelection([], [], [], [])
    weights = _weights_in_context(lines)
    if headline is not None:
        for position in range(headline + 1, min(len(lines), headline + 1 + _AFTER_HEADLINE_LINES)):
            if weights[position] > 0:
                weights[position] *= _AFTER_HEADLINE_BOOST
    start, end = best_run(weights)
    start, end = _join_neighbour_runs(lines, weights, start, end)
    if headline is not None and start <= headline < end:
        # Prose above the headline is a teaser or a lead-in only when it is a small part of the
        # run; when most of the run comes before it, the "headline" is a sub-heading.
        above = sum(weight for weight in weights[start:headline] if weight > 0)
        below = sum(weight for weight in weights[headline + 1 : end] if weight > 0)
        if above <= _ABOVE_HEADLINE_SHARE * (above + below):
            start = headline + 1
    while start < end and lines[start].label not in ("good", "fair"):
        start += 1
    while end > start and lines[end - 1].label not in ("good", "fair"):
        end -= 1
    lead = _lead_before(lines, start, headline) if start < end and headline is not None else []
    body: list[Line] = []
    dropped: list[Line] = []
    seen: set[str] = set()
    for line in [*lead, *lines[start:end]]:
        if line.label == "junk" or line.text in seen:
            dropped.append(line)
            continue
        seen.add(line.text)
        body.append(line)
    taken = {line.index for line in lead}
    before = [line for line in lines[:start] if line.index not in taken]
    return BodySelection(body, before, lines[end:], dropped)


# A standfirst sits above the body, cut off from it by a byline, a date, a photo caption or a
# paywall label; those few short lines cost more than the one paragraph brings to the run.
_LEAD_GAP_LINES = 6
_LEAD_PARAGRAPHS = 2


def _lead_before(lines: list[Line], start: int, headline: int) -> list[Line]:
    floor = headline + 1
    lead: list[Line] = []
    gap = 0
    for position in range(start - 1, floor - 1, -1):
        line = lines[position]
        if line.label in ("good", "fair"):
            if "form" in line.kinds or "consent" in line.kinds:
                break
            lead.append(line)
            gap = 0
            if len(lead) == _LEAD_PARAGRAPHS:
                break
            continue
        if line.kinds or gap == _LEAD_GAP_LINES:
            break
        gap += 1
    return lead[::-1]
