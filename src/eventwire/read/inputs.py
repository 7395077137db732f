"""Turn paths on the command line into raw documents, one bad file never stopping the rest.

Files are read by suffix: ``.txt`` (flattened page text), ``.html``/``.htm``, ``.jsonl`` (one
article per line). Folders are walked recursively in sorted order. Every problem becomes an
:class:`InputFailure` that names the file (and line) and says why; the caller decides what to do.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.clean.unicode import UndecodableInput, decode_bytes

MAX_INPUT_MB = 20
MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024
SUFFIX_FORMATS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}


def input_format(path: Path) -> str | None:
    """The input form of a file from its suffix (``.warc.gz`` counts as one suffix)."""
    name = path.name.lower()
    for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIX_FORMATS[suffix]
    return None


@dataclass(frozen=True)
class RawDocument:
    """One article as read, before any cleaning. ``origin`` is ``path`` or ``path:line``."""

    id: str
    content: str
    raw_format: str  # "text" or "html"
    origin: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None

    @property
    def fingerprint(self) -> str:
        """Content key: the same text in the same form is the same article."""
        digest = hashlib.sha256(f"{self.raw_format}\x00{self.content}".encode())
        return digest.hexdigest()


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read, with a one-line reason."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | InputFailure]:
    """Files named by ``paths``: files as given, folders walked recursively (sorted)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if candidate.is_file() and input_format(candidate) is not None:
                    yield candidate
        elif path.is_file():
            yield path
        else:
            yield InputFailure(str(path), "no such file or folder")


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawDocument | InputFailure]:
    """Raw documents from files and folders; ``-`` reads JSONL from standard input."""
    for path in paths:
        if str(path) == "-":
            yield from read_jsonl_lines(sys.stdin, "<stdin>")
            continue
        for item in iter_input_files([path]):
            if isinstance(item, InputFailure):
                yield item
            else:
                yield from read_file(item)


def read_file(path: Path) -> Iterator[RawDocument | InputFailure]:
    """The documents in one file, or one failure saying why the file is unusable."""
    origin = str(path)
    form = input_format(path)
    if form is None:
        known = ", ".join(sorted(SUFFIX_FORMATS))
        yield InputFailure(origin, f"unsupported file type '{path.suffix}' (known: {known})")
        return
    if form == "warc":
        # Crawl archives are routinely gigabytes: the size cap applies to each record instead.
        from eventwire.read.warc import read_warc

        yield from read_warc(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            yield InputFailure(
                origin, f"file is {size / 1048576:.1f} MB, over the {MAX_INPUT_MB} MB limit"
            )
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputFailure(origin, f"cannot read file: {error.strerror or error}")
        return
    try:
        text = decode_bytes(data)
    except UndecodableInput as error:
        yield InputFailure(origin, str(error))
        return
    if not text.strip():
        yield InputFailure(origin, "file is empty")
        return
    if form == "jsonl":
        yield from read_jsonl_lines(text.splitlines(), origin)
    else:
        yield RawDocument(id=path.stem, content=text, raw_format=form, origin=origin)


def read_jsonl_lines(lines: Iterable[str], origin: str) -> Iterator[RawDocument | InputFailure]:
    """One document per JSON line: ``text`` or ``html``, optional ``id``, ``url``, ``source``,
    ``title``, ``published``. Blank lines are skipped; each bad line fails on its own."""
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputFailure(where, f"line is not valid JSON ({error.msg}, column {error.colno})")
            continue
        document = document_from_record(record, where, default_id=f"{Path(origin).stem}-{number}")
        yield document


def document_from_record(
    record: object, origin: str, *, default_id: str
) -> RawDocument | InputFailure:
    """A raw document from one JSON object, or a failure naming the missing field."""
    if not isinstance(record, dict):
        return InputFailure(origin, "line is JSON but not an object")
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        content, form = html, "html"
    elif isinstance(text, str) and text.strip():
        content, form = text, "text"
    else:
        return InputFailure(origin, "record has no non-empty 'text' or 'html' field")
    return RawDocument(
        id=str(record.get("id") or default_id),
        content=content,
        raw_format=form,
        origin=origin,
        url=_optional_str(record.get("url")),
        outlet=_optional_str(record.get("source")),
        title=_optional_str(record.get("title")),
        published=_optional_str(record.get("published")),
    )


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
