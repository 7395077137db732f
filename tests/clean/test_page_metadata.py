"""Outlet names from copyright lines and mastheads; page fields never become the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.clean import clean_article
from eventwire.clean.metadata import (
    is_field_line,
    outlet_from_copyright,
    outlet_from_masthead,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "examples"
BODY = "\n\n".join(
    [
        "Border guards of the two countries exchanged fire on Friday near a disputed water "
        "distribution point, killing four people and wounding at least nine, officials said.",
        "The foreign ministry summoned the ambassador and demanded that troops be withdrawn "
        "from the area, while the other side said its units had only returned fire.",
        "Both governments later agreed to a ceasefire and to a meeting of their border "
        "commissions next week, according to a statement published on Saturday evening.",
    ]
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2026 Great Lakes Tribune", "Great Lakes Tribune"),
        ("© Fergana Courier, 2024. Republication only with an active link.", "Fergana Courier"),
        ("Copyright © 2026 Siam Frontier News Co., Ltd.", "Siam Frontier News"),
        ("© Noticias Global S.L. 2025. Todos los derechos reservados.", "Noticias Global"),
        ("Banadir Online - All rights reserved", "Banadir Online"),
        ("Haberport © 2025 Tüm hakları saklıdır.", "Haberport"),
        ("© WELTBLICK MEDIEN GmbH 2026 | Impressum", "Weltblick Medien"),
        ("© 2024 All rights reserved.", None),
        ("Photo: © Reuters", None),
        ("The court ruled that the © sign was not enough to prove ownership.", None),
    ],
)
def test_outlet_from_copyright(line: str, expected: str | None) -> None:
    assert outlet_from_copyright(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HORN DISPATCH", "Horn Dispatch"),
        ("Pacific Rim Report", "Pacific Rim Report"),
        ("News Politics War Business Opinion", None),
        ("Updated 10:30", None),
        ("Officials said so.", None),
    ],
)
def test_outlet_from_masthead(line: str, expected: str | None) -> None:
    assert outlet_from_masthead(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Views: 3 418", True),
        ("Kommentare: 12", True),
        ("Filed under: World, Asia", True),
        ("Tags: Kyrgyzstan, Tajikistan, border", True),
        ("Author: Oksana Hrytsenko", True),
        ("Iran: joint exercises with the IRGC have begun", False),
        ("Ukraine: Russian strike kills seven in Kharkiv", False),
    ],
)
def test_is_field_line(line: str, expected: bool) -> None:
    assert is_field_line(line) is expected


@pytest.mark.parametrize("field", ["Views: 3 418", "Author: Jane Doe", "Filed under: Asia"])
def test_page_fields_are_not_titles(field: str) -> None:
    page = f"CASPIAN WIRE\n\nBorder clash leaves four dead\n\n{field}\n\nShare\n\n0\n\n{BODY}"
    result = clean_article(page, "text")
    assert result.title == "Border clash leaves four dead"


def test_outlet_from_copyright_line_in_text() -> None:
    page = f"Border clash leaves four dead\n\n{BODY}\n\nRelated\n\n© 2025 Caspian Wire"
    result = clean_article(page, "text")
    assert result.outlet is not None
    assert (result.outlet.value, result.outlet.how) == ("Caspian Wire", "copyright line")


def test_outlet_from_masthead_when_no_copyright() -> None:
    page = f"CASPIAN WIRE\n\nMenu\n\nBorder clash leaves four dead\n\n{BODY}"
    result = clean_article(page, "text")
    assert result.outlet is not None
    assert (result.outlet.value, result.outlet.how) == ("Caspian Wire", "masthead")


def test_url_outlet_wins_over_page_text() -> None:
    page = f"Border clash leaves four dead\n\n{BODY}\n\n© 2025 Caspian Wire"
    result = clean_article(page, "text", url="https://www.caspianwire.example/a/1")
    assert result.outlet is not None and result.outlet.how == "url"


def test_sample_corpus_titles_and_outlets() -> None:
    paths = sorted(EXAMPLES.glob("*.txt"))
    assert paths, f"no sample articles in {EXAMPLES}"
    for path in paths:
        result = clean_article(path.read_text("utf-8"), "text")
        assert result.title is not None and not is_field_line(result.title), path.name
        assert result.outlet is not None, path.name
