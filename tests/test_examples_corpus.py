"""Shape checks for the bundled sample corpus in ``eventwire/examples``.

These tests guard the form of the corpus (what the main job ingests first), not what the
articles say: enough articles of each input form, every file readable with its declared
encoding, valid JSONL records, unique ids, and a README that lists every file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib.resources import files
from pathlib import Path

import pytest

CORPUS = Path(str(files("eventwire") / "examples"))
ARTICLE_SUFFIXES = {".txt", ".html", ".jsonl"}
# Only the head of a page is searched: browsers honour a charset declared in the first 1024 bytes.
DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset=["']?([A-Za-z0-9_-]{1,40})""", re.I)


def corpus_files(suffix: str) -> list[Path]:
    return sorted(CORPUS.glob(f"*{suffix}"))


def declared_charset(raw: bytes) -> str:
    match = DECLARED_CHARSET.search(raw[:1024])
    return match.group(1).decode("ascii").lower() if match else "utf-8"


def jsonl_records() -> list[tuple[Path, int, dict]]:
    records = []
    for path in corpus_files(".jsonl"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                records.append((path, number, json.loads(line)))
    return records


def article_ids() -> list[str]:
    """Ids as a reader assigns them: file stem for pages, the ``id`` field for JSONL lines."""
    ids = [path.stem for suffix in (".txt", ".html") for path in corpus_files(suffix)]
    ids.extend(record["id"] for _, _, record in jsonl_records())
    return ids


def test_corpus_has_at_least_30_articles_across_the_input_forms():
    assert len(corpus_files(".txt")) >= 14
    assert len(corpus_files(".html")) >= 6
    assert len(corpus_files(".jsonl")) >= 2
    assert len(jsonl_records()) >= 8
    assert len(article_ids()) >= 30


def test_corpus_holds_only_articles_and_the_readme():
    # A stray .json or .htm would be silently skipped or misread by the reader.
    allowed = {"README.md", "__init__.py", "__pycache__"}
    unexpected = [
        path.name
        for path in CORPUS.iterdir()
        if path.suffix not in ARTICLE_SUFFIXES and path.name not in allowed
    ]
    assert unexpected == []


@pytest.mark.parametrize("path", corpus_files(".txt"), ids=lambda path: path.name)
def test_text_file_decodes_as_utf8_and_is_not_empty(path: Path):
    text = path.read_bytes().decode("utf-8")
    assert len(text.split()) >= 150


@pytest.mark.parametrize("path", corpus_files(".html"), ids=lambda path: path.name)
def test_html_file_decodes_with_its_declared_charset(path: Path):
    raw = path.read_bytes()
    page = raw.decode(declared_charset(raw))
    assert "<body" in page.lower()
    assert "<title>" in page.lower()
    assert len(re.sub(r"<[^<>]{0,2000}>", " ", page).split()) >= 150


def test_one_html_page_is_in_a_non_utf8_charset_that_utf8_cannot_read():
    non_utf8 = [
        path for path in corpus_files(".html") if declared_charset(path.read_bytes()) != "utf-8"
    ]
    assert non_utf8, "the corpus should keep one page in a legacy charset"
    for path in non_utf8:
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")


def test_every_jsonl_line_is_a_json_object_with_text_or_html():
    for path, number, record in jsonl_records():
        where = f"{path.name}:{number}"
        assert isinstance(record, dict), where
        assert isinstance(record.get("id"), str) and record["id"], where
        content = record.get("text") or record.get("html")
        assert isinstance(content, str) and len(content.split()) >= 150, where
        for optional in ("url", "source", "title", "published"):
            assert optional not in record or isinstance(record[optional], str), where


def test_jsonl_published_values_are_iso_dates_or_datetimes():
    for path, number, record in jsonl_records():
        if "published" in record:
            parsed = dt.datetime.fromisoformat(record["published"])
            assert 2000 <= parsed.year <= 2100, f"{path.name}:{number}"


def test_article_ids_are_unique():
    ids = article_ids()
    duplicates = sorted({article_id for article_id in ids if ids.count(article_id) > 1})
    assert duplicates == []


def test_readme_lists_every_article_file_and_only_existing_ones():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([\w.-]{1,120}\.(?:txt|html|jsonl))`", readme))
    present = {path.name for path in CORPUS.iterdir() if path.suffix in ARTICLE_SUFFIXES}
    assert present - listed == set(), "add these files to examples/README.md"
    assert listed - present == set(), "README.md names files that do not exist"
