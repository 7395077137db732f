"""The country a story is about, as its place names and demonyms tell it.

A story may be filed from a foreign bureau ("WASHINGTON - … visa bans on Georgian officials"):
its dateline and the bureau state's names can make the bureau's country the article's main
place, while the paragraphs about the crackdown ("Tens of thousands of Georgians have rallied
… Police have detained 400") are set in the country the story is about. Demonyms count here:
they say whose people a paragraph is about, though never where an act happened.
"""

from __future__ import annotations

from collections import defaultdict

from eventwire.model import Mention, Place


def subject_country(mentions: list[Mention], datelines: dict[int, Mention]) -> str | None:
    """The country named most by the article's places and demonyms, datelines left out (they
    say where it was filed from); ``None`` on a tie or when none is named.

    Args:
        mentions: the article's mentions (actors and places).
        datelines: the article's dateline mention of each sentence that has one.
    """
    counts: dict[str, int] = {}
    for mention in _country_places(mentions, datelines):
        country: str = mention.resolution.country  # type: ignore[union-attr,assignment]
        counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    # A plain scan for the one most named: ``Counter.most_common`` costs a heap per article.
    most = max(counts.values())
    leaders = [country for country, count in counts.items() if count == most]
    return leaders[0] if len(leaders) == 1 else None


def countries_by_paragraph(
    mentions: list[Mention], paragraph_of: dict[int, int], datelines: dict[int, Mention]
) -> dict[int | None, set[str]]:
    """The countries each paragraph names by a place or a demonym, datelines left out.

    Args:
        mentions: the article's mentions.
        paragraph_of: the paragraph of each sentence index.
        datelines: the article's dateline mention of each sentence that has one.
    """
    by_paragraph: dict[int | None, set[str]] = defaultdict(set)
    for mention in _country_places(mentions, datelines):
        by_paragraph[paragraph_of.get(mention.sentence)].add(mention.resolution.country)  # type: ignore[union-attr,arg-type]
    return by_paragraph


def _country_places(mentions: list[Mention], datelines: dict[int, Mention]) -> list[Mention]:
    return [
        mention
        for mention in mentions
        if mention.kind == "place"
        and isinstance(mention.resolution, Place)
        and mention.resolution.country
        and datelines.get(mention.sentence) is not mention
    ]
