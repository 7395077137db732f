"""Where the body starts: share rows between headline and text, a standfirst above a headline
found further down, and invitations to comment that close a post."""

from __future__ import annotations

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_lines
from eventwire.clean.ending import is_closing_line
from eventwire.clean.selection import select_body

OPENING = (
    "A senior prison official has said in a sworn statement that the island's only jail "
    "cannot hold inmates who are determined to escape, because its fences are too low and "
    "half of its cells were built for a much lower category of prisoner."
)
SHOP_FOOTER = [
    "Pay securely with your credit card.",
    "Click here to view our refund policy today.",
    "About us",
    "We are the most trusted news source on the islands.",
]


def test_share_rows_do_not_push_the_opening_paragraph_away_from_its_headline() -> None:
    page = "\n".join(
        [
            "Home",
            "News",
            "Prison official says anyone could escape from the island jail",
            "By",
            "Jane Doe",
            "May 4, 2022",
            *["Twitter", "WhatsApp", "Telegram", "Facebook", "Pinterest", "Reddit"],
            OPENING,
            "Related Videos",
            *[f"Topic {number}" for number in range(12)],
            *SHOP_FOOTER,
        ]
    )
    cleaned = clean_article(
        page,
        "text",
        url="https://example.org/2022/05/04/prison-official-anyone-could-escape-from-island-jail/",
    )
    assert cleaned.text == OPENING


STANDFIRST = (
    "The facelift goes well beyond the usual touches: we drove the new plug-in hybrid for "
    "two weeks on motorways, in town and on snowy mountain passes."
)
REVIEW = [
    "Normally a facelift means a new grille and a few details, but this time the maker "
    "changed the whole platform so that the car can take a plug-in hybrid drive.",
    "The interior is where the car shines: the seats are heated and cooled, the screens are "
    "large and sharp, and the controls are where the hand expects them to be.",
    "On a full battery the car covered fifty kilometres without starting its engine, and "
    "used four and a half litres per hundred kilometres over the whole test.",
]


def test_standfirst_above_the_body_is_kept_when_the_headline_is_found_below() -> None:
    lines = describe_lines(
        "\n".join(
            [
                "Home",
                "Cars",
                "Reviews",
                STANDFIRST,
                "Thursday, 4 November 2021",
                "by",
                "the editors",
                "in section:",
                "> Reviews",
                *REVIEW,
                "Specifications",
                "Hybrid SUV Luxury Line Plug-in AWD",
            ]
        )
    )
    headline = len(lines) - 1  # a repeated model name in the spec table won the headline
    body = [line.text for line in select_body(lines, headline).body]
    assert body[0] == STANDFIRST
    assert body[1:] == REVIEW


def test_invitations_to_comment_close_a_post() -> None:
    for text in (
        "Tell us in the comments: what does winning the award mean to you?",
        "Verraten Sie gerne in den Kommentaren: Was bedeutet der Preis für Sie?",
        "We want to hear what you think about this article.",
    ):
        assert is_closing_line(describe_lines(text)[0]), text
    news = describe_lines(
        "The committee said the comments of the minister were taken into account in its "
        "final report, which runs to more than two hundred pages."
    )[0]
    assert not is_closing_line(news)
