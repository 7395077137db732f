"""Reading inputs: every form, and every kind of bad input named with its reason."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.read.inputs import InputFailure, RawDocument, read_inputs, read_jsonl_lines


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_reads_text_html_and_jsonl_recursively_in_order(tmp_path):
    write(tmp_path / "b" / "story.txt", "Iran and Azerbaijan held talks on Sunday.")
    write(tmp_path / "a.html", "<html><body><p>Talks were held.</p></body></html>")
    records = [
        {
            "id": "x1",
            "text": "One.",
            "url": "https://e.example/1",
            "source": "Wire",
            "title": "T",
            "published": "2024-11-25",
        },
        {"html": "<p>Two.</p>"},
    ]
    write(tmp_path / "c.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    write(tmp_path / "notes.md", "ignored: not an input type")
    items = list(read_inputs([tmp_path]))
    assert all(isinstance(item, RawDocument) for item in items)
    assert [(d.id, d.raw_format) for d in items] == [
        ("a", "html"),
        ("story", "text"),
        ("x1", "text"),
        ("c-2", "html"),
    ]
    first = items[2]
    assert (first.url, first.outlet, first.title, first.published) == (
        "https://e.example/1",
        "Wire",
        "T",
        "2024-11-25",
    )


def test_fingerprint_is_content_keyed():
    one = RawDocument("a", "same text", "text", "x")
    assert one.fingerprint == RawDocument("b", "same text", "text", "y").fingerprint
    assert one.fingerprint != RawDocument("a", "same text", "html", "x").fingerprint


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\n ", "file is empty"),
        ("binary.txt", bytes(range(256)) * 40, None),
        ("image.html", b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, None),
    ],
)
def test_bad_files_fail_alone_with_a_reason(tmp_path, name, data, reason):
    write(tmp_path / name, data)
    write(tmp_path / "zz_good.txt", "A good article about talks.")
    items = list(read_inputs([tmp_path]))
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert len(failures) == 1 and failures[0].origin.endswith(name)
    if reason:
        assert failures[0].reason == reason
    assert "\n" not in str(failures[0])
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["zz_good"]


def test_huge_file_is_refused_without_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    [failure] = list(read_inputs([huge]))
    assert isinstance(failure, InputFailure)
    assert failure.reason == "file is 21.0 MB, over the 20 MB limit"


def test_truncated_and_broken_jsonl_lines_fail_one_by_one(tmp_path):
    good = json.dumps({"id": "ok", "text": "Talks."})
    path = write(
        tmp_path / "feed.jsonl",
        "\n".join(
            [
                good,
                '{"id": "cut", "text": "Tal',
                "[1, 2]",
                json.dumps({"id": "notext", "title": "x"}),
                json.dumps({"id": "ok2", "html": "<p>x</p>"}),
            ]
        ),
    )
    items = list(read_inputs([path]))
    assert [str(i) for i in items if isinstance(i, InputFailure)] == [
        f"{path}:2: line is not valid JSON (Unterminated string starting at, column 23)",
        f"{path}:3: line is JSON but not an object",
        f"{path}:4: record has no non-empty 'text' or 'html' field",
    ]
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["ok", "ok2"]


def test_missing_path_and_unknown_type(tmp_path):
    odd = write(tmp_path / "data.pdf", b"%PDF-1.4")
    items = list(read_inputs([tmp_path / "nope", odd]))
    assert [i.reason for i in items] == [
        "no such file or folder",
        "unsupported file type '.pdf' (known: .htm, .html, .jsonl, .txt, .warc, .warc.gz)",
    ]


def test_jsonl_from_a_stream():
    stream = io.StringIO(json.dumps({"id": "s", "text": "Talks."}) + "\n")
    [document] = list(read_jsonl_lines(stream, "<stdin>"))
    assert document.id == "s" and document.origin == "<stdin>:1"


def test_legacy_encoding_is_decoded(tmp_path):
    text = "Le ministre a déclaré que les négociations reprendront à Genève."
    write(tmp_path / "fr.txt", text.encode("cp1252"))
    [document] = list(read_inputs([tmp_path / "fr.txt"]))
    assert document.content == text
