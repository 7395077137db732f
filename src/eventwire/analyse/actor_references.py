"""Actors found by reference: pronouns, short names of people met before, pair phrases.

These mentions carry no name of their own ("it", "Araghchi", "the two countries"); each is
resolved against what the article said before and against the actors named earlier in the same
sentence, so they are found after the sentence's lexical mentions.
"""

from __future__ import annotations

from eventwire.analyse.actor_context import (
    GROUP_PRONOUNS,
    NOT_NAMES,
    PAIR_HEADS,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    ArticleMemory,
    antecedents_in_sentence,
    is_owner_or_part,
)
from eventwire.analyse.actor_pairs import coordinated_pair
from eventwire.analyse.actor_speakers import speaker_of_pronoun
from eventwire.analyse.tokens import Token
from eventwire.model import Actor, Mention

PAIR_PRONOUNS = frozenset({"they", "them"})


def contextual_mentions(
    tokens: list[Token],
    sentence: int,
    covered: set[int],
    memory: ArticleMemory,
    earlier: list[Actor],
    named: list[Mention],
) -> list[Mention]:
    """Pronouns, short names of people met before, and pair phrases ("both sides").

    Args:
        tokens: the sentence's tokens.
        sentence: the sentence's index.
        covered: token indices already inside a named or lexical mention.
        memory: what the article said before this sentence.
        earlier: actors named before this sentence, most recent last.
        named: the sentence's own lexical mentions.

    Returns:
        Mentions found by reference, in text order.
    """
    found: list[Mention] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if position in covered:
            position += 1
            continue
        pair_end = _pair_phrase(tokens, position)
        if pair_end:
            surface = " ".join(t.text for t in tokens[position:pair_end])
            for actor in coordinated_pair(tokens, position, named) or memory.pair():
                found.append(
                    Mention(
                        "actor",
                        token.start,
                        tokens[pair_end - 1].end,
                        surface,
                        sentence,
                        actor,
                        0.7,
                    )
                )
            position = pair_end
            continue
        if token.lower in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
            if is_owner_or_part(tokens, position):
                position += 1  # "their homes", "most of them": not a participant
                continue
            before = earlier + antecedents_in_sentence(tokens, position, named)
            speaker = speaker_of_pronoun(tokens, position, named, memory.people)
            # "Kyrgyzstan and Tajikistan announced that they had agreed": "they" after a
            # coordinated pair of states is both of them, not the one named last.
            pair = coordinated_pair(tokens, position, named) if token.lower in PAIR_PRONOUNS else []
            referents = pair or (
                [speaker] if speaker else memory.pronoun(token.lower, before, len(earlier))
            )
            for actor in referents:
                found.append(
                    Mention("actor", token.start, token.end, token.text, sentence, actor, 0.6)
                )
        elif token.is_capitalised and token.text.isalpha() and token.lower not in NOT_NAMES:
            words = [token.lower]
            end = position + 1
            while end < len(tokens) and tokens[end].is_capitalised and tokens[end].text.isalpha():
                words.append(tokens[end].lower)
                end += 1
            actor = memory.person(tuple(words))
            if actor is not None:
                found.append(
                    Mention(
                        "actor",
                        token.start,
                        tokens[end - 1].end,
                        " ".join(t.text for t in tokens[position:end]),
                        sentence,
                        actor,
                        0.8,
                    )
                )
                memory.last_person = actor
            position = end
            continue
        position += 1
    return found


def _pair_phrase(tokens: list[Token], position: int) -> int:
    if tokens[position].lower not in {"two", "both"}:
        return 0
    for length in (1, 2):
        end = position + length
        if end < len(tokens) and tokens[end].lower in PAIR_HEADS:
            last = end + 1
            if last < len(tokens) and tokens[last].lower in PAIR_HEADS:
                last += 1  # "the two neighbouring states"
            return last
    return 0
