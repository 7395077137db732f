"""The Iran–Azerbaijan drill sentences the coder was first built on, and their plainest kin."""

from __future__ import annotations

import pytest
from coder_helpers import coded, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Special forces of the IRGC are participating in the drill along with the special "
            "forces of the Azerbaijani Army.",
            ("062", "IRNMIL", "AZEMIL"),
        ),
        (
            "A high-ranking Azerbaijani military delegation was received in Ardabil by senior "
            "IRGC officials.",
            ("043", "IRNMIL", "AZEMIL"),
        ),
        (
            "The incident led Baku to close its embassy and evacuate its staff from Iran.",
            ("161", "AZEGOV", "IRN"),
        ),
        ("Russian forces attacked Ukrainian troops near Kharkiv.", ("190", "RUSMIL", "UKRMIL")),
        ("Ukraine was attacked by Russia on Monday.", ("190", "RUS", "UKR")),
    ],
)
def test_codes_kinds_of_sentences(text, expected, knowledge):
    assert expected in triples(text, knowledge)


def test_unknown_perpetrator_and_counts(knowledge):
    text = (
        "Ties had been strained after an attack by a gunman on the Azerbaijani embassy "
        "in Tehran killed one diplomat."
    )
    reports = coded(text, knowledge)
    violent = [r for r in reports if r.cameo.startswith("18")]
    assert violent and violent[0].source is None
    assert violent[0].target.actor.code == "AZEGOV"
    assert violent[0].counts == {"killed": 1}
    assert violent[0].modality == "historical"
