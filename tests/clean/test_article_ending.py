"""Where the article stops: closing furniture, detached tails and teaser lines inside the body."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_lines
from eventwire.clean.ending import is_closing_line, phrase_kinds, trim_detached_tail

BODY = [
    "The city council voted on Tuesday to close the old bridge over the river for repairs, "
    "after engineers found cracks in two of its supporting pillars during a routine check.",
    "Drivers will have to use the ring road for at least six months, and the council said it "
    "would add two bus lines to carry commuters from the northern suburbs to the centre.",
    "Shop owners near the bridge warned that they would lose customers while it is closed and "
    "asked the council for help with their rents until the work is finished next year.",
    "The mayor said the repairs would cost about four million euros, most of it paid by the "
    "regional government, and that the bridge should reopen before the summer festival.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact"]


@pytest.mark.parametrize(
    "closing",
    [
        # Calls to subscribe, in several languages.
        "Get the latest news from the city straight to your inbox with our free newsletter.",
        "Möchten Sie unseren Newsletter erhalten? Hier können Sie sich kostenlos eintragen.",
        # A one-line hook to more reading.
        "Want more stories like this?",
        # The author's biography.
        "Jane Miller is a senior reporter at the Courier, covering city hall and transport.",
        # Comment rules with a multi-word form phrase.
        "Please note that comments are moderated and may take a few hours to appear below.",
    ],
)
def test_closing_line_after_the_body_is_trimmed(closing: str) -> None:
    page = "\n".join([*MENU, *BODY, closing, *MENU])
    assert clean_article(page, "text").text == "\n".join(BODY)


def test_a_closing_looking_line_high_in_the_body_stays() -> None:
    # Trimming stops at the first line from the end that reads like the article.
    question = "What did the engineers find?"
    page = "\n".join([*MENU, BODY[0], question, *BODY[1:], *MENU])
    assert question in clean_article(page, "text").text


def test_prose_with_a_single_form_word_is_not_closing_furniture() -> None:
    # "register" alone is as often news as a login form.
    (line,) = describe_lines(
        "Groups of more than ten visitors are asked to register a few days in advance."
    )
    assert "form" in line.kinds
    assert not is_closing_line(line)


def test_closing_furniture_never_takes_most_of_the_body() -> None:
    # A page that is all about its newsletter keeps its text: there is no other article.
    lines = [
        "Subscribe to our newsletter to get the best recipes of the week in your inbox!",
        "Our newsletter subscribers also get a free e-book with twenty quick weekday dinners.",
    ]
    result = clean_article("\n".join([*MENU, *lines, *MENU]), "text")
    assert result.text != ""


def test_phrase_kinds_finds_phrases_in_long_lines() -> None:
    text = " ".join(BODY) + " Subscribe now for unlimited access."
    assert "promo" in phrase_kinds(text)
    assert "promo" not in phrase_kinds(" ".join(BODY))


def test_small_stretch_cut_off_below_the_body_is_dropped() -> None:
    blurb = "Our magazine has covered the region's politics and culture since 1985."
    page = "\n".join([*MENU, *BODY, "About us", "Our team", blurb, *MENU])
    assert clean_article(page, "text").text == "\n".join(BODY)


def test_closing_paragraph_after_a_sub_heading_stays() -> None:
    # One heading line is the article's own sub-heading, not a gap before a site blurb.
    ending = "Work on the bridge is expected to start in March."
    page = "\n".join([*MENU, *BODY, "What happens next", ending, *MENU])
    assert clean_article(page, "text").text.endswith(ending)


def test_detached_tail_of_a_large_share_stays() -> None:
    lines = describe_lines("\n".join([*BODY[:2], "Photo", "Gallery", *BODY[2:]]))
    assert trim_detached_tail(lines, 0, len(lines)) == len(lines)


def test_long_heading_shaped_line_inside_the_body_is_a_teaser() -> None:
    teaser = "Council approves new budget for schools and roads despite protests from opposition"
    page = "\n".join([*MENU, *BODY[:2], teaser, *BODY[2:], *MENU])
    text = clean_article(page, "text").text
    assert teaser not in text
    assert text == "\n".join(BODY)


def test_short_sub_heading_inside_the_body_stays() -> None:
    page = "\n".join([*MENU, *BODY[:2], "Costs and funding", *BODY[2:], *MENU])
    assert "Costs and funding" in clean_article(page, "text").text


def test_thread_header_comment_by_is_a_form_line() -> None:
    (line,) = describe_lines("Comment by Anna Schmidt — 17.07.2011 @ 13:04")
    assert "form" in line.kinds
    assert line.label == "junk"
