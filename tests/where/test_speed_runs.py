"""One pass for a run and the word after it finds what the two patterns found."""

from hypothesis import given
from hypothesis import strategies as st

from eventwire.where.runs import CAPITALISED_RUN, CAPITALISED_RUN_AND_NEXT, WORD_AFTER

_PIECES = st.sampled_from(
    ["Ardabil", "province", "of", "de", "Rio", "St.", "Tehran", "-", " ", "  ", ".", "’s",
     "al-Quds", "police", "Mt.", "O'Neil", "said", "\n"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=10).map("".join))
def test_same_runs_and_next_words(text: str) -> None:
    joint = list(CAPITALISED_RUN_AND_NEXT.finditer(text))
    assert [m.span() for m in joint] == [m.span() for m in CAPITALISED_RUN.finditer(text)]
    for match in joint:
        after = WORD_AFTER.match(text, match.end())
        assert match.end(1) == (after.end(1) if after is not None else -1)


def test_word_after_a_run() -> None:
    match = CAPITALISED_RUN_AND_NEXT.search("in Ardabil province on Monday")
    assert match is not None and match.group(0) == "Ardabil" and match.group(1) == "province"
