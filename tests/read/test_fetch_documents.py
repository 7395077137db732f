"""Fetching feeds and pages from a local site: metadata carried, politeness kept, failures named."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from read_site import ETAG, LAST_MODIFIED, FakeTime, LocalSite

from eventwire.read.fetch import (
    FetchSettings,
    FetchState,
    JsonFetchState,
    fetch_documents,
    read_feed_list,
)
from eventwire.read.fetch_payload import document_id_for_url
from eventwire.read.fetch_state import FetchStateUnreadable, PageValidators
from eventwire.read.inputs import InputFailure, RawDocument


def _settings(fake_time: FakeTime, **changes: object) -> FetchSettings:
    base = FetchSettings(timeout_s=5.0, retries=3, backoff_s=0.5, per_host_interval_s=0.0,
                         sleep=fake_time.sleep, clock=fake_time.clock)
    return replace(base, **changes)


def _fetch(site: LocalSite, fake_time: FakeTime, urls: list[str] = (), feeds: list[str] = (),
           state: FetchState | None = None, **changes: object) -> list[RawDocument | InputFailure]:
    return list(fetch_documents([site.url(u) for u in urls], [site.url(f) for f in feeds],
                                state=state if state is not None else FetchState(),
                                settings=_settings(fake_time, **changes)))


def test_rss_feed_entries_become_documents_with_entry_metadata(site: LocalSite,
                                                              fake_time: FakeTime) -> None:
    one, two = _fetch(site, fake_time, feeds=["/feed.rss"])
    assert isinstance(one, RawDocument) and isinstance(two, RawDocument)
    assert one.url == site.url("/news/one")
    assert one.origin == one.url
    assert one.id == document_id_for_url(one.url)
    assert one.title == "Ministers meet in Valletta"
    assert one.outlet == "Harbour Gazette"
    assert one.published == "2025-03-03T08:30:00+00:00"
    assert one.raw_format == "html"
    assert "Foreign ministers met in Valletta" in one.content
    assert two.published is None
    assert two.title == "Port strike ends"


def test_atom_feed_resolves_relative_links_and_respects_robots(site: LocalSite,
                                                              fake_time: FakeTime) -> None:
    three, secret = _fetch(site, fake_time, feeds=["/feed.atom"])
    assert isinstance(three, RawDocument)
    assert three.url == site.url("/news/three")
    assert three.outlet == "Atom Wire"
    assert three.published == "2025-03-05T11:15:00+00:00"
    assert secret == InputFailure(site.url("/private/secret"), "disallowed by robots.txt")
    assert "/private/secret" not in site.paths_requested()


def test_robots_txt_is_fetched_once_per_host(site: LocalSite, fake_time: FakeTime) -> None:
    before = len(site.paths_requested())
    _fetch(site, fake_time, urls=["/news/one", "/news/three"], feeds=["/feed.rss"])
    assert site.paths_requested()[before:] == [
        "/robots.txt", "/feed.rss", "/news/one", "/news/two", "/news/three"]


def test_missing_robots_txt_allows_everything(site: LocalSite, fake_time: FakeTime) -> None:
    port = site.base.rsplit(":", 1)[1]
    url = f"http://localhost:{port}/private/secret"
    items = list(fetch_documents([url], state=FetchState(), settings=_settings(fake_time)))
    assert [type(item) for item in items] == [RawDocument]


def test_conditional_get_sends_validators_and_304_yields_nothing(site: LocalSite,
                                                                fake_time: FakeTime) -> None:
    state = FetchState()
    first = _fetch(site, fake_time, urls=["/cached"], state=state)
    assert [type(item) for item in first] == [RawDocument]
    assert state.validators_for(site.url("/cached")) == PageValidators(
        etag=ETAG, last_modified=LAST_MODIFIED,
        content_sha256=state.validators_for(site.url("/cached")).content_sha256)
    second = _fetch(site, fake_time, urls=["/cached"], state=state)
    assert second == []
    last_request = site.headers_of("/cached")[-1]
    assert last_request["if-none-match"] == ETAG
    assert last_request["if-modified-since"] == LAST_MODIFIED


def test_unchanged_body_without_validators_yields_nothing(site: LocalSite,
                                                         fake_time: FakeTime) -> None:
    state = FetchState()
    assert len(_fetch(site, fake_time, urls=["/unchanging"], state=state)) == 1
    assert _fetch(site, fake_time, urls=["/unchanging"], state=state) == []


def test_unchanged_feed_is_not_read_again(site: LocalSite, fake_time: FakeTime) -> None:
    state = FetchState()
    assert len(_fetch(site, fake_time, feeds=["/feed.rss"], state=state)) == 2
    before = len(site.paths_requested())
    assert _fetch(site, fake_time, feeds=["/feed.rss"], state=state) == []
    assert site.paths_requested()[before:] == ["/robots.txt", "/feed.rss"]


def test_feed_with_a_failed_entry_is_read_again(site: LocalSite, fake_time: FakeTime) -> None:
    state = FetchState()
    _fetch(site, fake_time, feeds=["/feed.atom"], state=state)
    assert state.validators_for(site.url("/feed.atom")) is None
    assert state.validators_for(site.url("/news/three")) is not None


def test_503_twice_then_success_is_retried_with_exponential_backoff(
        site: LocalSite, fake_time: FakeTime) -> None:
    (page,) = _fetch(site, fake_time, urls=["/flaky/backoff"])
    assert isinstance(page, RawDocument)
    assert "The page came back." in page.content
    assert fake_time.sleeps == [0.5, 1.0]


def test_retry_after_is_honoured_up_to_the_cap(site: LocalSite, fake_time: FakeTime) -> None:
    (page,) = _fetch(site, fake_time, urls=["/busy/7"])
    assert isinstance(page, RawDocument)
    (capped,) = _fetch(site, fake_time, urls=["/busy/900"], max_retry_after_s=30.0)
    assert isinstance(capped, RawDocument)
    assert fake_time.sleeps == [7.0, 30.0]


def test_retries_give_up_with_the_last_error(site: LocalSite, fake_time: FakeTime) -> None:
    items = _fetch(site, fake_time, urls=["/always-503"], retries=2)
    assert items == [InputFailure(site.url("/always-503"),
                                  "HTTP 503 Service Unavailable (after 3 attempts)")]
    assert fake_time.sleeps == [0.5, 1.0]


def test_requests_to_one_host_are_spaced_by_the_interval(site: LocalSite,
                                                        fake_time: FakeTime) -> None:
    _fetch(site, fake_time, urls=["/news/one", "/news/two", "/news/three"],
           per_host_interval_s=2.5)
    # robots.txt and three pages: three waits of the full interval on a clock that stands still.
    assert fake_time.sleeps == [2.5, 2.5, 2.5]


@pytest.mark.parametrize(
    "path,changes,reason",
    [
        ("/missing", {}, "HTTP 404 Not Found"),
        ("/big", {"max_bytes": 1000}, "response over the 1000 bytes cap"),
        ("/big-stream", {"max_bytes": 1000}, "response over the 1000 bytes cap"),
        ("/slow", {"timeout_s": 0.2, "retries": 0}, "timed out after 0.2 s"),
        ("/image.png", {}, "not an HTML or text page (Content-Type: image/png)"),
        ("/private/secret", {}, "disallowed by robots.txt"),
    ],
)
def test_page_failures_name_the_url_and_the_reason(site: LocalSite, fake_time: FakeTime,
                                                  path: str, changes: dict[str, object],
                                                  reason: str) -> None:
    items = _fetch(site, fake_time, urls=[path], **changes)
    assert items == [InputFailure(site.url(path), reason)]


def test_default_cap_is_named_in_megabytes() -> None:
    from eventwire.read.fetch_payload import describe_size

    assert describe_size(FetchSettings().max_bytes) == "20 MB"


@pytest.mark.parametrize("path", ["/not-a-feed", "/garbage-feed"])
def test_feed_that_is_not_xml_fails_once(site: LocalSite, fake_time: FakeTime,
                                         path: str) -> None:
    (failure,) = _fetch(site, fake_time, feeds=[path])
    assert isinstance(failure, InputFailure)
    assert failure.origin == site.url(path)
    assert failure.reason.startswith("feed is not RSS/Atom XML: ")


def test_one_bad_url_does_not_stop_the_rest(site: LocalSite, fake_time: FakeTime) -> None:
    items = _fetch(site, fake_time, urls=["/missing", "/news/two"], feeds=["/not-a-feed"])
    assert [type(item) for item in items] == [InputFailure, InputFailure, RawDocument]


def test_unreachable_host_fails_its_urls(fake_time: FakeTime) -> None:
    items = list(fetch_documents(["http://127.0.0.1:9/page", "ftp://example.invalid/x"],
                                 state=FetchState(),
                                 settings=_settings(fake_time, retries=1)))
    assert [item.origin for item in items] == ["http://127.0.0.1:9/page",
                                               "ftp://example.invalid/x"]
    assert items[0].reason.startswith("robots.txt of http://127.0.0.1:9 unavailable (could not")
    assert items[1].reason == "not an http(s) URL with a host name"


def test_json_state_round_trips_and_reports_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "fetch-state.json"
    state = JsonFetchState(path)
    state.remember("https://a.example/x", PageValidators(etag='"1"', content_sha256="ab"))
    state.save()
    again = JsonFetchState(path)
    assert again.validators_for("https://a.example/x") == PageValidators(etag='"1"',
                                                                         content_sha256="ab")
    assert json.loads(path.read_text())["version"] == 1
    path.write_text("{not json")
    with pytest.raises(FetchStateUnreadable, match="delete .* to start afresh"):
        JsonFetchState(path)


def test_feed_list_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# regional outlets\nhttps://a.example/rss\n\n  https://b.example/atom  \n"
                    "   # disabled: https://c.example/rss\n")
    assert read_feed_list(path) == ["https://a.example/rss", "https://b.example/atom"]
