from __future__ import annotations

import pytest

from eventwire.where.names import folded_key, is_latin_name, loose_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Aslanduz", "Aslan Duz"),
        ("Bilekh-Savar", "Bileh Savar"),
        ("Kyiv", "Kiev"),
        ("Ardabīl", "Ardabil"),
        ("Djibouti", "Jibouti"),
        ("Samarqand", "Samarkand"),
        ("Namangan obod", "Namanganabad"),
    ],
)
def test_transliteration_variants_share_the_loose_key(one: str, other: str) -> None:
    assert loose_key(one) == loose_key(other)


@pytest.mark.parametrize(("one", "other"), [("Paris", "Perth"), ("Iran", "Iraq"), ("Oman", "Omsk")])
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert loose_key(one) != loose_key(other)


def test_folded_key_ignores_case_accents_and_punctuation() -> None:
    assert folded_key("Saint-Étienne") == folded_key("saint etienne") == "saintetienne"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Teheran", True), ("sbrynghfyld", False), ("THR", False), ("Тегеран", False)],
)
def test_is_latin_name(name: str, expected: bool) -> None:
    assert is_latin_name(name) is expected
