"""Fast paths of report dating read what the full readings read: the pre-checks before the
event-tie patterns, and the anaphor readings remembered per act and per sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Article, DateValue, Mention
from eventwire.when.event_ties import at_event_date, names_release


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll, released on Sunday, rose.", True),
        ("Figures were published late.", True),
        ("The army announced a truce.", True),
        ("Eleven people were killed.", False),
        ("", False),
    ],
)
def test_names_release_finds_any_release_word(text: str, expected: bool) -> None:
    assert names_release(text, 0, len(text)) is expected


def test_names_release_reads_only_its_span() -> None:
    text = "Eleven people were killed. Figures were released later."
    assert names_release(text, 0, text.index(".") + 1) is False
    assert names_release(text, text.index("Figures"), len(text)) is True


def _article(text: str) -> tuple[Article, dict[int, list[Mention]]]:
    article = Article(id="t", raw=text, raw_format="text", fingerprint="t", text=text)
    article.sentences = split_sentences(text)
    return article, {}


_WEDNESDAY = DateValue(dt.date(2024, 5, 8), "day", "relative", "Wednesday")


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Arslan praised Greece at the summit.", _WEDNESDAY.value),
        ("Arslan praised Greece at a later date.", None),  # no gathering named
        ("Arslan praised the summit's hosts.", None),  # a gathering, but no "at the"
    ],
)
def test_a_statement_at_a_dated_gathering_takes_its_day(second: str, expected) -> None:
    text = "Leaders met at a summit in Athens on Wednesday. " + second
    article, by_sentence = _article(text)
    found = at_event_date(article, 1, {0: [_WEDNESDAY]}, by_sentence)
    assert (found.value if found is not None else None) == expected
