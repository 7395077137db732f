"""Article memory for actor mentions: people met with a title, recent actors, pairs.

Resolution inside one article is recency-based on purpose: a short name ("Salami said") is
the person first introduced with a title ("IRGC commander Hossein Salami"); "it", "he",
"they" are the most recent fitting actor; "the two countries" are the last two states named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.model import Actor

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
PAIR_HEADS = frozenset(
    {
        "countries",
        "neighbours",
        "neighbors",
        "nations",
        "sides",
        "states",
        "governments",
        "capitals",
        "parties",
        "allies",
        "rivals",
        "adversaries",
        "neighbouring",
        "neighboring",
    }
)
# Head nouns that name one person, who can later be "he" or "she".
PERSON_TITLES = frozenset(
    """
    president premier minister chancellor king queen emir leader spokesman spokeswoman envoy
    ambassador secretary governor mayor commander chief general prince sultan pope
    """.split()
)
# Capitalised words that start sentences or name times, never people.
NOT_NAMES = frozenset(
    """
    the a an on in at of for and or but with by from to as after before during since while
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow earlier
    later last next this that these those it he she they we i his her their its our
    mr mrs ms dr said says according also however meanwhile previously despite following
    """.split()
)


@dataclass
class ArticleMemory:
    """What the mention finder remembers while it reads one article in order."""

    people: dict[str, Actor] = field(default_factory=dict)
    heads: dict[str, Actor] = field(default_factory=dict)
    recent: list[Actor] = field(default_factory=list)
    last_person: Actor | None = None
    main_pair: list[str] = field(default_factory=list)  # ISO3 codes, see actor_pairs

    def remember(self, actor: Actor, *, person_name: tuple[str, ...] = (), head: str = "") -> None:
        """Record a resolved mention (and the name of a person, and its head noun)."""
        if actor.country is None:
            return
        self.recent.append(actor)
        if len(self.recent) > 50:
            del self.recent[:25]
        if person_name:
            self.last_person = actor
            self.people[" ".join(person_name)] = actor
            self.people[person_name[-1]] = actor
        if head:
            self.heads[head] = actor
            if head in PERSON_TITLES:
                self.last_person = actor  # "the president … he said"

    def person(self, words: tuple[str, ...]) -> Actor | None:
        """The actor of a person met earlier under these words (full or last name)."""
        return self.people.get(" ".join(words)) or self.people.get(words[-1])

    def pronoun(self, word: str, recent: list[Actor] | None = None) -> list[Actor]:
        """The actors a pronoun most probably refers to (possibly none).

        Args:
            word: the pronoun, lower-cased.
            recent: the actors named before the pronoun, oldest first; by default every
                actor remembered so far.
        """
        if word in PERSON_PRONOUNS:
            if self.last_person is not None:
                return [self.last_person]
            # "U.N. Secretary-General Kofi Annan announced that he will …": an office named
            # without a remembered person still speaks through one.
            for actor in reversed(self.recent if recent is None else recent):
                if actor.sector == "GOV" or (actor.country or "").startswith("IGO"):
                    return [actor]
            return []
        for actor in reversed(self.recent if recent is None else recent):
            if word in THING_PRONOUNS and actor.sector in (None, "GOV") or (word in GROUP_PRONOUNS):
                return [actor]
        return []

    def pair(self) -> list[Actor]:
        """The two states the article is about (``main_pair``); failing that, the last two
        different states (country level) named in the article.

        The sentence's own states are not preferred on purpose: "China, an ally of Pakistan,
        called on both countries" and "Qatar and Saudi Arabia mediated between the two
        neighbours" name third parties before the phrase.
        """
        if self.main_pair:
            return [Actor(code, code, None, code) for code in self.main_pair]
        seen: list[str] = []
        for actor in reversed(self.recent):
            country = actor.country
            if country and country not in seen and not country.startswith(("IGO", "NGO", "IMG")):
                seen.append(country)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return []
        return [Actor(code, code, None, code) for code in reversed(seen)]
