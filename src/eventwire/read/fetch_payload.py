"""What a web response holds: its format, its text, and a stable id for the page it came from.

Shared by the WARC reader and the live fetcher, so that the same page read from an archive or
fetched over HTTP gets the same document id and is decoded the same way.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from email.message import Message
from urllib.parse import urlsplit

from eventwire.clean.unicode import UndecodableInput, decode_bytes

# Media types whose body is an article page; everything else (images, JSON, PDF) is not ours.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_MEDIA_TYPES = frozenset({"text/plain"})

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_MAX_CHARS = 60
_HTML_START = re.compile(rb"\s{0,512}<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def document_id_for_url(url: str) -> str:
    """A stable, readable document id for ``url``: host and path slug plus a short hash.

    The hash keeps ids unique when two URLs slug alike (query strings, case); the slug keeps
    them readable in listings.
    """
    parts = urlsplit(url.strip())
    readable = f"{parts.hostname or ''} {parts.path}".lower()
    slug = _NOT_SLUG.sub("-", readable).strip("-")[:_SLUG_MAX_CHARS].strip("-")
    digest = hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else digest


def media_type_of(content_type: str | None) -> str:
    """The lower-case media type of a Content-Type header (``""`` when absent)."""
    if not content_type:
        return ""
    return content_type.split(";", 1)[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, when it names a known codec."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    if not isinstance(charset, str) or not charset.strip():
        return None
    try:
        return codecs.lookup(charset.strip().strip("'\"")).name
    except LookupError:
        return None


def format_for_content_type(content_type: str | None, body: bytes = b"") -> str | None:
    """``"html"`` or ``"text"`` for an article page, ``None`` for any other payload.

    A missing Content-Type is common in old archives; such a body counts as HTML only when it
    starts like an HTML document.
    """
    media_type = media_type_of(content_type)
    if media_type in HTML_MEDIA_TYPES:
        return "html"
    if media_type in TEXT_MEDIA_TYPES:
        return "text"
    if not media_type and _HTML_START.match(body[:2048]):
        return "html"
    return None


def decode_payload(body: bytes, content_type: str | None) -> str:
    """The text of a response body: the declared charset when it decodes, else a guess.

    Raises:
        UndecodableInput: when the body is binary or in no recognisable encoding.
    """
    charset = charset_of(content_type)
    if charset is not None:
        try:
            return body.decode(charset)
        except UnicodeDecodeError:
            # Servers often declare one charset and send another; guessing beats failing.
            pass
    return decode_bytes(body)


def content_sha256(body: bytes) -> str:
    """Hex SHA-256 of a response body, to tell an unchanged page from a changed one."""
    return hashlib.sha256(body).hexdigest()


def describe_size(size_bytes: int) -> str:
    """``20 MB`` for whole mebibytes, else ``1500 bytes``: how limits appear in messages."""
    mebibyte = 1024 * 1024
    if size_bytes >= mebibyte and size_bytes % mebibyte == 0:
        return f"{size_bytes // mebibyte} MB"
    if size_bytes >= mebibyte:
        return f"{size_bytes / mebibyte:.1f} MB"
    return f"{size_bytes} bytes"


__all__ = [
    "UndecodableInput",
    "charset_of",
    "content_sha256",
    "decode_payload",
    "describe_size",
    "document_id_for_url",
    "format_for_content_type",
    "media_type_of",
]
