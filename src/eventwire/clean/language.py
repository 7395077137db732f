"""Which language an article and each of its paragraphs are written in.

The common case (an English article) is settled by counting English function words, which costs
microseconds; lingua is consulted only when that count is inconclusive. The lingua detector is
built once per process over the languages that carry most of the world's news, because loading
all 75 of its models costs seconds and hundreds of megabytes.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from eventwire.clean.lexicon import load_lexicon

NEWS_LANGUAGES = (
    "ENGLISH", "ARABIC", "CHINESE", "SPANISH", "FRENCH", "GERMAN", "RUSSIAN", "PORTUGUESE",
    "ITALIAN", "TURKISH", "PERSIAN", "URDU", "HINDI", "BENGALI", "JAPANESE", "KOREAN",
    "INDONESIAN", "MALAY", "VIETNAMESE", "THAI", "DUTCH", "POLISH", "UKRAINIAN", "ROMANIAN",
    "GREEK", "HEBREW", "SWEDISH", "CZECH", "HUNGARIAN", "SERBIAN", "CROATIAN", "SWAHILI",
    "TAGALOG", "AZERBAIJANI", "DANISH", "BOKMAL", "FINNISH", "BULGARIAN", "SLOVAK", "CATALAN",
)  # fmt: skip

_WORD = re.compile(r"\w+")
# Below this many words neither stopword counts nor lingua are reliable.
MIN_WORDS_FOR_LANGUAGE = 6
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def language_detector() -> LanguageDetector:
    """The process-wide lingua detector over :data:`NEWS_LANGUAGES` (built on first use)."""
    languages = [getattr(Language, name) for name in NEWS_LANGUAGES]
    # Low-accuracy mode loads trigram models only: 0.2 s instead of 5 s, and paragraphs of six
    # words or more are still told apart reliably.
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def stopword_profile(words: list[str]) -> dict[str, float]:
    """Share of ``words`` (lower-cased) that are function words of each lexicon language."""
    if not words:
        return {}
    languages_of = load_lexicon().languages_of_stopword
    counts = Counter(
        chain.from_iterable([languages_of[word] for word in words if word in languages_of])
    )
    total = len(words)
    return {language: count / total for language, count in counts.items()}


def guess_by_stopwords(words: list[str]) -> str | None:
    """A language code when one language's function words clearly dominate ``words``."""
    profile = stopword_profile(words)
    if not profile:
        return None
    ranked = sorted(profile.items(), key=lambda item: item[1], reverse=True)
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    # Function words make up 35-50% of running prose; a clear lead over the next language
    # keeps short shared words ("a", "in", "de") from deciding between related languages.
    if score >= 0.25 and score >= 2 * runner_up:
        return best
    # Over a page of text chance matches average out, so a smaller lead is already telling.
    if len(words) >= _LONG_TEXT_WORDS and score >= 0.15 and score >= 1.5 * runner_up:
        return best
    return None


_LONG_TEXT_WORDS = 40
# Scripts written by one language of NEWS_LANGUAGES (or nearly so): the script names it.
# Kana comes first because Japanese also writes in Han characters.
_SCRIPTS = [
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
]
_LETTERS = re.compile(r"[^\W\d_]")
_BEYOND_LATIN = re.compile(r"[\u0370-\u1dff\u2e80-\ud7ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
# Japanese prose is a third or more kana; a few kana in Chinese text are quoted names.
_MIN_KANA_SHARE = 0.1
# A script names the language only when most letters are in it: an English post about Japan
# quotes Japanese words, and those few letters must not make the whole text Japanese.
_MIN_SCRIPT_SHARE = 0.5


def language_by_script(text: str) -> str | None:
    """The language named by ``text``'s script when most letters are in a one-language script."""
    if text.isascii() or _BEYOND_LATIN.search(text) is None:
        return None
    letters = len(_LETTERS.findall(text))
    if not letters:
        return None
    han = len(_HAN.findall(text)) / letters
    for language, script in _SCRIPTS:
        share = len(script.findall(text)) / letters
        if language == "ja":
            # Japanese writes in kana and Han together; kana alone is often a minority.
            if share >= _MIN_KANA_SHARE and share + han >= _MIN_SCRIPT_SHARE:
                return language
        elif share >= _MIN_SCRIPT_SHARE:
            return language
    return None


# How many times the prose paragraphs' length the undecided ones must be to be asked at all.
_LEFTOVER_LEAD = 2.0


def prose_language(paragraphs: list[str]) -> str | None:
    """The language most of the prose in ``paragraphs`` is written in, by characters.

    Paragraphs written mostly in a one-language script (kana, Hangul, Greek…) vote for that
    language, paragraphs whose function words clearly name a language vote for it, and the
    rest are judged together (by lingua when function words do not settle it). The language
    with most characters wins, so quoted words or a foreign banner cannot decide it.

    Args:
        paragraphs: the article's paragraphs.

    Returns:
        An ISO 639-1 code, or None when the text is too short or mixed to tell.
    """
    by_language: Counter[str] = Counter()
    rest: list[str] = []
    for paragraph in paragraphs:
        found = language_by_script(paragraph)
        if found is None:
            words = _WORD.findall(paragraph.lower())
            if len(words) >= MIN_WORDS_FOR_LANGUAGE:
                found = guess_by_stopwords(words)
        if found is None:
            rest.append(paragraph)
        else:
            by_language[found] += len(paragraph)
    undecided = sum(map(len, rest))
    # Leftovers are mostly not prose (schedules, tables, captions, names): they decide only
    # when they far outweigh the paragraphs that read as prose in a known language.
    decided = sum(by_language.values())
    if rest and undecided > _LEFTOVER_LEAD * decided:
        found = detect_language("\n".join(rest))
        if found is not None:
            by_language[found] += undecided
    if not by_language:
        return None
    return by_language.most_common(1)[0][0]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in, or None when undecidable.

    Args:
        text: a paragraph or a whole article.

    Returns:
        ``"en"``, ``"de"``, … or None for text too short or too mixed to tell.
    """
    sample = text[:3000]
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE and not _mostly_ideographic(sample):
        return None
    guess = language_by_script(sample) or guess_by_stopwords(words)
    if guess is not None:
        return guess
    return _lingua_language(sample)


# Languages close enough that lingua confuses their short paragraphs; a paragraph "in" a sister
# language of the article is far more often the article's language than a foreign insert.
_SISTER_LANGUAGES = [
    {"id", "ms"}, {"bs", "hr", "sr"}, {"da", "nb", "nn", "sv"}, {"cs", "sk"},
    {"es", "pt", "ca", "gl", "it"}, {"ru", "uk", "be", "bg"}, {"fa", "ur", "ar"},
    {"hi", "ur"}, {"zh", "ja"},
]  # fmt: skip


def same_language_family(first: str, second: str) -> bool:
    """True when two ISO 639-1 codes are the same or sister languages lingua often confuses."""
    return first == second or any(first in group and second in group for group in _SISTER_LANGUAGES)


def _mostly_ideographic(text: str) -> bool:
    ideographs = sum(
        1 for char in text if "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"
    )
    return ideographs >= 10


# lingua's cost grows with the text; a few hundred characters decide a language as well as more.
_LINGUA_SAMPLE_CHARS = 400


def _lingua_language(text: str) -> str | None:
    sample = text[:_LINGUA_SAMPLE_CHARS]
    confidences = language_detector().compute_language_confidence_values(sample)
    if not confidences or confidences[0].value < MIN_CONFIDENCE:
        return None
    code: IsoCode639_1 = confidences[0].language.iso_code_639_1
    return code.name.lower()
