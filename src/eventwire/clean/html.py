"""Main content of an HTML page: trafilatura first, our line filters after.

trafilatura finds the article subtree well but leaves the edges loose: the headline printed as
the first line, share and "related" lines at the end, a byline or date line at the top. The same
line labels that clean flattened text (:mod:`eventwire.clean.blocks`) trim those edges. When
trafilatura finds nothing, the page is flattened to text and cleaned in text mode instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from rapidfuzz import fuzz

from eventwire.clean.blocks import Line, describe_lines
from eventwire.clean.metadata import is_byline, is_date_line

# Block-level tags: text inside them starts on a new line when a page is flattened.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table td th tr ul br title".split()
)
_XML_DECLARATION = re.compile(r"^\s{0,100}<\?xml[^>]{0,300}\?>")
_SKIPPED_TAGS = frozenset("script style noscript template head svg iframe button select".split())


@dataclass
class HtmlExtraction:
    """Body lines and page metadata extracted from an HTML page."""

    body: str
    title: str | None
    date: str | None
    sitename: str | None
    notes: list[str]


def extract_html(html: str, url: str | None) -> HtmlExtraction:
    """Extract the article body and metadata from an HTML page.

    Returns:
        The body (paragraphs as lines; empty when nothing usable was found) and the title,
        date (ISO string) and site name from the page metadata when present.
    """
    import trafilatura  # deferred: importing it costs ~0.5 s that text-mode callers never need

    notes: list[str] = []
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        with_metadata=True,
    )
    if document is None or not (document.text or "").strip():
        notes.append("trafilatura found no main content; flattened the page instead")
        return HtmlExtraction(flatten_html(html), None, None, None, notes)
    title = (document.title or "").strip() or None
    body = trim_extracted(document.text, title, notes)
    return HtmlExtraction(body, title, document.date, document.sitename, notes)


def trim_extracted(text: str, title: str | None, notes: list[str]) -> str:
    """Drop headline, byline/date and furniture lines from the edges of extracted text."""
    lines = describe_lines(text)
    start, end = 0, len(lines)
    while start < end and _is_edge_furniture(lines[start], title, at_top=True):
        start += 1
    while end > start and _is_edge_furniture(lines[end - 1], title, at_top=False):
        end -= 1
    trimmed = start + len(lines) - end
    if trimmed:
        notes.append(f"trimmed {trimmed} headline/byline/furniture lines from the body's edges")
    kept = [line.text for line in lines[start:end]]
    return "\n".join(kept)


def _is_edge_furniture(line: Line, title: str | None, *, at_top: bool) -> bool:
    if line.label == "junk":
        return True
    if at_top:
        if title and fuzz.ratio(title.lower(), line.text.lower()) >= 90:
            return True
        return is_byline(line.text) or is_date_line(line.text)
    return False


def flatten_html(html: str) -> str:
    """Visible text of a page, one block element per line (for pages trafilatura rejects)."""
    # lxml refuses a str that still carries an XML encoding declaration (XHTML pages).
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    pieces: list[str] = []
    _collect_text(root, pieces)
    return "\n".join(" ".join(line.split()) for line in "".join(pieces).split("\n"))


def _collect_text(element: etree._Element, pieces: list[str]) -> None:
    # Iterative, because deeply nested junk HTML would exhaust Python's recursion limit.
    stack: list[tuple[etree._Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag in _BLOCK_TAGS:
                pieces.append("\n")
            if node.tail:
                pieces.append(node.tail)
            continue
        if tag in _SKIPPED_TAGS or not isinstance(node.tag, str):
            if node.tail:
                pieces.append(node.tail)
            continue
        if tag in _BLOCK_TAGS:
            pieces.append("\n")
        if node.text:
            pieces.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
