"""Photo captions that end in the picture's credit are left out of the body."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_line
from eventwire.clean.selection import is_photo_credit

PARAGRAPHS = [
    "The harbour authority said on Tuesday that the northern pier will stay closed until the "
    "end of the month, after divers found cracks in two of the concrete pillars.",
    "Fishing boats that normally unload at the pier have been sent to the southern basin, "
    "where the quay is shorter and crews have to wait for a free berth for hours.",
    "Repairs are expected to cost about four million euros, the authority said, and the "
    "money will come from the regional budget for ports and coastal defences.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Fishing boats at the southern basin on Monday. Photo: Jane Doe/Harbour Press",
        "Die Mole im Abendrot. Bild: Max Muster/Bildagentur",
        "(Foto: dpa)",
        "Der Hafenmeister vor der gesperrten Mole (Foto: privat)",
        "Photograph by Jane Doe, Coastal Trust",
        "Vista del muelle norte. Imagen: Agencia del Puerto",
    ],
)
def test_caption_with_a_credit_is_a_photo_credit(text: str) -> None:
    assert is_photo_credit(describe_line(0, text))


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPHS[0],
        "The photo agency said the pictures were taken before the cracks appeared.",
        "Die Bilder zeigen, wie die Taucher die Risse an zwei Pfeilern fanden.",
        # A credit cue early in a long paragraph is the article talking about a picture.
        "Photo: the image that went round the world showed the pier from above, and harbour "
        "officials said it had been taken by a drone flown without permission during the "
        "inspection, which is now the subject of a separate inquiry by the coastal police.",
    ],
)
def test_prose_mentioning_pictures_is_not_a_photo_credit(text: str) -> None:
    assert not is_photo_credit(describe_line(0, text))


def test_captions_inside_the_article_are_dropped_from_the_body() -> None:
    page = "\n".join(
        [
            "Home",
            "News",
            "Northern pier closed after divers find cracks",
            PARAGRAPHS[0],
            "The closed northern pier seen from the lighthouse. Photo: Jane Doe/Harbour Press",
            PARAGRAPHS[1],
            "(Foto: Max Muster)",
            PARAGRAPHS[2],
            "Share",
            "Tweet",
        ]
    )
    cleaned = clean_article(page, "text", url="https://example.org/news/northern-pier-closed")
    assert cleaned.text.split("\n") == PARAGRAPHS
