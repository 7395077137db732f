"""Sentence splitting with character offsets into the cleaned text.

A rule-based splitter: paragraphs (line breaks) always end a sentence; inside a paragraph a
sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes/brackets) followed by white space and
a capital, digit or opening quote — unless the word before the stop is a known abbreviation
("Gen.", "U.S.", "Jan.") or a single initial. Very long runs are cut at a white space so that no
later stage ever sees a sentence longer than ``MAX_SENTENCE_CHARS``.
"""

from __future__ import annotations

import re

from eventwire.model import Sentence

MAX_SENTENCE_CHARS = 2000

# Titles, months and other abbreviations that news text follows with a capitalised word.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep rev st fr jr sr
    pres amb sec atty supt insp brig
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol fig co corp inc ltd bros dept univ est approx vs etc al
    u.s u.k u.n e.u u.s.a d.c a.m p.m
    """.split()
)

_PARAGRAPH = re.compile(r"[^\n]+")
# A stop, closing punctuation, then space and something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Split cleaned article text into sentences.

    Args:
        text: the cleaned body, paragraphs separated by line breaks.

    Returns:
        Sentences in order, each with ``start``/``end`` offsets into ``text`` that exclude
        surrounding white space.
    """
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        spans.extend(_split_paragraph(text, paragraph.start(), paragraph.end()))
    return [Sentence(index, start, end) for index, (start, end) in enumerate(spans)]


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _BOUNDARY.finditer(chunk):
        stop = match.end()
        if _is_abbreviation(chunk[begin : match.start() + 1]):
            continue
        spans.append((begin, stop))
        begin = stop
    spans.append((begin, len(chunk)))
    result: list[tuple[int, int]] = []
    for local_start, local_end in spans:
        for piece_start, piece_end in _cap_length(chunk, local_start, local_end):
            trimmed = _trim(chunk, piece_start, piece_end)
            if trimmed is not None:
                result.append((start + trimmed[0], start + trimmed[1]))
    return result


def _is_abbreviation(before_stop: str) -> bool:
    match = _WORD_BEFORE.search(before_stop)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "John F. Kennedy"
    return word in _ABBREVIATIONS


def _cap_length(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = chunk.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trim(chunk: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and chunk[start].isspace():
        start += 1
    while end > start and chunk[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return start, end
