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
