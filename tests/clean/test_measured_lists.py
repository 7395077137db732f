"""Lists of measured quantities beside the body (ingredients, nutrition facts) are the page's
own text; short lines beside it that carry numbers but no units (menus, prices, counters) are
not."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_line
from eventwire.clean.quantities import is_quantity_line

METHOD = [
    "Den Backofen auf 180 Grad vorheizen und die Form mit etwas Butter einfetten, damit sich "
    "der Kuchen später gut lösen lässt.",
    "Mehl, Zucker und Butter zu einem glatten Teig verkneten und eine halbe Stunde kalt "
    "stellen, dann in die Form drücken.",
    "Die Äpfel schälen, in Spalten schneiden und auf dem Teig verteilen. Den Kuchen etwa "
    "45 Minuten backen und abkühlen lassen.",
]
INGREDIENTS = [
    "Zutaten",
    "Für den Teig:",
    "250 g",
    "Mehl",
    "125 g",
    "Butter",
    "2 EL",
    "Zucker",
    "1 Pck.",
    "Vanillezucker",
    "4",
    "Äpfel",
]
NUTRITION = ["1 Stück ca.:", "390 kcal", "8 g Eiweiß", "18 g Fett", "52 g Kohlenhydrate"]
MENU = ["Rezepte", "Kuchen", "Torten", "Brot", "Plätzchen", "Getränke", "Salate"]


def test_ingredients_above_and_nutrition_below_the_method_are_kept() -> None:
    page = "\n".join(
        [*MENU, "Apfelkuchen vom Blech", *INGREDIENTS, *METHOD, *NUTRITION, "Teilen", *MENU]
    )
    text = clean_article(page, "text").text
    for item in ("250 g", "Mehl", "1 Pck.", "Vanillezucker", "Für den Teig:", "390 kcal"):
        assert item in text.split("\n")
    assert "Plätzchen" not in text
    assert text.index("Mehl") < text.index(METHOD[0]) < text.index("390 kcal")


def test_numbered_lines_without_units_stay_out() -> None:
    shop = ["Adventskalender", "12,95 €", "Kerzenset", "7,50 €", "Teelichter", "3,20 €"]
    archive = ["März 2021 (4)", "Februar 2021 (7)", "Januar 2021 (2)", "Dezember 2020 (5)"]
    page = "\n".join([*MENU, "Apfelkuchen vom Blech", *shop, *archive, *METHOD, *shop])
    text = clean_article(page, "text").text
    assert text.split("\n") == METHOD


@pytest.mark.parametrize(
    ("line", "measured"),
    [
        ("125 g", True),
        ("2 EL Zucker", True),
        ("1 Pck.", True),
        ("2 Dose/n", True),
        ("3 cups flour", True),
        ("½ tsp salt", True),
        ("400 gramów", True),
        ("390 kcal", True),
        ("12,95 €", False),
        ("Februar 2021 (7)", False),
        ("20 w Warszawie", False),
        ("3 Kommentare", False),
    ],
)
def test_quantity_lines(line: str, measured: bool) -> None:
    assert is_quantity_line(describe_line(0, line)) is measured


APPEAL = (
    "Zu den Koalitionsverhandlungen wendet sich der Verband gemeinsam mit weiteren "
    "Wohlfahrtsverbänden an die nächste Bundesregierung und stellt zentrale Forderungen auf:"
)
DEMANDS = [
    "Geflüchtete brauchen einen uneingeschränkten Zugang zu medizinischer und psychosozialer "
    "Versorgung",
    "Die Finanzierung der Psychosozialen Zentren muss nachhaltig sichergestellt werden",
]
CLOSING = (
    "Die Verbände kündigten an, die Verhandlungen genau zu verfolgen und ihre Forderungen in "
    "den kommenden Wochen auch den Abgeordneten des neuen Bundestages vorzulegen."
)


def test_long_items_of_an_announced_list_are_kept_and_lone_teasers_are_not() -> None:
    # Each demand is as long as a teaser headline; the colon and the block make them a list.
    teaser = "Niederlage für den Minister – Regierung will die Reform erneut verschieben"
    page = "\n".join(
        ["Menschenrechte achten", APPEAL, "", *DEMANDS, "", CLOSING, "", teaser, "", CLOSING + " "]
    )
    text = clean_article(page, "text").text
    for demand in DEMANDS:
        assert demand in text
    assert teaser not in text
