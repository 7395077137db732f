"""Who is the source and who the target of a trigger: word-order rules over actor slots.

Active voice: the nearest actor left of the trigger inside its clause is the source, the first
participant to its right the target. Passive voice ("was attacked by X") and event nouns
("an attack by a gunman on the embassy") take the source from the "by" phrase. Coordinated
actors ("X and Y", "between X and Y", "X along with Y") are returned together.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token
from eventwire.code.attribution import is_trailing_speaker

CLAUSE_BOUNDARIES = frozenset(
    """
    said says say saying told tells stated announced added noted stressed claimed reported insisted
    explained confirmed acknowledged argued according that ; : but while whereas although
    because after before when which who whose where amid following
    """.split()
)
# Participles that turn what follows into a reaction to the main clause.
REACTION_CUES = frozenset(
    """
    drawing drew draws draw prompting prompted prompts triggering triggered sparking sparked
    provoking provoked earning earned attracting attracted inviting invited eliciting
    elicited
    """.split()
)
# Words that open a clause only when a verb follows ("after militants killed …"); otherwise
# they head a phrase ("after talks with Iran") and the object may still come.
TIME_LINKS = frozenset({"after", "before", "following", "when", "while", "amid"})
# "agreed to resume talks …, as their ministers met in Lima": "as" opens a clause of its own
# only when a verb follows; "such as Iran", "as well as", "as part of" keep the phrase going.
# Only the clause's end is cut there: a subject before "as" ("Iran, as host, agreed") stays.
AS_LINK = "as"
NOT_CLAUSE_AS = frozenset({"such", "well", "so", "same"})
FINITE_VERBS = frozenset(
    """
    had has have was were is are will would could did took struck hit shot fought seized held
    began broke came made sent left won lost stormed allowed met
    """.split()
)
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})
PRESENT_VERBS = frozenset("uses controls runs holds says claims wants calls sees considers".split())
NOT_VERBS_AFTER_TO = frozenset(
    "the a an its their his her our this that these those all both each some any".split()
)
ARTICLES = frozenset({"the", "a", "an"})
SPEECH_VERBS = frozenset({"said", "says", "say", "told", "tells"})
# Past verbs never used as adjectives before a noun: after "and" they start a second act.
SECOND_ACT_VERBS = frozenset(
    """
    urged vowed pledged warned demanded asked promised threatened called accused insisted
    appealed summoned recalled expelled announced rejected welcomed praised condemned
    """.split()
)
# Words that open the object of a verb ("ordered the authorities", "called for calm").
OBJECT_OPENERS = frozenset("the a an its their his her all both for on to off up that".split())
# Speech verbs that also take a noun phrase naming the act ("announced a suspension").
OBJECT_SPEECH_VERBS = frozenset({"announced", "announces", "confirmed", "acknowledged"})
LOCATIVE = frozenset({"in", "at", "near", "inside", "within", "outside", "across", "into"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "got", "get"})
COORDINATORS = frozenset({"and", ",", "&"})
QUANTITIES = frozenset(
    """
    thousands hundreds dozens tens millions scores hundred thousand dozen group groups crowd
    crowds members number numbers some many several most all
    """.split()
)
# Nouns of a fight, whose sides are named after "between" ("fighting between A and B").
CONFLICT_NOUNS = frozenset(
    "fighting war wars conflict clashes clash battles battle hostilities violence fight".split()
)
# Words that may stand between a verb and its "that" complement ("demanded on Friday that").
ADVERBIAL_WORDS = frozenset(
    """
    on again also today yesterday monday tuesday wednesday thursday friday saturday sunday
    last week this now once still in january february march april june july august
    september october november december
    """.split()
)
# Participle-like words that are verbs, not modifiers, before an actor.
NOT_MODIFIERS = frozenset({"need", "used", "based", "called", "named"})
MAX_MODIFIERS = 2  # lower-case words between a preposition and the actor ("of detained …")
MAX_DISTANCE = 30  # tokens; actors farther from a trigger are not its participants


def clause_start(tokens: list[Token], trigger: int) -> int:
    """Index of the first token of the clause that holds ``trigger``."""
    for index in range(trigger - 1, max(-1, trigger - MAX_DISTANCE), -1):
        if tokens[index].lower in CLAUSE_BOUNDARIES and not _takes_noun_object(tokens, index):
            return index + 1
    return max(0, trigger - MAX_DISTANCE + 1)


def _takes_noun_object(tokens: list[Token], verb: int) -> bool:
    # "Italy announced a suspension of air links": the announcement is the act itself, and the
    # announcer its source; "announced that …" and "said a bomb …" still open a clause.
    return (
        tokens[verb].lower in OBJECT_SPEECH_VERBS
        and verb + 1 < len(tokens)
        and tokens[verb + 1].lower in {"a", "an", "its", "their", "new"}
    )


def clause_end(tokens: list[Token], trigger: int) -> int:
    """Index just after the last token of the clause that holds ``trigger``."""
    limit = min(len(tokens), trigger + MAX_DISTANCE)
    for index in range(trigger, limit):
        if tokens[index].lower == "that" and _only_adverbials(tokens[trigger:index]):
            continue  # "demanded on Friday that the United States …": the complement's subject
        word = tokens[index].lower
        if word in REACTION_CUES and index > trigger and tokens[index - 1].text == ",":
            return index  # "vetoed the draft, drawing criticism from Britain": no object
        if word in CLAUSE_BOUNDARIES and (
            word not in TIME_LINKS or _opens_clause(tokens, index + 1, limit)
        ):
            return index
        if (
            word == "and"
            and index > trigger + 1
            and tokens[index - 1].text != "between"
            and not any(token.lower == "between" for token in tokens[trigger:index])
            and _second_predicate(tokens, index, limit)
        ):
            return index
        if (
            word == AS_LINK
            and index > trigger
            and tokens[index - 1].lower not in NOT_CLAUSE_AS
            and _opens_clause(tokens, index + 1, limit)
        ):
            return index
    return limit


def _second_predicate(tokens: list[Token], index: int, limit: int) -> bool:
    # "condemned the attack and ordered the authorities to …", "detained 400 people, and
    # rights groups say many were beaten": what follows "and" is a verb phrase or clause of its
    # own, whose actors are no objects of the trigger. "the armed and trained militias" and
    # "Iran and Iraq" go on.
    following = tokens[index + 1] if index + 1 < limit else None
    if following is None or tokens[index - 1].lower.endswith("ed"):
        return False
    after = tokens[index + 2].lower if index + 2 < limit else ""
    named_object = index + 2 < limit and tokens[index + 2].text[:1].isupper()
    if (
        following.text.islower()
        and following.text.isalpha()
        and (
            following.lower in FINITE_VERBS - BE_FORMS - {"had", "has", "have"}
            or following.lower in SECOND_ACT_VERBS
            or (following.lower.endswith("ed") and after in OBJECT_OPENERS)
            # "stood with its ally and reminded China that …": a past verb and its named object
            or (following.lower.endswith("ed") and named_object)
        )
    ):
        return True
    if tokens[index - 1].text == ",":
        return _opens_clause(tokens, index + 1, limit)
    # "condemned the strike and Israel vowed revenge": a short named subject, then its verb.
    for position in range(index + 1, min(limit, index + 5)):
        word = tokens[position]
        if word.text[:1].isupper() or word.lower in {"'s", "the"}:
            continue
        return (
            position > index + 1
            and word.text.isalpha()
            and (word.lower in FINITE_VERBS | SPEECH_VERBS or word.lower.endswith("ed"))
        )
    return False


def _opens_clause(tokens: list[Token], start: int, limit: int) -> bool:
    # "fought … after militants killed 26 people": a clause of its own, whose subject is no
    # object of the trigger; "called off a strike after deliberations with the government"
    # and "opened the bridge after four years" only date the act, and its object may follow.
    if tokens[start - 1].lower in {"when", "while"}:
        return True
    for index in range(start + 1, min(limit, start + 6)):
        word = tokens[index].lower
        if not tokens[index].text.isalpha():
            return False
        if word in FINITE_VERBS or (
            word.endswith("ed") and tokens[index - 1].lower not in ARTICLES
        ):
            return True
    return False


def _only_adverbials(tokens: list[Token]) -> bool:
    return len(tokens) <= 3 and all(
        token.lower in ADVERBIAL_WORDS or token.lower.endswith("ly") for token in tokens
    )


def is_passive(tokens: list[Token], first: int) -> bool:
    """Whether the verb at ``first`` is a passive participle ("was received", "were hit")."""
    word = tokens[first].lower
    if not (word.endswith(("ed", "en", "t", "n")) or word in {"hit", "held", "met", "shot"}):
        return False
    for index in range(first - 1, max(-1, first - 3), -1):
        if tokens[index].lower in BE_FORMS:
            return True
        if not tokens[index].lower.endswith("ly"):
            return False
    return False


def by_phrase(
    tokens: list[Token], slots: list, start: int, end: int, reach: int = 12
) -> tuple[bool, object]:
    """Whether a "by" phrase follows in ``[start, end)`` within ``reach`` tokens, and the
    actor slot it names."""
    for index in range(start, min(end, start + reach)):
        if tokens[index].lower == "by":
            for slot in slots:
                if index < slot.first <= index + 4:
                    return True, slot
            return True, None
    return False, None


BODY_HEADS = frozenset({"government", "regime", "administration", "junta", "cabinet"})


def left_slot(slots: list, tokens: list[Token], trigger: int, floor: int) -> list:
    """The nearest actor slot left of ``trigger`` (with coordinated ones) down to ``floor``."""
    chosen = None
    for slot in slots:
        if floor <= slot.first and slot.last <= trigger:
            link = _phrase_link(tokens, slot.first)
            if (
                link is not None
                and not _is_quantity_of(tokens, link)
                and not _is_body_of(tokens, link)
            ):
                continue
            if _in_between_phrase(slots, tokens, slot):
                continue
            if _is_possessor(tokens, slot.last, trigger) and all(
                actor.sector is None for actor in getattr(slot, "actors", [])
            ):
                continue
            chosen = slot
    if chosen is None:
        return []
    return _coordinated_left(slots, tokens, chosen, floor)


def _phrase_link(tokens: list[Token], first: int) -> int | None:
    # "Relatives of detained activists gathered", "attacked by armed Serbs": an actor after a
    # preposition (past up to two participles) is inside a phrase, not the subject. Other
    # modifiers keep the old reading: "Albanians in south Serbia" are Serbia's.
    if first > 0 and tokens[first - 1].lower in LOCATIVE | {"by", "of"}:
        return first - 1
    for index in range(first - 1, max(-1, first - 1 - MAX_MODIFIERS - 1), -1):
        word = tokens[index].lower
        if word in {"by", "of"}:
            return index
        if not (tokens[index].text.isalpha() and tokens[index].text.islower()):
            return None
        if word in NOT_MODIFIERS or not word.endswith("ed"):
            return None
    return None


def _in_between_phrase(slots: list, tokens: list[Token], slot) -> bool:
    # "Fighting between the army and the RSF … has driven 12 million from their homes": the
    # sides named after "between" belong to the conflict noun, which is the subject; neither
    # side alone did what the fighting did.
    current = slot
    for _ in range(4):
        position = current.first - 1
        if position >= 0 and tokens[position].lower == "the":
            position -= 1
        if position < 0:
            return False
        word = tokens[position].lower
        if word == "between":
            return position > 0 and tokens[position - 1].lower in CONFLICT_NOUNS
        if word not in COORDINATORS:
            return False
        current = next((other for other in slots if other.last == position), None)
        if current is None:
            return False
    return False


def _is_quantity_of(tokens: list[Token], link: int) -> bool:
    # "Thousands of M23 fighters pulled back": the group counted is the subject.
    return (
        tokens[link].lower == "of"
        and link > 0
        and (tokens[link - 1].lower in QUANTITIES or tokens[link - 1].text[:1].isdigit())
    )


def _is_body_of(tokens: list[Token], link: int) -> bool:
    # "The military government of President Prosper Avril declared …": the person after
    # "of" stands for the body before it, which no lexicon entry names.
    return tokens[link].lower == "of" and link > 0 and tokens[link - 1].lower in BODY_HEADS


def _is_possessor(tokens: list[Token], end: int, trigger: int) -> bool:
    # "Israel's shekel hit…", "Germany's carmakers…": the owner of a thing is not the actor.
    # Sector nouns ("Iran's army") are already part of the mention, so what follows here is
    # something else; a capitalised word after it is a place or name ("Russia's Kursk region").
    if end + 1 >= trigger or tokens[end].lower != "'s":
        return False
    following = tokens[end + 1]
    return following.text.islower() and following.text.isalpha()


def right_slots(
    slots: list, tokens: list[Token], start: int, end: int, skip: object, pattern_end: int = 0
) -> list:
    """The first participant slot in ``[start, end)`` (with coordinated ones), not ``skip``.

    A place named after a preposition is a location, not a participant, unless the
    preposition belongs to the pattern (``pattern_end``): "arrived in Amman" names the host.
    """
    for slot in slots:
        if slot is skip or slot.first < start or slot.last > end:
            continue
        before = tokens[slot.first - 1].lower if slot.first > 0 else ""
        if before in LOCATIVE and slot.first > pattern_end:
            continue
        if _subject_pronoun(tokens, slot.first, slot.last):
            continue
        if is_trailing_speaker(tokens, slot.first, slot.last) and _comma_between(
            tokens, start, slot.first
        ):
            # "…, officials in both countries said": the teller, not the object. A comma
            # before the trigger opens no attribution: ", and expelled two diplomats it said".
            continue
        return coordinated_right(slots, tokens, slot, end)
    return []


def _subject_pronoun(tokens: list[Token], first: int, last: int) -> bool:
    # "claimed responsibility in a statement on a website it uses": a pronoun that opens a
    # clause of its own is that clause's subject, never the trigger's object.
    if last - first != 1:
        return False
    word = tokens[first].lower
    if word in SUBJECT_PRONOUNS:
        return True
    following = tokens[last].lower if last < len(tokens) else ""
    return word == "it" and (following in FINITE_VERBS or following in PRESENT_VERBS)


def addressee_before_infinitive(tokens: list[Token], start: int, target_first: int) -> bool:
    """Whether an unnamed addressee and its "to <verb>" stand between ``start`` and a target.

    "called on the international community to help the refugees": the community is asked, and
    the refugees, named inside what it is asked to do, are no target of the appeal.
    """
    for index in range(start + 1, target_first - 1):
        if tokens[index].lower == "to" and _is_verb_after_to(tokens[index + 1]):
            return any(token.is_word for token in tokens[start:index])
    return False


def _is_verb_after_to(token: Token) -> bool:
    return token.text.isalpha() and token.text.islower() and token.lower not in NOT_VERBS_AFTER_TO


def _comma_between(tokens: list[Token], start: int, end: int) -> bool:
    return any(token.text == "," for token in tokens[start:end])


def characterisation_start(tokens: list[Token], start: int, end: int) -> int:
    """Index of an "as" that opens how a criticised act is characterised, else ``end``.

    "condemned the attack as an act of terror against civilians": the actors after "as"
    describe the act (its victims, the rules it broke); the criticised party is named before.
    """
    for index in range(start + 1, end):  # "denounced as an ugly crime Serbia's …": no object yet
        if tokens[index].lower == "as" and not (
            index + 1 < len(tokens) and tokens[index + 1].lower in {"well", "part", "of"}
        ):
            return index
    return end


def locative_slots(slots: list, tokens: list[Token], start: int, end: int) -> list:
    """Actor slots named as a place ("in Kabul"): the victims of unclaimed attacks."""
    return [
        slot
        for slot in slots
        if start <= slot.first
        and slot.last <= end
        and slot.first > 0
        and _after_locative(tokens, slot.first)
    ]


def _after_locative(tokens: list[Token], first: int) -> bool:
    # "fired at a US military base": an article may stand between the preposition and actor
    if tokens[first - 1].lower in ARTICLES and first > 1:
        first -= 1
    return tokens[first - 1].lower in LOCATIVE


def _coordinated_left(slots: list, tokens: list[Token], chosen, floor: int) -> list:
    group = [chosen]
    current = chosen
    for slot in reversed(slots):
        if slot.last > current.first or slot.first < floor:
            continue
        between = [token.lower for token in tokens[slot.last : current.first]]
        if between and all(word in COORDINATORS | {"the", "as", "well"} for word in between):
            group.insert(0, slot)
            current = slot
        else:
            break
    return group


def coordinated_right(slots: list, tokens: list[Token], chosen, end: int) -> list:
    """``chosen`` and the slots coordinated after it ("Iran, Iraq and Syria") up to ``end``."""
    group = [chosen]
    current = chosen
    for slot in slots:
        if slot.first < current.last or slot.last > end:
            continue
        between = [token.lower for token in tokens[current.last : slot.first]]
        if between and all(word in COORDINATORS | {"the", "as", "well", "its"} for word in between):
            group.append(slot)
            current = slot
        else:
            break
    return group
