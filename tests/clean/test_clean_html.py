"""HTML mode: trafilatura extraction, edge trimming, page metadata, broken pages."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.clean import clean_article
from eventwire.clean.html import flatten_html

PARAGRAPHS = [
    "Protesters gathered outside the parliament in Tbilisi on Sunday evening for a fourth "
    "night, demanding that the government withdraw a draft law on foreign agents.",
    "Police used water cannon and tear gas to push the crowd back from the main entrance, "
    "and the interior ministry said that dozens of people had been detained overnight.",
    "The ruling party says the bill is needed to make the funding of civil groups more "
    "transparent, while critics say it copies a Russian law used to silence dissent.",
]
PAGE = f"""<!DOCTYPE html><html><head>
<title>Georgia protests enter fourth night | Caucasus Daily</title>
<meta property="og:title" content="Georgia protests enter fourth night">
<meta property="og:site_name" content="Caucasus Daily">
<meta property="article:published_time" content="2024-05-12T21:30:00+04:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button></div>
<article><h1>Georgia protests enter fourth night</h1>
<p class="byline">By Nino Beridze</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
<div class="share">Share <a>Facebook</a> <a>Twitter</a></div>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Election date set</a></li></ul></aside>
<footer>© 2024 Caucasus Daily. All rights reserved.</footer>
</body></html>"""


def test_html_body_and_metadata() -> None:
    result = clean_article(PAGE, "html", url="https://www.caucasus-daily.example/world/1")
    assert result.text.split("\n") == PARAGRAPHS
    assert result.title == "Georgia protests enter fourth night"
    assert result.language == "en" and result.rejected is None
    assert result.published is not None
    assert result.published.value.value == dt.date(2024, 5, 12)
    assert result.published.how == "html metadata"
    assert result.outlet is not None and result.outlet.value == "caucasus-daily.example"


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html><body></body></html>",
        "<html><head><title>x</title></head><body><nav>Home | News</nav></body></html>",
        "<<<>>><div><p>unclosed <b>tags <i>everywhere" * 3,
        "<html>" + "<div>" * 5000 + "deep" + "</div>" * 10,
        "\x00\x01\x02 binary \x03\x04" * 100,
    ],
)
def test_broken_or_empty_pages_are_rejections(page: str) -> None:
    result = clean_article(page, "html")
    assert result.rejected is not None
    assert result.rejected.stage in ("clean", "language")


def test_flatten_html_puts_blocks_on_lines() -> None:
    text = flatten_html(
        "<body><p>One <b>bold</b> line</p><div>Two</div><script>x=1</script></body>"
    )
    assert [line for line in text.split("\n") if line] == ["One bold line", "Two"]


def test_flatten_html_reads_xhtml_with_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="UTF-8"?>\n<html><body><p>Text here</p></body></html>'
    assert flatten_html(page).strip() == "Text here"
