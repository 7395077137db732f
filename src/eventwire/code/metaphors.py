"""Metaphors of conflict in sport, business and entertainment news, and abstract subjects.

Match reports "attack", "battle" and "surrender"; market stories "target" companies and
"fire broadsides"; relations "hit a low". CAMEO codes none of these. Two signals:

- the article's *genre*: when sport, market or entertainment vocabulary is dense in the
  article, metaphor-prone codes (protest 14, threat 13, coercion 17, violence 18–20) are
  dropped from every sentence that names no state, government, armed force or armed group;
- an *abstract subject* ("relations", "ties", "talks", "prices") cannot be the one who
  assaults, fights or coerces: "Relations between the allies hit a low" is no attack.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.analyse.tokens import Token
from eventwire.model import Actor, Mention, Report

SPORT_WORDS = frozenset(
    """
    match matches goal goals league cup championship season striker midfielder defender
    goalkeeper winger substitute referee stadium half-time kick-off penalty tournament
    scored scoring score fixture fixtures squad coach manager fans supporters points
    innings wicket batsman bowler playoff play-off semi-final quarter-final final title
    club clubs players player rout win wins draw
    """.split()
)
MARKET_WORDS = frozenset(
    """
    shares share stock stocks investors investor market markets index earnings revenue
    revenues profit profits quarterly analysts shareholders takeover bid hedge funds trading
    traders bonds dividend valuation chipmaker company company's companies firm firms
    competitor competitors rival's sales price prices pricing customers margins ceo
    chief executive executives brand bank banks debt
    """.split()
)
ENTERTAINMENT_WORDS = frozenset(
    """
    film films movie movies box-office album albums chart charts episode episodes actor
    actress director premiere studio studios celebrity singer band concert festival
    audience audiences series sequel streaming
    """.split()
)
GENRE_WORDS = SPORT_WORDS | MARKET_WORDS | ENTERTAINMENT_WORDS
# Share of an article's words, and least count, at which its genre is sport, markets or
# entertainment (political news mentions "talks", "market" or "final" now and then).
GENRE_DENSITY = 0.04
GENRE_MIN_WORDS = 6
METAPHOR_PRONE_ROOTS = frozenset({"13", "14", "17", "18", "19", "20"})
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "SPY", "COP", "LEG", "JUD"})
# Heads of subjects that name a state of affairs, never a doer.
ABSTRACT_SUBJECTS = frozenset(
    """
    relations relationship ties talks negotiations prices price shares stocks markets
    economy inflation tensions trade sales exports imports currency rates unemployment
    bill bills proposal motion legislation amendment bitcoin
    """.split()
)
SUBJECT_LINKS = frozenset({"between", "with", "among", "of", "in"})
ABSTRACT_ROOTS = frozenset({"17", "18", "19", "20"})
# Words that can stand between a subject and its verb: "relations briefly hit", "have hit".
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    {"have", "has", "had", "been", "also", "again", "then", "just", "now", "briefly", "once"}
    | {"was", "were", "is", "are", "be"}
)


def is_metaphor_genre(tokens: Iterable[Token]) -> bool:
    """Whether an article's vocabulary is that of sport, markets or entertainment.

    Args:
        tokens: the article's tokens (all sentences).

    Returns:
        True when genre words make up at least ``GENRE_DENSITY`` of the words and number at
        least ``GENRE_MIN_WORDS``.
    """
    words = genre = 0
    for token in tokens:
        if not token.is_word:
            continue
        words += 1
        genre += token.lower in GENRE_WORDS
    return genre >= GENRE_MIN_WORDS and genre >= GENRE_DENSITY * words


def names_political_actor(mentions: Iterable[Mention]) -> bool:
    """Whether any actor mention is a state, a government or armed body, or an IGO."""
    for mention in mentions:
        actor = mention.resolution
        if not isinstance(actor, Actor) or actor.country is None:
            continue
        if actor.sector in POLITICAL_SECTORS or actor.country.startswith("IGO"):
            return True
        if actor.sector is None and not actor.code.startswith("---"):
            return True
    return False


def drop_genre_metaphors(reports: list[Report], mentions: list[Mention]) -> list[Report]:
    """Reports of one sentence of a sport/market/entertainment article, metaphors dropped.

    Args:
        reports: the sentence's reports.
        mentions: the sentence's actor mentions.

    Returns:
        ``reports`` without metaphor-prone codes when the sentence names no political actor.
    """
    if names_political_actor(mentions):
        return reports
    return [report for report in reports if report.cameo[:2] not in METAPHOR_PRONE_ROOTS]


def drop_abstract_subjects(reports: list[Report], tokens: list[Token]) -> list[Report]:
    """Reports of one sentence without violence or coercion done by an abstract subject.

    Args:
        reports: the sentence's reports.
        tokens: the sentence's tokens.

    Returns:
        ``reports`` without 17–20 acts whose grammatical subject is "relations", "ties",
        "talks", "prices" … (directly before the verb, or heading a phrase that holds the
        source: "Relations between the NATO allies hit a low").
    """
    index_of = {token.start: index for index, token in enumerate(tokens)}
    kept = []
    for report in reports:
        trigger = index_of.get(report.trigger_start)
        if (
            report.cameo[:2] in ABSTRACT_ROOTS
            and trigger is not None
            and _abstract_subject(tokens, trigger, report)
        ):
            continue
        kept.append(report)
    return kept


def _abstract_subject(tokens: list[Token], trigger: int, report: Report) -> bool:
    position = trigger - 1
    while position >= 0 and tokens[position].lower in _BETWEEN_SUBJECT_AND_VERB:
        position -= 1
    if position >= 0 and tokens[position].lower in ABSTRACT_SUBJECTS:
        return True
    # "Relations between the NATO allies hit": an actor named before the verb inside a
    # phrase headed by an abstract noun is no doer.
    for participant in (report.source, report.target):
        named = None if participant is None else index_of_start(tokens, participant.start)
        if named is None or named >= trigger:
            continue
        position = named - 1
        while position >= 0 and (
            tokens[position].lower in {"the", "two", "its", "their", "and"}
            or tokens[position].is_capitalised
        ):
            position -= 1  # "between Greece and Turkey": the coordinated names too
        if (
            position >= 1
            and tokens[position].lower in SUBJECT_LINKS
            and tokens[position - 1].lower in ABSTRACT_SUBJECTS
        ):
            return True
    return False


def index_of_start(tokens: list[Token], start: int) -> int | None:
    """Index of the token that starts at character ``start``, or None."""
    for index, token in enumerate(tokens):
        if token.start == start:
            return index
    return None
