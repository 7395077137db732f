"""Unicode normalisation and byte decoding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.clean import UndecodableInput, decode_bytes, normalise_unicode


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("inter\u00adnational", "international"),
        ("zero\u200bwidth\u200djoin", "zerowidthjoin"),
        ("\ufeffBOM at start", "BOM at start"),
        ("Iran\u2019s army", "Iran\u2019s army"),  # typographic characters kept as published
        ("pro\u2011Iranian", "pro\u2011Iranian"),
        ("\u2018a\u2019 \u2032 \u2212", "\u2018a\u2019 \u2032 \u2212"),
        ("10\u202fkm\u2009away\u3000now", "10 km away now"),
        ("10\u00a0km", "10 km"),
        ("line\r\nbreak", "line\nbreak"),
        ("Cafe\u0301", "Café"),  # NFD → NFC
        ("\u201cquoted\u201d \u2013 dash", "\u201cquoted\u201d \u2013 dash"),  # kept as published
    ],
)
def test_normalise_unicode(raw: str, expected: str) -> None:
    assert normalise_unicode(raw) == expected


@given(st.text())
def test_normalise_unicode_is_idempotent_and_never_longer(text: str) -> None:
    once = normalise_unicode(text)
    assert normalise_unicode(once) == once
    assert "\u00ad" not in once and "\u200b" not in once


def test_decode_bytes_reads_utf8_with_bom() -> None:
    assert decode_bytes("\ufeffAnkara, Türkiye".encode()) == "Ankara, Türkiye"


def test_decode_bytes_detects_undeclared_single_byte_encoding() -> None:
    text = (
        "Le président a déclaré mercredi que les négociations reprendraient à Genève "
        "après l'été, selon un communiqué publié par l'Élysée."
    )
    assert decode_bytes(text.encode("cp1252")) == text


def test_decode_bytes_rejects_binary() -> None:
    png_like = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(UndecodableInput, match="NUL bytes, so it is binary"):
        decode_bytes(png_like)


def test_undecodable_input_is_a_value_error() -> None:
    assert issubclass(UndecodableInput, ValueError)
