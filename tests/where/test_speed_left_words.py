"""The quick look at the word before a name never skips a left context the full reading uses."""

from __future__ import annotations

import random

from eventwire.where.names import WORD
from eventwire.where.toponyms import _CONTEXT_WORDS, _may_have_context


def test_skipped_names_have_no_context_word_last() -> None:
    rng = random.Random(11)
    words = sorted(_CONTEXT_WORDS)[:12] + ["In", "OF", "x", "u.s.", "mid-", "the's", "İn", "_of"]
    blanks = [" ", "  ", "-", "'", "(", "\n", ". "]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(0, 5)))
        text += "Tabriz"
        start = len(text) - len("Tabriz")
        window_start = rng.randint(0, start)
        if _may_have_context(text, window_start, start):
            continue
        last = WORD.findall(text, window_start, start)[-1:]
        assert not last or last[0].lower() not in _CONTEXT_WORDS, (text, window_start)


def test_plain_context_words_are_read() -> None:
    assert _may_have_context("clashes in Tabriz", 0, 11)
    assert _may_have_context("the city of Tabriz", 0, 12)
    assert not _may_have_context("Reza Tabriz", 0, 5)
    assert _may_have_context("(Tabriz", 0, 1)  # not a plain word: left to the full reading


def test_context_words_are_plain_words() -> None:
    # The quick look compares the letters before a name with these words as written: a word
    # with a hyphen, an apostrophe or a full stop in the lexicon would never be seen there.
    assert all(word.isalnum() for word in _CONTEXT_WORDS)
