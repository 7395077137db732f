"""Find the article's headline among the lines of flattened page text.

The headline anchors everything else: the body starts soon after it, and it is the ``title``
of the cleaned article rather than part of the body. Three independent signals point at it: it
repeats the words of the URL slug, it equals a title the caller already knows, and pages print
it more than once (in the breadcrumb, above the body, in a share box).
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz

from eventwire.clean.blocks import Line
from eventwire.clean.metadata import is_byline, is_date_line, is_field_line

_WORD = re.compile(r"\w+")
_SLUG_SPLIT = re.compile(r"[^0-9a-zà-ÿ]+")
# Headlines are short; a line beyond this is prose or a teaser, not a title.
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 3
# How far down the page a headline is looked for (menus can be long, bodies rarely start late).
MAX_HEADLINE_LINE = 400


def slug_words(url: str | None) -> set[str]:
    """Lower-cased words of a URL's path ("/2019/11/18/new-york-probe" → {"new", "york", …})."""
    if not url:
        return set()
    path = unquote(urlsplit(url).path).lower()
    return {word for word in _SLUG_SPLIT.split(path) if len(word) > 1 and not word.isdigit()}


def headline_score(line: Line, slug: set[str], known_title: str | None, repeats: int) -> float:
    """How strongly a line looks like the article's headline (0 = not at all)."""
    if line.label == "junk" or not MIN_HEADLINE_WORDS <= line.words <= MAX_HEADLINE_WORDS:
        return 0.0
    score = 0.0
    words = [word for word in _WORD.findall(line.text.lower()) if len(word) > 1]
    if slug and words:
        shared = sum(1 for word in words if word in slug)
        overlap = shared / max(len(words), len(slug))
        if overlap >= 0.5:
            score += 2.0 + overlap
    if known_title and fuzz.ratio(known_title.lower(), line.text.lower()) >= 85:
        score += 4.0
    if repeats >= 2:
        score += 1.0
    if line.text.endswith((".", "…", "...")):
        score -= 0.5  # teasers and captions end with a stop; headlines rarely do
    if score > 0 and (is_field_line(line.text) or is_byline(line.text)):
        return 0.0
    return score


def find_headline(lines: list[Line], url: str | None, known_title: str | None) -> int | None:
    """Position in ``lines`` of the most likely headline, or None when nothing stands out.

    A line that only repeats (no URL or known-title match) is accepted when it is the first
    repeated heading-like line of the page, because menus repeat single words, not sentences.
    """
    slug = slug_words(url)
    counts = Counter(line.text for line in lines)
    best_position, best_score = None, 0.0
    for position, line in enumerate(lines[:MAX_HEADLINE_LINE]):
        score = headline_score(line, slug, known_title, counts[line.text])
        if score > best_score:
            best_position, best_score = position, score
    return best_position if best_score >= 1.0 else None


# "Headline | Site", "Site - Headline", "Headline › Site": separators with a space on each side.
_TITLE_SEPARATOR = re.compile(r"\s(?:\||-|–|—|·|•|›|»|::|⋆|~)\s")
# <h1> elements of a page: bounded pieces, so a page of any size is read in linear time.
_H1 = re.compile(r"<h1(?:\s[^>]{0,500})?>(.{0,2000}?)</h1\s{0,5}>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^<>]{0,1000}>")
_SAME_TITLE = 90


def page_headings(html: str) -> list[str]:
    """Text of the page's ``<h1>`` headings, in page order (markup and entities removed)."""
    headings = []
    for match in _H1.finditer(html):
        text = " ".join(html_lib.unescape(_TAG.sub(" ", match.group(1))).split())
        if text:
            headings.append(text)
    return headings


def _letters(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def is_site_name(text: str, site_names: list[str]) -> bool:
    """True when ``text`` names the site itself ("Aerobuzz.de", "Rezept von Backen.de")."""
    letters = _letters(text)
    if not letters:
        return True
    for name in site_names:
        name_letters = _letters(name)
        if len(name_letters) < 3:
            continue
        if name_letters == letters or (len(letters) >= 4 and letters in name_letters):
            return True
        if len(name_letters) >= 5 and name_letters in letters and len(text.split()) <= 4:
            return True
    return False


def site_names_of(url: str | None, sitename: str | None) -> list[str]:
    """Names a page may use for its site: the declared name, the host, the host's first label."""
    names = [sitename] if sitename else []
    host = urlsplit(url).hostname if url and "//" in url else None
    if host:
        host = host.removeprefix("www.")
        names.append(host)
        labels = host.split(".")
        names.append(max(labels[:-1] or labels, key=len))
    return names


def strip_site_name(title: str, site_names: list[str]) -> str:
    """``title`` without the site's name before or after it ("Headline - Site" → "Headline")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    while len(parts) > 1 and is_site_name(parts[-1], site_names):
        parts.pop()
    while len(parts) > 1 and is_site_name(parts[0], site_names):
        parts.pop(0)
    return " - ".join(parts) if len(parts) > 1 else parts[0]


def choose_page_title(
    declared: str | None, headings: list[str], site_names: list[str]
) -> str | None:
    """The article's title from a page's declared title and its ``<h1>`` headings.

    Declared titles (``<title>``, ``og:title``) often carry the site's name or a section
    ("Headline | Site", "Section - Headline - Site"); the headline printed on the page does
    not. So a heading that matches the declared title or a part of it wins, then the declared
    title stripped of the site's name; a declared title that is only the site's name gives way
    to the page's first heading.
    """
    headings = [
        heading
        for heading in headings
        if len(heading.split()) <= MAX_HEADLINE_WORDS and not is_site_name(heading, site_names)
    ]
    if not declared:
        return headings[0] if headings else None
    parts = _TITLE_SEPARATOR.split(declared)
    for heading in headings:
        lowered = heading.casefold()
        if fuzz.ratio(lowered, declared.casefold()) >= _SAME_TITLE:
            return heading
        if len(parts) > 1 and any(
            fuzz.ratio(lowered, part.casefold()) >= _SAME_TITLE for part in parts
        ):
            return heading
    stripped = strip_site_name(declared, site_names)
    if is_site_name(stripped, site_names) and headings:
        return headings[0]
    return stripped


# --- The article's title in flattened text -------------------------------------------------
# The headline that anchors body selection is chosen for where the body starts; the title is
# chosen for what it says, so the two searches differ: the title may be a two-word heading,
# and it is the heading closest above the body whose words the body goes on to use.
TITLE_SEARCH_ABOVE = 40
# A breadcrumb or menu path: two separators of one kind ("Home > World > Asia").
_PATH_SEPARATORS = ("»", "›", "/", "|", " - ", " – ", " : ")
_URL_OR_MAIL = re.compile(r"(?:https?://|www\.)\S|\S@\S{1,200}\.\w")
# The opening of the body, where the headline's words are taken up again.
_BODY_CHARS = 3000
# A kicker printed before the headline on one line ("Olympic Games Drinks by boat …").
_MIN_SUFFIX_WORDS = 3
# Score per heading-like line between a candidate and the body: menus and share rows between
# a headline and its body are common, so nearness is a tie-breaker rather than the rule.
_GAP_COST = 0.1
# The anchoring headline already agreed with the URL or repeats on the page.
_HEAD_BONUS = 1.0
# A prose paragraph above the body is a standfirst or a teaser, seldom the title.
_PROSE_COST = 1.0


def _content_words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text.casefold()) if len(word) > 2]


def _is_path(text: str) -> bool:
    if ">" in text and "<" not in text:
        return True
    return any(text.count(separator) >= 2 for separator in _PATH_SEPARATORS)


def _title_candidate(line: Line) -> bool:
    text = line.text
    if not 1 <= line.words <= MAX_HEADLINE_WORDS or len(text) > 300:
        return False
    if text.endswith((",", ";", ":")) or _URL_OR_MAIL.search(text):
        return False
    if _is_path(text) or is_field_line(text) or is_byline(text):
        return False
    # Date lines carry digits; the check is costly and most heading-like lines have none.
    if any(char.isdigit() for char in text) and is_date_line(text):
        return False
    return any(char.isalpha() for char in text)


def title_score(line: Line, gap: int, slug: set[str], body_words: set[str], repeats: int) -> float:
    """How strongly a line above the body looks like the article's title.

    Args:
        line: the candidate line.
        gap: how many other candidate lines stand between it and the body.
        slug: words of the URL's path.
        body_words: content words of the body's opening.
        repeats: how often the line's text occurs on the page.
    """
    words = _content_words(line.text)
    score = -_GAP_COST * gap
    if words:
        in_body = sum(1 for word in words if word in body_words) / len(words)
        score += 2.0 * in_body
        if slug:
            in_slug = sum(1 for word in words if word in slug) / max(len(words), len(slug))
            score += 3.0 * in_slug
    if line.words < 2:
        score -= 1.5
    elif line.words < 3:
        score -= 0.5
    if repeats >= 2:
        score += 0.3
    if line.label == "junk":
        score -= 1.0
    elif line.label == "good":
        score -= _PROSE_COST
    if line.text.endswith((".", "…", "...")) and line.words > 3:
        score -= 0.8  # teasers and captions end with a stop; headlines rarely do
    return score


def choose_text_title(
    lines: list[Line], body: list[Line], url: str | None, headline: int | None = None
) -> str | None:
    """The article's title in flattened page text: the best heading just above its body.

    Args:
        lines: the labelled lines of the page.
        body: the lines chosen as the body (see :func:`eventwire.clean.selection.select_body`).
        url: the page's address; words of its path point at the title.
        headline: position of the anchoring headline (:func:`find_headline`), if any; it
            stays a candidate even when it is far above the body.

    Returns:
        The title without the site's name, or None when no line above the body qualifies.
    """
    positions = {line.index: position for position, line in enumerate(lines)}
    body_start = positions[body[0].index] if body else len(lines)
    body_text = " ".join(line.text for line in body[:20])[:_BODY_CHARS]
    body_words = set(_content_words(body_text))
    slug = slug_words(url)
    counts = Counter(line.text for line in lines)
    candidates: list[tuple[float, int]] = []
    gap = 0
    first = max(0, body_start - TITLE_SEARCH_ABOVE)
    for position in range(min(body_start, len(lines)) - 1, first - 1, -1):
        line = lines[position]
        if not _title_candidate(line):
            continue
        score = title_score(line, gap, slug, body_words, counts[line.text])
        if position == headline:
            score += _HEAD_BONUS
        candidates.append((score, position))
        if line.words >= 3 and line.label != "junk":
            gap += 1
    # A page whose headline is a question may open its "body" with it: the line-labeller
    # reads the question mark as the end of a sentence.
    if body and _title_candidate(body[0]) and not body[0].text.endswith((".", ":", ";")):
        candidates.append((title_score(body[0], 0, slug, body_words, 1) - 0.5, body_start))
    if not candidates:
        return None
    best = max(candidates)[1]
    title = lines[best].text
    for _, position in candidates:
        shorter = lines[position].text
        if (
            position != best
            and len(shorter.split()) >= _MIN_SUFFIX_WORDS
            and len(shorter) < len(title)
            and title.endswith(shorter)
        ):
            title = shorter
    return strip_site_name(title, site_names_of(url, None))
