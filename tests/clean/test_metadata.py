"""Dates, datelines, bylines and outlets read around the article body."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.clean.metadata import (
    agency_in,
    is_byline,
    is_date_line,
    outlet_from_url,
    parse_absolute_date,
    split_dateline,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted: 02-Jan-2023", dt.date(2023, 1, 2)),
        ("2023.05.14 09:30 GMT+3", dt.date(2023, 5, 14)),
        ("November 18, 2019 11:03 PM", dt.date(2019, 11, 18)),
        ("Published 3 March 2024", dt.date(2024, 3, 3)),
        ("14.05.2023, 09:30 Uhr", dt.date(2023, 5, 14)),
        ("Veröffentlicht am 7. Oktober 2022", dt.date(2022, 10, 7)),
        ("Sunday", None),
        ("March 3", None),  # no year: resolved later by the dating stage
        ("2023.13.45", None),  # not a calendar date
    ],
)
def test_parse_absolute_date(text: str, expected: dt.date | None) -> None:
    assert parse_absolute_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted: 02-Jan-2023", True),
        ("2023.05.14 09:30 GMT+3", True),
        ("The ceasefire signed on 3 March 2024 collapsed within a week of fighting.", False),
        ("Share", False),
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe", True),
        ("By JANE DOE and John Roe, Reuters", True),
        ("By the end of the week the army had withdrawn from the town.", False),
        ("von Anna Schmidt und Jonas Weber", True),
        ("By Ursula von der Leyen", True),
        ("Von der Leyen will Kriegsland Ukraine schneller in die EU holen", False),
        ("By Grandland standards the rally was small", False),
    ],
)
def test_is_byline(text: str, expected: bool) -> None:
    assert is_byline(text) is expected


def test_split_dateline_reuters() -> None:
    rest, match = split_dateline("BEIRUT, March 3 (Reuters) - Israeli jets struck a depot.")
    assert rest == "Israeli jets struck a depot."
    assert match is not None and match.group("agency") == "Reuters"
    assert match.group("date") == "March 3"


def test_split_dateline_leaves_ordinary_paragraphs() -> None:
    paragraph = "Israeli jets struck a depot (Reuters reported) on Monday."
    assert split_dateline(paragraph) == (paragraph, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("(AP) — Officials said", "Associated Press"), ("text (AFP) more", "AFP"), ("none", None)],
)
def test_agency_in(text: str, expected: str | None) -> None:
    assert agency_in(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.reuters.com/world/x", "reuters.com"),
        ("http://m.bbc.co.uk/news", "bbc.co.uk"),
        ("aljazeera.com/news/1", "aljazeera.com"),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, expected: str | None) -> None:
    assert outlet_from_url(url) == expected
