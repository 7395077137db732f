"""Find actor mentions in an article and resolve them to CAMEO-style actor codes.

A dictionary matcher over tokens (longest phrase first, indexed by first token) finds names,
demonyms, capitals, sector nouns and titles; neighbouring pieces are then composed
("Azerbaijani" + "army" → AZEMIL, "commander of the IRGC" → IRNMIL, "IRGC commander Hossein
Salami" → IRNMIL and remembered as a person), and pronouns, short names and pair phrases
("the two countries") are resolved against what the article said before
(:mod:`eventwire.analyse.actor_references`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from eventwire.analyse.actor_compounds import leading_state, sector_reading
from eventwire.analyse.actor_context import NOT_NAMES, ArticleMemory
from eventwire.analyse.actor_names import is_given_name_use
from eventwire.analyse.actor_pairs import is_dateline, main_pair
from eventwire.analyse.actor_references import contextual_mentions
from eventwire.analyse.actor_spelling import misspelt_state
from eventwire.analyse.tokens import Token, tokenize
from eventwire.code.knowledge import ActorEntry, Knowledge, make_actor, with_country
from eventwire.model import Actor, Mention, Sentence

# Work per sentence is capped: beyond this many tokens a "sentence" is not prose.
MAX_TOKENS_PER_SENTENCE = 600
MAX_MENTIONS_PER_SENTENCE = 120
NAMED_KINDS = frozenset({"name", "demonym", "capital", "person"})
# Words allowed between a country and its sector noun ("Iran's elite special forces").
MODIFIERS = frozenset(
    """
    's top senior high-ranking elite new former deputy chief acting interim caretaker supreme
    main ruling border state security riot armed local regional national provincial federal high
    constitutional
    visiting official own central joint naval military foreign defence defense interior
    vice junior assistant permanent outgoing incoming then retired powerful
    transitional electoral presidential mayoral sovereign peacekeeping peace-keeping
    commerce trade finance economy economic justice education energy agriculture environment
    transport industry information communications culture labour labor
    """.split()
)
POSSESSIVES = frozenset({"its", "their", "his", "her"})
JUNTA_HEADS = frozenset({"junta", "juntas"})
MISSION_HEADS = frozenset({"mission"})
# "forces of the IRGC", "protesters in Tbilisi", "workers at Bangladesh's factories": a
# sector noun with no country before it takes the country named right after it.
OWNER_LINKS = frozenset({"of", "in", "at", "from"})
# Romance joining words inside a place name: "Mocimboa da Praia" is a Mozambican town, not Cabo
# Verde's capital "Praia"; "Santa Cruz de la Sierra" is not a capital either.
PLACE_NAME_JOINERS = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "la", "los"})


@dataclass
class _Span:
    start: int  # token indices, end-exclusive
    end: int
    entry: ActorEntry


def find_actor_mentions(
    text: str, sentences: list[Sentence], knowledge: Knowledge
) -> list[Mention]:
    """Actor mentions of an article, resolved to :class:`~eventwire.model.Actor` codes.

    Args:
        text: the cleaned article text.
        sentences: its sentences, in order.
        knowledge: actor lexicons from :func:`eventwire.code.knowledge.load_knowledge`.

    Returns:
        Mentions with ``kind="actor"`` in text order. A pair phrase ("the two countries")
        yields one mention per member with the same span; an actor whose country is unknown
        ("the army" with no antecedent, "a gunman") has ``country=None``.
    """
    tokenised = [tokenize(text, s.start, s.end)[:MAX_TOKENS_PER_SENTENCE] for s in sentences]
    memory = ArticleMemory(main_pair=main_pair([_states(t, knowledge) for t in tokenised]))
    mentions: list[Mention] = []
    for sentence, tokens in zip(sentences, tokenised, strict=True):
        found = _sentence_mentions(tokens, sentence.index, knowledge, memory)
        mentions.extend(
            replace(mention, text=text[mention.start : mention.end])
            for mention in found[:MAX_MENTIONS_PER_SENTENCE]
        )
    return mentions


def _states(tokens: list[Token], knowledge: Knowledge) -> set[str]:
    found = set()
    for span in _lexical_spans(tokens, knowledge):
        country = span.entry.actor().country if span.entry.kind in NAMED_KINDS else None
        if country and len(country) == 3 and not is_dateline(tokens, span.start, span.end):
            found.add(country)
    return found


def _lexical_spans(tokens: list[Token], knowledge: Knowledge) -> list[_Span]:
    spans: list[_Span] = []
    position = 0
    while position < len(tokens):
        matched = None
        for entry in knowledge.actors_starting(tokens[position].lower):
            if _matches(tokens, position, entry):
                matched = entry
                break
        if matched is None:
            matched = misspelt_state(tokens, position, knowledge)
        if matched is None:
            matched = leading_state(tokens, position, knowledge)
        if matched is None:
            position += 1
            continue
        spans.append(_Span(position, position + len(matched.phrase), matched))
        position += len(matched.phrase)
    starts = {span.start for span in spans}
    return [
        span
        for span in spans
        if span.entry.kind != "name" or not is_given_name_use(tokens, span.start, span.end, starts)
    ]


def _matches(tokens: list[Token], position: int, entry: ActorEntry) -> bool:
    end = position + len(entry.phrase)
    if end > len(tokens):
        return False
    window = tokens[position:end]
    if any(token.lower != word for token, word in zip(window, entry.phrase, strict=True)):
        return False
    if entry.case_sensitive:
        if end < len(tokens) and tokens[end].text.startswith("$"):
            return False  # "US $50 million" names a currency, not the state
        return all(token.text.isupper() or not token.text.isalpha() for token in window)
    if entry.kind == "capital" and _inside_place_name(tokens, position):
        return False
    if entry.kind in NAMED_KINDS or entry.kind == "group":
        return window[0].is_name_like
    return True


def _inside_place_name(tokens: list[Token], position: int) -> bool:
    return (
        position >= 2
        and tokens[position - 1].lower in PLACE_NAME_JOINERS
        and tokens[position - 2].is_capitalised
        and tokens[position - 2].text.isalpha()
    )


def _sentence_mentions(
    tokens: list[Token], sentence: int, knowledge: Knowledge, memory: ArticleMemory
) -> list[Mention]:
    spans = _lexical_spans(tokens, knowledge)
    covered: set[int] = set()
    mentions: list[Mention] = []
    named_before = memory.begin_sentence()  # pronouns refer back, never to an actor named after

    def emit(first: int, last: int, actor: Actor, confidence: float = 1.0) -> None:
        start, end = tokens[first].start, tokens[last - 1].end
        surface = " ".join(token.text for token in tokens[first:last])
        mentions.append(Mention("actor", start, end, surface, sentence, actor, confidence))
        covered.update(range(first, last))

    index = 0
    while index < len(spans):
        span = spans[index]
        entry = span.entry
        following = spans[index + 1] if index + 1 < len(spans) else None
        if entry.kind == "unknown":
            emit(span.start, span.end, make_actor("---", entry.label), 0.5)
            index += 1
            continue
        if entry.kind in NAMED_KINDS and is_dateline(tokens, span.start, span.end):
            index += 1  # "KUALA LUMPUR, March 14 -": where the story was filed
            continue
        if entry.kind in NAMED_KINDS:
            actor = entry.actor()
            end = span.end
            sector = sector_reading(following.entry if following else None, knowledge)
            if sector is not None and _joined(tokens, end, following):
                actor = _with_sector(actor, sector)
                end = following.end
                index += 1
            end = _absorb_sectors(tokens, spans, index, end)
            end = _absorb_acronym(tokens, end)
            index = _skip_spans(spans, index, end)
            person, end = _person_after(tokens, end, spans, index, knowledge)
            emit(span.start, end, actor)
            memory.remember(actor, person_name=person, head=tokens[end - 1].lower)
            index += 1
            continue
        # A sector noun or title without a country before it.
        owner, end, consumed = _owner_after(tokens, spans, index)
        if owner is not None and _possessed(tokens, span, memory):
            # "its embassy in Jakarta": the possessor owns it; the place is where it stands.
            owner, end, consumed = None, span.end, 0
        actor = None
        start = span.start
        if owner is not None and tokens[span.end].lower != "of":
            located = owner.entry.actor()
            actor = (
                located
                if located.country is None
                else with_country(located.country, entry.code, entry.label)
            )
            index += consumed
            end = _absorb_sectors(tokens, spans, index, end)
            index = _skip_spans(spans, index, end)
        elif owner is not None:
            actor = _with_sector(owner.entry.actor(), entry, keep_own=True)
            index += consumed
            end = _absorb_sectors(tokens, spans, index, end)
            index = _skip_spans(spans, index, end)
        elif span.start > 0 and tokens[span.start - 1].lower in POSSESSIVES:
            referents = memory.pronoun(tokens[span.start - 1].lower)
            if referents and referents[0].country:
                actor = with_country(referents[0].country, entry.code, entry.label)
                start = span.start - 1
        if actor is None and span.start > 0 and tokens[span.start - 1].lower == "the":
            actor = memory.heads.get(tokens[span.end - 1].lower)
            if actor is None and tokens[span.end - 1].lower in JUNTA_HEADS:
                actor = memory.ruling_military()
            if actor is None and tokens[span.end - 1].lower in MISSION_HEADS:
                actor = memory.mission_body()
        if actor is None and following is not None and following.start == span.end:
            if following.entry.kind == "person":
                # "Prime Minister Shigeru Ishiba": the lexicon knows the person's country,
                # which the bare title would otherwise borrow from the article.
                actor = following.entry.actor()
                person = tuple(token.lower for token in tokens[following.start : following.end])
                emit(start, following.end, actor)
                memory.remember(actor, person_name=person, head=tokens[span.end - 1].lower)
                index += 2
                continue
        person, end = _person_after(tokens, max(end, span.end), spans, index + 1, knowledge)
        if actor is None and not person and _is_modifier_use(tokens, span.end):
            index += 1
            continue
        if actor is None:
            earlier = memory.person(person) if person else None
            actor = earlier or make_actor("---" + entry.code, entry.label)
        emit(start, end, actor, 1.0 if actor.country else 0.4)
        memory.remember(actor, person_name=person, head=tokens[span.end - 1].lower)
        index += 1
    mentions.extend(contextual_mentions(tokens, sentence, covered, memory, named_before, mentions))
    mentions.sort(key=lambda mention: (mention.start, mention.end))
    return mentions


ADJECTIVAL_SECTORS = frozenset(
    {
        "military",
        "naval",
        "security",
        "intelligence",
        "opposition",
        "police",
        "media",
        "press",
        "court",
        "government",
        "general",  # "a general strike", "the general election": no officer
    }
)
# Sector nouns that also name a weapon, and the attack nouns they then modify.
WEAPON_SECTORS = frozenset(
    {"artillery", "aircraft", "jets", "warplanes", "helicopters", "gunships", "drones"}
)
ATTACK_NOUNS = frozenset(
    """
    strike strikes fire shell shells shelling barrage barrages attack attacks raid raids rounds
    bombardment bombardments duel duels
    """.split()
)
# Sector words that are adjectives before a noun but objects before an infinitive.
NOUN_BEFORE_TO = frozenset({"government", "military", "police", "opposition", "court"})
CLAUSE_VERBS = frozenset(
    {
        "said",
        "says",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "could",
        "did",
        "and",
        "or",
    }
)


# An adjective is followed by its noun, never by a preposition.
PREPOSITIONS = frozenset("in at on near from across outside inside around along".split())
IRREGULAR_PAST = frozenset(
    "shot struck hit fought seized beat took held sent threw broke drove froze stole".split()
)


def _is_modifier_use(tokens: list[Token], end: int) -> bool:
    # "joint military drill": an adjective, not the army as an actor. A past-tense or event
    # verb after it ("police arrested", "military bombed") makes it the subject instead.
    word = tokens[end - 1].lower
    if end >= len(tokens):
        return False
    following = tokens[end].lower
    if word in WEAPON_SECTORS and following in ATTACK_NOUNS:
        return True  # "missile, drone and artillery strikes": the weapon, not a unit
    if word in NOUN_BEFORE_TO and following == "to":
        return False  # "ordered the government to halt …": the object, never an adjective
    return (
        word in ADJECTIVAL_SECTORS
        and tokens[end].text.isalpha()
        and tokens[end].text.islower()
        and following not in CLAUSE_VERBS
        and following not in PREPOSITIONS  # "police in Peshawar": a noun, the adjective's
        and not following.endswith("ed")
        and following not in IRREGULAR_PAST
    )


def _possessed(tokens: list[Token], span: _Span, memory: ArticleMemory) -> bool:
    if span.start == 0 or tokens[span.start - 1].lower not in POSSESSIVES:
        return False
    if tokens[span.end].lower == "of":
        return False  # "their forces of the IRGC" keeps the named owner
    referents = memory.pronoun(tokens[span.start - 1].lower)
    return bool(referents) and referents[0].country is not None


def _absorb_acronym(tokens: list[Token], end: int) -> int:
    # "Islamic Revolutionary Guard Corps (IRGC)": the bracketed short form is the same actor.
    if (
        end + 2 < len(tokens)
        and tokens[end].text == "("
        and tokens[end + 2].text == ")"
        and tokens[end + 1].text.isupper()
    ):
        return end + 3
    return end


def _joined(tokens: list[Token], end: int, following: _Span) -> bool:
    return all(
        tokens[position].lower in MODIFIERS or _is_model_designation(tokens[position].text)
        for position in range(end, following.start)
    )


def _is_model_designation(word: str) -> bool:
    # "Thai F-16 jets", "Russian Su-25 aircraft": a type number between a demonym and its
    # sector noun names the equipment, so the jets stay Thailand's.
    return (
        len(word) <= 8
        and word[:1].isupper()
        and any(char.isdigit() for char in word)
        and all(char.isalnum() or char == "-" for char in word)
    )


def _with_sector(actor: Actor, sector_entry: ActorEntry, keep_own: bool = False) -> Actor:
    if actor.country is None:
        return actor
    if actor.sector and (keep_own or len(actor.code) > 3 and not actor.code.endswith("GOV")):
        return actor
    if actor.sector and actor.code.endswith("GOV") and len(actor.code) == 6:
        return with_country(actor.country, sector_entry.code, actor.name)
    if actor.sector:
        return actor
    return with_country(actor.country, sector_entry.code, actor.name)


def _absorb_sectors(tokens: list[Token], spans: list[_Span], index: int, end: int) -> int:
    # "Azerbaijani military delegation": later sector nouns belong to the same mention.
    position = index + 1
    while position < len(spans) and spans[position].entry.kind == "sector":
        if not _joined(tokens, end, spans[position]):
            break
        end = spans[position].end
        position += 1
    return end


def _skip_spans(spans: list[_Span], index: int, end: int) -> int:
    while index + 1 < len(spans) and spans[index + 1].start < end:
        index += 1
    return index


def _owner_after(tokens: list[Token], spans: list[_Span], index: int) -> tuple:
    """A named actor right after a sector noun: "forces of the IRGC", "Baku's embassy"."""
    span = spans[index]
    position = span.end
    if position < len(tokens) and tokens[position].lower in OWNER_LINKS:
        position += 1
        if position < len(tokens) and tokens[position].lower == "the":
            position += 1
        for offset in (1, 2):
            if index + offset < len(spans) and spans[index + offset].start == position:
                candidate = spans[index + offset]
                if candidate.entry.kind in NAMED_KINDS:
                    return candidate, _absorb_acronym(tokens, candidate.end), offset
                if candidate.entry.kind != "sector":
                    break
    return None, span.end, 0


def _person_after(
    tokens: list[Token], end: int, spans: list[_Span], index: int, knowledge: Knowledge
) -> tuple[tuple[str, ...], int]:
    """A capitalised name right after a title or actor ("Foreign Minister Abbas Araghchi")."""
    position = end
    if position < len(tokens) and tokens[position].text == ",":
        position += 1
    names: list[str] = []
    next_span_start = spans[index + 1].start if index + 1 < len(spans) else len(tokens)
    while (
        position < len(tokens)
        and position < next_span_start
        and len(names) < 3
        and tokens[position].is_capitalised
        and tokens[position].text.isalpha()
        and not tokens[position].text.isupper()
        and tokens[position].lower not in NOT_NAMES
    ):
        names.append(tokens[position].lower)
        position += 1
    if not names:
        return (), end
    if tokens[end].text == "," and len(names) < 2:
        return (), end  # "the army, Iran…": an appositive needs a full name
    return tuple(names), position
