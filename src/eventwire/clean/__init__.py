"""Cleaning: raw page or scraped text → article body, title, language, date and outlet."""

from eventwire.clean.article import Cleaned, UnknownRawFormat, clean_article
from eventwire.clean.unicode import UndecodableInput, decode_bytes, normalise_unicode

__all__ = [
    "Cleaned",
    "UndecodableInput",
    "UnknownRawFormat",
    "clean_article",
    "decode_bytes",
    "normalise_unicode",
]
