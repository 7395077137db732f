"""Scanning pattern families in fewer passes must find exactly what ``finditer`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.when import patterns as p
from eventwire.when.family_scan import JointScan, PatternFamilyError, SplitAlternation

SPLIT_SCANS = {
    "relative": p.RELATIVE_SCAN,
    "offset": p.OFFSET_SCAN,
    "following": p.FOLLOWING_SCAN,
    "day_after": p.DAY_AFTER_SCAN,
    "hours_after": p.HOURS_AFTER_SCAN,
    "short_year": p.SHORT_YEAR_SCAN,
}
# Pieces that make matches touch, nest and overlap: "tonight" holds "night", "weekend" holds
# "week", "days ago" follows "to", digits run into separators.
PIECES = [
    "to", "night", "tonight", "over", "weekend", "week", "s", "ago", "day", "days", " ", "  ",
    "\n", "after", "before", "later", "following", "next", "previous", "preceding", "hours",
    "minutes", "fort", "month", "year", "fall", "'", "’", "9", "0", "21", "2024", "-", "/",
    ".", "11", "25", " May", " of", " November", "th", "–", "x", "e", "_",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(match.span(), match.groupdict()) for match in matches]


@pytest.mark.parametrize("name", sorted(SPLIT_SCANS))
@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_split_alternation_finds_what_finditer_finds(name, text):
    scan = SPLIT_SCANS[name]
    assert spans(scan.finditer(text)) == spans(scan.pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_joint_scan_finds_what_each_finditer_finds(text):
    found = p.DIGIT_LED.finditer_each(text)
    expected = [spans(pattern.finditer(text)) for pattern in p.DIGIT_LED.patterns]
    assert [spans(matches) for matches in found] == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("tonight and overnight, not fortnight", ["tonight", "overnight", "night"]),
        ("the weekend, the week, weekends", ["weekend", "week"]),
        ("a fall in autumn", ["fall", "autumn"]),
    ],
)
def test_split_alternation_keeps_leftmost_longest_word(text, words):
    assert [match["word"] for match in p.RELATIVE_SCAN.finditer(text)] == words


def test_split_alternation_searches_a_part_again_after_an_overlap():
    # The part "ab…" first matches at 2, inside the match taken at 0; the alternation's next
    # match starts at 5, which that part only finds when searched again from 4.
    scan = SplitAlternation([["ab"], ["c"]], r"(?:{words})[a-c]{0,3}")
    assert spans(scan.finditer("cbaababb")) == spans(scan.pattern.finditer("cbaababb"))
    assert [match.span() for match in scan.finditer("cbaababb")] == [(0, 4), (5, 8)]


def test_words_that_start_each_other_must_share_a_group():
    with pytest.raises(PatternFamilyError) as raised:
        SplitAlternation([["week"], ["weekend"]], r"(?P<word>{words})\b")
    message = "'week' and 'weekend' may match at one position: put them in one group"
    assert str(raised.value) == message


def test_words_must_open_the_template():
    with pytest.raises(PatternFamilyError, match="must open the template"):
        SplitAlternation([["ago"]], r"\d+\s+{words}")


def test_joint_scan_refuses_a_back_reference_without_a_screen():
    repeated = re.compile(r"(?P<digit>\d)(?P=digit)")
    with pytest.raises(PatternFamilyError, match="pass a screen"):
        JointScan([repeated], r"\d")
    screened = JointScan([repeated], r"\d", [r"\d\d"])
    assert spans(screened.finditer_each("1223 4455")[0]) == spans(repeated.finditer("1223 4455"))


def test_joint_scan_needs_shared_flags():
    with pytest.raises(PatternFamilyError, match="share their flags"):
        JointScan([re.compile(r"\d"), re.compile(r"\d", re.IGNORECASE)], r"\d")


def test_scans_stay_linear_on_a_long_sentence():
    # 100,000 words of near-misses: every part must stay one pass, never backtrack.
    text = "day after weeks before hours 2024-11 25 Nov 1999- " * 12_500
    assert sum(1 for _ in p.DAY_AFTER_SCAN.finditer(text)) == 12_500
    numeric, day_month, years = p.DIGIT_LED.finditer_each(text)
    assert (len(numeric), len(day_month), len(years)) == (0, 12_500, 25_000)
