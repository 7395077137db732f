"""Acts told inside an aside that describes an actor: background, not the news.

"Turkey, which trains Somali soldiers and runs a base in the capital, offered to treat the
wounded": the clause between the commas says who Turkey is; the event told is the offer.
"Russia, which brokered the 2020 ceasefire, urged Yerevan and Baku …" would otherwise give
Russia a mediation *between Yerevan and Baku*, because the aside's own act has no object in
reach and takes one from the main clause. An act in such an aside is kept only when it is
complete inside the aside, its target named there ("Mali's military government, which
expelled French troops in 2022, said …"), and then as a historical event: background that
dyad statistics may use, never the news of the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.analyse.tokens import Token
from eventwire.code.relatives import aside_opening
from eventwire.model import Mention, Report

RELATIVE_OPENERS = frozenset({"which", "who", "whose", "that"})
MAX_ASIDE = 40  # tokens: a longer stretch is no aside but the rest of the sentence


def descriptive_asides(tokens: list[Token], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Token spans (opening comma, closing comma) of ", which/who …," asides after an actor.

    Args:
        tokens: the sentence's tokens.
        mentions: the sentence's actor mentions.

    Returns:
        The asides in text order; the aside must follow an actor mention and be closed by a
        comma before the main clause goes on.
    """
    actor_ends = {mention.end for mention in mentions}
    asides: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.lower not in RELATIVE_OPENERS:
            continue
        opening = aside_opening(tokens, index)
        if opening is None or opening < 1 or tokens[opening - 1].end not in actor_ends:
            continue
        limit = min(len(tokens) - 1, index + MAX_ASIDE)
        close = next((i for i in range(index + 1, limit) if tokens[i].text in {",", ";"}), None)
        if close is not None and tokens[close].text == ",":
            asides.append((opening, close))
    return asides


def drop_aside_acts(reports: list[Report], tokens: list[Token], mentions: list) -> list[Report]:
    """The sentence's reports without the acts told in asides that describe an actor.

    An aside's act stays, marked historical, when another party with a country is its target
    and is named inside the aside; it is dropped otherwise.
    """
    asides = descriptive_asides(tokens, mentions)
    if not asides:
        return reports
    kept = []
    for report in reports:
        aside = next(
            (
                (first, last)
                for first, last in asides
                if tokens[first].end <= report.trigger_start < tokens[last].start
            ),
            None,
        )
        if aside is None:
            kept.append(report)
        elif _complete(report, tokens, *aside):
            kept.append(replace(report, modality="historical"))
    return kept


def _complete(report: Report, tokens: list[Token], first: int, last: int) -> bool:
    # "which has deployed a mission": the head's own people are no other party to its act
    target = report.target
    if target is None or target.actor.country is None:
        return False
    if report.source is not None and report.source.actor.country == target.actor.country:
        return False
    return tokens[first].end <= target.start < tokens[last].start
