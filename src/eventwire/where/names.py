"""Place-name normalisation that tolerates spelling and transliteration variants.

Two keys are derived from every name. The *folded* key only removes what never distinguishes
two places in news text (accents, case, hyphens, spaces, apostrophes, dots): "Bileh-Savar" and
"Bileh Savar" share it. The *loose* key also collapses the variants that romanisations of one
name differ by ("kh"/"h", "ou"/"u", "dj"/"j", "y"/"i", doubled letters, "-obod"/"-abad"), so
"Bilekh-Savar" meets "Bileh Savar" and "Kyiv" meets "Kiev"'s family. Matches on the loose key
are weaker evidence than matches on the folded key, and the resolver scores them so.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ł": "l",
        "þ": "th",
        "ŧ": "t",
        "ŀ": "l",
        "ʼ": "",
        "ʻ": "",
        "ʿ": "",
        "ʾ": "",
        "’": "",
        "‘": "",
        "`": "",
        "'": "",
    }
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# A word as the toponym finder sees it: letters/digits joined by single hyphens, apostrophes or
# dots ("Bilekh-Savar", "U.S").
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_DOUBLED = re.compile(r"([a-z])\1+")
# Ordered: digraphs first, so that "kh" is reduced before "h"-sensitive rules run.
_TRANSLITERATION_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"obod$"), "abad"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"dzh|dj|dzj"), "j"),
    (re.compile(r"tch|tsch|tsh"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"iy|ii|yi|ie(?=v)"), "i"),
    (re.compile(r"y"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"q"), "k"),
)


def ascii_fold(text: str) -> str:
    """``text`` lower-cased with accents removed ("Ardabīl" → "ardabil")."""
    lowered = text.lower().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Cached: news repeats the same capitalised words, and lookups try every word window.
@lru_cache(maxsize=131072)
def folded_key(name: str) -> str:
    """The key that ignores accents, case, spaces, hyphens and punctuation."""
    return _NOT_ALNUM.sub("", ascii_fold(name))


@lru_cache(maxsize=131072)
def loose_key(name: str) -> str:
    """The folded key with transliteration variants and doubled letters collapsed.

    Args:
        name: a place name as written.

    Returns:
        A key shared by common romanisations of one name ("Bilekh-Savar", "Bileh Savar").
    """
    key = folded_key(name)
    if len(key) < 4:
        return key  # short names and abbreviations would collide with too much
    for pattern, replacement in _TRANSLITERATION_RULES:
        key = pattern.sub(replacement, key)
    return _DOUBLED.sub(r"\1", key)


def is_latin_name(name: str) -> bool:
    """True when ``name`` is written in Latin letters and looks like a proper name.

    GeoNames alternate names include machine transliterations in lower case
    ("sbrynghfyld") and airport codes ("THR"); neither is how news text names a place.
    """
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    folded = ascii_fold(name)
    return all(char.isascii() for char in folded)


def first_word_and_count(name: str) -> tuple[str, int]:
    """The loose key of ``name``'s first word and its number of words (as text is tokenised)."""
    words = WORD.findall(name)
    if not words:
        return "", 0
    return loose_key(words[0]), len(words)
