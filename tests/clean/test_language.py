"""Language by script, by function words of many languages, and by lingua as the last resort."""

from __future__ import annotations

import pytest

from eventwire.clean.language import detect_language, guess_by_stopwords, language_by_script
from eventwire.clean.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京都は月曜日、新しい防災計画を発表しました。住民の避難経路が見直されます。", "ja"),
        ("国务院新闻办公室周一举行发布会，介绍今年前三季度经济运行情况。", "zh"),
        ("서울시는 월요일 새로운 교통 정책을 발표했다.", "ko"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια τη Δευτέρα.", "el"),
        ("The government announced new energy measures on Monday.", None),
        ("Die Regierung kündigte am Montag neue Maßnahmen an.", None),
    ],
)
def test_language_by_script(text: str, expected: str | None) -> None:
    assert language_by_script(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallitus ilmoitti maanantaina, että se on valmis neuvottelemaan, mutta myös "
         "oppositio sanoi, että se ei ole tyytyväinen ja että päätös tehdään jälkeen vaalien.",
         "fi"),
        ("A kormány hétfőn bejelentette, hogy az új szabályok csak a jövő év után lépnek "
         "életbe, de az ellenzék szerint ez nem elég és még több vita lesz.", "hu"),
        ("Vláda v pondělí oznámila, že nová pravidla budou platit až od příštího roku, ale "
         "opozice tvrdí, že to není dost a že se o tom bude jednat také v parlamentu.", "cs"),
        ("El gobierno anunció el lunes que las nuevas normas entrarán en vigor el próximo "
         "año, pero la oposición dijo que no es suficiente y que habrá más debate.", "es"),
    ],
)  # fmt: skip
def test_detect_language_of_many_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_long_text_needs_a_smaller_lead_than_a_short_one() -> None:
    # Spanish and French share "de", "la", "en", "que": a short mix stays undecided, but over
    # a page of text a lead of half again over the runner-up is telling.
    short = "de la en que el los".split()
    assert guess_by_stopwords(short) is None
    long = ("el gobierno de la ciudad dijo que los vecinos y la policía " * 5).split()
    assert guess_by_stopwords(long) == "es"


def test_lexicon_covers_many_languages() -> None:
    lexicon = load_lexicon()
    for language in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "fi", "hu", "cs", "ar"):
        assert language in lexicon.stopwords
    for word in ("datenschutzerklärung", "commentaires", "newsletter", "impressum"):
        assert word in lexicon.first_words
    for sizes in lexicon.lengths_by_first.values():
        assert sizes == tuple(sorted(sizes, reverse=True))
