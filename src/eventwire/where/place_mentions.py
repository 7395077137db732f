"""The geoparsing stage: place mentions of an article, resolved to :class:`Place` values."""

from __future__ import annotations

from collections import Counter

from eventwire.model import Mention, Sentence
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.resolve import Resolved, resolve_toponyms
from eventwire.where.toponyms import find_toponyms


def find_place_mentions(
    text: str, sentences: list[Sentence], gazetteer: Gazetteer
) -> list[Mention]:
    """Find and resolve the places named in ``text``.

    Args:
        text: the article's cleaned text.
        sentences: its sentences (offsets into ``text``).
        gazetteer: from :func:`eventwire.where.load_gazetteer`.

    Returns:
        Mentions of kind ``"place"`` in text order, ``resolution`` a :class:`Place` (for a name
        missing from the gazetteer, its containing area, with that area's precision).
    """
    return [_as_mention(item) for item in resolve_place_names(text, sentences, gazetteer)]


def resolve_place_names(
    text: str, sentences: list[Sentence], gazetteer: Gazetteer
) -> list[Resolved]:
    """Like :func:`find_place_mentions`, keeping the cue details that locate events."""
    demonyms: Counter[str] = Counter()
    toponyms = find_toponyms(text, sentences, gazetteer, demonyms=demonyms)
    return resolve_toponyms(toponyms, gazetteer, extra_countries=demonyms)


def _as_mention(item: Resolved) -> Mention:
    toponym = item.toponym
    return Mention(
        kind="place",
        start=toponym.start,
        end=toponym.end,
        text=toponym.text,
        sentence=toponym.sentence,
        resolution=item.place,
        confidence=item.confidence,
    )
