"""The hand-written backward reads agree with the patterns they replace."""

from __future__ import annotations

import random

from eventwire.when import patterns as p
from eventwire.when.candidate import word_before


def _by_pattern(text: str, start: int) -> str:
    match = p.WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1) if match is not None else ""


def test_word_before_matches_the_pattern_at_every_offset() -> None:
    rng = random.Random(7)
    alphabet = "ab Z,.-\n 1é'\t"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for start in range(len(text) + 1):
            assert word_before(text, start) == _by_pattern(text, start), (text, start)


def test_word_before_reads_across_punctuation_but_not_lines() -> None:
    assert word_before("said on, Monday", 9) == "on"
    assert word_before("the vote\nMonday", 9) == "vote"
    assert word_before("the vote\n\nMonday", 10) == ""
    assert word_before("the vote ... Monday", 13) == ""
