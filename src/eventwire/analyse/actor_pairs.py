"""Article-level reading of actors: datelines, and the pair an article is about.

"The two countries fought", "both sides agreed": a pair phrase refers to the two states the
article is about, not to the last two states that happened to be named (a mediator, a venue,
a dateline city). The main pair is the pair of states most often named together, as actors,
in one sentence of the article. A dateline ("KUALA LUMPUR, March 14 (Wire) -") names where
the story was filed, never a participant.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from eventwire.analyse.tokens import Token
from eventwire.model import Actor

DATELINE_ENDS = frozenset({",", "(", "-", "–", "—", "/"})
MAX_DATELINE_TOKENS = 4


def is_dateline(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are a dateline city at the start of a sentence.

    A dateline is written in capitals ("MOGADISHU, Aug 19 -", "SRINAGAR/ISLAMABAD -") and
    is followed by a comma, a dash, a slash or a bracket.
    """
    if first > MAX_DATELINE_TOKENS or last >= len(tokens):
        return False
    leading = tokens[:last]
    if not all(token.text.isupper() or not token.text.isalpha() for token in leading):
        return False
    if not any(token.text.isalpha() and len(token.text) > 2 for token in tokens[first:last]):
        return False  # "US", "UK" in capitals are names, not datelines
    return tokens[last].text in DATELINE_ENDS


def main_pair(sentence_countries: list[set[str]]) -> list[str]:
    """The two states most often named together in a sentence, in alphabetical order.

    Args:
        sentence_countries: for each sentence, the states (ISO3) named in it as actors.

    Returns:
        The two ISO3 codes, or an empty list when no sentence names two states. Ties go to
        the pair whose members are named most often overall.
    """
    together: Counter[tuple[str, str]] = Counter()
    named: Counter[str] = Counter()
    for countries in sentence_countries:
        named.update(countries)
        together.update(combinations(sorted(countries), 2))
    if not together:
        return []
    best = max(together, key=lambda pair: (together[pair], named[pair[0]] + named[pair[1]]))
    return list(best)


# Words that open a clause of its own, in which "the two countries" may be the states that
# were coordinated as the subject before it ("Philippine and Japanese troops held drills days
# after an agreement between the two countries …"). "which"/"who" are left out on purpose: a
# relative clause speaks about its head ("Qatar and Saudi Arabia, which mediated between the
# two neighbours", not between each other).
SUBORDINATORS = frozenset("after before since when while because until once that said says".split())


def coordinated_pair(tokens: list[Token], position: int, named: list) -> list[Actor]:
    """The two states coordinated earlier in the sentence ("X and Y") that a pair phrase at
    ``position`` refers to, or ``[]``.

    The pair counts only when a subordinating word stands between it and the phrase: in their
    own clause ("Qatar and Saudi Arabia mediated between the two neighbours") the coordinated
    subjects are never the pair that their verb addresses.

    Args:
        tokens: the sentence's tokens.
        position: the first token of the pair phrase.
        named: the actor mentions found in the sentence, in text order.
    """
    phrase_start = tokens[position].start
    states = [
        mention
        for mention in named
        if mention.end <= phrase_start
        and isinstance(mention.resolution, Actor)
        and _is_state(mention.resolution)
    ]
    for left, right in zip(states[-2::-1], states[:0:-1], strict=False):
        between = [t.lower for t in tokens if left.end <= t.start and t.end <= right.start]
        if between != ["and"] or left.resolution.country == right.resolution.country:
            continue
        after = [t.lower for t in tokens if right.end <= t.start and t.end <= phrase_start]
        if any(word in SUBORDINATORS for word in after):
            return [_state(left.resolution.country), _state(right.resolution.country)]
        return []
    return []


def _is_state(actor: Actor) -> bool:
    country = actor.country or ""
    return len(country) == 3 and not country.startswith(("IGO", "NGO", "IMG", "---"))


def _state(code: str) -> Actor:
    return Actor(code, code, None, code)
