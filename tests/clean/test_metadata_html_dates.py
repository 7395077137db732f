"""Publication dates of HTML pages: metadata checked against the page's printed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.clean import clean_article
from eventwire.clean.publication_date import (
    publication_date_in,
    reconcile_publication_dates,
    slashed_dates_day_first,
)
from eventwire.model import DateValue, Found


def printed(day: dt.date, how: str = "date line") -> Found[DateValue]:
    return Found(DateValue(day, "day", "explicit", how), how)


def chosen(found: Found[DateValue] | None) -> tuple[dt.date, str] | None:
    return None if found is None else (found.value.value, found.how)


D = dt.date


@pytest.mark.parametrize(
    ("declared", "on_page", "url", "expected"),
    [
        (D(2021, 3, 4), None, None, (D(2021, 3, 4), "html metadata")),
        (None, printed(D(2021, 3, 4)), None, (D(2021, 3, 4), "date line")),
        (D(2021, 3, 4), printed(D(2021, 3, 4)), None, (D(2021, 3, 4), "html metadata")),
        # a day apart: the page's local day, not the metadata's UTC stamp
        (D(2021, 3, 4), printed(D(2021, 3, 5)), None, (D(2021, 3, 5), "date line")),
        (D(2021, 3, 5), printed(D(2021, 3, 4)), None, (D(2021, 3, 4), "date line")),
        # further apart: the later date; an older printed date is a teaser's
        (D(2021, 1, 20), printed(D(2021, 3, 4)), None, (D(2021, 3, 4), "date line")),
        (D(2021, 3, 4), printed(D(2020, 6, 1)), None, (D(2021, 3, 4), "html metadata")),
        # the URL's day settles a disagreement
        (D(2021, 3, 4), printed(D(2021, 5, 9)), "https://x.example/2021/03/04/a",
         (D(2021, 3, 4), "html metadata")),
        # 1 January in metadata is a bare year unless the page prints that day
        (D(2004, 1, 1), None, None, None),
        (D(2004, 1, 1), printed(D(2019, 6, 13)), None, (D(2019, 6, 13), "date line")),
        (D(2024, 1, 1), printed(D(2024, 1, 1)), None, (D(2024, 1, 1), "html metadata")),
    ],
)  # fmt: skip
def test_reconcile_publication_dates(
    declared: dt.date | None,
    on_page: Found[DateValue] | None,
    url: str | None,
    expected: tuple[dt.date, str] | None,
) -> None:
    assert chosen(reconcile_publication_dates(declared, on_page, url)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("macbacchi28.09.1912:44", D(2019, 9, 28)),  # two-digit year with the time glued on
        ("28.09.201912:44", D(2019, 9, 28)),
        ("28.09.2019 12:44", D(2019, 9, 28)),
        ("Stand 12.10.2019: neue Zahlen", D(2019, 10, 12)),
    ],
)
def test_dates_with_a_time_glued_on(text: str, expected: dt.date) -> None:
    assert publication_date_in(text) == expected


def test_url_month_orders_ambiguous_slashed_dates() -> None:
    lines = ["By Jane Doe • 11/08/23 5:19pm"]
    assert slashed_dates_day_first(lines) is True
    assert slashed_dates_day_first(lines, url_month=(2023, 11)) is False
    assert slashed_dates_day_first(lines, url_month=(2023, 8)) is True
    # an unambiguous date on the page outranks the URL
    assert slashed_dates_day_first(["25/03/2023", *lines], url_month=(2023, 11)) is True


PARAGRAPHS = "".join(
    f"<p>Paragraph {number}: the ministry said the border crossing would stay closed while "
    "officials from both governments met to discuss the fighting, and residents who fled "
    "the area were told to wait before returning to their homes.</p>"
    for number in range(1, 7)
)


def page(meta_date: str, printed_line: str) -> str:
    return (
        "<html><head><title>Border crossing stays closed | Example Daily</title>"
        f'<meta property="article:published_time" content="{meta_date}">'
        "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
        f"<h1>Border crossing stays closed</h1><p class='date'>{printed_line}</p>"
        f"{PARAGRAPHS}</article><footer>© 2004 Example Daily</footer></body></html>"
    )


def test_html_page_prints_its_local_day() -> None:
    html = page("2021-03-11T23:30:00+00:00", "Published: 12 March 2021")
    result = clean_article(html, "html", url="https://exampledaily.example/border")
    assert chosen(result.published) == (D(2021, 3, 12), "published line")


def test_html_metadata_date_kept_when_the_page_agrees() -> None:
    html = page("2021-03-12T08:00:00+00:00", "Published: 12 March 2021")
    result = clean_article(html, "html", url="https://exampledaily.example/border")
    assert chosen(result.published) == (D(2021, 3, 12), "html metadata")
