"""The clean stage: one raw document in, the article body and its metadata out.

``clean_article`` is a pure function of its input and never raises on bad content: malformed
HTML, binary junk or a page with no article left in it come back as a :class:`Cleaned` with a
typed :class:`~eventwire.model.Rejection`, so one bad page cannot stop a batch.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from eventwire.clean.blocks import Line, describe_lines
from eventwire.clean.foreign import keep_article_language
from eventwire.clean.headline import (
    choose_page_title,
    choose_text_title,
    find_headline,
    page_headings,
    site_names_of,
)
from eventwire.clean.html import extract_html, flatten_html
from eventwire.clean.metadata import (
    agency_in,
    is_byline,
    is_date_line,
    is_field_line,
    outlet_from_copyright,
    outlet_from_masthead,
    outlet_from_url,
    parse_absolute_date,
    published_from_line,
    split_dateline,
)
from eventwire.clean.publication_date import (
    find_publication_date,
    reconcile_publication_dates,
)
from eventwire.clean.selection import select_body
from eventwire.clean.unicode import UndecodableInput, decode_bytes, normalise_unicode
from eventwire.model import DateValue, Found, Rejection

RAW_FORMATS = ("text", "html")
CODER_LANGUAGE = "en"
# How many lines above the body are searched for the date and byline.
_METADATA_WINDOW = 25
# A headline is at most this many lines above the body, not counting furniture, dates, bylines.
_TITLE_GAP_LINES = 5
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_KIND_NOTES = {
    "consent": "removed cookie/consent notice",
    "form": "removed comment or login form",
    "share": "removed share buttons",
    "promo": "removed newsletter/subscription prompt",
    "related": "removed related-story list",
    "footer": "removed footer or menu",
}


class UnknownRawFormat(ValueError):
    """``raw_format`` is neither "text" nor "html"."""


@dataclass
class Cleaned:
    """The article body of one raw document, with its metadata and how each piece was found."""

    text: str
    title: str | None
    language: str | None
    published: Found[DateValue] | None
    outlet: Found[str] | None
    rejected: Rejection | None
    notes: list[str] = field(default_factory=list)


def clean_article(
    raw: str,
    raw_format: Literal["text", "html"],
    *,
    url: str | None = None,
    title: str | None = None,
) -> Cleaned:
    """Turn one raw document into the clean article body plus metadata.

    Args:
        raw: the page (``"html"``) or the text a scraper flattened from it (``"text"``);
            bytes are accepted and decoded with :func:`decode_bytes`.
        raw_format: ``"text"`` or ``"html"``.
        url: where the document came from; gives the outlet and helps find the headline.
        title: a headline already known (from a feed or export), if any.

    Returns:
        A :class:`Cleaned`; ``rejected`` says why the article should not be coded.

    Raises:
        UnknownRawFormat: when ``raw_format`` is not "text" or "html".
    """
    if raw_format not in RAW_FORMATS:
        raise UnknownRawFormat(
            f"raw_format {raw_format!r} is not supported; use one of {', '.join(RAW_FORMATS)}"
        )
    notes: list[str] = []
    if isinstance(raw, bytes | bytearray):
        try:
            raw = decode_bytes(bytes(raw))
        except UndecodableInput as error:
            return _rejected("clean", str(error), title, notes)
    if _looks_binary(raw):
        return _rejected("clean", "input looks binary (control characters), not text", title, notes)
    raw = normalise_unicode(raw)
    known_title = " ".join(normalise_unicode(title).split()) if title else None
    if raw_format == "html":
        return _clean_html(raw, url, known_title, notes)
    return _clean_text(raw, url, known_title, notes, published=None, outlet=None)


def _rejected(stage: str, reason: str, title: str | None, notes: list[str]) -> Cleaned:
    return Cleaned("", title, None, None, None, Rejection(stage, reason), notes)


def _looks_binary(raw: str) -> bool:
    sample = raw[:4000]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.05 * len(sample)


def _clean_html(raw: str, url: str | None, known_title: str | None, notes: list[str]) -> Cleaned:
    try:
        extraction = extract_html(raw, url)
    except (ValueError, TypeError, AttributeError, RecursionError, etree.LxmlError) as error:
        # trafilatura and lxml raise a range of errors on broken markup; all mean "unreadable".
        return _rejected("clean", f"HTML could not be parsed: {error}", known_title, notes)
    notes.extend(extraction.notes)
    outlet = Found(extraction.sitename, "html metadata") if extraction.sitename else None
    site_names = site_names_of(url, extraction.sitename)
    title = known_title or choose_page_title(extraction.title, page_headings(raw), site_names)
    if extraction.title is None:  # flattened page: clean it like scraped text
        published = _published_from_iso(extraction.date)
        return _clean_text(extraction.body, url, title, notes, published=published, outlet=outlet)
    published = reconcile_publication_dates(
        _day_from_iso(extraction.date), _published_on_page(raw, url, title), url
    )
    lines = describe_lines(extraction.body)
    return _finish(lines, url, title, notes, published, outlet, before=[])


def _published_from_iso(value: str | None) -> Found[DateValue] | None:
    day = _day_from_iso(value)
    if day is None:
        return None
    return Found(DateValue(day, "day", "explicit", "html metadata"), "html metadata")


def _day_from_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _published_on_page(raw: str, url: str | None, title: str | None) -> Found[DateValue] | None:
    # trafilatura's extract keeps only the body, and the dated lines sit around the headline,
    # so the whole page is flattened and searched as scraped text would be.
    lines = describe_lines(flatten_html(raw))
    headline = find_headline(lines, url, title)
    selection = select_body(lines, headline)
    return _published_from_page(lines, headline, selection.body, url)


def _clean_text(
    raw: str,
    url: str | None,
    known_title: str | None,
    notes: list[str],
    *,
    published: Found[DateValue] | None,
    outlet: Found[str] | None,
) -> Cleaned:
    lines = describe_lines(raw)
    headline = find_headline(lines, url, known_title)
    selection = select_body(lines, headline)
    # The anchoring headline decides which repeated line leaves the body; the article's title
    # is chosen separately, for what it says.
    title = known_title or (lines[headline].text if headline is not None else None)
    if title is None and selection.before:
        title = _title_from_top(selection.before)
    article_title = known_title or choose_text_title(lines, selection.body, url, headline)
    if outlet is None:
        outlet = _outlet_from_page(lines, selection.body)
    if published is None:
        published = _published_from_page(lines, headline, selection.body, url)
    _note_furniture(lines, selection.body, notes)
    if title is not None:
        repeats = [line for line in selection.body if line.text == title]
        if repeats:
            notes.append("moved the repeated headline out of the body")
            selection.body = [line for line in selection.body if line.text != title]
    return _finish(
        selection.body, url, article_title, notes, published, outlet, before=selection.before
    )


def _title_from_top(before: list[Line]) -> str | None:
    before = [line for line in before if not is_field_line(line.text)]
    counts = Counter(line.text for line in before)
    for line in before:
        if counts[line.text] >= 2 and _heading_like(line):
            return line.text
    # Otherwise the heading just above the body: scrapers often keep only headline + body.
    candidates = [
        line
        for line in before
        if line.label != "junk" and not is_byline(line.text) and not is_date_line(line.text)
    ]
    for line in reversed(candidates[-_TITLE_GAP_LINES:]):
        if _heading_like(line):
            return line.text
    return None


def _published_from_page(
    lines: list[Line], headline: int | None, body: list[Line], url: str | None
) -> Found[DateValue] | None:
    positions = {line.index: position for position, line in enumerate(lines)}
    body_start = positions[body[0].index] if body else len(lines)
    body_end = positions[body[-1].index] + 1 if body else len(lines)
    anchor = headline if headline is not None and headline < body_end else body_start
    return find_publication_date([line.text for line in lines], anchor, body_end, url)


_COPYRIGHT_CUES = ("©", "(c)", "copyright", "rights", "rechte", "droits", "derechos", "diritti")
# The masthead is the first thing on a page; further down, capitalised short lines are menus.
_MASTHEAD_LINES = 3


def _outlet_from_page(lines: list[Line], body: list[Line]) -> Found[str] | None:
    # Copyright lines name the publisher in its own spelling and are the stronger evidence;
    # the footer one comes last on the page, so search upwards.
    in_body = {line.index for line in body}
    for line in reversed(lines):
        lowered = line.text.lower()
        if line.index in in_body or not any(cue in lowered for cue in _COPYRIGHT_CUES):
            continue
        name = outlet_from_copyright(line.text)
        if name is not None:
            return Found(name, "copyright line")
    first_index = body[0].index if body else None
    top = [line for line in lines if first_index is None or line.index < first_index]
    for line in [line for line in top if line.label != "junk"][:_MASTHEAD_LINES]:
        if line.kinds or is_field_line(line.text) or is_byline(line.text):
            continue
        name = outlet_from_masthead(line.text)
        if name is not None:
            return Found(name, "masthead")
        break
    return None


def _heading_like(line: Line) -> bool:
    return (
        line.label in ("short", "fair")
        and 3 <= line.words <= 30
        and not line.text.endswith((".", ",", ";"))
    )


def _note_furniture(lines: list[Line], body: list[Line], notes: list[str]) -> None:
    kept = {line.index for line in body}
    dropped = Counter(kind for line in lines if line.index not in kept for kind in line.kinds)
    notes.extend(_KIND_NOTES[kind] for kind in _KIND_NOTES if dropped[kind])
    counters = sum(1 for line in lines if line.index not in kept and line.text.isdigit())
    if counters:
        notes.append(f"removed {counters} counter lines")


def _finish(
    body: list[Line],
    url: str | None,
    title: str | None,
    notes: list[str],
    published: Found[DateValue] | None,
    outlet: Found[str] | None,
    *,
    before: list[Line],
) -> Cleaned:
    for line in before[-_METADATA_WINDOW:]:
        if published is None and is_date_line(line.text):
            published = published_from_line(line.text, "text")
    paragraphs = [line.text for line in body]
    # Bylines and "Posted:" lines at the top of the body are metadata, not article text.
    while paragraphs and (is_byline(paragraphs[0]) or is_date_line(paragraphs[0])):
        if published is None and is_date_line(paragraphs[0]):
            published = published_from_line(paragraphs[0], "text")
        notes.append(f"moved {'byline' if is_byline(paragraphs[0]) else 'date line'} to metadata")
        paragraphs.pop(0)
    agency = None
    if paragraphs:
        rest, dateline = split_dateline(paragraphs[0])
        if dateline is not None:
            agency = agency_in(dateline.group(0))
            day = parse_absolute_date(dateline.group("date") or "")
            if published is None and day is not None:
                published = Found(DateValue(day, "day", "explicit", "dateline"), "dateline")
            paragraphs[0] = rest
            notes.append("moved the dateline to metadata")
        else:
            agency = agency_in(paragraphs[0])
    outlet = _choose_outlet(agency, url, outlet, notes)
    paragraphs, language = keep_article_language(paragraphs, notes)
    text = "\n".join(paragraphs)
    rejected = None
    if not text.strip():
        rejected = Rejection(
            "clean", "no article text left after removing page furniture (menus, notices, forms)"
        )
    elif language is not None and language != CODER_LANGUAGE:
        rejected = Rejection("language", f"language '{language}'; the coder handles English")
    elif language is None:
        notes.append("language undecidable")
    return Cleaned(text, title, language, published, outlet, rejected, notes)


def _choose_outlet(
    agency: str | None, url: str | None, from_page: Found[str] | None, notes: list[str]
) -> Found[str] | None:
    # A wire story reprinted by a site is the agency's report: counting it as the site's
    # would make two reprints of one wire story look like independent sources.
    host = outlet_from_url(url)
    if agency is not None:
        if host:
            notes.append(f"published on {host}")
        return Found(agency, "agency tag")
    if host:
        return Found(host, "url")
    return from_page
