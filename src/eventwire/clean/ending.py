"""Find where the article stops: trim the page's closing furniture off the end of the body.

Below an article, sites put prose-shaped furniture that the line labels cannot tell from a last
paragraph: calls to subscribe or follow ("Get the latest news straight to your inbox…"),
comment rules ("Comments are moderated…"), author bios ("Jane Doe is a professor at…"), and
one-line hooks to more reading ("Want more from us?"). Each is a full sentence, often long, so
it survives labelling; but it sits in the last few lines of the body, and its words give it
away. The body is trimmed from its end while its last prose line is of one of these kinds.

Two kinds are told by their words wherever they stand in the body: the site asking its reader
to subscribe, donate, follow it or visit its shop, and its notices about the post (affiliate
disclosures, disclaimers, "filed under" lines); see :func:`is_body_furniture`.
"""

from __future__ import annotations

import re

from eventwire.clean.blocks import Line
from eventwire.clean.lexicon import load_lexicon, phrase_words

# Closing furniture is a few lines at most; further up, a matching line is part of the text.
CLOSING_MAX_LINES = 6
# A line longer than this is a paragraph that happens to mention a newsletter or comments.
CLOSING_MAX_WORDS = 60
# Hooks ("Sie wollen mehr von uns?", "Deal expired? Report it!") are short questions or cries.
HOOK_MAX_WORDS = 12
# Trimming never takes more than this share of the body's characters: when most of the body
# reads like closing furniture, the page is a page about newsletters, not a stray footer.
CLOSING_MAX_SHARE = 0.5
_CLOSING_KINDS = frozenset({"promo"})
# "Jane Doe is a senior writer at…", "Jake is the co-founder of…": the short biography that
# closes a post. English only, where the pattern is unambiguous; in German "X ist ein …" is
# as likely the article's own sentence.
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]{0,30} ){1,3}(?:is|was) (?:a|an|the|currently|also|co-?founder|founder|"
    r"professor|senior|associate|assistant|editor|director|head)\b"
)


# A stretch of text cut off from the body by this many non-prose lines (a heading and a
# teaser link, a share row, an author box) is judged on its own ...
DETACHED_MIN_GAP_LINES = 2
# ... and is dropped when it is this small a share of the body: a last word from the site
# (teaser, blurb, disclaimer), not the article's closing paragraphs.
DETACHED_MAX_SHARE = 0.1
DETACHED_MAX_STRETCHES = 3


def phrase_kinds(text: str, *, min_words: int = 1) -> set[str]:
    """Kinds of page furniture whose stock phrases occur anywhere in ``text``, however long.

    Args:
        text: the line.
        min_words: ignore phrases shorter than this ("register" is prose as often as a form;
            "register to comment" is not).
    """
    lexicon = load_lexicon()
    return _kinds_of_phrases(
        phrase_words(text), lexicon.lengths_by_first, lexicon.phrases, min_words
    )


# An appeal or a notice is a sentence or two; a paragraph that mentions "our newsletter" or
# "affiliate links" in passing is the article's own.
BODY_FURNITURE_MAX_WORDS = 45


def body_furniture_kinds(text: str) -> set[str]:
    """Kinds of prose-shaped furniture whose phrases occur in ``text`` (``appeal:`` and
    ``notice:`` in ``boilerplate.txt``): "subscribe to our", "suivez-nous", "affiliate links"."""
    lexicon = load_lexicon()
    return _kinds_of_phrases(
        phrase_words(text), lexicon.body_lengths_by_first, lexicon.body_phrases
    )


def _kinds_of_phrases(
    tokens: list[str],
    lengths_by_first: dict[str, tuple[int, ...]],
    phrases: dict[tuple[str, ...], str],
    min_words: int = 1,
) -> set[str]:
    # The phrase lengths of each first word are listed longest first: the longest phrase
    # that matches at a position wins, and shorter ones are not wanted below ``min_words``.
    kinds: set[str] = set()
    for position, token in enumerate(tokens):
        for size in lengths_by_first.get(token, ()):
            if size < min_words:
                break
            # A slice past the end is shorter than the phrase and could match a shorter one.
            if position + size > len(tokens):
                continue
            kind = phrases.get(tuple(tokens[position : position + size]))
            if kind is not None:
                kinds.add(kind)
                break
    return kinds


def is_body_furniture(line: Line) -> bool:
    """Whether a line is the site speaking rather than the article, wherever it stands in the
    body: asking the reader to subscribe, donate, follow or visit its shop ("Unterstützen Sie
    unsere Arbeit!"), a notice about the post (affiliate disclosure, disclaimer), or the rules
    and prompts of its comment form ("comments are moderated", "you must be logged in")."""
    if line.words > BODY_FURNITURE_MAX_WORDS:
        return False
    if body_furniture_kinds(line.text):
        return True
    # Two-word form phrases ("your name", "log out") also occur in how-tos and stories;
    # longer ones are the form's own wording.
    return "form" in line.kinds and "form" in phrase_kinds(line.text, min_words=3)


def is_closing_line(line: Line) -> bool:
    """Whether a prose line reads like furniture that closes a page rather than article text."""
    if line.words > CLOSING_MAX_WORDS:
        return False
    if "form" in line.kinds and "form" in phrase_kinds(line.text, min_words=2):
        return True
    if line.words <= HOOK_MAX_WORDS and line.text.rstrip().endswith(("?", "!")):
        return True
    if _AUTHOR_BIO.match(line.text) and not _starts_with_function_word(line.text):
        return True
    return bool(phrase_kinds(line.text) & _CLOSING_KINDS)


def _starts_with_function_word(text: str) -> bool:
    # "This is the fifth operation …", "It was a …", "The agency is a …": a bio starts with a
    # name, and a pronoun or an article in that slot makes the line the article's own sentence.
    first = text.split(" ", 1)[0].lower()
    return first in load_lexicon().all_stopwords


def trim_detached_tail(lines: list[Line], start: int, end: int) -> int:
    """New end of the body run ``lines[start:end]`` without a small stretch detached at its end.

    Args:
        lines: the labelled lines of the page.
        start: first position of the body run.
        end: one past its last position.

    Returns:
        The new end (``start < new end <= end``).
    """
    # Stretches of prose as (first position, one past last, characters, non-prose lines above).
    stretches: list[tuple[int, int, int, int]] = []
    gap = 0
    for position in range(start, end):
        line = lines[position]
        if line.label not in ("good", "fair"):
            gap += 1
            continue
        if stretches and gap == 0:
            first, _, chars, above = stretches[-1]
            stretches[-1] = (first, position + 1, chars + len(line.text), above)
        else:
            stretches.append((position, position + 1, len(line.text), gap))
        gap = 0
    total = sum(chars for _, _, chars, _ in stretches)
    new_end, tail_chars = end, 0
    for count, (first, _, chars, above) in enumerate(reversed(stretches[1:]), 1):
        tail_chars += chars
        if count > DETACHED_MAX_STRETCHES or tail_chars > DETACHED_MAX_SHARE * total:
            break
        if above >= DETACHED_MIN_GAP_LINES:
            new_end = first
    while new_end > start + 1 and lines[new_end - 1].label not in ("good", "fair"):
        new_end -= 1
    return new_end


def trim_closing(lines: list[Line], start: int, end: int) -> int:
    """New end of the body run ``lines[start:end]`` once closing furniture is trimmed off.

    Args:
        lines: the labelled lines of the page.
        start: first position of the body run.
        end: one past its last position.

    Returns:
        The new end (``start < new end <= end``); lines past it are not article text.
    """
    body_chars = sum(len(line.text) for line in lines[start:end] if line.label in ("good", "fair"))
    trimmed_chars = 0
    new_end = end
    prose_seen = 0
    position = end
    while position - 1 > start and prose_seen < CLOSING_MAX_LINES:
        line = lines[position - 1]
        position -= 1
        if line.label not in ("good", "fair"):
            continue
        prose_seen += 1
        if not is_closing_line(line):
            break
        trimmed_chars += len(line.text)
        if trimmed_chars > CLOSING_MAX_SHARE * body_chars:
            break
        new_end = position
    while new_end > start + 1 and lines[new_end - 1].label not in ("good", "fair"):
        new_end -= 1
    return new_end
