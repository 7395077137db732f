"""Author bios inside the chosen body: told by their grammar, kept out only where they stand."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.profiles import byline_names, is_author_bio, is_bio_heading

HEADLINE = "Port workers strike over pay as talks with the shipping companies stall"
BODY = [
    "Thousands of port workers walked off the job on Tuesday after talks with the shipping "
    "companies over pay and working hours broke down late on Monday night.",
    "The union said the strike would last at least three days and could be extended if the "
    "companies did not return to the table with a better offer for its members.",
    "Roxanne Delgado, founder of a tenants' association near the docks, said the strike had "
    "the support of most families in the neighbourhood, whatever it costs them.",
    "The transport ministry urged both sides to resume negotiations and warned that exports "
    "of grain and fuel could be delayed for weeks if the ports stay closed.",
]


def _page(*extra_top: str, tail: list[str]) -> str:
    return "\n\n".join([HEADLINE, *extra_top, *BODY, *tail])


@pytest.mark.parametrize(
    "line",
    [
        "Will Knight is a senior writer for the Herald, covering artificial intelligence. He "
        "was previously an editor at a technology magazine.",
        "Candice Sealey is the Founder & Principal Consultant at Ignite, a marketing firm.",
        "Moritz Gathmann leitet das Ressort Außenpolitik. Er studierte Geschichte in Berlin.",
        "Celia Parbey ist Redakteurin bei einer Wochenzeitung und lebt in Berlin.",
        "Marie Dupont est journaliste indépendante et vit à Lyon.",
        "Ana Torres es periodista y escribe sobre política latinoamericana.",
        "Jane Doe covers energy and climate policy for the paper.",
        "Marco Kratzenberg, Experte für Windows, Software und Internetrecht.",
    ],
)
def test_bio_is_recognised(line: str) -> None:
    assert is_author_bio(line)


@pytest.mark.parametrize(
    "line",
    [
        # A determiner makes the subject a thing, however capitalised its noun is.
        "The Agency is a partner of the ministry in the reconstruction programme.",
        "Die Kanzlerin ist Expertin für Energiepolitik und hat das Gesetz verteidigt.",
        # "intern" is a job, "internationalen" is not.
        "Stop Killer Robots ist ein globaler Zusammenschluss von mehr als 180 internationalen "
        "Organisationen.",
        # One capitalised word opens sentences as often as it is a first name.
        "Researchers is what they called themselves, not journalists.",
        "Officials said the reporter had been released on Monday.",
    ],
)
def test_article_sentence_is_not_a_bio(line: str) -> None:
    assert not is_author_bio(line)


def test_byline_name_makes_any_third_person_line_a_bio() -> None:
    line = "TIM ANDERSON has done many amazing things in his short life. Well, two of them."
    assert not is_author_bio(line)
    assert is_author_bio(line, {"tim anderson"})


def test_byline_names_need_two_words() -> None:
    from eventwire.clean.blocks import describe_lines

    lines = describe_lines("By Tim Anderson\n\nVon Risiken und Nebenwirkungen")
    assert byline_names(lines) == {"tim anderson", "tim", "anderson"}


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("About the author", True), ("Über die Autorin:", True), ("Zur Person", False)],
)
def test_bio_heading(heading: str, expected: bool) -> None:
    assert is_bio_heading(heading) is expected


def test_closing_bio_is_trimmed_and_quoted_founder_stays() -> None:
    # "Will" is also a modal verb: the name must still count as one.
    bio = (
        "Will Knight is a senior reporter at the Coastal Herald, covering labour and trade. He "
        "previously worked as a correspondent in Rotterdam."
    )
    result = clean_article(_page(tail=[bio]), "text")
    assert result.text == "\n".join(BODY)


def test_closing_paragraph_with_a_name_stays() -> None:
    # A last paragraph whose subject is a person but whose predicate is news is the article's.
    last = (
        "Peter Hansen, the union leader, said on Wednesday that the strike would go on until the "
        "companies made a new offer to the dock workers and their families."
    )
    result = clean_article(_page(tail=[last]), "text")
    assert result.text.endswith(last)


def test_byline_bio_under_the_byline_is_dropped() -> None:
    bio = (
        "Jacob Wade is a finance writer who has covered trade, shipping and tax issues for more "
        "than a decade."
    )
    result = clean_article(_page("By Jacob Wade", bio, tail=[]), "text")
    assert bio not in result.text
    assert BODY[0] in result.text and BODY[-1] in result.text


def test_bio_under_an_about_the_author_heading_is_dropped() -> None:
    bio = "Martin has worked as a port engineer since 2007 and lives in Hamburg with his family."
    extra = BODY[1].replace("three days", "a week")
    result = clean_article(_page(tail=["About the author", bio, extra]), "text")
    assert bio not in result.text
    assert "About the author" not in result.text


def test_author_box_with_name_on_its_own_line() -> None:
    from eventwire.clean.blocks import describe_lines

    lines = describe_lines("By\nJacob Wade\n\nVerified by Marisa Figat")
    assert {"jacob wade", "marisa figat", "marisa"} <= byline_names(lines)
    assert is_author_bio(
        "Marisa is a Compliance Manager with expertise in credit cards.", {"marisa"}
    )
