"""robots.txt answers the local site does not give: empty, forbidden, server error."""

from __future__ import annotations

import httpx
import pytest
from read_site import FakeTime

from eventwire.read.fetch import FetchSettings, FetchState, fetch_documents
from eventwire.read.inputs import InputFailure, RawDocument

PAGE = b"<html><body><p>Talks resumed on Tuesday.</p></body></html>"


def _client_with_robots(status: int, body: bytes) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(status, content=body)
        return httpx.Response(200, content=PAGE, headers={"Content-Type": "text/html"})

    return httpx.Client(transport=httpx.MockTransport(answer))


@pytest.mark.parametrize(
    "status,body,expected",
    [
        (200, b"", None),
        (200, b"# nothing but a comment\n", None),
        (404, b"", None),
        (410, b"", None),
        (200, b"User-agent: eventwire\nDisallow: /\n", "disallowed by robots.txt"),
        (200, b"User-agent: otherbot\nDisallow: /\n", None),
        (403, b"", "disallowed by robots.txt"),
        (500, b"", "robots.txt of https://news.example unavailable (HTTP 500 Internal Server "
                   "Error (after 2 attempts)); not fetching from that host until it can be read"),
    ],
)
def test_robots_answers(status: int, body: bytes, expected: str | None) -> None:
    fake_time = FakeTime()
    settings = FetchSettings(retries=1, sleep=fake_time.sleep, clock=fake_time.clock)
    with _client_with_robots(status, body) as client:
        (item,) = fetch_documents(["https://news.example/world/talks"], state=FetchState(),
                                  settings=settings, client=client)
    if expected is None:
        assert isinstance(item, RawDocument)
    else:
        assert item == InputFailure("https://news.example/world/talks", expected)


def test_crawl_delay_longer_than_the_interval_is_honoured() -> None:
    fake_time = FakeTime()
    settings = FetchSettings(per_host_interval_s=1.0, sleep=fake_time.sleep,
                             clock=fake_time.clock)
    with _client_with_robots(200, b"User-agent: *\nCrawl-delay: 5\n") as client:
        items = list(fetch_documents(["https://news.example/a", "https://news.example/b"],
                                     state=FetchState(), settings=settings, client=client))
    assert [type(item) for item in items] == [RawDocument, RawDocument]
    assert fake_time.sleeps == [5.0, 5.0]
