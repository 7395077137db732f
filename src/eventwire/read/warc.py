"""Read article pages out of WARC and WARC.gz web archives; a broken record never stops the rest.

Only ``response`` records with HTTP 200 and an HTML or plain-text payload become documents;
requests, metadata, redirects and images are skipped without a word because an archive of a
crawl is mostly those. A record that cannot be read (truncated gzip member, bad headers, bad
chunked encoding) becomes an :class:`InputFailure` naming the record, and reading resumes at the
next record boundary found in the file.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataException, ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from eventwire.read.fetch_payload import (
    UndecodableInput,
    decode_payload,
    describe_size,
    document_id_for_url,
    format_for_content_type,
)
from eventwire.read.inputs import MAX_INPUT_BYTES, InputFailure, RawDocument

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/"
_SCAN_CHUNK_BYTES = 1 << 16
# What warcio and zlib raise on damaged data; anything else is a bug and should surface.
_BROKEN_RECORD_ERRORS = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    zlib.error,
    EOFError,
    ValueError,
    IndexError,
)


class _BrokenRecord(Exception):
    """A record whose payload could not be read; the message is the reason."""


def read_warc(path: Path) -> Iterator[RawDocument | InputFailure]:
    """Article pages from one WARC or WARC.gz file.

    Args:
        path: the archive; gzip is detected from its first bytes, not its name.

    Returns:
        An iterator of one :class:`RawDocument` per HTTP 200 HTML/text response record
        (``origin`` is ``path#record-N``, counting every record from 1) and one
        :class:`InputFailure` per broken record; one failure naming the file when nothing in
        it can be read.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError as error:
        yield InputFailure(str(path), f"cannot read WARC file: {error.strerror or error}")
        return
    with handle:
        if size == 0:
            yield InputFailure(str(path), "WARC file is empty")
            return
        yield from _read_archive(handle, path, size)


def _read_archive(handle: BinaryIO, path: Path, size: int) -> Iterator[RawDocument | InputFailure]:
    magic = _GZIP_MAGIC if handle.read(2) == _GZIP_MAGIC[:2] else _WARC_MAGIC
    number = 0
    start = 0
    resyncing = False
    # Every pass starts strictly after the previous one, so the loop ends.
    while start < size:
        handle.seek(start)
        records = ArchiveIterator(handle)
        failed_at: int | None = None
        reason = ""
        clean_here = 0
        try:
            for record in records:
                number += 1
                origin = f"{path}#record-{number}"
                try:
                    document = _document_from_record(record, origin)
                except _BrokenRecord as error:
                    if number == 1 and record.format != "warc":
                        yield InputFailure(str(path), f"not a readable WARC file: {error}")
                        return
                    if not (resyncing and clean_here == 0):
                        yield InputFailure(origin, f"broken WARC record: {error}")
                    continue
                clean_here += 1
                if document is not None:
                    yield document
            end = records.offset
            if end >= size:
                return
            failed_at = end
            reason = f"truncated or corrupt data at byte {end} (file ends at {size})"
        except _BROKEN_RECORD_ERRORS as error:
            failed_at = records.offset
            reason = _describe_error(error)
        except OSError as error:
            yield InputFailure(str(path), f"cannot read WARC file: {error.strerror or error}")
            return
        resume = _next_boundary(handle, failed_at + 1, magic)
        if not (resyncing and clean_here == 0):
            if number == 0 and resume is None:
                yield InputFailure(str(path), f"not a readable WARC file: {reason}")
                return
            number += 1
            yield InputFailure(f"{path}#record-{number}", f"broken WARC record: {reason}")
        if resume is None:
            return
        # Damage found by scanning for a magic number may start mid-record; failures until a
        # record reads cleanly again belong to the damage already reported.
        resyncing = True
        start = resume


def _document_from_record(record: ArcWarcRecord, origin: str) -> RawDocument | None:
    if record.format != "warc":
        # warcio reads almost any text as ARC records; we only take WARC.
        raise _BrokenRecord("record does not start with a WARC/1.x version line")
    if record.rec_type is None:
        raise _BrokenRecord("record has no WARC-Type header")
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status_line = f"{record.http_headers.protocol} {record.http_headers.statusline}"
    if not record.http_headers.protocol.upper().startswith("HTTP/"):
        raise _BrokenRecord(f"HTTP status line is not HTTP: {status_line[:60]!r}")
    if record.http_headers.get_statuscode() != "200":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        raise _BrokenRecord("response record has no WARC-Target-URI")
    content_type = record.http_headers.get_header("Content-Type")
    if content_type and format_for_content_type(content_type) is None:
        return None
    body = _read_payload(record)
    raw_format = format_for_content_type(content_type, body)
    if raw_format is None:
        return None
    try:
        text = decode_payload(body, content_type)
    except UndecodableInput as error:
        raise _BrokenRecord(str(error)) from error
    return RawDocument(
        id=document_id_for_url(url),
        content=text,
        raw_format=raw_format,
        origin=origin,
        url=url,
    )


def _read_payload(record: ArcWarcRecord) -> bytes:
    headers = record.http_headers
    encoding = (headers.get_header("Content-Encoding") or "").lower()
    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    try:
        if (headers.get_header("Transfer-Encoding") or "").lower() == "chunked":
            # warcio's default silently passes broken chunking through as payload bytes.
            stream = ChunkedDataReader(
                record.raw_stream, decomp_type=encoding, raise_exceptions=True
            )
        else:
            stream = record.content_stream()
        body = stream.read(MAX_INPUT_BYTES + 1)
    except _BROKEN_RECORD_ERRORS as error:
        raise _BrokenRecord(_describe_error(error)) from error
    except ChunkedDataException as error:
        raise _BrokenRecord(f"bad chunked encoding ({error})") from error
    if len(body) > MAX_INPUT_BYTES:
        raise _BrokenRecord(f"payload over the {describe_size(MAX_INPUT_BYTES)} limit")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise _BrokenRecord(
            f"record is truncated: {missing} of {record.length} declared bytes are missing"
        )
    return body


def _describe_error(error: BaseException) -> str:
    if isinstance(error, zlib.error):
        return f"gzip data is corrupt ({error})"
    if isinstance(error, EOFError):
        return "gzip member is truncated"
    if isinstance(error, StatusAndHeadersParserException):
        return f"unreadable headers ({error.msg if hasattr(error, 'msg') else error})"
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _next_boundary(handle: BinaryIO, position: int, magic: bytes) -> int | None:
    """Offset of the next ``magic`` at or after ``position``, scanning in bounded chunks."""
    handle.seek(position)
    carried = b""
    base = position
    while True:
        chunk = handle.read(_SCAN_CHUNK_BYTES)
        if not chunk:
            return None
        window = carried + chunk
        found = window.find(magic)
        if found >= 0:
            return base - len(carried) + found
        carried = window[-(len(magic) - 1) :]
        base += len(chunk)
