"""The joint pass over capitals finds what the month, weekday and feast patterns find."""

from hypothesis import given
from hypothesis import strategies as st

from eventwire.when import patterns as p
from eventwire.when.scan import scan_dates

_PIECES = st.sampled_from(
    ["Christmas", "New Year's", "New  Year’s", "Boxing Day", "Valentine's Day", "Halloween",
     "Easter Monday", "Good Friday", "New", "Day", "Friday", "year", " ", ", ", "on", "the",
     "Sept.", "Sept", "May", "Mayor", "Jan. 3", "March 3-7, 2023", "Monday to Thursday", "Mon",
     "Tuesday's", "(Nov. 25)", "2024", "'98", "Dec", "F", "S", "\n", "-"]
)  # fmt: skip
_PATTERNS = (p.MONTHS, p.WEEKDAYS, p.FEASTS)


@given(st.lists(_PIECES, max_size=10).map("".join))
def test_joint_pass_finds_each_patterns_matches(text: str) -> None:
    joint = p.CAPITAL_LED.finditer_each(text)
    for pattern, found in zip(_PATTERNS, joint, strict=True):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in found] == expected


def test_feasts_months_and_weekdays_found() -> None:
    found = scan_dates("Talks stalled before Christmas, resumed on Monday and ended in May 2024.")
    assert [c.expression["text"] for c in found] == ["Christmas", "Monday", "May 2024"]
