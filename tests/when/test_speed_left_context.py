"""The screened left-context patterns and the loop-built clause bounds agree with what they
replace, at every offset of many small random texts."""

from __future__ import annotations

import random
import re

import pytest

from eventwire.when import patterns as p
from eventwire.when.aspect import _CLAUSE_BREAKS, _CLAUSE_REACH, clause_bounds
from eventwire.when.family_scan import LeftContext, PatternFamilyError

_SCREENED = {name: value for name, value in vars(p).items() if isinstance(value, LeftContext)}


def _vocabulary(screen: LeftContext) -> list[str]:
    words = re.findall(r"[a-z]+", screen.pattern.pattern.lower())
    return sorted(set(words) | screen.last_words | {"x", "The", "LAST", "Of", "mid2", "K"})


@pytest.mark.parametrize("name", sorted(_SCREENED))
def test_screen_finds_what_the_pattern_finds(name: str) -> None:
    screen = _SCREENED[name]
    vocabulary = _vocabulary(screen)
    blanks = [" ", "  ", "-", " - ", "\n", ", ", "_", "é", "\u212a"]  # Kelvin sign: caseless "k"
    rng = random.Random(name)
    for _ in range(300):
        pieces = []
        for _ in range(rng.randint(1, 6)):
            word = rng.choice(vocabulary)
            pieces.append(word.upper() if rng.random() < 0.2 else word)
            pieces.append(rng.choice(blanks))
        text = "".join(pieces) + "2024"
        for end in range(len(text) + 1):
            begin = max(0, end - 40)
            expected = screen.pattern.search(text, begin, end)
            found = screen.search(text, begin, end)
            assert (found and found.span()) == (expected and expected.span()), (text, end)


def test_screen_refuses_a_word_its_pattern_lacks() -> None:
    with pytest.raises(PatternFamilyError, match="'lats' is not a word of"):
        LeftContext(re.compile(r"\b(?i:last|next)\s+$"), ("lats", "next"))


def _clause_bounds_by_generators(text, begin, end, trigger_start, trigger_end):
    low = max(begin, trigger_start - _CLAUSE_REACH)
    start = max(text.rfind(mark, low, trigger_start) + len(mark) for mark in _CLAUSE_BREAKS)
    start = max(start, low)
    high = min(end, trigger_end + _CLAUSE_REACH)
    stops = [text.find(mark, trigger_end, high) for mark in _CLAUSE_BREAKS]
    return start, min((found for found in stops if found != -1), default=high)


def test_clause_bounds_match_the_generator_form() -> None:
    rng = random.Random(3)
    alphabet = ["a", "b", " ", ",", ";", "(", "\n", " - ", " – ", "-", " —", "— "]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for trigger_start in range(len(text)):
            trigger_end = min(len(text), trigger_start + rng.randint(0, 3))
            begin = rng.randint(0, trigger_start)
            end = rng.randint(trigger_end, len(text))
            arguments = (text, begin, end, trigger_start, trigger_end)
            assert clause_bounds(*arguments) == _clause_bounds_by_generators(*arguments), arguments
