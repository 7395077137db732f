"""Datelines: the place a story was filed from, written before its text ("BISHKEK, June 17
(Caspian Wire) -", "MOSCOW/KIEV, Nov 17 -", "KHARKIV -"). A dateline says where the reporter
was, not where the story's events happened."""

from __future__ import annotations

import re

from eventwire.model import Article, Mention

# A dateline ("BISHKEK, June 17 (Caspian Wire) -", "MOSCOW/KIEV, Nov 17 -", "KHARKIV -") says
# where the story was filed, not where its events happened.
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][A-Za-z.' -]{0,30}/)?$")
_DATELINE_AFTER = re.compile(
    r"^(?:/[A-Z][A-Za-z.' -]{0,30})?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)|\s*\(|\s+[-\u2013\u2014])"
)


def is_dateline(article: Article, mention: Mention) -> bool:
    """True when ``mention`` is a dateline: the place a story was filed from, before its text.

    Args:
        article: the article, with ``sentences``.
        mention: a place mention of it.
    """
    sentence_start = article.sentences[mention.sentence].start
    if mention.start - sentence_start > 40:
        return False  # the text before a dateline is short: spare the slice and the pattern
    before = article.text[sentence_start : mention.start]
    if _DATELINE_BEFORE.match(before) is None:
        return False
    return _DATELINE_AFTER.match(article.text[mention.end : mention.end + 48]) is not None
