"""Dating reads each sentence and trigger once; the answers are those of reading per report.

The patterns given a lookahead on their first letters find exactly what the plain forms
found, and a trigger shared by several reports is dated for each as if it were alone.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Article, DateValue, Found, Report
from eventwire.when import aspect, date_reports, find_date_mentions, reports
from eventwire.when.clauses import clause_regions

REFERENCE = {
    "perfect": (r"\b(?i:has|have|had|hasn['’]t|haven['’]t)\s+(?!to\b)", aspect._PERFECT),
    "since": (
        r"\b(?i:since)\s+(?!(?i:it|they|he|she|we|you|i|there|this\s+is)\b)",
        aspect._SINCE,
    ),
    "background": (
        r"\b(?i:previously|formerly|ago|since|at\s+the\s+time|last\s+(?:year|month|week|decade)s?"
        r"|(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d)\b",
        aspect._BACKGROUND,
    ),
    "past perfect": (r"\b(?i:had)\b|['’]d\s", aspect._PAST_PERFECT),
    "habit before": (
        r"\b(?i:regularly|routinely|frequently|habitually|constantly|often|usually|typically)"
        r"\s+(?:\w+\s+)?$",
        aspect._HABIT_BEFORE,
    ),
    "standing adverb": (
        r"\b(?i:has|have|had)\s+(?:long|always|repeatedly|consistently|continually"
        r"|for\s+(?:years|decades))\s+(?:been\s+)?$",
        aspect._STANDING_ADVERB,
    ),
    "attached": (
        r"(?i:\b(?:on|in|since|during|at|from|by|until|between|last|early|late|mid|earlier"
        r"|later)[\s-]+)$",
        reports._ATTACHED,
    ),
    "coordinated": (r"(?:,\s*)?\band\s+(?:also\s+|then\s+|later\s+)?$", reports._COORDINATED),
    "clause boundary": (
        r"(?i:;|\s[-–—]\s|,\s*(?:which|while|whereas|but|although|though|and)\b|\bbut\b"
        r"|\bwhile\b|\bwhereas\b)",
        reports._CLAUSE_BOUNDARY,
    ),
}
_PIECES = [
    " ", "  ", ", ", "; ", " - ", " — ", "'", "’", "'d ", "has", "HAS", "have", "had", "hAd",
    "hasn't", "to", "since", "SINCE", "ſince", "it", "ın", "İn", "in", "on", "at", "by", "mid",
    "2022", "1999", "previously", "ago", "at the time", "last year", "regularly", "often",
    "usually", "long", "always", "for years", "been", "and", "also", "then", "but", "while",
    "whereas", "although", "which", "early", "-", "x", "Kharkiv", "\n",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=6))
def test_lookahead_patterns_find_what_the_plain_forms_found(text: str, start: int) -> None:
    start = min(start, len(text))
    for name, (plain, rewritten) in REFERENCE.items():
        reference = re.compile(plain)
        expected = [(m.span(), m.groups()) for m in reference.finditer(text, start)]
        assert [(m.span(), m.groups()) for m in rewritten.finditer(text, start)] == expected, name


TEXT = (
    "Police said they had arrested 56 people on Monday and seized weapons.\n"
    "Moscow, which fought a war in 2008, accused Tbilisi and expelled two diplomats on Tuesday.\n"
    "The embassy reopened."
)


def _article(triggers: list[tuple[str, str, int]]) -> Article:
    published = Found(DateValue(dt.date(2024, 5, 10), "day", "explicit", "test"), "input field")
    article = Article(id="doc", raw=TEXT, raw_format="text", fingerprint="f", text=TEXT)
    article.published = published
    article.sentences = split_sentences(TEXT)
    article.mentions = find_date_mentions(TEXT, article.sentences, published)
    for index, (word, modality, evidence_start) in enumerate(triggers):
        start = TEXT.index(word)
        sentence = next(s for s in article.sentences if s.start <= start < s.end)
        article.reports.append(
            Report(
                "doc",
                sentence.index,
                max(sentence.start, start - evidence_start),
                sentence.end,
                "111",
                None,
                None,
                start,
                start + len(word),
                modality=modality,  # type: ignore[arg-type]
                index=index,
            )
        )
    return article


def test_reports_of_one_trigger_are_dated_as_if_each_were_alone() -> None:
    # One trigger, read as asserted and as historical, and with two evidence spans.
    shared = [
        ("arrested", "historical", 0),
        ("arrested", "asserted", 0),
        ("accused", "asserted", 100),
        ("accused", "historical", 5),
        ("expelled", "asserted", 3),
        ("reopened", "historical", 0),
        ("reopened", "asserted", 0),
    ]
    together = _article(shared)
    date_reports(together)
    for position, trigger in enumerate(shared):
        alone = _article([trigger])
        date_reports(alone)
        assert together.reports[position].date == alone.reports[0].date, trigger
    # The two readings of "reopened" differ: a shared answer would be wrong for one of them.
    assert together.reports[-1].date != together.reports[-2].date


def test_kept_clause_regions_give_the_same_background_reading() -> None:
    article = _article([])
    for sentence in article.sentences:
        bounds = (sentence.start, sentence.end)
        regions = clause_regions(TEXT, *bounds)
        for trigger in ("accused", "expelled", "arrested", "seized"):
            start = TEXT.index(trigger)
            if not sentence.start <= start < sentence.end:
                continue
            end = start + len(trigger)
            kept = aspect.background_elsewhere(
                TEXT, bounds, start, end, regions=lambda regions=regions: copy.copy(regions)
            )
            assert kept == aspect.background_elsewhere(TEXT, bounds, start, end)
