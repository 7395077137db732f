"""Prose-shaped furniture inside the body: the site's appeals to its reader, its notices about
the post, its comment-form rules, numbered figure captions and section labels."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_line, describe_lines
from eventwire.clean.ending import body_furniture_kinds, is_body_furniture
from eventwire.clean.lexicon import LexiconFileError, load_lexicon
from eventwire.clean.selection import is_figure_caption

PARAGRAPHS = [
    "The regional council voted on Tuesday to close the old ferry landing at the end of the "
    "month, after engineers found that two of its timber piles had rotted through.",
    "Commuters who use the ferry every morning will be taken by bus to the new landing two "
    "kilometres downstream, where a temporary waiting room is being built this week.",
    "The council said the repairs would cost about three million euros and that the money "
    "would come from the budget it had set aside for bridges and river defences.",
]


def _line(text: str):
    return describe_lines(text)[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The site asking its reader to subscribe, donate, sign up, follow or visit its shop.
        ("Unterstützen Sie unabhängigen Journalismus!", "appeal"),
        (
            "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.",
            "appeal",
        ),
        ("Lust auf mehr? Melde dich hier für unseren Newsletter an!", "appeal"),
        ("Never miss the latest news by signing up to our newsletter today!", "appeal"),
        ("If you enjoyed this post, would you consider supporting our work?", "appeal"),
        ("Follow us on Twitter and Instagram for more stories like this.", "appeal"),
        ("Besuchen Sie unseren Fan-Shop!", "appeal"),
        ("Abonnez-vous à notre newsletter pour ne rien manquer.", "appeal"),
        ("¿Te gusta nuestro trabajo? Únete a nuestro canal de Telegram.", "appeal"),
        ("Wesprzyj nas darowizną.", "appeal"),
        # The site's small print about the post.
        ("We may receive compensation when you click on links to products on this page.", "notice"),
        ("Bei den Verlinkungen handelt es sich um Affiliate-Links.", "notice"),
        ("Les opinions exprimées dans ce blog n'engagent que leurs auteurs.", "notice"),
        (
            "Dieser Eintrag wurde veröffentlicht in Politik und verschlagwortet mit Wahlen.",
            "notice",
        ),
        ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "notice"),
        ("(Alle Angaben ohne Gewähr)", "notice"),
    ],
)
def test_appeals_and_notices_are_body_furniture(text: str, kind: str) -> None:
    assert kind in body_furniture_kinds(text)
    assert is_body_furniture(_line(text))


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPHS[0],
        # News about subscriptions, donations and newsletters is the article's own text.
        "The streaming service said two million people had signed up since the launch.",
        "Der Verein finanziert sich über Spenden und die Beiträge seiner Mitglieder.",
        "Die Studie wurde veröffentlicht in der Fachzeitschrift Nature und sorgte für Aufsehen.",
        "Einen Vertriebsmitarbeiter ohne Aussicht auf eine Provision zu beschäftigen, lohnt nicht.",
        "Log out of the root account and download the latest version of the source code.",
        "If you grew up loving the old cartoons, this costume is calling your name.",
    ],
)
def test_article_prose_is_not_body_furniture(text: str) -> None:
    assert not is_body_furniture(_line(text))


def test_a_long_paragraph_mentioning_a_newsletter_is_kept() -> None:
    text = (
        "The council's newsletter, which is sent to every household, said the ferry landing "
        "had been inspected twice in the past year and that nobody had warned of rot; "
        "follow us on the council's page was the only advice it gave to commuters, who now "
        "say they learned of the closure from the local radio station rather than from the "
        "council itself, and several of them have asked for a public meeting next week."
    )
    assert body_furniture_kinds(text) == {"appeal"}
    assert not is_body_furniture(_line(text))


@pytest.mark.parametrize(
    "text",
    [
        "We ask that comments are civil and free of libellous or hateful material.",
        "Please understand that comments are moderated and not all can be published.",
    ],
)
def test_comment_form_rules_are_body_furniture(text: str) -> None:
    assert is_body_furniture(_line(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abbildung 4: Die grösste Lawine dieser Berichtsperiode wurde am Grat ausgelöst.", True),
        ("Figure 1: Bar chart with the default font sizes.", True),
        ("Abb. 3: Windmühlen waren in Holland der Energielieferant Nr. 1.", True),
        ("Tabelle 2: Niederschlag im Januar nach Stationen", True),
        ("Figures from the ministry show that 1,200 ferries were inspected last year.", False),
        ("Bild 3 der Serie zeigt den Hafen bei Nacht, sagte die Fotografin.", False),
    ],
)
def test_numbered_figure_captions(text: str, expected: bool) -> None:
    assert is_figure_caption(describe_line(0, text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Empfohlener redaktioneller Inhalt",
        "Inhaltsverzeichnis",
        "TEMAS RELACIONADOS",
        "Ansprechpartner",
        "Buch bestellen",
        "Vos réactions (11)",
    ],
)
def test_section_labels_inside_the_page_are_furniture(text: str) -> None:
    assert _line(text).label == "junk"


def test_appeals_inside_the_article_are_dropped_from_the_body() -> None:
    page = "\n".join(
        [
            "Home",
            "News",
            "Council closes the old ferry landing",
            PARAGRAPHS[0],
            "If you value this reporting, please consider supporting our work with a donation.",
            PARAGRAPHS[1],
            "Affiliate links: we may earn a commission on purchases made through this page.",
            PARAGRAPHS[2],
            "Sign up for our newsletter to get the latest stories delivered to your inbox.",
            "Contact",
            "Imprint",
        ]
    )
    lines = describe_lines(page)
    # The appeals read like sentences: only their words tell them from the article.
    assert {line.label for line in lines[4:9:2]} <= {"good", "fair"}
    cleaned = clean_article(page, "text")
    assert cleaned.text.split("\n") == PARAGRAPHS


def test_body_kinds_do_not_change_line_labels() -> None:
    # Appeal phrases are judged inside the body only: a short appeal keeps the label its
    # shape gives it, so choosing the body is not changed by them.
    line = _line("Thank you for your support!")
    assert line.label == "fair"
    assert "appeal" not in line.kinds


def test_body_kinds_are_loaded_apart_from_labelling_kinds() -> None:
    lexicon = load_lexicon()
    assert lexicon.body_phrases[("subscribe", "to", "our")] == "appeal"
    assert lexicon.body_phrases[("affiliate", "links")] == "notice"
    assert ("subscribe", "to", "our") not in lexicon.phrases


def test_unknown_kind_error_names_the_body_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.clean import lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "_read_data", lambda name: "advert: buy now\n")
    lexicon_module.load_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconFileError, match="appeal, notice"):
            lexicon_module.load_lexicon()
    finally:
        lexicon_module.load_lexicon.cache_clear()


def test_a_phrase_cut_off_by_the_end_of_the_line_is_not_a_longer_phrase() -> None:
    from eventwire.clean.ending import phrase_kinds

    # "your name" is a two-word form phrase; at the end of a line, a longer phrase starting
    # with "your" must not be read as present because its slice runs short.
    text = "If you grew up loving the old cartoons, this costume is calling your name"
    assert phrase_kinds(text, min_words=2) == {"form"}
    assert phrase_kinds(text, min_words=3) == set()


TEASERS = [
    "Hiesige Medien schwören die Bevölkerung auf harte Zeiten ein und berichten kaum über die "
    "Lage...",
    "In den von den Banken verursachten Immobilienblasen erlebten Millionen Bürger einen tiefe...",
    "Das, was der Philosoph damals beschrieb, drückte der Unternehmer wenig später praktisch "
    "aus...",
]


def test_excerpts_cut_to_one_length_are_teasers() -> None:
    lines = describe_lines("\n".join(TEASERS))
    assert all(line.label == "junk" and "related" in line.kinds for line in lines)


def test_one_sentence_trailing_off_is_kept() -> None:
    text = "\n".join(
        [*PARAGRAPHS, "And then, as so often in this town, nobody knew what came next..."]
    )
    assert [line.label for line in describe_lines(text)][-1] in ("good", "fair")


def test_a_teaser_repeated_down_the_page_counts_once() -> None:
    # Three copies of one excerpt are one teaser box shown three times, not a list of teasers.
    text = "\n".join([TEASERS[0]] * 3)
    assert {line.label for line in describe_lines(text)} != {"junk"}
