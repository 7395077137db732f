"""Which countries an article is about, and which of its place countries can be trusted.

The place stage resolves town names with a fuzzy gazetteer. A small town it does not know may
resolve to a large namesake abroad ("Mambasa" in Ituri read as Kenya's Mombasa); localising the
article's police and civilians by that place makes Congolese residents Kenyan. A place country
is trusted only when the article names that state as an actor or as a country (by name or
demonym); otherwise the article's main country — the state its actors name most often — is
the better evidence for where a sector-only actor belongs.

A bare "Congo" is the Republic of the Congo in the lexicon, but an article that also names the
Democratic Republic explicitly ("DR Congo", "Congolese", "DRC") means that one by it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from eventwire.code.knowledge import make_actor
from eventwire.model import Actor, Article, Participant, Place

# A short state name shared by two states: the name's default code, the sibling an article may
# mean by it, and the bare word that is ambiguous.
AMBIGUOUS_SHORT_NAMES = {"COG": ("COD", "Congo")}
# How clearly one state must lead an article for its unplaced police and officials to be its.
MIN_DOMINANT_MENTIONS = 3
DOMINANCE_RATIO = 2.0


def is_state_code(country: str | None) -> bool:
    """Whether ``country`` is a three-letter state code (not an IGO/NGO or unknown).

    Args:
        country: a country field of an :class:`Actor` or :class:`Place`.

    Returns:
        True for codes like ``COD``, False for ``IGOUNO``, ``IMG``, ``---`` or None.
    """
    known = _STATE_CODE_MEMO.get(country)
    if known is None:
        known = (
            country is not None
            and len(country) == 3
            and country.isalpha()
            and country.isupper()
            # International bodies, and transnational militant groups (CAMEO's IMG), have a
            # code in the country field but no territory.
            and not country.startswith(("IGO", "NGO", "IMG"))
        )
        # Asked tens of times per report of the same few hundred codes; bounded so that odd
        # input cannot grow it without end.
        if len(_STATE_CODE_MEMO) < _STATE_CODE_MEMO_SIZE:
            _STATE_CODE_MEMO[country] = known
    return known


_STATE_CODE_MEMO: dict[str | None, bool] = {}
_STATE_CODE_MEMO_SIZE = 4096


class ArticleStates(NamedTuple):
    """What one article says about states, read in one pass over its mentions.

    ``named``: the states it names as actors or as whole countries (names, demonyms); towns
    and provinces are left out on purpose, a misread town being the error guarded against.
    ``main``: the state its actor mentions name most often (None on a tie or none).
    ``dominant``: the state it is mostly about, when one clearly leads — named at least
    :data:`MIN_DOMINANT_MENTIONS` times and :data:`DOMINANCE_RATIO` times as often as the
    runner-up, counting actors and whole-country places; an article about two states at odds
    has none, and its unplaced "troops" stay unassigned.
    """

    named: set[str]
    main: str | None
    dominant: str | None


def article_states(article: Article) -> ArticleStates:
    """The states an article names, its main and its dominant state (see :class:`ArticleStates`)."""
    by_actors, by_names = _state_counts(article)
    return ArticleStates(set(by_names), _leader(by_actors), _dominant(by_names))


def _state_counts(article: Article) -> tuple[Counter[str], Counter[str]]:
    # How often actors name each state, and how often actors or whole-country places do.
    by_actors: Counter[str] = Counter()
    by_names: Counter[str] = Counter()
    for mention in article.mentions:
        resolution = mention.resolution
        if isinstance(resolution, Actor):
            if is_state_code(resolution.country):
                by_actors[resolution.country] += 1  # type: ignore[index]
                by_names[resolution.country] += 1  # type: ignore[index]
        elif isinstance(resolution, Place) and resolution.precision == "country":
            if is_state_code(resolution.country):
                by_names[resolution.country] += 1  # type: ignore[index]
    return by_actors, by_names


def _leader(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _dominant(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_DOMINANT_MENTIONS:
        return None
    if len(ranked) == 2 and ranked[0][1] < DOMINANCE_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def trusted_location_country(country: str | None, named: set[str], main: str | None) -> str | None:
    """The country to localise a report by, given its location's country.

    Args:
        country: the country of the report's location (None when unlocated).
        named: :attr:`ArticleStates.named` of the article.
        main: :attr:`ArticleStates.main` of the article.

    Returns:
        ``country`` when the article names that state; else the article's main country when
        there is one; else ``country`` (nothing better is known).
    """
    if country is None or country in named or main is None:
        return country
    return main


def resolve_ambiguous_states(article: Article) -> dict[str, str]:
    """Recode a bare ambiguous state name to its sibling when the article names the sibling.

    "Congo" (``COG``) in an article that also says "DR Congo" or "Congolese" (``COD``), and
    never "Republic of Congo" or "Brazzaville", is the Democratic Republic.

    Args:
        article: an analysed article with reports; its reports are changed in place.

    Returns:
        The recodings made (``{"COG": "COD"}``), for place countries to follow.
    """
    recodings: dict[str, str] = {}
    for default, (sibling, bare_word) in AMBIGUOUS_SHORT_NAMES.items():
        default_texts: set[str] = set()
        names_sibling = False
        for mention in article.mentions:
            resolution = mention.resolution
            if isinstance(resolution, Actor):
                if resolution.country == default:
                    default_texts.add(mention.text)
                elif resolution.country == sibling:
                    names_sibling = True
        if not names_sibling or not default_texts:
            continue
        # Only when every mention naming the default state uses the bare word ("Congo",
        # "Congo's army", "armed groups in Congo's North Kivu"): a full name ("Republic of
        # Congo", "Congo-Brazzaville") means the text meant it. Sector nouns that took the
        # country from context ("the army") do not count either way.
        naming = [text for text in default_texts if bare_word in text]
        if not naming or any(_names_in_full(text, bare_word) for text in naming):
            continue
        recodings[default] = sibling
        for report in article.reports:
            report.source = _recoded(report.source, default, sibling)
            report.target = _recoded(report.target, default, sibling)
    return recodings


def _recoded(participant: Participant | None, old: str, new: str) -> Participant | None:
    if participant is None or participant.actor.country != old:
        return participant
    actor = participant.actor
    return replace(participant, actor=make_actor(new + (actor.sector or ""), actor.name))


def _names_in_full(text: str, bare_word: str) -> bool:
    # "Republic of Congo", "Republic of the Congo", "Congo-Brazzaville": any use of the word
    # that is not bare ("Democratic Republic of Congo" names the sibling).
    for match in re.finditer(re.escape(bare_word), text):
        before = text[max(0, match.start() - 30) : match.start()].lower().rstrip()
        before = before.removesuffix(" the")
        after = text[match.end() : match.end() + 12].lower().lstrip("- ")
        if (before.endswith("republic of") and not before.endswith("democratic republic of")) or (
            after.startswith("brazzaville")
        ):
            return True
    return False
