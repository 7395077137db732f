"""Multi-section pages: further sections of the text beyond the heaviest run of prose."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_lines
from eventwire.clean.sections import maximal_runs
from eventwire.clean.selection import best_run, select_body

MENU = ["Home", "Products", "Services", "Team", "Blog", "Contact", "Jobs", "Press", "Events"]
SECTION_ONE = [
    "Our cooperative was founded in 1998 by twelve farmers from the valley who wanted to sell "
    "their milk and cheese directly to the families who live in the towns along the river.",
    "Today more than sixty farms belong to it, and every one of them still follows the rules "
    "the founders wrote down: no feed from abroad, and the animals spend the summer outside.",
    "Members meet twice a year in the village hall to elect the board, approve the accounts "
    "and decide how much of the profit goes back to the farms and how much to the dairy.",
]
SECTION_TWO = [
    "The dairy in the old mill processes about nine thousand litres of milk a day and makes "
    "the soft and hard cheeses that are sold in our own shops and at the weekly markets.",
    "Visitors can watch the cheese makers at work through a glass wall every weekday morning, "
    "and groups of more than ten people are asked to register a few days in advance.",
]


def test_maximal_runs_are_disjoint_positive_and_include_the_best_run() -> None:
    weights = [5.0, -2.0, 3.0, -20.0, 4.0, -1.0, 2.0, -30.0, 1.0]
    runs = maximal_runs(weights)
    assert [(start, end) for start, end, _ in runs] == [(0, 3), (4, 7), (8, 9)]
    assert [total for _, _, total in runs] == [6.0, 5.0, 1.0]
    start, end = best_run(weights)
    assert (start, end) in [(run_start, run_end) for run_start, run_end, _ in runs]


@given(st.lists(st.integers(min_value=-50, max_value=50).map(float), max_size=60))
def test_maximal_runs_hold_the_heaviest_run(weights: list[float]) -> None:
    runs = maximal_runs(weights)
    start, end = best_run(weights)
    best_total = sum(weights[start:end])
    assert max((total for _, _, total in runs), default=0.0) == best_total
    for (_, first_end, total), (second_start, _, _) in zip(runs, runs[1:], strict=False):
        assert first_end <= second_start and total > 0


def test_a_second_section_far_below_the_first_is_kept() -> None:
    # Farther apart than the neighbouring runs that are joined with everything between them.
    page = "\n".join([*MENU, "About us", *SECTION_ONE, *MENU * 6, "Our dairy", *SECTION_TWO])
    cleaned = clean_article(page, "text")
    assert cleaned.text.split("\n") == [*SECTION_ONE, *SECTION_TWO]


def test_prose_after_a_comment_form_is_not_another_section() -> None:
    page = "\n".join([*MENU, *SECTION_ONE, *MENU * 6, "Leave a Reply", *SECTION_TWO])
    selection = select_body(describe_lines(page))
    assert [line.text for line in selection.body] == SECTION_ONE


def test_a_page_without_a_strong_run_keeps_every_stretch_of_prose() -> None:
    # A shop or gallery page: a sentence or two under each item and nothing heavier.
    items = [
        "This handmade mug holds about a third of a litre of tea.",
        "The linen napkins come in a set of four and can be washed hot.",
        "Each wooden spoon is carved from a single piece of local beech.",
    ]
    page = "\n".join([*MENU, items[0], *MENU * 6, items[1], *MENU * 6, items[2], *MENU])
    selection = select_body(describe_lines(page))
    assert [line.text for line in selection.body] == items
