"""Publication date, outlet and byline found in the lines around an article body.

Only absolute dates are read here ("2 January 2023", "02-Jan-2023", "2023.05.14 09:30"); a
weekday or a day without a year needs an anchor and is resolved by the dating stage. Outlets
come from wire-agency tags ("(Reuters)"), the URL host, or the page's own name, and each value
records how it was found so that a user can judge it. The page-level search for the publication
date (which dated line wins) is in :mod:`eventwire.clean.publication_date`.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from eventwire.model import DateValue, Found

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan januar janvier enero gennaio janeiro ocak styczeń stycznia",
            "february feb februar février fevrier febrero febbraio fevereiro şubat luty lutego",
            "march mar märz mars marzo março mart marzec marca",
            "april apr avril abril aprile nisan kwiecień kwietnia",
            "may mai mayo maggio maio mayıs maj maja",
            "june jun juni juin junio giugno junho haziran czerwiec czerwca",
            "july jul juli juillet julio luglio julho temmuz lipiec lipca",
            "august aug août aout agosto ağustos sierpień sierpnia",
            "september sep sept septembre septiembre settembre setembro eylül wrzesień września",
            "october oct oktober octobre octubre ottobre outubro ekim październik października",
            "november nov novembre noviembre novembro kasım listopad listopada",
            "december dec dezember décembre decembre diciembre dicembre dezembro aralık grudzień "
            "grudnia",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"
# Each pattern is a fixed sequence of bounded pieces, so matching is linear in the line length.
_DATE_PATTERNS = [
    re.compile(rf"(?<!\d){_YEAR}[-./](?P<mnum>[01]?\d)[-./](?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./]{_YEAR}(?!\d)"),
    re.compile(rf"(?<!\w){_DAY}[ -]{{1,2}}{_MONTH}[ ,-]{{1,3}}{_YEAR}(?!\d)"),
    re.compile(rf"(?<!\w){_MONTH}[ ]{{1,2}}{_DAY},?[ ]{{1,2}}{_YEAR}(?!\d)"),
]
_PUBLISHED_CUE = re.compile(
    r"(?i)^\W{0,3}(?:posted|published|updated|last updated|veröffentlicht|aktualisiert|"
    r"publié|mis à jour|publicado|actualizado|pubblicato|yayınlanma|güncelleme|opublikowano)\b"
)
# The cue word may be in any case ("BY", "Von"); the names after it must be capitalised, with
# lower-case particles allowed inside ("Ursula von der Leyen"), so a headline such as "Von der
# Leyen will …" is not a byline; a co-author joins with a separate "and"/"und"/"et".
_BYLINE = re.compile(
    r"^(?i:by|von|par|por|di|autor|author|written by|reporter|text|auteur|autore)\s{0,2}:?"
    r"\s{1,3}[A-ZÀ-Ý][\w'’.-]{0,30}"
    r"(?:\s{1,3}(?:(?:von|van|de|der|den|del|da|di|du|le|la|al|bin|ibn)\s{1,3}){0,2}"
    r"[A-ZÀ-Ý][\w'’.-]{0,30}){0,3}"
    r"(?:\s{0,3}(?:,|&|\||(?<=\s)(?i:and|und|et|y|e)\s)[^\n]{0,80})?$"
)
AGENCIES = {
    "reuters": "Reuters",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "afp": "AFP",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "anadolu": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "irna": "IRNA",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
}
_AGENCY_NAMES = "|".join(sorted((re.escape(key) for key in AGENCIES), key=len, reverse=True))
# "BEIRUT, March 3 (Reuters) -" or "WASHINGTON (AP) —": a dateline that opens the first paragraph.
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.'’\- ]{{1,40}}(?:,\s{{0,2}}[A-Z][A-Za-z.'’\- ]{{1,30}})?)?"
    rf"(?:,\s{{0,2}}(?P<date>[A-Z][a-z]{{2,8}}\.?\s{{1,2}}\d{{1,2}}(?:,\s{{0,2}}\d{{4}})?))?\s{{0,3}}"
    rf"\((?P<agency>{_AGENCY_NAMES})\)\s{{0,3}}[-—–:]{{1,2}}\s{{0,3}}",
    re.IGNORECASE,
)
_AGENCY_TAG = re.compile(rf"\((?P<agency>{_AGENCY_NAMES})\)", re.IGNORECASE)


def parse_absolute_date(text: str) -> dt.date | None:
    """The first complete calendar date (day, month and year) written in ``text``, if any."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text[:500]):
            found = _date_from_match(match)
            if found is not None:
                return found
    return None


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    if parts.get("mnum") is not None:
        month = int(parts["mnum"])
    else:
        month = MONTHS.get((parts.get("month") or "").lower(), 0)
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except (TypeError, ValueError):
        return None


def published_from_line(text: str, how: str) -> Found[DateValue] | None:
    """A publication date read from a date-bearing line, recorded as found by ``how``."""
    found = parse_absolute_date(text)
    if found is None:
        return None
    return Found(DateValue(found, "day", "explicit", how), how)


def is_date_line(text: str) -> bool:
    """True for short lines whose purpose is to state when the article was posted."""
    if len(text) > 120:
        return False
    if _PUBLISHED_CUE.search(text):
        return True
    found = parse_absolute_date(text)
    if found is None:
        return False
    letters = sum(1 for char in text if char.isalpha())
    return letters <= 40  # a date with a time zone or weekday, not a sentence about a date


def is_byline(text: str) -> bool:
    """True for "By Jane Doe"-style author lines."""
    return len(text) <= 160 and _BYLINE.match(text) is not None


def split_dateline(paragraph: str) -> tuple[str, re.Match[str] | None]:
    """Separate a wire dateline ("BEIRUT, March 3 (Reuters) -") from a first paragraph.

    Returns:
        The paragraph without the dateline, and the dateline match (None when there is none).
    """
    match = _DATELINE.match(paragraph[:200])
    if match is None or match.end() >= len(paragraph):
        return paragraph, None
    return paragraph[match.end() :], match


def agency_in(text: str) -> str | None:
    """Canonical name of a wire agency tagged in ``text`` ("(Reuters)" → "Reuters")."""
    match = _AGENCY_TAG.search(text[:400])
    if match is None:
        return None
    return AGENCIES[match.group("agency").lower()]


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's host without ``www.``/``m.``: "https://www.reuters.com/x" → "reuters.com"."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host or None


# Names of the "label: value" fields that pages print around an article (view counters, tags,
# categories, photo credits), in the languages of the cleaning lexicon.
_FIELD_LABELS = (
    "views|reads|read|comments|likes|shares|tags|tagged|filed under|filed in|posted in|"
    "categories|category|topics|topic|section|source|sources|photo|photos|image|credit|"
    "reading time|read time|updated|published|posted|date|author|authors|editor|"
    "aufrufe|gelesen|kommentare|schlagwörter|schlagworte|kategorie|kategorien|themen|quelle|"
    "bild|foto|fotos|lesezeit|aktualisiert|veröffentlicht|autor|autoren|redaktion|"
    "vues|lectures|commentaires|mots-clés|catégorie|catégories|rubrique|source|crédit|"
    "temps de lecture|mis à jour|publié|visitas|lecturas|comentarios|etiquetas|categoría|"
    "fuente|tiempo de lectura|visite|letture|commenti|categoria|fonte|wyświetlenia|"
    "komentarze|tagi|kategoria|źródło|görüntülenme|okunma|etiketler|kategori|kaynak|"
    "просмотры|просмотров|теги|рубрика|источник"
)
_FIELD_LINE = re.compile(rf"^(?:{_FIELD_LABELS})\s{{0,2}}:", re.IGNORECASE)
# A short label with a number after it: "Views: 3 418", "Kommentare: 12".
_COUNTER_FIELD = re.compile(r"^[^\W\d_][\w .-]{0,24}:\s{0,2}[\d.,  ]{1,15}$")


def is_field_line(text: str) -> bool:
    """True for page fields such as "Views: 3 418", "Tags: Iran, Iraq" or "Filed under: World"."""
    if len(text) > 300:
        return False
    return _FIELD_LINE.match(text) is not None or _COUNTER_FIELD.match(text) is not None


_COPYRIGHT_SIGN = r"(?:©|\(c\)|copyright|copr\.)"
_YEARS = r"(?:(?:19|20)\d\d(?:\s{0,2}[-–]\s{0,2}(?:19|20)\d\d)?)"
_OUTLET_NAME = r"(?P<name>[^\W\d_][\w&.'’ -]{1,60}?)"
# "© 2026 Great Lakes Tribune", "© Fergana Courier, 2024.", "Copyright (c) 2025 Example Media Ltd"
_COPYRIGHT_NAME = re.compile(
    rf"^[^\w©(]{{0,3}}{_COPYRIGHT_SIGN}\s{{0,3}}(?:{_COPYRIGHT_SIGN}\s{{0,3}})?(?:{_YEARS}\s{{0,3}}[,.]?\s{{0,3}})?"
    rf"{_OUTLET_NAME}\s{{0,3}}(?:$|[,|/•·–—(]|\.(?:\s|$)|-\s|{_YEARS}|all rights)",
    re.IGNORECASE,
)
_RIGHTS_RESERVED = (
    "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos "
    "reservados|tutti i diritti riservati|tüm hakları saklıdır|wszelkie prawa zastrzeżone"
)
# "Banadir Online - All rights reserved"
_NAME_BEFORE_RIGHTS = re.compile(
    rf"^{_OUTLET_NAME}\s{{0,3}}[-–—|,.]\s{{0,3}}(?:{_RIGHTS_RESERVED})", re.IGNORECASE
)
# "Haberport © 2025": the name before the sign.
_NAME_BEFORE_SIGN = re.compile(
    rf"^{_OUTLET_NAME}\s{{0,2}}(?:©|\(c\))\s{{0,2}}{_YEARS}", re.IGNORECASE
)
# Legal forms differ between a publisher's lines ("Example Media Ltd", "Example Media") and
# say nothing about which outlet it is.
_LEGAL_FORM = re.compile(
    r"(?:,?\s{1,2}(?:ltd|limited|co|inc|llc|gmbh|ag|s\.\s?l|s\.\s?a|plc|corp|srl|spa|bv|nv|"
    r"sp\. z o\.o|s\.a\.s|sarl|oy|ab|as)\.?){1,2}$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    rf"^(?:{_RIGHTS_RESERVED}|copyright|the authors?|the author|by|all|alle|tous|\d)",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 6
# Longer runs of capitalised words at the top of a page are menus ("News Politics War Sport").
_MAX_MASTHEAD_WORDS = 4


def outlet_from_copyright(text: str) -> str | None:
    """The publisher named in a copyright line ("© 2026 Great Lakes Tribune" → its name)."""
    if len(text) > 200:
        return None
    match = (
        _COPYRIGHT_NAME.match(text)
        or _NAME_BEFORE_RIGHTS.match(text)
        or _NAME_BEFORE_SIGN.match(text)
    )
    if match is None:
        return None
    return _clean_outlet_name(match.group("name"))


def outlet_from_masthead(text: str) -> str | None:
    """The outlet's name when ``text`` could be a masthead line: one to four capitalised words."""
    words = text.split()
    if not 1 <= len(words) <= _MAX_MASTHEAD_WORDS or any(char.isdigit() for char in text):
        return None
    if not all(word[0].isupper() or word in ("&", "of", "the", "de", "la") for word in words):
        return None
    if text.endswith((".", "!", "?", ":")):
        return None
    return _clean_outlet_name(text)


def _clean_outlet_name(name: str) -> str | None:
    name = " ".join(name.split()).strip(" -–,'’")
    name = _LEGAL_FORM.sub("", name).strip(" -–.,'’")
    if not name or _NOT_A_NAME.match(name) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    # Mastheads are often set in capitals; the same outlet's copyright line is not.
    return name.title() if name.isupper() and len(name) > 4 else name
