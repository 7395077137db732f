"""Word lists for telling article prose from page furniture, loaded once from package data.

``boilerplate.txt`` maps kinds of page furniture (consent notices, comment forms, share rows…)
to phrases in several languages; ``stopwords.txt`` lists common function words per language.
Both are written for eventwire (see the files' headers) and can be extended by editing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

BOILERPLATE_KINDS = ("consent", "form", "share", "promo", "related", "footer")
# Kinds whose phrases mark furniture anywhere; the others only in short lines.
STRONG_KINDS = ("consent", "form")
# Prose-shaped furniture inside the body: the site addressing its reader ("Unterstützen Sie
# unsere Arbeit", "appeal") and the site's notices about the post (affiliate disclosures,
# disclaimers, reprint rules, "filed under", "notice"). Their lines read like sentences, so these
# phrases do not change how a line is labelled; they are kept apart from the kinds above and
# only judged inside the chosen body.
BODY_KINDS = ("appeal", "notice")


class LexiconFileError(ValueError):
    """A cleaning word list in package data does not follow its ``kind: a | b`` format."""


@dataclass(frozen=True)
class Lexicon:
    """Compiled word lists: one phrase matcher per boilerplate kind and stopwords per language."""

    phrases: dict[tuple[str, ...], str]
    first_words: frozenset[str]
    longest_phrase: int
    # Phrase lengths (longest first) by first word, so a lookup tries only lengths that exist.
    lengths_by_first: dict[str, tuple[int, ...]]
    # First words of the kinds that count in long lines too (consent notices, forms).
    strong_first_words: frozenset[str]
    stopwords: dict[str, frozenset[str]]
    all_stopwords: frozenset[str]
    languages_of_stopword: dict[str, tuple[str, ...]]
    # Phrases of the body kinds, and their lengths (longest first) by first word.
    body_phrases: dict[tuple[str, ...], str]
    body_lengths_by_first: dict[str, tuple[int, ...]]


def _read_data(name: str) -> str:
    return (resources.files("eventwire") / "data" / "clean" / name).read_text("utf-8")


def _entries(name: str) -> dict[str, list[str]]:
    entries: dict[str, list[str]] = {}
    for number, line in enumerate(_read_data(name).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, rest = line.partition(":")
        if not sep:
            raise LexiconFileError(
                f"{name} line {number}: expected 'kind: word | word', got {line[:60]!r}"
            )
        entries.setdefault(key.strip(), []).extend(rest.replace("|", " | ").split(" | "))
    return entries


_WORD = re.compile(r"\w+")


def phrase_words(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text`` as the lexicon compares them."""
    return tuple(_WORD.findall(text.lower()))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The cleaning lexicon from package data, parsed once per process.

    Raises:
        LexiconFileError: when a data file line is not ``kind: phrase | phrase``.
    """
    phrases = _entries("boilerplate.txt")
    body_entries = {kind: phrases.pop(kind, []) for kind in BODY_KINDS}
    unknown = set(phrases) - set(BOILERPLATE_KINDS)
    if unknown:
        raise LexiconFileError(
            f"boilerplate.txt uses unknown kinds {sorted(unknown)}; "
            f"valid kinds are {', '.join((*BOILERPLATE_KINDS, *BODY_KINDS))}"
        )
    # Phrases are looked up as word n-grams in a dict, which stays fast as the lexicon grows;
    # a regex alternation of hundreds of phrases costs tens of microseconds per line.
    table: dict[tuple[str, ...], str] = {}
    for kind, entries in phrases.items():
        for entry in entries:
            words = phrase_words(entry)
            if words:
                table.setdefault(words, kind)
    stopwords = {
        language: frozenset(word.strip().lower() for word in " ".join(words).split())
        for language, words in _entries("stopwords.txt").items()
    }
    merged = frozenset().union(*stopwords.values())
    languages_of = {
        word: tuple(language for language, words in stopwords.items() if word in words)
        for word in merged
    }
    lengths: dict[str, set[int]] = {}
    for words in table:
        lengths.setdefault(words[0], set()).add(len(words))
    body_table: dict[tuple[str, ...], str] = {}
    for kind, entries in body_entries.items():
        for entry in entries:
            words = phrase_words(entry)
            if words:
                body_table.setdefault(words, kind)
    body_lengths: dict[str, set[int]] = {}
    for words in body_table:
        body_lengths.setdefault(words[0], set()).add(len(words))
    return Lexicon(
        table,
        frozenset(words[0] for words in table),
        max(map(len, table)),
        {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()},
        frozenset(words[0] for words, kind in table.items() if kind in STRONG_KINDS),
        stopwords,
        merged,
        languages_of,
        body_table,
        {word: tuple(sorted(sizes, reverse=True)) for word, sizes in body_lengths.items()},
    )
