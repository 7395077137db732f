"""Closing lines below an article body: teaser labels, comment rules, follow prompts."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_lines

BODY = [
    "El Gobierno anunció el lunes un nuevo plan de inversiones en infraestructura que, según "
    "el ministerio, se pondrá en marcha a comienzos del próximo año en todo el país.",
    "La oposición criticó que el plan no incluye a las regiones del sur y pidió que el "
    "Congreso lo debata antes de que se apruebe el presupuesto de la nación.",
    "Los empresarios del sector de la construcción celebraron el anuncio, aunque advirtieron "
    "que faltan trabajadores cualificados para las obras que se esperan.",
]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Lea también: El Congreso debate hoy la reforma del sistema de pensiones", "related"),
        ("Lea más: Juan Pérez propone una nueva ley sobre la vivienda en la capital", "related"),
        ("Le puede interesar", "related"),
        ("Lesen Sie auch: Regierung beschließt neues Gesetz zur Windkraft", "related"),
        ("Read also: Parliament approves the budget after a long night of talks", "related"),
        ("Explore further", "related"),
        ("Please note that comments are moderated before they appear.", "form"),
        ("Follow us on Twitter for the latest updates", "promo"),
    ],
)
def test_closing_line_is_furniture(line: str, kind: str) -> None:
    (described,) = describe_lines(line)
    assert kind in described.kinds
    assert described.label == "junk"


@pytest.mark.parametrize(
    "line",
    [
        "Lea también: El Congreso debate hoy la reforma del sistema de pensiones",
        "Follow us on Twitter for the latest updates",
    ],
)
def test_closing_line_is_left_out_of_the_body(line: str) -> None:
    result = clean_article("\n\n".join([*BODY, line]), "text")
    assert result.text == "\n".join(BODY)


def test_news_sentence_about_moderation_stays() -> None:
    # A phrase counts as furniture only in a short line; in a long sentence it is news.
    sentence = (
        "The company said that all comments are moderated by a team of forty people in Dublin, "
        "and that it would hire more of them before the election campaign begins next month."
    )
    (described,) = describe_lines(sentence)
    assert described.label != "junk"
