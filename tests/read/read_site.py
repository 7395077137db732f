"""A local news site for fetch tests: feeds, pages, robots.txt and every kind of bad answer.

``serve_site`` runs it on 127.0.0.1, on a free port, in a background thread until its block
ends. ``localhost`` reaches the same server but is a different host to the
fetcher, and there robots.txt is missing (404), which means "everything allowed".
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ETAG = '"page-v1"'
LAST_MODIFIED = "Tue, 04 Mar 2025 08:00:00 GMT"
SLOW_PAGE_DELAY_S = 1.0


def article(title: str, body: str) -> bytes:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<p>{body}</p></body></html>").encode()


PAGES = {
    "/news/one": article("Ministers meet in Valletta",
                         "Foreign ministers met in Valletta on Monday to discuss fisheries."),
    "/news/two": article("Port strike ends", "Dock workers returned to work after four days."),
    "/news/three": article("Border talks", "Negotiators agreed to meet again next month."),
    "/private/secret": article("Hidden", "Robots must not read this."),
    "/cached": article("Cached page", "This page rarely changes."),
    "/unchanging": article("Static page", "This page never changes and sends no validators."),
}

RSS_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>http://example.invalid/</link>
<description>News</description>
<item><title>Ministers meet in Valletta</title><link>{base}/news/one</link>
<pubDate>Mon, 03 Mar 2025 09:30:00 +0100</pubDate></item>
<item><title>Port strike ends</title><link>{base}/news/two</link></item>
</channel></rss>"""

ATOM_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:atom-wire</id>
<updated>2025-03-05T12:00:00Z</updated>
<entry><title>Border talks</title><id>urn:three</id><link href="/news/three"/>
<updated>2025-03-05T11:15:00Z</updated></entry>
<entry><title>Secret</title><id>urn:secret</id><link href="/private/secret"/>
<updated>2025-03-05T11:00:00Z</updated></entry>
</feed>"""


@dataclass
class LocalSite:
    """The running server: its base URL and every request it has seen."""

    base: str
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def paths_requested(self, host: str = "127.0.0.1") -> list[str]:
        with self.lock:
            return [path for seen_host, path, _ in self.requests if seen_host.startswith(host)]

    def headers_of(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [headers for _, seen, headers in self.requests if seen == path]


def _handler_for(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

        def do_GET(self) -> None:  # noqa: N802
            host = self.headers.get("Host", "")
            with site.lock:
                site.requests.append((host, self.path, {k.lower(): v for k, v in
                                                        self.headers.items()}))
                site.counters[self.path] = site.counters.get(self.path, 0) + 1
                count = site.counters[self.path]
            try:
                self._answer(host, count)
            except (BrokenPipeError, ConnectionResetError):
                # The fetcher gave up (timeout, size cap); nothing left to say.
                pass

        def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None, length: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if length:
                self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _answer(self, host: str, count: int) -> None:
            path = self.path
            if path == "/robots.txt":
                if host.startswith("localhost"):
                    self._send(404, b"no robots here", "text/plain")
                else:
                    self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed.rss":
                self._send(200, RSS_FEED.replace(b"{base}", site.base.encode()),
                           "application/rss+xml")
            elif path == "/feed.atom":
                self._send(200, ATOM_FEED, "application/atom+xml")
            elif path == "/not-a-feed":
                self._send(200, article("Welcome", "This is a home page, not a feed."))
            elif path == "/garbage-feed":
                self._send(200, b"\x00\x01\x02 <<<>>> not xml at all", "application/xml")
            elif path == "/cached":
                conditional = (self.headers.get("If-None-Match") == ETAG
                               or self.headers.get("If-Modified-Since") == LAST_MODIFIED)
                if conditional:
                    self._send(304, b"", headers={"ETag": ETAG}, length=False)
                else:
                    self._send(200, PAGES[path],
                               headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})
            elif path.startswith("/flaky/"):
                if count <= 2:
                    self._send(503, b"busy, try later", "text/plain")
                else:
                    self._send(200, article("Recovered", "The page came back."))
            elif path.startswith("/busy/"):
                if count == 1:
                    self._send(429, b"slow down", "text/plain",
                               headers={"Retry-After": path.rsplit("/", 1)[-1]})
                else:
                    self._send(200, article("Patience", "Thanks for waiting."))
            elif path == "/always-503":
                self._send(503, b"down", "text/plain")
            elif path == "/big":
                self._send(200, article("Big", "word " * 2000))
            elif path == "/big-stream":
                # No Content-Length: only counting streamed bytes can catch this one.
                self._send(200, article("Big", "word " * 2000), length=False)
            elif path == "/slow":
                time.sleep(SLOW_PAGE_DELAY_S)
                self._send(200, article("Slow", "Eventually."))
            elif path == "/image.png":
                self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00", "image/png")
            elif path in PAGES:
                self._send(200, PAGES[path])
            else:
                self._send(404, b"not found", "text/plain")

    return Handler


class FakeTime:
    """A clock that only moves when someone sleeps, recording every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds




@contextmanager
def serve_site() -> Iterator[LocalSite]:
    """Run the site until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(LocalSite("")))
    site = LocalSite(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler_for(site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
