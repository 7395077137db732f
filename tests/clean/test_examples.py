"""Smoke test on the two scraped reports in shared/examples."""

from __future__ import annotations

from pathlib import Path

from eventwire.clean import clean_article


def clean_example(shared: Path, prefix: str):
    [path] = sorted((shared / "examples").glob(f"{prefix}_*.txt"))
    raw = path.read_text("utf-8")
    return raw, clean_article(raw, "text")


def test_cookie_banner_in_turkish_is_removed(shared: Path) -> None:
    raw, result = clean_example(shared, "000")
    assert result.rejected is None and result.language == "en"
    assert "çerez" not in result.text and "Sitelerimizde" not in result.text
    assert result.title is not None and result.title.startswith("Iran launches joint military")
    body = [p for p in raw.split("\n\n")[1:] if p.strip() and "çerez" not in p and p.strip() != "X"]
    assert len(body) >= 10
    for paragraph in body[:12]:
        assert paragraph.strip().replace("\u2019", "'") in result.text


def test_breadcrumb_counters_and_comment_form_are_removed(shared: Path) -> None:
    _, result = clean_example(shared, "001")
    assert result.rejected is None
    assert result.title == (
        "Another country is strengthening cooperation with Iran: exercises with the IRGC have begun"
    )
    lines = result.text.split("\n")
    assert len(lines) == 4
    assert lines[0].startswith("On Monday, November 25,")
    assert lines[-1].startswith("Previously, Kursor reported")
    for junk in ("Home Entertainment", "LEAVE A REPLY", "Please enter", "20", "0"):
        assert junk not in lines


def test_glued_banner_and_breadcrumb(shared: Path) -> None:
    first = (shared / "examples").glob("000_*.txt")
    second = (shared / "examples").glob("001_*.txt")
    raw = next(first).read_text("utf-8").rstrip() + next(second).read_text("utf-8")
    result = clean_article(raw, "text")
    assert "isteriz.Home" not in result.text
    assert "çerez" not in result.text
