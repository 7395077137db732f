"""The article's language by its prose majority, and which foreign paragraphs are dropped."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.foreign import is_quotation, keep_article_language
from eventwire.clean.language import language_by_script, prose_language

GERMAN = [
    "Die Bundesregierung hat am Montag neue Regeln für den Ausbau der Windkraft beschlossen, "
    "die nach Angaben des Ministeriums schon im kommenden Jahr gelten sollen.",
    "Die Opposition kritisierte, dass die Länder bei der Planung nicht genug mitreden dürften "
    "und dass die Kommunen mit den Kosten allein gelassen würden.",
    "Der Verband der Energiewirtschaft begrüßte den Beschluss, forderte aber schnellere "
    "Genehmigungen und mehr Personal in den zuständigen Behörden.",
    "Im Bundestag soll das Gesetz noch vor der Sommerpause beraten werden, wie ein Sprecher "
    "der Regierung in Berlin mitteilte.",
]
ENGLISH_QUOTE = (
    "\u201eWe are ready to build faster than anyone in Europe, but we need the permits "
    "and the grid connections to be there when the turbines are,\u201c she said."
)
ENGLISH_BANNER = (
    "We use cookies and similar technologies to improve your experience on our website "
    "and to show you personalised content and advertising."
)
ENGLISH_POST = [
    "Living in Tokyo means learning the unwritten rules of the train.",
    "The poster in the station reads \u75f4\u6f22\u306f\u72af\u7f6a\u3067\u3059\u3002"
    "\u898b\u304b\u3051\u305f\u3089\u3059\u3050\u306b\u99c5\u54e1\u306b\u77e5\u3089"
    "\u305b\u3066\u304f\u3060\u3055\u3044\u3002 (groping is a crime; tell the staff at "
    "once), and the announcement repeats it.",
    "The sign says \u512a\u5148\u5e2d\u3067\u3059\u306e\u3067\u3001\u304a\u3086\u305a"
    "\u308a\u304f\u3060\u3055\u3044 (priority seat, please give it up) on every car.",
    "Women-only cars run during the morning rush on most lines.",
]


def test_english_post_with_japanese_words_is_english() -> None:
    assert prose_language(ENGLISH_POST) == "en"
    result = clean_article("\n\n".join(ENGLISH_POST), "text")
    assert result.language == "en" and result.rejected is None
    assert result.text == "\n".join(ENGLISH_POST)


def test_script_decides_only_a_paragraph_mostly_in_it() -> None:
    assert language_by_script(ENGLISH_POST[1]) is None
    japanese = "東京都は月曜日、計画を発表した。"
    assert language_by_script(japanese) == "ja"


def test_prose_majority_outweighs_a_long_foreign_banner() -> None:
    banner = " ".join([ENGLISH_BANNER] * 2)
    assert prose_language([banner, *GERMAN]) == "de"


def test_foreign_quote_between_body_paragraphs_is_kept() -> None:
    paragraphs = [*GERMAN[:2], ENGLISH_QUOTE, *GERMAN[2:]]
    notes: list[str] = []
    kept, language = keep_article_language(paragraphs, notes)
    assert language == "de"
    assert kept == paragraphs
    assert notes == []


@pytest.mark.parametrize(
    ("paragraphs", "dropped"),
    [
        ([ENGLISH_BANNER, *GERMAN], ENGLISH_BANNER),  # a banner above the body
        ([*GERMAN, ENGLISH_QUOTE], ENGLISH_QUOTE),  # nothing of the article's after it
        # two foreign paragraphs in a row are a block of their own (a translation, comments)
        ([*GERMAN[:2], ENGLISH_BANNER, ENGLISH_QUOTE, *GERMAN[2:]], ENGLISH_QUOTE),
    ],
)
def test_foreign_paragraph_standing_apart_is_dropped(paragraphs: list[str], dropped: str) -> None:
    notes: list[str] = []
    kept, language = keep_article_language(paragraphs, notes)
    assert language == "de"
    assert dropped not in kept
    assert all(paragraph in kept for paragraph in GERMAN)
    assert any(note.startswith("dropped") and "'en'" in note for note in notes)


def test_foreign_furniture_between_body_paragraphs_is_dropped() -> None:
    furniture = "Save my name, email, and website in this browser for the next time I comment."
    kept, _ = keep_article_language([*GERMAN[:2], furniture, *GERMAN[2:]], [])
    assert furniture not in kept


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (ENGLISH_QUOTE, True),
        ("\u00abNous sommes pr\u00eats\u00bb, a-t-il dit.", True),
        ("5\u201eFollow the Greens\u201c: Hamburg Airport", True),
        ('"Unclosed quotation', False),
        (ENGLISH_BANNER, False),
    ],
)
def test_is_quotation(paragraph: str, expected: bool) -> None:
    assert is_quotation(paragraph) is expected
