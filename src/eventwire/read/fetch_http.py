"""Polite HTTP GETs: robots.txt, a per-host rate limit, retries with backoff, a size cap.

Every request to a host waits until ``per_host_interval_s`` (or the host's robots.txt
Crawl-delay, if longer) has passed since the previous one. Connect errors, timeouts, 429 and
5xx are retried with exponential backoff, honouring ``Retry-After`` up to a cap. Bodies are
streamed and abandoned as soon as they pass ``max_bytes``. Each outcome is a value — a page, "not
modified", or a one-line failure reason — so one bad URL never stops a run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.robotparser import RobotFileParser

import httpx

from eventwire.read.fetch_payload import describe_size

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# A crawl-delay above this is treated as this: some sites ask for minutes between requests.
MAX_CRAWL_DELAY_S = 30.0


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how patiently to fetch. ``sleep``/``clock`` are injectable for tests."""

    timeout_s: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 3
    backoff_s: float = 1.0
    max_retry_after_s: float = 60.0
    per_host_interval_s: float = 1.0
    user_agent: str = "eventwire/0.1 (+https://github.com/eventwire)"
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)


DEFAULT_FETCH_SETTINGS = FetchSettings()


@dataclass(frozen=True)
class FetchedPage:
    """A 200 response read in full."""

    url: str
    headers: httpx.Headers
    body: bytes


@dataclass(frozen=True)
class NotModified:
    """The server answered 304 to our conditional GET: nothing new."""

    url: str


@dataclass(frozen=True)
class FetchFailed:
    """The URL could not be fetched; ``reason`` is one line for the user."""

    url: str
    reason: str


FetchOutcome = FetchedPage | NotModified | FetchFailed


class _OverCap(Exception):
    pass


class _TooSlow(Exception):
    pass


class PoliteFetcher:
    """GETs through one ``httpx.Client`` with robots.txt, rate limit, retries and size cap."""

    def __init__(self, client: httpx.Client, settings: FetchSettings):
        self.client = client
        self.settings = settings
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | FetchFailed] = {}

    def get(self, url: str, headers: dict[str, str] | None = None) -> FetchOutcome:
        """Fetch ``url`` if robots.txt allows it, retrying what is worth retrying."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as error:
            return FetchFailed(url, f"not a valid URL: {error}")
        if parsed.scheme not in ("http", "https") or not parsed.host:
            return FetchFailed(url, "not an http(s) URL with a host name")
        robots = self._robots_for(parsed)
        if isinstance(robots, FetchFailed):
            return FetchFailed(url, robots.reason)
        if not robots.can_fetch(self.settings.user_agent, url):
            return FetchFailed(url, "disallowed by robots.txt")
        return self._get_with_retries(url, parsed, headers or {})

    def _robots_for(self, parsed: httpx.URL) -> RobotFileParser | FetchFailed:
        host_key = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        if host_key not in self._robots:
            self._robots[host_key] = self._load_robots(host_key, parsed)
        return self._robots[host_key]

    def _load_robots(self, host_key: str, parsed: httpx.URL) -> RobotFileParser | FetchFailed:
        robots_url = f"{host_key}/robots.txt"
        robots = RobotFileParser(robots_url)
        outcome = self._get_with_retries(robots_url, parsed, {})
        if isinstance(outcome, FetchedPage):
            robots.parse(outcome.body.decode("utf-8", errors="replace").splitlines())
            # parse() only marks the rules as read when it meets a User-agent line; without
            # this an empty robots.txt would forbid everything instead of allowing it.
            robots.modified()
        elif isinstance(outcome, FetchFailed):
            status = _status_of(outcome.reason)
            if status in (401, 403):
                robots.disallow_all = True
            elif status is None or status >= 500:
                # RFC 9309: an unreachable robots.txt means "assume everything is disallowed".
                return FetchFailed(
                    robots_url,
                    f"robots.txt of {host_key} unavailable ({outcome.reason}); "
                    "not fetching from that host until it can be read",
                )
            else:
                robots.allow_all = True
        else:
            robots.allow_all = True
        return robots

    def _get_with_retries(
        self, url: str, parsed: httpx.URL, headers: dict[str, str]
    ) -> FetchOutcome:
        settings = self.settings
        attempts = settings.retries + 1
        for attempt in range(attempts):
            retry_after: float | None = None
            try:
                outcome, retryable, retry_after = self._get_once(url, parsed, headers)
            except (httpx.TimeoutException, _TooSlow):
                outcome = FetchFailed(url, f"timed out after {settings.timeout_s} s")
                retryable = True
            except httpx.TransportError as error:
                detail = str(error) or type(error).__name__
                outcome, retryable = FetchFailed(url, f"could not connect: {detail}"), True
            except _OverCap:
                cap = describe_size(settings.max_bytes)
                return FetchFailed(url, f"response over the {cap} cap")
            if not retryable or attempt == attempts - 1:
                if attempt > 0 and isinstance(outcome, FetchFailed):
                    return FetchFailed(url, f"{outcome.reason} (after {attempt + 1} attempts)")
                return outcome
            backoff = settings.backoff_s * (2**attempt)
            settings.sleep(backoff if retry_after is None else retry_after)
        raise AssertionError("unreachable: the last attempt always returns")

    def _get_once(
        self, url: str, parsed: httpx.URL, headers: dict[str, str]
    ) -> tuple[FetchOutcome, bool, float | None]:
        """One request: the outcome, whether to retry it, and the server's Retry-After."""
        settings = self.settings
        self._wait_for_host(parsed)
        started = settings.clock()
        request_headers = {"User-Agent": settings.user_agent, **headers}
        with self.client.stream(
            "GET", url, headers=request_headers, timeout=settings.timeout_s
        ) as response:
            status = response.status_code
            if status == 304:
                return NotModified(url), False, None
            if status != 200:
                failure = FetchFailed(url, f"HTTP {status} {response.reason_phrase}".strip())
                return failure, status in RETRYABLE_STATUS, self._retry_after(response)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > settings.max_bytes:
                raise _OverCap
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > settings.max_bytes:
                    raise _OverCap
                # httpx's timeout is per read; a server trickling bytes would never trip it.
                if settings.clock() - started > settings.timeout_s:
                    raise _TooSlow
                chunks.append(chunk)
            return FetchedPage(url, response.headers, b"".join(chunks)), False, None

    def _wait_for_host(self, parsed: httpx.URL) -> None:
        host = parsed.host
        interval = self.settings.per_host_interval_s
        robots = self._robots.get(f"{parsed.scheme}://{parsed.netloc.decode('ascii')}")
        if isinstance(robots, RobotFileParser):
            delay = robots.crawl_delay(self.settings.user_agent)
            if delay is not None:
                interval = max(interval, min(float(delay), MAX_CRAWL_DELAY_S))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self.settings.clock()
            if wait > 0:
                self.settings.sleep(wait)
        self._last_request[host] = self.settings.clock()

    def _retry_after(self, response: httpx.Response) -> float | None:
        value = response.headers.get("Retry-After", "").strip()
        delay = _parse_retry_after(value) if value else None
        return None if delay is None else min(delay, self.settings.max_retry_after_s)


def _parse_retry_after(value: str) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _status_of(reason: str) -> int | None:
    if reason.startswith("HTTP ") and reason[5:8].isdigit():
        return int(reason[5:8])
    return None
