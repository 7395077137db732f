"""Paragraphs in another language than the article's: which are page furniture, which are quotes.

A German page may carry an English cookie banner, a block of readers' comments in English, or
the same appeal in three translations one after another; those are not the article. But the
same German article may quote an English sentence between its own paragraphs, and that quote is
part of what the author wrote. So a foreign paragraph is dropped when it stands apart from the
body (at its start or end, or in a run of foreign paragraphs), and kept when it is a short
quotation with the article's own paragraphs on both sides.
"""

from __future__ import annotations

import re
from collections import Counter

from eventwire.clean.language import (
    detect_language,
    prose_language,
    same_language_family,
    stopword_profile,
)
from eventwire.clean.lexicon import load_lexicon, phrase_words

# Paragraphs shorter than this are names, captions or quotes: too short to judge their language.
MIN_WORDS_TO_DROP_BY_LANGUAGE = 8
# A foreign paragraph between two of the article's own is a quote, not a block of its own, when
# it is in quotation marks and at most this long (a long quoted speech is still a quote)…
MAX_QUOTATION_CHARS = 1200
# …or, without quotation marks (a block quote loses them when flattened), when it is a few
# sentences at most.
MAX_INLINE_FOREIGN_CHARS = 500

_WORD = re.compile(r"\w+")
_NON_LATIN = re.compile(r"[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]")
_OPENING_QUOTES = "\"'“„«»‹›‘‚「『"
_CLOSING_QUOTES = "\"'”“»«›‹’‘」』"
# Share of function words below which a paragraph is not running prose in a listed language;
# agglutinative languages (Turkish, Finnish, Hungarian) reach only 0.1-0.15 in real prose.
_MIN_LISTED_SHARE = 0.08
# A listed language whose function words are this share of a paragraph, twice the article
# language's, names the paragraph's language without asking lingua.
_CLEAR_LEAD_SHARE = 0.25
# Below that share, a listed language still wins with this lead over the article's language.
_LEAD_OVER_OWN = 1.5


def keep_article_language(paragraphs: list[str], notes: list[str]) -> tuple[list[str], str | None]:
    """Drop paragraphs in another language that stand apart from the article body.

    Args:
        paragraphs: the body paragraphs in page order.
        notes: where a note on each dropped language is appended.

    Returns:
        The kept paragraphs and the article's language (None when undecidable, and then
        nothing is dropped).
    """
    if not paragraphs:
        return paragraphs, None
    language = prose_language(paragraphs)
    if language is None:
        return paragraphs, None
    others = [other_language(paragraph, language) for paragraph in paragraphs]
    kept, dropped = [], Counter()
    for position, (paragraph, other) in enumerate(zip(paragraphs, others, strict=True)):
        if other is None or is_embedded_quotation(paragraphs, others, position):
            kept.append(paragraph)
        else:
            dropped[other] += 1
    for other, count in dropped.items():
        notes.append(f"dropped {count} paragraph{'s' if count > 1 else ''} in '{other}'")
    return kept, language


def is_embedded_quotation(paragraphs: list[str], others: list[str | None], position: int) -> bool:
    """True when the foreign paragraph at ``position`` is a quote inside the article body.

    Args:
        paragraphs: the body paragraphs.
        others: for each paragraph, the foreign language it is in, or None for the article's.
        position: the paragraph to judge.
    """
    # Banners, teasers and translations sit at the edges of the body or come in runs; a quote
    # is framed by the author's own paragraphs.
    if position == 0 or position == len(paragraphs) - 1:
        return False
    if others[position - 1] is not None or others[position + 1] is not None:
        return False
    paragraph = paragraphs[position]
    if has_furniture_phrase(paragraph):
        return False  # "Save my name…", "Just click here to support us": furniture, not a quote
    if len(paragraph) <= MAX_INLINE_FOREIGN_CHARS:
        return True
    return len(paragraph) <= MAX_QUOTATION_CHARS and is_quotation(paragraph)


def has_furniture_phrase(paragraph: str) -> bool:
    """True when ``paragraph`` holds any stock phrase of page furniture (see the lexicon).

    Unlike line labelling, which needs the phrases to fill most of a short line because news
    prose uses "share" or "related" too, any phrase counts here: it only decides whether a
    paragraph already found to be in another language is kept as a quote.
    """
    lexicon = load_lexicon()
    words = phrase_words(paragraph)
    for position, word in enumerate(words):
        for size in lexicon.lengths_by_first.get(word, ()):
            if tuple(words[position : position + size]) in lexicon.phrases:
                return True
    return False


def is_quotation(paragraph: str) -> bool:
    """True when ``paragraph`` opens with a quotation mark and closes one later on."""
    text = paragraph.strip()
    # Numbered quotes ("5„Follow the Greens“") and dashes before a quote are common in lists.
    opening = text.lstrip("0123456789.-–— ")
    return (
        bool(opening)
        and opening[0] in _OPENING_QUOTES
        and any(char in _CLOSING_QUOTES for char in opening[1:])
    )


def other_language(paragraph: str, article_language: str) -> str | None:
    """The language of ``paragraph`` when it is clearly not ``article_language``, else None.

    Short paragraphs, tables and lists of names are never judged (None): no detector is
    reliable on them, and dropping them on a guess loses article text.
    """
    words = _WORD.findall(paragraph.lower())
    if len(words) < MIN_WORDS_TO_DROP_BY_LANGUAGE:
        return None
    # Cheap path: a paragraph with plenty of the article's own function words is settled.
    profile = stopword_profile(words)
    own = profile.get(article_language, 0.0)
    best = max(profile.values(), default=0.0)
    if own >= 0.2 or (own >= 0.12 and own >= best):
        return None
    non_latin = _NON_LATIN.search(paragraph) is not None
    # Tables, name lists and scores carry no function words; any detector guesses on them.
    if best < _MIN_LISTED_SHARE and not non_latin:
        return None
    if not non_latin:
        # Prose in a listed language is told by its function words; lingua costs milliseconds
        # a paragraph and is kept for scripts and languages the word lists do not cover.
        leader = max(profile, key=profile.__getitem__)
        if own >= best:
            return None  # no listed language has more function words here than the article's
        if best >= _CLEAR_LEAD_SHARE and best >= 2 * own:
            return None if same_language_family(leader, article_language) else leader
        if leader != article_language and best >= _LEAD_OVER_OWN * own:
            return None if same_language_family(leader, article_language) else leader
    found = detect_language(paragraph)
    if found is None or same_language_family(found, article_language):
        return None
    return found
