"""The feast pre-check only skips texts where FEASTS could not match."""

from hypothesis import given
from hypothesis import strategies as st

from eventwire.when import patterns as p
from eventwire.when.scan import _may_name_feast, scan_dates

_PIECES = st.sampled_from(
    ["Christmas", "New Year's", "New  Year’s", "Boxing Day", "Valentine's Day", "Halloween",
     "Easter Monday", "Good Friday", "New", "Day", "Friday", "year", " ", ", ", "on", "the"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_precheck_never_hides_a_feast(text: str) -> None:
    if p.FEASTS.search(text) is not None:
        assert _may_name_feast(text)


def test_feast_found_and_plain_text_skipped() -> None:
    assert not _may_name_feast("The talks resumed on Friday in Geneva.")
    found = scan_dates("Talks stalled before Christmas and resumed after Easter Monday.")
    assert [c.expression["text"] for c in found] == ["Christmas", "Easter Monday"]
