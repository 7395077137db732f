"""Fetch article pages over HTTP, directly or through RSS/Atom feeds, as raw documents.

A feed entry carries what the page itself often hides: its title, its publication date and the
outlet (the feed's title); those travel with the fetched page into the :class:`RawDocument`.
Fetching is polite (robots.txt, per-host rate limit, conditional GET; see
:mod:`eventwire.read.fetch_http`) and every URL that fails becomes an :class:`InputFailure`
naming it, so one dead link never stops a run.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import httpx

from eventwire.read.fetch_http import (
    DEFAULT_FETCH_SETTINGS,
    FetchedPage,
    FetchFailed,
    FetchSettings,
    PoliteFetcher,
)
from eventwire.read.fetch_payload import (
    UndecodableInput,
    content_sha256,
    decode_payload,
    document_id_for_url,
    format_for_content_type,
    media_type_of,
)
from eventwire.read.fetch_state import FetchState, JsonFetchState, PageValidators
from eventwire.read.inputs import InputFailure, RawDocument

__all__ = [
    "FetchSettings",
    "FetchState",
    "JsonFetchState",
    "fetch_documents",
    "read_feed_list",
]


def fetch_documents(
    urls: Sequence[str] = (),
    feeds: Sequence[str] = (),
    *,
    state: FetchState,
    settings: FetchSettings = DEFAULT_FETCH_SETTINGS,
    client: httpx.Client | None = None,
) -> Iterator[RawDocument | InputFailure]:
    """Fetch the article pages of ``feeds``' entries, then the pages in ``urls``.

    Args:
        urls: article pages to fetch directly.
        feeds: RSS/Atom feed URLs; each entry's linked page is fetched, carrying the entry's
            title, link and date and the feed's title as outlet.
        state: conditional-GET validators; updated in memory, saved by the caller once the
            documents are stored.
        settings: timeouts, size cap, retries, rate limit and user agent.
        client: an ``httpx.Client`` to use (kept open); by default one is made and closed.

    Returns:
        An iterator of one :class:`RawDocument` per new or changed page and one
        :class:`InputFailure` per URL that could not be used. Pages answering ``304 Not
        Modified``, or sending a body identical to the last one, yield nothing.
    """
    own_client = client is None
    http = client if client is not None else httpx.Client(follow_redirects=True)
    try:
        fetcher = PoliteFetcher(http, settings)
        seen: set[str] = set()
        for feed_url in feeds:
            yield from _fetch_feed(fetcher, feed_url.strip(), state, seen)
        for url in urls:
            url = url.strip()
            if url in seen:
                continue
            seen.add(url)
            item = _fetch_page(fetcher, url, state)
            if item is not None:
                yield item
    finally:
        if own_client:
            http.close()


def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs from a file: one per line; blank lines and lines starting with ``#`` skipped."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def _fetch_feed(
    fetcher: PoliteFetcher, feed_url: str, state: FetchState, seen: set[str]
) -> Iterator[RawDocument | InputFailure]:
    previous = state.validators_for(feed_url)
    outcome = fetcher.get(feed_url, previous.request_headers() if previous else None)
    if isinstance(outcome, FetchFailed):
        yield InputFailure(feed_url, outcome.reason)
        return
    if not isinstance(outcome, FetchedPage):
        return
    validators = _validators_of(outcome)
    if previous is not None and previous.content_sha256 == validators.content_sha256:
        return
    parsed = feedparser.parse(
        io.BytesIO(outcome.body),
        response_headers={
            "content-type": outcome.headers.get("Content-Type", ""),
            "content-location": feed_url,
        },
    )
    if not parsed.entries and (parsed.bozo or not parsed.version):
        problem = parsed.get("bozo_exception") or "no <rss>, <feed> or <rdf:RDF> root element"
        yield InputFailure(feed_url, f"feed is not RSS/Atom XML: {_one_line(problem)}")
        return
    outlet = _clean(parsed.feed.get("title"))
    entries_failed = False
    for number, entry in enumerate(parsed.entries, start=1):
        link = _clean(entry.get("link"))
        if link is None:
            yield InputFailure(f"{feed_url}#entry-{number}", "feed entry has no link")
            continue
        url = urljoin(feed_url, link)
        if url in seen:
            continue
        seen.add(url)
        item = _fetch_page(
            fetcher,
            url,
            state,
            outlet=outlet,
            title=_clean(entry.get("title")),
            published=_entry_published(entry),
        )
        if isinstance(item, InputFailure):
            entries_failed = True
        if item is not None:
            yield item
    # A feed whose entries all worked is not re-read until it changes; one with a failed entry
    # is, so that the failed page gets another try on the next run.
    if not entries_failed:
        state.remember(feed_url, validators)


def _fetch_page(
    fetcher: PoliteFetcher,
    url: str,
    state: FetchState,
    *,
    outlet: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> RawDocument | InputFailure | None:
    previous = state.validators_for(url)
    outcome = fetcher.get(url, previous.request_headers() if previous else None)
    if isinstance(outcome, FetchFailed):
        return InputFailure(url, outcome.reason)
    if not isinstance(outcome, FetchedPage):
        return None
    content_type = outcome.headers.get("Content-Type")
    raw_format = format_for_content_type(content_type, outcome.body)
    if raw_format is None:
        shown = media_type_of(content_type) or "none"
        return InputFailure(url, f"not an HTML or text page (Content-Type: {shown})")
    validators = _validators_of(outcome)
    if previous is not None and previous.content_sha256 == validators.content_sha256:
        state.remember(url, validators)
        return None
    try:
        text = decode_payload(outcome.body, content_type)
    except UndecodableInput as error:
        return InputFailure(url, str(error))
    if not text.strip():
        return InputFailure(url, "page is empty")
    state.remember(url, validators)
    return RawDocument(
        id=document_id_for_url(url),
        content=text,
        raw_format=raw_format,
        origin=url,
        url=url,
        outlet=outlet,
        title=title,
        published=published,
    )


def _validators_of(page: FetchedPage) -> PageValidators:
    return PageValidators(
        etag=page.headers.get("ETag"),
        last_modified=page.headers.get("Last-Modified"),
        content_sha256=content_sha256(page.body),
    )


def _entry_published(entry: feedparser.FeedParserDict) -> str | None:
    """The entry's date as ISO 8601 UTC; feedparser has already normalised it to UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime(*parsed[:6], tzinfo=UTC).isoformat()
            except (TypeError, ValueError):
                continue
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _one_line(problem: object) -> str:
    text = " ".join(str(problem).split())
    return text[:200] or type(problem).__name__
