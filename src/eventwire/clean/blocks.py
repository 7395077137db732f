"""Tell article prose from page furniture in flattened page text, line by line.

A scraper that flattens a page leaves one block element per line: menus become runs of one- or
two-word lines, share rows become "Share"/"Tweet"/"20", cookie banners and comment forms become
lines full of their stock phrases, and the article becomes a run of long lines that read like
prose. Each line gets a label from cheap features (length, function-word share, closing
punctuation, stock phrases). :mod:`eventwire.clean.selection` then chooses the article among
the labelled lines.

Nothing here depends on one language: function words come from many languages' lists, stock
phrases from a multilingual lexicon, and the structure cues (length, closing punctuation, runs
of short lines, "label:" fields) hold for any script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.clean.lexicon import STRONG_KINDS, load_lexicon
from eventwire.clean.metadata import is_date_line, is_field_line

Label = str  # "good" | "fair" | "short" | "junk"

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
# Sentence-final punctuation, optionally followed by closing quotes or brackets (German and
# Polish close with “ and ‘, German and Danish books with »…« ). Blogs close a sentence with an
# emoji or an emoticon instead ("… und das gefällt mir 😉", "… ;-)", "… <3").
_SENTENCE_END = re.compile(
    r"(?:[.!?。！？…:;][\"'”’»“‘«)\]]{0,3}|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?"
    r"|[:;]-?[)D]|<3)\s*$"
)
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Lines such as "Home > World > Middle East" or "News | Sport | Weather".
_SEPARATORS = re.compile(r"\s[|>»•·/]\s")

_STRONG_KINDS = STRONG_KINDS
_WEAK_KIND_MAX_WORDS = 12
_LABEL_MAX_CHARS = 30
_FIELD_MAX_WORDS = 15
# Who wrote a reader's comment: "jdoe says:", "Pingback: …", "Kommentar von …". The name line
# stands alone or carries only the comment's time stamp: "Police said: \"The fire …\"" is a
# quoted statement in the article, however the line starts.
_COMMENT_BYLINE = re.compile(
    r"^(?:\S{1,40}(?: \S{1,40}){0,3} (?:says|said|wrote|schreibt|sagt|dit|dice|escribió|"
    r"napisał|yazdı):(?:\s{0,3}$|[^\"“”„'‘’«»]{0,60}\d{1,2}[:.]\d{2}\s{0,2}(?:[ap]m|uhr)?\s{0,2}$)"
    r"|(?:pingback|trackback)\b"
    r"|(?:comment|kommentar|commentaire|comentario|commento) (?:by|von|de|par|di) \S)",
    re.IGNORECASE,
)
# A pingback, or a byline stamped with the comment's time, is unmistakably a reader's.
_TIME_STAMPED = re.compile(
    r"^(?:pingback|trackback)\b|\d{1,2}[:.]\d{2}\s{0,2}(?:[ap]m|uhr)?\s{0,2}$", re.I
)
# Headers of reader-comment threads: "34 responses to …", "Comments (12)".
_COMMENT_HEADER = re.compile(
    r"^(?:\d{1,6} (?:responses?|comments?|replies|reactions|kommentare?|commentaires?|"
    r"comentarios?|commenti|yorum|komentarz\w{0,3})\b"
    r"|(?:comments?|kommentare|commentaires|comentarios|yorumlar)\s{0,2}\(\d{1,6}\)$)",
    re.IGNORECASE,
)
# Kinds whose phrases also occur in ordinary news prose ("shares fell", "related to").
_WEAK_KINDS = ("share", "promo", "related", "footer")


@dataclass
class Line:
    """One non-empty line of page text with the features used to label it."""

    index: int
    text: str
    words: float
    function_share: float
    sentence_end: bool
    kinds: tuple[str, ...]
    # Distinct consent phrases in the line: one may be a news sentence about privacy law,
    # several are a cookie notice however long it is.
    consent_phrases: int = 0
    # "Foto: dpa", "Tags: …", "Views: 3 418"; date fields are left to the metadata search.
    page_field: bool = False
    label: Label = "short"


def _word_count(text: str, tokens: list[str]) -> float:
    if text.isascii():
        return float(len(tokens))
    ideographs = len(_IDEOGRAPH.findall(text))
    if ideographs:
        # About two ideographs carry what one alphabetic word does.
        return max(len(tokens), ideographs / 2)
    return float(len(tokens))


def match_phrases(tokens: list[str], text_length: int, words: float) -> tuple[tuple[str, ...], int]:
    """Kinds of page furniture whose stock phrases a line contains.

    Strong kinds (consent notices, forms) count anywhere; weak kinds only when their phrases
    make up much of a short line, since "shares", "related" or "print" also occur in news.

    Returns:
        The kinds, and how many distinct consent phrases the line holds.
    """
    lexicon = load_lexicon()
    strong: set[str] = set()
    consent_phrases: set[tuple[str, ...]] = set()
    weak_chars: dict[str, int] = {}
    short_line = words <= _WEAK_KIND_MAX_WORDS
    # Weak kinds only count in short lines, so a long line need only be searched for strong
    # phrases; finding the few tokens that start a phrase in one comprehension keeps the
    # per-token cost in C.
    first_words = lexicon.first_words if short_line else lexicon.strong_first_words
    starts = [position for position, token in enumerate(tokens) if token in first_words]
    for position in starts:
        for size in lexicon.lengths_by_first[tokens[position]]:
            if position + size > len(tokens):
                continue
            kind = lexicon.phrases.get(tuple(tokens[position : position + size]))
            if kind is None:
                continue
            if kind in _STRONG_KINDS:
                strong.add(kind)
                if kind == "consent":
                    consent_phrases.add(tuple(tokens[position : position + size]))
            elif short_line:
                covered = sum(map(len, tokens[position : position + size])) + size - 1
                weak_chars[kind] = weak_chars.get(kind, 0) + covered
            break
    kinds = [kind for kind in _STRONG_KINDS if kind in strong]
    if short_line:
        # A stock phrase that is most of a short line is the line's whole purpose.
        kinds.extend(
            kind
            for kind in _WEAK_KINDS
            if kind in weak_chars and (words <= 3 or weak_chars[kind] >= 0.4 * text_length)
        )
    return tuple(kinds), len(consent_phrases)


def describe_line(index: int, text: str) -> Line:
    """Compute the features of one line of page text (label not yet assigned)."""
    return Line(index, text, *_line_features(text))


# Menus, share rows and footers repeat within a page and across the pages of a site; their
# features are a pure function of the text, so short lines are described once per process.
_CACHED_LINE_CHARS = 200


def _line_features(text: str) -> tuple[float, float, bool, tuple[str, ...], int, bool]:
    if len(text) <= _CACHED_LINE_CHARS:
        return _short_line_features(text)
    return _compute_line_features(text)


def _compute_line_features(text: str) -> tuple[float, float, bool, tuple[str, ...], int, bool]:
    lowered = text.lower()
    tokens = _WORD.findall(lowered)
    words = _word_count(text, tokens)
    vocabulary = load_lexicon().all_stopwords
    function_share = (
        len([token for token in tokens if token in vocabulary]) / len(tokens) if tokens else 0.0
    )
    # Searching only the tail keeps the check constant-time on a 100,000-word line.
    sentence_end = bool(_SENTENCE_END.search(text, max(0, len(text) - 8)))
    kinds, consent_phrases = match_phrases(tokens, len(text), words)
    # "Read more: <teaser>", "Lesen Sie auch: <link>": a stock label before a colon makes the
    # whole line that kind of furniture, however long the teaser after it.
    colon = text.find(":", 0, _LABEL_MAX_CHARS)
    page_field = False
    if colon > 0:
        label_kind = load_lexicon().phrases.get(tuple(_WORD.findall(lowered[:colon])))
        if label_kind in _WEAK_KINDS and label_kind not in kinds:
            kinds = (*kinds, label_kind)
        page_field = words <= _FIELD_MAX_WORDS and is_field_line(text) and not is_date_line(text)
    if len(text) <= 200 and _COMMENT_BYLINE.match(text):
        kinds = (*(kind for kind in kinds if kind != "form"), "form")
        if _TIME_STAMPED.search(text):
            # "comment" marks the prose right below as a reader's (eventwire.clean.selection);
            # a bare "Plantur sagt:" may as well introduce a quotation in the article.
            kinds = (*kinds, "comment")
    elif (
        len(text) <= 200
        and "form" not in kinds
        and (":" in text or "(" in text or text[0].isdigit())
        and _COMMENT_HEADER.match(text)
    ):
        kinds = (*kinds, "form")
    if "footer" not in kinds and words <= _COPYRIGHT_MAX_WORDS and _is_copyright_notice(lowered):
        kinds = (*kinds, "footer")
    return words, function_share, sentence_end, kinds, consent_phrases, page_field


# A copyright or licence notice is the page's small print however its words are shared out;
# photo credits ("Foto: © dpa") are page fields and are labelled as such elsewhere.
_COPYRIGHT_MAX_WORDS = 25
_COPYRIGHT_CUES = ("©", "(c) 20", "(c) 19", "rights reserved", "rechte vorbehalten")


def _is_copyright_notice(lowered: str) -> bool:
    return any(cue in lowered for cue in _COPYRIGHT_CUES)


_short_line_features = lru_cache(maxsize=1 << 16)(_compute_line_features)


# A PHP error printed into the page by a broken plugin ("Warning: Use of undefined constant …
# in /www/htdocs/…/functions.php on line 12") reads like a sentence but is the server talking.
_SCRIPT_ERROR = re.compile(
    r"(?:php )?(?:warning|notice|deprecated|strict standards|(?:catchable )?fatal error|"
    r"parse error): ",
    re.IGNORECASE,
)
_SCRIPT_ERROR_PLACE = re.compile(r"\.php(?:</b>)? on line (?:<b>)?\d")


def is_script_error(text: str) -> bool:
    """Whether a line is an error message of the site's scripts rather than text."""
    return _SCRIPT_ERROR.match(text) is not None and _SCRIPT_ERROR_PLACE.search(text) is not None


def label_line(line: Line) -> Label:
    """Label a described line: "good" prose, "fair" short prose, "short" heading-like, "junk"."""
    text = line.text
    if not _LETTER.search(text):
        return "junk"  # counters, dates on their own, separators
    if is_script_error(text):
        return "junk"
    if "consent" in line.kinds and (
        line.words < 40 or line.function_share < 0.3 or line.consent_phrases >= 2
    ):
        return "junk"
    if "form" in line.kinds and line.words < 15:
        return "junk"
    if any(kind in line.kinds for kind in _WEAK_KINDS):
        return "junk"
    if line.page_field:
        return "junk"
    if "consent" in line.kinds:
        return "fair"
    if line.words < 20 and not line.sentence_end and _SEPARATORS.search(text):
        return "junk"
    prose = line.function_share >= 0.15 or (
        not text.isascii() and _IDEOGRAPH.search(text) is not None
    )
    if line.words >= 20 and prose:
        return "good"
    if line.words >= 10 and line.sentence_end and prose:
        return "good"
    if line.words >= 5 and line.sentence_end:
        return "fair"
    if line.words >= 25:
        return "fair"
    return "short"


def describe_lines(text: str) -> list[Line]:
    """Describe and label every non-empty line of ``text``."""
    lines = []
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            continue
        line = Line(index, stripped, *_line_features(stripped))
        line.label = label_line(line)
        lines.append(line)
    _label_wrapped_paragraphs(lines)
    _label_truncated_excerpts(lines)
    return lines


# Teaser lists show the first characters of each story cut at one fixed length and closed with
# an ellipsis ("… Das richtige D...", "… contra…", "[…]"). One such line may be the article's
# own trailing-off sentence; several cut to within a few characters of each other are excerpts.
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…|\[(?:\.\.\.|…)\])[\"'”’»)\]]{0,2}\s*$")
EXCERPT_MIN_LINES = 3
EXCERPT_LENGTH_WINDOW = 12


def _label_truncated_excerpts(lines: list[Line]) -> None:
    # A teaser box repeated down the page (sidebar, footer) is one excerpt, not several.
    by_text = {
        line.text: line
        for line in lines
        if line.label in ("good", "fair")
        and _ELLIPSIS_END.search(line.text, max(0, len(line.text) - 8))
    }
    cut = list(by_text.values())
    if len(cut) < EXCERPT_MIN_LINES:
        return
    cut.sort(key=lambda line: len(line.text))
    low = 0
    excerpts: set[int] = set()
    for high in range(len(cut)):
        while len(cut[high].text) - len(cut[low].text) > EXCERPT_LENGTH_WINDOW:
            low += 1
        if high - low + 1 >= EXCERPT_MIN_LINES:
            excerpts.update(line.index for line in cut[low : high + 1])
    cut_texts = {line.text for line in cut if line.index in excerpts}
    for line in lines:
        if line.text in cut_texts:
            line.kinds = (*line.kinds, "related")
            line.label = "junk"


# Text typed with hard line breaks (mailing-list posts, blogs written in an editor that wraps,
# <pre> blocks) reaches us as a block of lines of about the same length, each too short to read
# as prose on its own. The block is labelled as the paragraph it is.
WRAPPED_MIN_LINES = 3
WRAPPED_MIN_CHARS = 45
WRAPPED_MAX_CHARS = 110
# The wrapped lines of one paragraph differ in length by a few words at most.
WRAPPED_LENGTH_SPREAD = 0.3
WRAPPED_MIN_LOWER_SHARE = 0.4


def _label_wrapped_paragraphs(lines: list[Line]) -> None:
    position = 0
    while position < len(lines):
        end = position + 1
        while end < len(lines) and lines[end].index == lines[end - 1].index + 1:
            end += 1
        if end - position >= WRAPPED_MIN_LINES and _is_wrapped(lines[position:end]):
            paragraph = describe_line(
                lines[position].index, " ".join(line.text for line in lines[position:end])
            )
            label = label_line(paragraph)
            if label in ("good", "fair"):
                for line in lines[position:end]:
                    if line.label == "short":
                        line.label = label
        position = end


def _is_wrapped(block: list[Line]) -> bool:
    # The last line of a paragraph is as short as it happens to be; the others fill the width.
    widths = [len(line.text) for line in block[:-1]]
    widest = max(widths)
    return (
        WRAPPED_MIN_CHARS <= min(widths)
        and widest <= WRAPPED_MAX_CHARS
        and min(widths) >= (1 - WRAPPED_LENGTH_SPREAD) * widest
        and len(block[-1].text) <= widest
        and not any(line.kinds or line.page_field for line in block)
        # A list of headlines has lines of one length too, but each starts a title; a wrapped
        # paragraph goes on mid-sentence, so many of its lines start with a small letter.
        and sum(line.text[0].islower() for line in block[1:])
        >= WRAPPED_MIN_LOWER_SHARE * (len(block) - 1)
    )
