"""Bytes to text and text to the one Unicode form that every later offset indexes.

Scrapers hand us pages in undeclared encodings and with invisible characters (soft hyphens,
zero-width joiners, byte-order marks) that split words for a tokenizer while looking identical
on screen. ``normalise_unicode`` removes those and turns the space family into plain spaces, but
keeps every visible character as the publisher wrote it: curly apostrophes and quotes, dashes
and non-ASCII hyphens stay, so that a quotation copied from the source page still matches the
stored text. Later stages treat ``’`` and ``'`` alike themselves.
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes


class UndecodableInput(ValueError):
    """The input bytes are not text in any encoding we can recognise."""


# Characters that carry no visible text: deleting them never merges two words that a reader
# sees as separate, while keeping them splits words for the tokenizer ("inter\u00adnational").
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\u2061\u2062\u2063\u2064\u206a\u206b"
        "\u206c\u206d\u206e\u206f",
    )
)

# One character to one character only, so a span found in the normalised text is the same span
# in the text before; only characters a reader cannot tell from a plain space or line break are
# replaced. Typographic punctuation is deliberately not folded (see the module docstring).
_SAME_LENGTH_FOLDS = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\r": "\n",
}
_TRANSLATION = {**_INVISIBLE, **{ord(k): v for k, v in _SAME_LENGTH_FOLDS.items()}}
# Control characters other than tab and newline are junk left by broken converters.
_TRANSLATION.update(
    {code: None for code in range(32) if chr(code) not in "\t\n\r"}
    | {code: None for code in range(0x7F, 0xA0)}
)


_REPLACEMENTS = {chr(code): value or "" for code, value in _TRANSLATION.items()}
# str.translate looks up every character of a page in a dict; the characters to change are rare,
# so finding them with one character class and replacing only those is several times faster.
_TO_REPLACE = re.compile("[" + "".join(re.escape(char) for char in _REPLACEMENTS) + "]")


def normalise_unicode(text: str) -> str:
    """Return ``text`` in NFC with invisible characters removed and odd spaces made plain.

    Soft hyphens, zero-width characters, byte-order marks and stray control characters are
    deleted; no-break and other fixed-width spaces become plain spaces and ``\\r\\n`` becomes
    ``\\n``. Typographic characters (curly apostrophes and quotes, dashes, non-ASCII hyphens,
    primes) are kept as published.
    """
    text = text.replace("\r\n", "\n")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _TO_REPLACE.sub(lambda match: _REPLACEMENTS[match.group()], text)


def decode_bytes(data: bytes) -> str:
    """Decode raw bytes whose encoding may be undeclared.

    Tries UTF-8 (with or without a byte-order mark) first because it is both the commonest and
    self-checking, then asks charset-normalizer for the most plausible encoding.

    Raises:
        UndecodableInput: when the bytes look binary (NUL bytes, no plausible encoding).
    """
    if not data:
        return ""
    head = data[:4096]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise UndecodableInput(
            f"input of {len(data)} bytes contains NUL bytes, so it is binary, not text; "
            "pass the page or article text, not an image, PDF or archive"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A file cut inside its last multi-byte character is truncated UTF-8, not another
        # encoding: guessing again would turn every accented letter into mojibake.
        if error.reason == "unexpected end of data" and error.end == len(data):
            return data[: error.start].decode("utf-8-sig")
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableInput(
            f"input of {len(data)} bytes is not text in any encoding charset-normalizer "
            "recognises; decode it yourself and pass a str"
        )
    text = str(best)
    if _control_share(text) > 0.05:
        raise UndecodableInput(
            f"input decodes as {best.encoding} but {_control_share(text):.0%} of it is "
            "control characters, so it is probably binary; pass text or HTML"
        )
    return text


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    controls = sum(
        1
        for char in sample
        if unicodedata.category(char) in ("Cc", "Co", "Cs") and char not in "\t\n\r"
    )
    return controls / len(sample)
