"""What the fetcher remembers between runs: validators for conditional GET, per URL.

A feed is polled again and again and most of its pages do not change; sending back the ETag and
Last-Modified a server gave us lets it answer ``304 Not Modified`` with no body. The content hash
covers servers that send neither: an unchanged body is dropped without being analysed again.

The state changes in memory while documents are fetched; the caller saves it once the fetched
documents are safely stored, so a crash mid-run never marks a page as seen that was not kept.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

STATE_FORMAT_VERSION = 1


class FetchStateUnreadable(ValueError):
    """The fetch state file exists but is not a fetch state this version can read."""


@dataclass(frozen=True)
class PageValidators:
    """What a server told us about a page the last time it sent it."""

    etag: str | None = None
    last_modified: str | None = None
    content_sha256: str | None = None

    def request_headers(self) -> dict[str, str]:
        """The conditional-GET headers for the next request of this page."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class FetchState:
    """Validators per URL, kept in memory; subclasses persist them (see :class:`JsonFetchState`)."""

    def __init__(self, pages: dict[str, PageValidators] | None = None):
        self.pages: dict[str, PageValidators] = dict(pages or {})

    def validators_for(self, url: str) -> PageValidators | None:
        """What we last heard about ``url``, or ``None`` for a page never fetched."""
        return self.pages.get(url)

    def remember(self, url: str, validators: PageValidators) -> None:
        """Record the validators of a page just fetched."""
        self.pages[url] = validators

    def save(self) -> None:
        """Persist the state; the in-memory state has nowhere to go."""


class JsonFetchState(FetchState):
    """Fetch state stored in one JSON file, written atomically on :meth:`save`."""

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        super().__init__(_load_pages(self.path))

    def save(self) -> None:
        """Write the state to its file (creating the folder), replacing it in one step."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "version": STATE_FORMAT_VERSION,
            "pages": {
                url: {key: value for key, value in asdict(validators).items() if value}
                for url, validators in sorted(self.pages.items())
            },
        }
        # Write beside the target and rename, so an interrupted save leaves the old file intact.
        handle, temporary = tempfile.mkstemp(prefix=".fetch-state-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as output:
                json.dump(payload, output, ensure_ascii=False, indent=1)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _load_pages(path: Path) -> dict[str, PageValidators]:
    if not path.exists():
        return {}
    hint = f"delete {path} to start afresh (every page is then fetched in full once)"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FetchStateUnreadable(f"cannot read fetch state {path}: {error}; {hint}") from error
    if not isinstance(data, dict) or not isinstance(data.get("pages"), dict):
        raise FetchStateUnreadable(f"{path} is not an eventwire fetch state; {hint}")
    if data.get("version") != STATE_FORMAT_VERSION:
        raise FetchStateUnreadable(
            f"{path} has fetch state version {data.get('version')!r}, this eventwire reads "
            f"version {STATE_FORMAT_VERSION}; {hint}"
        )
    pages = {}
    for url, fields in data["pages"].items():
        if not isinstance(fields, dict):
            raise FetchStateUnreadable(f"{path}: entry for {url} is not an object; {hint}")
        pages[url] = PageValidators(
            etag=_text_or_none(fields.get("etag")),
            last_modified=_text_or_none(fields.get("last_modified")),
            content_sha256=_text_or_none(fields.get("content_sha256")),
        )
    return pages


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
