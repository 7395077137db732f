"""The publication date of a page: the dated lines around its headline, and its URL.

Lines that say "published"/"veröffentlicht"/"publicado" rank first, plain date lines near the
headline next, "updated" lines after them, then a day in the URL path; copyright lines and
dates below the body (reader comments) are not publication dates. A page's numeric dates are
read day-first unless one of its dates can only be month-first. Each found date records which
kind of line it came from (``Found.how``).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from eventwire.clean.metadata import MONTHS
from eventwire.model import DateValue, Found

# Month spellings that only the publication-date search reads: short forms and inflections
# seen on dated page furniture ("Okt 13, 2022", "15 августа 2016", "4 de maio de 2022").
_EXTRA_MONTH_NAMES = (
    "jän jänner janv ene gen sty января|febr feber févr fevr fév fev lut февраля|"
    "mär mrz marz мар марта|avr abr kwi апреля|мая|giu czer июня|juil lug lip июля|"
    "ago agu sier августа|sett set wrz сентября|okt ott out paź октября|lis ноября|"
    "dez déc dic gru декабря"
)
_EXTRA_MONTHS = {
    name: number
    for number, names in enumerate(_EXTRA_MONTH_NAMES.split("|"), start=1)
    for name in names.split()
}
_ANY_MONTH = MONTHS | _EXTRA_MONTHS
# WordPress themes print "published" and "updated" dates back to back ("10. Februar 20199.
# Februar 2019"), so a year may run straight into the day of the next date.
# Forums glue the time to the date ("28.09.1912:44" is 28.09.19 at 12:44, "28.09.201912:44"
# the same with a full year), so a year may also run into a time, and "1912" followed by ":"
# and a digit is a two-digit year and an hour.
_GLUED_TIME = r"(?=[0-2]?\d:[0-5]\d)"
_YEAR_END = rf"(?:(?!\d|:\d)|(?=[0-3]?\d[./])|{_GLUED_TIME})"
_PUB_YEAR = rf"(?P<year>(?:19|20)\d\d){_YEAR_END}"
_PUB_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_PUB_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_OF = r"(?:\s{1,2}(?:de|del|of))?"
_PUBLICATION_PATTERNS = [
    re.compile(rf"(?<!\d){_PUB_YEAR}[-./](?P<mnum>[01]?\d)[-./](?P<day>[0-3]?\d)(?!\d)"),
    re.compile(
        rf"(?<![\d.])(?P<first>[0-3]?\d)(?P<sep>[./])\s?(?P<second>[0-3]?\d)(?P=sep)\s?"
        rf"(?:{_PUB_YEAR}|(?P<short_year>\d\d)(?:(?![\d.])|{_GLUED_TIME}))"
    ),
    re.compile(rf"(?<!\w){_PUB_DAY}{_OF}[ /-]{{1,3}}{_PUB_MONTH}{_OF}[ ,/-]{{1,3}}{_PUB_YEAR}"),
    re.compile(rf"(?<!\w){_PUB_MONTH}[ ]{{1,2}}{_PUB_DAY},?[ ]{{1,2}}{_PUB_YEAR}"),
]
# Words that say a line states when the article was first put out …
_FIRST_PUBLISHED = re.compile(
    r"(?i)\b(?:posted|published|publication|veröffentlicht|erschienen|erstellt|publié|"
    r"publicado|pubblicato|opublikowano|yayınlanma|datum|date|fecha|eingetragen)\b"
)
# … or when it was changed last, which is a weaker sign of when it appeared.
_LAST_UPDATED = re.compile(
    r"(?i)\b(?:updated|update|aktualisiert|zuletzt|geändert|stand|actualizado|atualizado|"
    r"mis à jour|modifié|last edited|edited)\b"
)
_COPYRIGHT_LINE = re.compile(r"(?i)©|\(c\)|copyright")
_DATE_LINES_ABOVE = 40
_DATE_LINES_BELOW = 60  # lines searched around the headline (or the body's first line)
_MAX_DATE_LINE_CHARS = 200
# More letters than this and a line is a sentence that mentions a date.
_MAX_DATE_LINE_LETTERS = 40


def _publication_date(match: re.Match[str], day_first: bool) -> dt.date | None:
    parts = match.groupdict()
    try:
        if parts.get("first") is not None:
            first, second = int(parts["first"]), int(parts["second"])
            if parts["sep"] == "/" and not day_first and first <= 12:
                first, second = second, first
            year = int(parts["year"]) if parts.get("year") else 2000 + int(parts["short_year"])
            return dt.date(year, second, first)
        if parts.get("mnum") is not None:
            month = int(parts["mnum"])
        else:
            month = _ANY_MONTH.get((parts.get("month") or "").lower(), 0)
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except (TypeError, ValueError):
        return None


def publication_date_in(text: str, *, day_first: bool = True) -> dt.date | None:
    """The first calendar date in a dated line, read more widely than ``parse_absolute_date``.

    Two-digit years ("06.11.23"), "de" between parts ("4 de maio de 2022"), month
    abbreviations of several languages, and dates run together with the next one.

    Args:
        text: one line of page text.
        day_first: how to read an ambiguous slashed date ("03/04/2022"): day first (most
            of the world) or month first (the United States).
    """
    text = text[:_MAX_DATE_LINE_CHARS]
    found: list[tuple[int, dt.date]] = []
    for pattern in _PUBLICATION_PATTERNS:
        for match in pattern.finditer(text):
            day = _publication_date(match, day_first)
            if day is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def slashed_dates_day_first(texts: list[str], url_month: tuple[int, int] | None = None) -> bool:
    """Whether a page's slashed dates put the day first.

    One unambiguous date settles it ("17/11/2019" yes, "01/23/2020" no); else the month in
    the URL's path ("/2023/11/" makes "11/08/23" the 8th of November); else day first, the
    more common order.
    """
    pattern = _PUBLICATION_PATTERNS[1]
    month_first_fits = False
    for text in texts:
        if "/" not in text:
            continue
        for match in pattern.finditer(text[:_MAX_DATE_LINE_CHARS]):
            if match["sep"] != "/":
                continue
            first, second = int(match["first"]), int(match["second"])
            if first > 12:
                return True
            if second > 12:
                return False
            if url_month is not None and first != second:
                year = int(match["year"]) if match["year"] else 2000 + int(match["short_year"])
                month_first_fits |= url_month == (year, first) and url_month != (year, second)
    return not month_first_fits


def _date_line_weight(text: str) -> tuple[float, str] | None:
    too_long = len(text) > _MAX_DATE_LINE_CHARS
    if too_long or not any(char.isdigit() for char in text) or _COPYRIGHT_LINE.search(text):
        return None
    if _FIRST_PUBLISHED.search(text):
        return 3.0, "published line"
    if _LAST_UPDATED.search(text):
        return 1.0, "updated line"
    letters = sum(1 for char in text if char.isalpha())
    # Dated furniture runs on without a full stop; a sentence that mentions a date ends in one.
    if letters > 2 * _MAX_DATE_LINE_LETTERS or (
        letters > _MAX_DATE_LINE_LETTERS and text.rstrip().endswith((".", "!", "?"))
    ):
        return None
    return 2.0, "date line"


# "/2019/09/21/", "/2019-09-21-", "/20190921/": many sites put the publication day in the path.
_URL_DAY = re.compile(r"(?<![\d])((?:19|20)\d\d)([-/_]?)([01]\d)\2([0-3]\d)(?![\d])")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)[-/_]([01]?\d)(?:/|$)")


def date_from_url(url: str | None) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The day, or else the (year, month), that a URL's path gives for its article."""
    path = urlsplit(url if url and "//" in url else f"//{url or ''}").path[:300]
    for match in _URL_DAY.finditer(path):
        try:
            return dt.date(int(match[1]), int(match[3]), int(match[4])), None
        except ValueError:
            continue
    month = _URL_MONTH.search(path)
    if month is not None and 1 <= int(month[2]) <= 12:
        return None, (int(month[1]), int(month[2]))
    return None, None


def find_publication_date(
    texts: list[str], anchor: int, body_end: int, url: str | None = None
) -> Found[DateValue] | None:
    """The publication date stated in the lines around an article's headline.

    Lines with a "published" word beat plain date lines, which beat "updated" lines; nearer
    the headline beats farther, and dates below the body (comments, related stories) count
    least. Copyright lines are never read: their year is not the article's date.

    Args:
        texts: the page's lines.
        anchor: position of the headline, or of the body's first line.
        body_end: position just after the body's last line.
        url: the page's address; a day in its path confirms a date line, or stands in
            when no line gives one.
    """
    url_day, url_month = date_from_url(url)
    start = max(0, anchor - _DATE_LINES_ABOVE)
    end = min(len(texts), max(anchor, body_end) + _DATE_LINES_BELOW)
    day_first = slashed_dates_day_first(texts[start:end], url_month)
    best: tuple[float, str, dt.date] | None = None
    for position in range(start, end):
        weight = _date_line_weight(texts[position])
        day = publication_date_in(texts[position], day_first=day_first) if weight else None
        if weight is None or day is None:
            continue
        score, how = weight
        score -= 0.03 * abs(position - anchor)
        if position >= body_end:
            score -= 2.0  # reader comments and teasers below the article carry their own dates
        if day == url_day or (url_month is not None and url_month == (day.year, day.month)):
            score += 2.0
        if best is None or score > best[0]:
            best = (score, how, day)
    if url_day is not None and (best is None or (best[0] < 1.0 and best[2] != url_day)):
        return Found(DateValue(url_day, "day", "explicit", "url"), "url")
    if best is None:
        return None
    return Found(DateValue(best[2], "day", "explicit", best[1]), best[1])


# A day's difference between a page's metadata and its printed date is the time zone: metadata
# is often stamped in UTC, the page prints the outlet's local day, which readers (and dating
# of "yesterday") go by.
_TIME_ZONE_DAYS = 1


def reconcile_publication_dates(
    declared: dt.date | None, on_page: Found[DateValue] | None, url: str | None = None
) -> Found[DateValue] | None:
    """One publication date from a page's metadata and the dated lines printed on the page.

    Metadata dates that fall on 1 January are usually a bare year (a copyright line) padded
    to a day, so they count only when the page prints that day too. When the two disagree,
    a day in the URL settles it; a day apart, the printed date wins (time zones); further
    apart, the later one, because pages print older dates in teasers and metadata keeps the
    day a draft was created.

    Args:
        declared: the day from the page's metadata (``<meta>``, JSON-LD), if any.
        on_page: the date found by :func:`find_publication_date` in the page's text.
        url: the page's address.

    Returns:
        The chosen date, recorded as "html metadata" or with the page line's ``how``.
    """
    page_day = on_page.value.value if on_page is not None else None
    if declared is not None and (declared.month, declared.day) == (1, 1) and page_day != declared:
        declared = None
    if declared is None:
        return on_page
    from_metadata = Found(DateValue(declared, "day", "explicit", "html metadata"), "html metadata")
    if on_page is None or page_day is None or page_day == declared:
        return from_metadata
    url_day, _ = date_from_url(url)
    if url_day in (declared, page_day):
        return from_metadata if url_day == declared else on_page
    if abs((page_day - declared).days) <= _TIME_ZONE_DAYS or page_day > declared:
        return on_page
    return from_metadata
