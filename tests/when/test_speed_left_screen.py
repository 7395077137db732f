"""The left-context screens read the blanks and the last word with string methods and agree
with their patterns for every kind of white space; the fronted-phrase test finds a clause
break exactly where the sliced form did."""

from __future__ import annotations

import random
import sys

import pytest

from eventwire.when import patterns as p
from eventwire.when.aspect import _CLAUSE_BREAKS, _has_break
from eventwire.when.family_scan import LeftContext

_SCREENED = {name: value for name, value in vars(p).items() if isinstance(value, LeftContext)}
# Every character ``str.isspace`` accepts: ``rstrip()`` and the patterns' ``\s`` must agree on
# all of them ("\x1c" to "\x1f" are spaces to Python but not to ``\s`` of bytes patterns).
_SPACES = "".join(chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace())


@pytest.mark.parametrize("name", sorted(_SCREENED))
def test_screen_agrees_with_its_pattern_for_every_space(name: str) -> None:
    screen = _SCREENED[name]
    rng = random.Random(name)
    words = sorted(screen.last_words) + ["x", "_", "é1", "Ⅻ", "K"]
    for _ in range(400):
        pieces = []
        for _ in range(rng.randint(1, 4)):
            pieces.append(rng.choice(words))
            pieces.append("".join(rng.choice(_SPACES + "--") for _ in range(rng.randint(0, 3))))
        text = "".join(pieces) + "May"
        for end in range(len(text) + 1):
            for begin in (0, max(0, end - 40), max(0, end - 3)):
                expected = screen.pattern.search(text, begin, end)
                found = screen.search(text, begin, end)
                assert (found and found.span()) == (expected and expected.span()), (text, end)


def test_break_found_with_bounded_finds_as_in_a_slice() -> None:
    rng = random.Random(11)
    alphabet = ["a", " ", ",", ";", ":", "(", ")", "\n", " - ", " – ", " — ", "-"]
    found_any = False
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        begin = rng.randint(0, len(text))
        end = rng.randint(begin, len(text))
        expected = any(mark in text[begin:end] for mark in _CLAUSE_BREAKS)
        assert _has_break(text, begin, end) == expected, (text, begin, end)
        found_any = found_any or expected
    assert found_any
