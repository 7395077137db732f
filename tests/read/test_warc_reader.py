"""WARC and WARC.gz reading: article pages out, everything else skipped, damage reported."""

from __future__ import annotations

import gzip as gzip_module
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.read.fetch_payload import document_id_for_url
from eventwire.read.inputs import InputFailure, RawDocument
from eventwire.read.warc import read_warc

ARTICLE = (
    "<html><head><title>Talks resume</title></head><body><p>Delegations from the two "
    "capitals met in Genève on Tuesday.</p></body></html>"
)


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str | None,
              status: str = "200 OK", extra_headers: list[tuple[str, str]] | None = None) -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    headers += extra_headers or []
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                       length=len(body), http_headers=http)
    writer.write_record(record)


def _crawl(gzip: bool) -> bytes:
    """A small crawl: warcinfo, request, HTML page (latin-1), image, JSON, 404, text page."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    request = StatusAndHeaders("GET /news/talks HTTP/1.1", [("Host", "news.example")],
                               is_http_request=True)
    writer.write_record(writer.create_warc_record(
        "https://news.example/news/talks", "request", payload=io.BytesIO(b""), length=0,
        http_headers=request))
    _response(writer, "https://news.example/news/talks", ARTICLE.encode("latin-1"),
              "text/html; charset=ISO-8859-1")
    _response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    _response(writer, "https://news.example/api/items", b'{"items": []}', "application/json")
    _response(writer, "https://news.example/gone", b"<html>missing</html>", "text/html",
              status="404 Not Found")
    _response(writer, "https://wire.example/brief.txt", "Ceasefire holds – officials.".encode(),
              "text/plain; charset=utf-8")
    return buffer.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("gzip,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_reads_html_and_text_responses_and_skips_the_rest(tmp_path: Path, gzip: bool,
                                                           name: str) -> None:
    path = _write(tmp_path, name, _crawl(gzip))
    items = list(read_warc(path))
    assert all(isinstance(item, RawDocument) for item in items)
    page, brief = items
    assert page.url == "https://news.example/news/talks"
    assert page.raw_format == "html"
    assert "Genève" in page.content
    assert page.origin == f"{path}#record-3"
    assert page.id == document_id_for_url(page.url)
    assert page.published is None
    assert brief.raw_format == "text"
    assert brief.content == "Ceasefire holds – officials."
    assert brief.origin == f"{path}#record-7"


def test_ids_are_stable_and_distinct() -> None:
    first = document_id_for_url("https://news.example/news/talks?page=1")
    assert first == document_id_for_url("https://news.example/news/talks?page=1")
    assert first != document_id_for_url("https://news.example/news/talks?page=2")
    assert first.startswith("news-example-news-talks-")


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_last_record_is_reported_and_earlier_records_kept(tmp_path: Path,
                                                                     gzip: bool) -> None:
    data = _crawl(gzip)
    path = _write(tmp_path, "cut.warc.gz" if gzip else "cut.warc", data[:-40])
    items = list(read_warc(path))
    documents = [item for item in items if isinstance(item, RawDocument)]
    failures = [item for item in items if isinstance(item, InputFailure)]
    assert [d.url for d in documents] == ["https://news.example/news/talks"]
    assert len(failures) == 1
    assert failures[0].origin == f"{path}#record-7"
    assert failures[0].reason.startswith("broken WARC record: ")


def test_truncated_gzip_member_in_the_middle_is_reported(tmp_path: Path) -> None:
    data = _crawl(True)
    cut = len(data) // 2
    path = _write(tmp_path, "half.warc.gz", data[:cut])
    items = list(read_warc(path))
    failures = [item for item in items if isinstance(item, InputFailure)]
    assert len(failures) == 1
    assert failures[0].reason.startswith("broken WARC record: ")
    assert "#record-" in failures[0].origin


def test_corrupt_member_in_the_middle_does_not_stop_later_records(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    _response(writer, "https://a.example/one", b"<html><p>one</p></html>", "text/html")
    first_end = buffer.tell()
    _response(writer, "https://a.example/two", b"<html><p>two</p></html>", "text/html")
    second_end = buffer.tell()
    _response(writer, "https://a.example/three", b"<html><p>three</p></html>", "text/html")
    data = bytearray(buffer.getvalue())
    # Overwrite the deflate data of the second member, keeping its gzip header.
    for position in range(first_end + 12, second_end - 8):
        data[position] = 0xFF
    path = _write(tmp_path, "damaged.warc.gz", bytes(data))
    items = list(read_warc(path))
    urls = [item.url for item in items if isinstance(item, RawDocument)]
    failures = [item for item in items if isinstance(item, InputFailure)]
    assert urls == ["https://a.example/one", "https://a.example/three"]
    assert len(failures) == 1
    assert failures[0].origin == f"{path}#record-2"


def test_bad_chunked_encoding_fails_only_that_record(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    _response(writer, "https://a.example/chunked", b"zz\r\n<html>broken</html>\r\n0\r\n\r\n",
              "text/html", extra_headers=[("Transfer-Encoding", "chunked")])
    _response(writer, "https://a.example/fine", b"5\r\n<p>ok\r\n0\r\n\r\n", "text/html",
              extra_headers=[("Transfer-Encoding", "chunked")])
    path = _write(tmp_path, "chunked.warc.gz", buffer.getvalue())
    first, second = read_warc(path)
    assert isinstance(first, InputFailure)
    assert first.origin == f"{path}#record-1"
    assert first.reason.startswith("broken WARC record: bad chunked encoding")
    assert isinstance(second, RawDocument)
    assert second.content == "<p>ok"


def test_gzip_content_encoding_and_a_wrong_charset_are_handled(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    _response(writer, "https://a.example/zipped", gzip_module.compress(ARTICLE.encode()),
              "text/html; charset=utf-8", extra_headers=[("Content-Encoding", "gzip")])
    # Declared UTF-8, sent as cp1252: the declared charset fails and the guess takes over.
    _response(writer, "https://a.example/mislabelled",
              "<html><p>Déclaration commune signée à Genève aujourd'hui</p></html>".encode(
                  "cp1252"), "text/html; charset=utf-8")
    path = _write(tmp_path, "encodings.warc.gz", buffer.getvalue())
    zipped, mislabelled = read_warc(path)
    assert isinstance(zipped, RawDocument) and "Genève" in zipped.content
    assert isinstance(mislabelled, RawDocument) and "signée à Genève" in mislabelled.content


def test_bad_http_headers_fail_the_record(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    # Written by hand: warcio's writer refuses to build a record with broken HTTP headers.
    block = b"NOT-HTTP\x00\x01 garbage\r\n\r\n<html></html>"
    buffer.write(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/bad\r\n"
        b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n" + block + b"\r\n\r\n"
    )
    _response(writer, "https://a.example/good", b"<html><p>good</p></html>", "text/html")
    path = _write(tmp_path, "headers.warc", buffer.getvalue())
    items = list(read_warc(path))
    assert isinstance(items[0], InputFailure)
    assert items[0].origin == f"{path}#record-1"
    assert [item.url for item in items if isinstance(item, RawDocument)] == [
        "https://a.example/good"]


@pytest.mark.parametrize(
    "data,reason_start",
    [
        (b"", "WARC file is empty"),
        (b"this is not an archive at all\n" * 5, "not a readable WARC file: "),
        (b"\x1f\x8b\x08\x00garbage-after-a-gzip-header", "not a readable WARC file: "),
    ],
)
def test_unreadable_file_gives_one_failure_naming_it(tmp_path: Path, data: bytes,
                                                     reason_start: str) -> None:
    path = _write(tmp_path, "junk.warc.gz", data)
    items = list(read_warc(path))
    assert len(items) == 1
    assert isinstance(items[0], InputFailure)
    assert items[0].origin == str(path)
    assert items[0].reason.startswith(reason_start)


def test_missing_file_is_one_failure(tmp_path: Path) -> None:
    items = list(read_warc(tmp_path / "absent.warc"))
    assert items == [InputFailure(str(tmp_path / "absent.warc"),
                                  "cannot read WARC file: No such file or directory")]
