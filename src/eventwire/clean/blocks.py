"""Tell article prose from page furniture in flattened page text, line by line.

A scraper that flattens a page leaves one block element per line: menus become runs of one- or
two-word lines, share rows become "Share"/"Tweet"/"20", cookie banners and comment forms become
lines full of their stock phrases, and the article becomes a run of long lines that read like
prose. Each line gets a label from cheap features (length, function-word share, closing
punctuation, stock phrases); then the article is the contiguous run of lines with the highest
total weight, where prose adds its length and furniture subtracts. Short lines inside that run
(sub-headings, one-sentence paragraphs) stay; furniture inside it is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.clean.lexicon import load_lexicon

Label = str  # "good" | "fair" | "short" | "junk"

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?。！？…:;][\"'”’»)\]]{0,3}\s*$")
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Lines such as "Home > World > Middle East" or "News | Sport | Weather".
_SEPARATORS = re.compile(r"\s[|>»•·/]\s")

_STRONG_KINDS = ("consent", "form")
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
    label: Label = "short"


def _word_count(text: str, tokens: list[str]) -> float:
    ideographs = len(_IDEOGRAPH.findall(text))
    if ideographs:
        # About two ideographs carry what one alphabetic word does.
        return max(len(tokens), ideographs / 2)
    return float(len(tokens))


def matched_kinds(tokens: list[str], text_length: int, words: float) -> tuple[str, ...]:
    """Kinds of page furniture whose stock phrases a line contains.

    Strong kinds (consent notices, forms) count anywhere; weak kinds only when their phrases
    make up much of a short line, since "shares", "related" or "print" also occur in news.
    """
    lexicon = load_lexicon()
    strong: set[str] = set()
    weak_chars: dict[str, int] = {}
    for position, token in enumerate(tokens):
        if token not in lexicon.first_words:
            continue
        for size in range(min(lexicon.longest_phrase, len(tokens) - position), 0, -1):
            kind = lexicon.phrases.get(tuple(tokens[position : position + size]))
            if kind is None:
                continue
            if kind in _STRONG_KINDS:
                strong.add(kind)
            else:
                covered = sum(map(len, tokens[position : position + size])) + size - 1
                weak_chars[kind] = weak_chars.get(kind, 0) + covered
            break
    kinds = [kind for kind in _STRONG_KINDS if kind in strong]
    if words <= 12:
        # A stock phrase that is most of a short line is the line's whole purpose.
        kinds.extend(
            kind
            for kind in _WEAK_KINDS
            if kind in weak_chars and (words <= 3 or weak_chars[kind] >= 0.4 * text_length)
        )
    return tuple(kinds)


def describe_line(index: int, text: str) -> Line:
    """Compute the features of one line of page text (label not yet assigned)."""
    lowered = text.lower()
    tokens = _WORD.findall(lowered)
    words = _word_count(text, tokens)
    vocabulary = load_lexicon().all_stopwords
    function_share = (
        sum(1 for token in tokens if token in vocabulary) / len(tokens) if tokens else 0.0
    )
    sentence_end = bool(_SENTENCE_END.search(text))
    kinds = matched_kinds(tokens, len(text), words)
    if len(text) <= 200 and "form" not in kinds and _COMMENT_HEADER.match(text):
        kinds = (*kinds, "form")
    return Line(index, text, words, function_share, sentence_end, kinds)


def label_line(line: Line) -> Label:
    """Label a described line: "good" prose, "fair" short prose, "short" heading-like, "junk"."""
    text = line.text
    if not _LETTER.search(text):
        return "junk"  # counters, dates on their own, separators
    if "consent" in line.kinds and (line.words < 40 or line.function_share < 0.3):
        return "junk"
    if "form" in line.kinds and line.words < 15:
        return "junk"
    if any(kind in line.kinds for kind in _WEAK_KINDS):
        return "junk"
    if "consent" in line.kinds:
        return "fair"
    if _SEPARATORS.search(text) and not line.sentence_end and line.words < 20:
        return "junk"
    prose = line.function_share >= 0.15 or _IDEOGRAPH.search(text) is not None
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
        line = describe_line(index, stripped)
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
    if headline is not None and start <= headline < end:
        start = headline + 1
    while start < end and lines[start].label not in ("good", "fair"):
        start += 1
    while end > start and lines[end - 1].label not in ("good", "fair"):
        end -= 1
    body: list[Line] = []
    dropped: list[Line] = []
    seen: set[str] = set()
    for line in lines[start:end]:
        if line.label == "junk" or line.text in seen:
            dropped.append(line)
            continue
        seen.add(line.text)
        body.append(line)
    return BodySelection(body, lines[:start], lines[end:], dropped)
