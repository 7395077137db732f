"""The coder stays bounded on huge or odd inputs and never fails on arbitrary text."""

from __future__ import annotations

from coder_helpers import coded
from hypothesis import given, settings
from hypothesis import strategies as st


def test_huge_inputs_are_bounded(knowledge):
    long_sentence = " ".join(["attack Iran and"] * 33_000)
    assert len(coded(long_sentence, knowledge)) <= 24 * (len(long_sentence) // 1000 + 1)
    actors = ", ".join(["Iran", "Azerbaijan", "Russia", "Tehran", "NATO"] * 1000) + " met."
    coded(actors, knowledge)
    assert coded("12345 !!! ??? ... ---", knowledge) == []
    coded('He said "they said \'Iran said "Russia attacked" Ukraine\'" today.', knowledge)


@settings(deadline=2000, max_examples=60)
@given(st.text(max_size=400))
def test_any_text_codes_without_error(knowledge, text):
    for report in coded(text, knowledge):
        assert 0 <= report.start <= report.end <= len(text)
