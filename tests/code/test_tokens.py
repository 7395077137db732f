"""Tokens and verb inflections the coder's patterns are matched against."""

from __future__ import annotations

from eventwire.analyse.tokens import tokenize, verb_forms


def test_inflections_and_tokens():
    assert {"visited", "visits", "visiting"} <= verb_forms("visit")
    assert "held" in verb_forms("hold")
    assert [t.lower for t in tokenize("Iran's army didn't")] == ["iran", "'s", "army", "did", "n't"]


def test_grouped_numbers_are_one_token():
    assert [t.text for t in tokenize("delivered 12,000 tonnes, 1.5 km.")] == [
        "delivered",
        "12,000",
        "tonnes",
        ",",
        "1.5",
        "km",
        ".",
    ]
