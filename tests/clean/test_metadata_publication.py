"""Publication dates found in page lines, and page titles freed of the site's name."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.clean import clean_article
from eventwire.clean.headline import choose_page_title, page_headings, strip_site_name
from eventwire.clean.publication_date import (
    date_from_url,
    find_publication_date,
    publication_date_in,
    slashed_dates_day_first,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 5. März 2021", dt.date(2021, 3, 5)),
        ("Stand: 12.04.2022", dt.date(2022, 4, 12)),
        ("Posted on Okt 13, 2022 | Umwelt", dt.date(2022, 10, 13)),
        ("4 de maio de 2022, 05:34 h", dt.date(2022, 5, 4)),
        ("Miércoles 04 mayo de 2022 | 01:10", dt.date(2022, 5, 4)),
        ("jeudi 13 juin 2019, par la rédaction", dt.date(2019, 6, 13)),
        ("Swantje Schemmerling | 06.11.23", dt.date(2023, 11, 6)),
        ("18. 05. 2014 22:38", dt.date(2014, 5, 18)),
        # published and updated printed back to back: the first date is read whole
        ("Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko", dt.date(2019, 2, 10)),
        ("15 августа 2016, 13:43", dt.date(2016, 8, 15)),
        ("Version 4.47.4 released", None),
    ],
)
def test_publication_date_in(text: str, expected: dt.date | None) -> None:
    assert publication_date_in(text) == expected


def test_slashed_dates_follow_the_pages_order() -> None:
    assert publication_date_in("03/04/2022", day_first=False) == dt.date(2022, 3, 4)
    assert slashed_dates_day_first(["Posted 03/04/2022", "Comment 01/23/2022"]) is False
    assert slashed_dates_day_first(["Posted 03/04/2022", "Comment 17/11/2022"]) is True
    assert slashed_dates_day_first(["no dates here"]) is True


@pytest.mark.parametrize(
    ("url", "day", "month"),
    [
        ("https://example.org/2019/09/21/a-story/", dt.date(2019, 9, 21), None),
        ("https://example.org/news/2020-01-18-a-story", dt.date(2020, 1, 18), None),
        ("https://example.org/2019/10/a-story/", None, (2019, 10)),
        ("https://example.org/article/123456", None, None),
        (None, None, None),
    ],
)
def test_date_from_url(url: str | None, day: dt.date | None, month: tuple | None) -> None:
    assert date_from_url(url) == (day, month)


PAGE = [
    "Home", "Politics", "© 2019 The Daily Example",
    "Rebels take the northern town after a week of fighting",
    "Last updated: 14 March 2024",
    "Published: 12 March 2024",
    "Rebels took control of the town on Sunday after a week of heavy fighting, residents said.",
    "The army withdrew to positions on the river, a spokesman said on 3 March 2024.",
    "Comments",
    "jdoe 20 March 2024",
]  # fmt: skip


def test_published_line_beats_updated_copyright_prose_and_comments() -> None:
    found = find_publication_date(PAGE, anchor=3, body_end=8)
    assert found is not None
    assert (found.value.value, found.how) == (dt.date(2024, 3, 12), "published line")


def test_updated_line_is_used_when_nothing_better() -> None:
    page = [line for line in PAGE if not line.startswith("Published")]
    found = find_publication_date(page, anchor=3, body_end=7)
    assert found is not None and found.how == "updated line"


def test_copyright_year_is_not_a_publication_date() -> None:
    assert find_publication_date(["© 12.03.2019 Example Media", "Headline here"], 1, 2) is None


def test_url_day_stands_in_and_confirms() -> None:
    url = "https://example.org/2024/03/14/rebels-take-town"
    found = find_publication_date(["Headline of the story", "Body text."], 0, 2, url)
    assert found is not None and (found.value.value, found.how) == (dt.date(2024, 3, 14), "url")
    # A plain date line that agrees with the URL wins over an earlier "updated" one.
    found = find_publication_date(["Updated 16 March 2024", "14 March 2024", "Text."], 1, 3, url)
    assert found is not None and found.value.value == dt.date(2024, 3, 14)


def test_text_mode_reads_the_date_line_above_the_headline() -> None:
    body = (
        "Rebels took control of the northern town on Sunday after a week of heavy fighting "
        "with government forces, residents and officials told reporters by telephone."
    )
    page = "\n\n".join(
        ["Home", "World", "Veröffentlicht am 5. März 2021", "Rebels take northern town", body,
         body.replace("Sunday", "Monday"), "© 2020 Example Media"]
    )  # fmt: skip
    result = clean_article(page, "text", url="https://example.org/world/rebels-take-northern-town")
    assert result.published is not None
    assert result.published.value.value == dt.date(2021, 3, 5)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rebels take northern town | Daily Example", "Rebels take northern town"),
        ("Rebels take northern town - dailyexample.com", "Rebels take northern town"),
        ("Daily Example › Rebels take northern town", "Rebels take northern town"),
        ("Rebels take town - after a week", "Rebels take town - after a week"),
        ("Rebels take northern town", "Rebels take northern town"),
    ],
)  # fmt: skip
def test_strip_site_name(title: str, expected: str) -> None:
    assert strip_site_name(title, ["Daily Example", "dailyexample.com", "dailyexample"]) == expected


def test_page_headings_read_h1_text() -> None:
    html = '<h1 class="x">Rebels <em>take</em> town &amp; bridge</h1><p>x</p><H1>Second</H1>'
    assert page_headings(html) == ["Rebels take town & bridge", "Second"]


@pytest.mark.parametrize(
    ("declared", "headings", "expected"),
    [
        # the on-page headline is the part of the declared title that is the article's
        ("Section - Rebels take northern town - Daily Example", ["Rebels take northern town"],
         "Rebels take northern town"),
        # a declared title that is only the site's name gives way to the page heading
        ("Daily Example", ["Daily Example", "Rebels take northern town"],
         "Rebels take northern town"),
        # no heading: the declared title without the site's name
        ("Rebels take northern town | Daily Example", [], "Rebels take northern town"),
        (None, ["Rebels take northern town"], "Rebels take northern town"),
    ],
)  # fmt: skip
def test_choose_page_title(declared: str | None, headings: list[str], expected: str) -> None:
    sites = ["Daily Example", "dailyexample.com", "dailyexample"]
    assert choose_page_title(declared, headings, sites) == expected
