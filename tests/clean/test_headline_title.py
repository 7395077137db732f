"""The article's title in flattened text, chosen apart from the headline that anchors the body."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_lines
from eventwire.clean.headline import choose_text_title, find_headline
from eventwire.clean.selection import select_body

BODY = (
    "Fighting broke out near the border crossing on Tuesday after talks between the two "
    "governments collapsed, local officials said, and at least four people were killed.\n\n"
    "The interior ministry said its forces had been attacked first and that the crossing "
    "would stay closed until the situation was under control.\n\n"
    "Residents described hearing gunfire through the night as families fled towards the "
    "nearest town, where schools were turned into shelters."
)
MENU = "Home\n\nWorld\n\nPolitics\n\nSport\n\nWeather"


def title_of(page: str, url: str | None = None) -> str | None:
    lines = describe_lines(page)
    headline = find_headline(lines, url, None)
    return choose_text_title(lines, select_body(lines, headline).body, url, headline)


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # a date line and a byline between headline and body are skipped
        ("Border clash kills four\n\n12 March 2024\n\nBy Jane Doe", "Border clash kills four"),
        # a breadcrumb is a path, not a title
        ("Home > World > Asia\n\nBorder clash kills four", "Border clash kills four"),
        # a two-word headline still counts when the body uses its words
        ("Border fighting", "Border fighting"),
        # the site's name after a separator is removed
        ("Border clash kills four | Example Daily", "Border clash kills four"),
        # a section name printed right above the body does not beat the headline
        ("Border clash kills four\n\nShare\n\nAsia", "Border clash kills four"),
    ],
)
def test_title_above_the_body(between: str, expected: str) -> None:
    page = f"{MENU}\n\n{between}\n\n{BODY}"
    assert title_of(page, "https://www.exampledaily.example/news/123") == expected


def test_kicker_before_the_headline_is_dropped() -> None:
    page = (
        f"{MENU}\n\nBorder crisis\n\nBorder crisis Four killed as fighting closes the crossing"
        f"\n\nFour killed as fighting closes the crossing\n\n{BODY}"
    )
    assert title_of(page) == "Four killed as fighting closes the crossing"


def test_url_words_pick_the_title_among_headings() -> None:
    page = (
        f"{MENU}\n\nGovernments trade accusations\n\nMore from the region\n\n"
        f"Weekly newsletter highlights\n\n{BODY}"
    )
    url = "https://news.example/2024/03/12/governments-trade-accusations"
    assert title_of(page, url) == "Governments trade accusations"


def test_question_headline_at_the_top_of_the_body() -> None:
    page = f"Who fired first at the border crossing?\n\n{BODY}"
    assert title_of(page) == "Who fired first at the border crossing?"


def test_no_title_without_heading_lines() -> None:
    assert title_of(BODY) is None


def test_clean_text_title_leaves_the_body_alone() -> None:
    page = f"{MENU}\n\nBorder clash kills four | Example Daily\n\n12 March 2024\n\n{BODY}"
    result = clean_article(page, "text", url="https://exampledaily.example/a/1")
    assert result.title == "Border clash kills four"
    assert result.text.startswith("Fighting broke out near the border crossing")


def test_known_title_wins() -> None:
    page = f"{MENU}\n\nBorder clash kills four\n\n{BODY}"
    result = clean_article(page, "text", title="Four dead in border clash")
    assert result.title == "Four dead in border clash"
