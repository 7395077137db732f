"""Article memory for actor mentions: people met with a title, recent actors, pairs.

Resolution inside one article is recency-based on purpose: a short name ("Salami said") is
the person first introduced with a title ("IRGC commander Hossein Salami"); "it", "he",
"they" are the most recent fitting actor; "the two countries" are the last two states named.
Unnamed groups ("residents", "protesters") are remembered too, without a country (it comes
later from the place), so that "they"/"them" can point back to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.model import Actor, Mention

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
    first_in_sentence: Actor | None = None
    previous_first: Actor | None = None
    person_before: Actor | None = None  # the last person as the sentence began

    def begin_sentence(self) -> list[Actor]:
        """Start a new sentence; returns the actors remembered before it, oldest first."""
        self.person_before = self.last_person
        if self.first_in_sentence is not None:
            self.previous_first = self.first_in_sentence
            self.first_in_sentence = None
        return list(self.recent)

    def remember(self, actor: Actor, *, person_name: tuple[str, ...] = (), head: str = "") -> None:
        """Record a resolved mention (and the name of a person, and its head noun)."""
        if actor.country is None and not is_unnamed_group(actor, head):
            return
        if self.first_in_sentence is None:
            self.first_in_sentence = actor
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

    def ruling_military(self) -> Actor | None:
        """The military a bare "the junta" most probably is: the last one named with a state.

        "… after the Myanmar military bombed the town. … The junta's spokesman said …": a
        junta is a state's armed forces in power, and news names that state's military
        before it calls it the junta.
        """
        for actor in reversed(self.recent):
            country = actor.country or ""
            if actor.sector == "MIL" and len(country) == 3 and not country.startswith("IGO"):
                return actor
        return None

    def mission_body(self) -> Actor | None:
        """The international body a bare "the mission" most probably belongs to: the last one
        named ("UN peacekeepers began withdrawing after the junta ordered the mission to
        leave"); a state's own missions are named with the state ("Iran's mission")."""
        for actor in reversed(self.recent):
            if (actor.country or "").startswith("IGO"):
                return actor
        return None

    def person(self, words: tuple[str, ...]) -> Actor | None:
        """The actor of a person met earlier under these words (full or last name)."""
        return self.people.get(" ".join(words)) or self.people.get(words[-1])

    def pronoun(
        self, word: str, recent: list[Actor] | None = None, sentence_from: int | None = None
    ) -> list[Actor]:
        """The actors a pronoun most probably refers to (possibly none).

        Args:
            word: the pronoun, lower-cased.
            recent: the actors named before the pronoun, oldest first; by default every
                actor remembered so far.
            sentence_from: where the pronoun's own sentence starts in ``recent``. "They" or
                "them" with no antecedent in its sentence is the previous sentence's first
                actor, its subject ("Residents staged a protest … from the army. Police
                fired tear gas to disperse them": the residents, not the army).
        """
        if (
            word in GROUP_PRONOUNS
            and recent is not None
            and sentence_from is not None
            and len(recent) <= sentence_from
            and self.previous_first is not None
        ):
            return [self.previous_first]
        if word in PERSON_PRONOUNS:
            person = self.last_person
            if (
                person is not None
                and person is not self.person_before
                and recent is not None
                and not any(actor is person for actor in recent)
            ):
                # "he is expected to meet Prime Minister Shigeru Ishiba": a person named
                # after the pronoun in its own sentence is not what it refers to.
                person = self.person_before
            if person is not None:
                return [person]
            # "U.N. Secretary-General Kofi Annan announced that he will …": an office named
            # without a remembered person still speaks through one.
            for actor in reversed(self.recent if recent is None else recent):
                if actor.country is None:
                    continue
                if actor.sector == "GOV" or (actor.country or "").startswith("IGO"):
                    return [actor]
            return []
        for actor in reversed(self.recent if recent is None else recent):
            if word in GROUP_PRONOUNS:
                return [actor]
            if actor.country is not None and actor.sector in (None, "GOV"):
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


def is_unnamed_group(actor: Actor, head: str) -> bool:
    """Whether ``actor`` is an unnamed plural group ("villagers", "demonstrators").

    Args:
        actor: a resolved mention without a country.
        head: the mention's last word, lower-cased.
    """
    unnamed = actor.country is None and (actor.sector is not None or actor.code == "---")
    return unnamed and (head.endswith("s") or head == "people")


QUANTIFIERS = frozenset("most some many all none both each one two few several half".split())


def is_owner_or_part(tokens: list, position: int) -> bool:
    """Whether the pronoun at ``position`` is a possessive before its noun ("their homes") or
    a partitive ("most of them"): neither names a participant of the clause."""
    word = tokens[position].lower
    if word in {"its", "their", "his", "her"} and position + 1 < len(tokens):
        return True
    return (
        position >= 2
        and tokens[position - 1].lower == "of"
        and tokens[position - 2].lower in QUANTIFIERS
    )


# Words after which a new clause, with a subject of its own, can start.
CLAUSE_BOUNDARIES = frozenset(
    "said says told that who which when after while because as before until , ; : and but".split()
)
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
DETERMINERS = frozenset({"the", "a", "an", "some", "many", "hundreds", "thousands", "dozens"})


def antecedents_in_sentence(tokens: list, position: int, named: list[Mention]) -> list[Actor]:
    """The actors named earlier in a pronoun's sentence that it may refer to, in text order.

    An object pronoun never refers to the subject of its own clause ("Police fired tear gas to
    disperse them": not the police), so the actor opening that clause is left out.

    Args:
        tokens: the sentence's tokens.
        position: the index of the pronoun in ``tokens``.
        named: the actor mentions found in the sentence so far.
    """
    pronoun = tokens[position]
    subject_start = -1
    if pronoun.lower in OBJECT_PRONOUNS:
        clause = 0
        for index in range(position - 1, -1, -1):
            if tokens[index].lower in CLAUSE_BOUNDARIES:
                clause = index + 1
                break
        while clause < position and tokens[clause].lower in DETERMINERS:
            clause += 1
        subject_start = tokens[clause].start if clause < position else -1
    found = []
    for mention in named:
        actor = mention.resolution
        if mention.end > pronoun.start or not isinstance(actor, Actor):
            continue
        if mention.start == subject_start:
            continue
        head = mention.text.split()[-1].lower() if mention.text else ""
        if actor.country or is_unnamed_group(actor, head):
            found.append(actor)
    return found
