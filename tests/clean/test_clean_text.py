"""Text mode: flattened page text full of web furniture → article body and metadata."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from eventwire.clean import Cleaned, UnknownRawFormat, clean_article
from eventwire.model import Rejection

BODY = [
    "Israeli jets struck a weapons depot near the southern city of Tyre on Monday, "
    "the army said, the third such raid on the area in a week.",
    "Lebanon's health ministry said two people were wounded in the strike and that "
    "rescue teams were still searching the rubble of a nearby building.",
    "The army said the depot belonged to Hezbollah and had been used to store rockets "
    "that were fired at northern Israel over the weekend.",
    "Talks on a lasting ceasefire are due to resume in Cairo later this month, "
    "according to two officials familiar with the negotiations.",
]
HEADLINE = "Israeli jets strike weapons depot near Tyre"


def scraped_page(body: list[str], *, first_prefix: str = "") -> str:
    furniture_top = [
        "Akzeptieren Sie Cookies? Wir verwenden Cookies und ähnliche Technologien, um "
        "Inhalte zu personalisieren. Weitere Informationen finden Sie in unserer "
        "Datenschutzerklärung.",
        "Alle akzeptieren",
        "Home",
        "World",
        "Middle East",
        "Business",
        "Home World Middle East " + HEADLINE,
        HEADLINE,
        "By Jane Doe",
        "Posted: 02-Jan-2023",
        "20",
        "0",
        "Share",
        "Tweet",
    ]
    furniture_bottom = [
        "Related stories",
        "Ceasefire talks stall as both sides trade blame",
        "Oil prices rise on Middle East supply fears",
        "Sign up for our newsletter",
        "LEAVE A REPLY",
        "Please enter your comment!",
        "Please enter your name here",
        "© 2023 Example News. All rights reserved.",
    ]
    paragraphs = list(body)
    paragraphs[0] = first_prefix + paragraphs[0]
    return "\n\n".join(furniture_top + paragraphs + furniture_bottom)


@pytest.fixture(scope="module")
def cleaned() -> Cleaned:
    return clean_article(scraped_page(BODY), "text", url="https://www.example-news.com/a/1")


def test_keeps_every_article_paragraph(cleaned: Cleaned) -> None:
    assert cleaned.text.split("\n") == BODY


@pytest.mark.parametrize(
    "furniture",
    ["Cookies", "Alle akzeptieren", "Home", "Share", "Tweet", "LEAVE A REPLY",
     "Please enter", "newsletter", "All rights reserved", "Related stories", "By Jane Doe"],
)  # fmt: skip
def test_drops_page_furniture(cleaned: Cleaned, furniture: str) -> None:
    assert furniture not in cleaned.text


def test_counters_are_not_body(cleaned: Cleaned) -> None:
    assert "20" not in cleaned.text.split("\n") and "0" not in cleaned.text.split("\n")


def test_metadata(cleaned: Cleaned) -> None:
    assert cleaned.title == HEADLINE
    assert cleaned.language == "en"
    assert cleaned.rejected is None
    assert cleaned.published is not None
    assert cleaned.published.value.value == dt.date(2023, 1, 2)
    assert cleaned.published.value.precision == "day"
    assert cleaned.published.value.basis == "explicit"
    assert cleaned.outlet is not None and cleaned.outlet.value == "example-news.com"
    assert cleaned.outlet.how == "url"
    assert "removed cookie/consent notice" in cleaned.notes


def test_wire_dateline_becomes_metadata() -> None:
    page = scraped_page(BODY, first_prefix="BEIRUT, March 3 (Reuters) - ")
    result = clean_article(page, "text")
    assert result.text.split("\n")[0] == BODY[0]
    assert result.outlet is not None
    assert (result.outlet.value, result.outlet.how) == ("Reuters", "agency tag")


def test_paragraph_in_another_language_is_dropped() -> None:
    turkish = (
        "Sitelerimizde reklam ve pazarlama faaliyetlerinin yürütülmesi amaçları ile "
        "bilgiler kullanılmaktadır ve bu bilgiler sizin için daha iyi bir deneyim sağlar."
    )
    result = clean_article("\n\n".join([*BODY[:2], turkish, *BODY[2:]]), "text")
    assert result.text.split("\n") == BODY
    assert "dropped 1 paragraph in 'tr'" in result.notes


def test_article_in_german_is_rejected_but_kept() -> None:
    german = [
        "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Ukraine im "
        "kommenden Jahr deutlich zu erhöhen, wie ein Sprecher in Berlin mitteilte.",
        "Nach Angaben des Ministeriums sollen die zusätzlichen Mittel vor allem für die "
        "Luftverteidigung und für den Wiederaufbau der Energieversorgung verwendet werden.",
    ]
    result = clean_article("\n\n".join(german), "text")
    assert result.language == "de"
    assert result.rejected == Rejection("language", "language 'de'; the coder handles English")
    assert result.text.split("\n") == german


@pytest.mark.parametrize(
    "raw",
    ["", "   \n\n  ", "Home\nNews\nShare\n20\n0\nLEAVE A REPLY", "\x00\x01\x02\x03" * 50],
)
def test_nothing_usable_is_a_rejection_not_a_crash(raw: str) -> None:
    result = clean_article(raw, "text")
    assert result.text == ""
    assert result.rejected is not None and result.rejected.stage == "clean"


def test_binary_bytes_are_rejected() -> None:
    result = clean_article(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4, "text")  # type: ignore[arg-type]
    assert result.rejected is not None and "binary" in result.rejected.reason


def test_unknown_format_names_the_valid_ones() -> None:
    with pytest.raises(UnknownRawFormat, match="use one of text, html"):
        clean_article("x", "pdf")  # type: ignore[arg-type]


def test_huge_single_line_is_linear() -> None:
    line = "the army said that " * 25_000 + "((((" * 2000 + "aaaa " * 10_000
    started = time.perf_counter()
    clean_article(line, "text")
    assert time.perf_counter() - started < 5.0


def test_stored_text_is_normalised() -> None:
    page = "\n\n".join(
        BODY[:1] + ["Iran\u2019s army and inter\u00adnational\u00a0observers said so. " * 3]
    )
    result = clean_article(page, "text")
    assert "\u00ad" not in result.text and "\u00a0" not in result.text
    assert "Iran\u2019s army and international observers" in result.text


@pytest.mark.parametrize(
    "typographic",
    [
        "Iran\u2019s",  # curly apostrophe
        "\u2018Operation Dawn\u2019",  # single curly quotes
        "\u201cwe will respond\u201d",  # double curly quotes
        "\u201ewir stehen bereit\u201c",  # German low-high quotes
        "\u00abnous r\u00e9pondrons\u00bb",  # guillemets
        "pro\u2011Iranian",  # non-breaking hyphen
        "pro\u2010Iranian",  # hyphen
        "2\u2212 1",  # minus sign
        "Tehran \u2013 Baghdad",  # en dash
        "said \u2014 and",  # em dash
        "5\u2032 long",  # prime
        "wait\u2026",  # ellipsis
    ],
)
def test_typographic_characters_survive_cleaning(typographic: str) -> None:
    # The stored text is what the publisher wrote: a quotation copied from the page must match.
    sentence = f"Officials said {typographic} was mentioned in the statement on Monday evening."
    page = "\n\n".join(BODY[:2] + [sentence] + BODY[2:])
    result = clean_article(page, "text")
    assert result.rejected is None
    assert sentence in result.text
