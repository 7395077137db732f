"""Reports of one trigger: fill its source and target from the sentence's actor slots.

The source is the nearest actor to the trigger's left inside the clause (or the actor of a "by"
phrase in the passive or after an event noun), the target the first participant to its right;
framing, negation, announced acts, joint acts and violence re-code the pattern's CAMEO code.
"""

from __future__ import annotations

from eventwire.analyse.tokens import Token, is_negated
from eventwire.code.aerial import aerial_code, names_aerial_weapon
from eventwire.code.attribution import agent_of_passive, is_reduced_passive
from eventwire.code.coordination import (
    object_owner,
    reacted_subject,
    reaction_agent,
    shared_subject,
    speaker_of_second_verb,
    subject_across_quote,
)
from eventwire.code.criticised_acts import (
    author_after_attribution,
    doer_of_summarised_act,
    is_victim_of_named_harm,
)
from eventwire.code.denials import denial_reports, self_denier
from eventwire.code.descriptions import is_equipment
from eventwire.code.envoys import host_of_own_envoy
from eventwire.code.framing import announced_code, framed_code, modality_of
from eventwire.code.knowledge import make_actor
from eventwire.code.mutual import OWN_ACT_FRAMES, is_mutual_act
from eventwire.code.ontology import is_known
from eventwire.code.partners import (
    between_slots,
    by_country,
    other_than,
    outside_subjects,
    pair_partner,
    partner_slots,
)
from eventwire.code.relatives import main_clause_around_aside, relative_head
from eventwire.code.roles import (
    LOCATIVE,
    addressee_before_infinitive,
    by_phrase,
    characterisation_start,
    clause_end,
    clause_start,
    is_passive,
    left_slot,
    locative_slots,
    right_slots,
)
from eventwire.code.senses import is_faced
from eventwire.code.violence import violence_code
from eventwire.model import Actor, Mention, Participant, Report

NEEDS_TARGET = frozenset({"04", "05", "06"})  # consultation and cooperation are with someone
# Praise, endorsement, apology and signing are acts of the speaker even when their object is a
# thing ("welcomed the ruling", "endorsed the plan", "signed the accord"); the bare verbs
# "support" and "defend" are not ("withdrew support", "troops defended the town").
TARGETLESS_SUPPORT = frozenset({"051", "052", "055", "057"})
BARE_SUPPORT_VERBS = frozenset({"support", "defend"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Acts on one's own envoys or forces ("recalled its ambassador to …", "strengthened its forces
# in …"), whose party is the host named after them.
OWN_STAFF_ROOTS = frozenset({"15", "16"})
NON_POLITICAL = frozenset(
    """
    earthquake quake flood floods storm hurricane typhoon cyclone wildfire fire landslide
    crash crashed accident tornado tsunami drought cholera outbreak disease virus epidemic
    pandemic shark heatwave heatwaves derailment capsized leak coal lightning avalanche
    airliner earthquakes storms wildfires landslides capsize capsizes crashes derailed
    """.split()
)
# Words of sport, markets and trade that turn "attack", "hit", "rally" into metaphors.
METAPHOR_CONTEXT = frozenset(
    """
    shares stocks market markets prices match goal season league cup championship striker
    midfielder cricket football soccer team victory tournament currency dollar euro yen
    shekel rand rupee peso index showrooms carmakers investors bank's rates
    """.split()
)
METAPHOR_ROOTS = frozenset({"14", "18", "19", "20", "10"})
# Accusations told in the passive often name the accuser after the charge and its commas.
FAR_AGENT_ROOTS = frozenset({"11"})
ACCUSING_VERBS = frozenset({"accuse", "accuses", "accused", "accusing"})
PARTNER_WORDS = frozenset({"with", "alongside"})
CONFLICT_NOUNS = frozenset(
    "war wars conflict fighting fight battle battles clashes clash confrontation".split()
)
# Criticism and rejection, whose object may be followed by "as …" saying what it was.
CHARACTERISING_ROOTS = frozenset({"11", "12"})
# Appeals and demands, whose addressee stands before "to" and what is asked of it.
ASKING_ROOTS = frozenset({"02", "10"})
FAR_AGENT_REACH = 30
MAX_GUEST_GAP = 3  # tokens between "received" and the guest ("received the visiting Ghanaian …")


def reports_of_trigger(trigger, tokens, slots, sentence, counts, doc_id, intro=0) -> list[Report]:
    """Reports told by one trigger of a sentence (none when it is denied, negated or unfilled).

    Args:
        trigger: a found trigger with its frames (:func:`eventwire.code.triggers.attach_frames`).
        tokens: the sentence's tokens.
        slots: its actor slots (:func:`eventwire.code.slots.actor_slots`).
        sentence: the :class:`~eventwire.model.Sentence`.
        counts: casualty counts of the sentence (:func:`eventwire.code.counts.find_counts`).
        doc_id: the article id.
        intro: first token after a sentence opener (:func:`eventwire.code.scope.intro_end`).

    Returns:
        One report per source-target pair.
    """
    pattern = trigger.pattern
    frame = trigger.framed_by[0] if trigger.framed_by else None
    if frame is not None and frame.pattern.kind == "deny":
        return []
    anchor = frame.first if frame is not None else trigger.first
    negated = frame is not None and frame.pattern.kind == "negate"
    if negated or is_negated(tokens, anchor, 2) or is_negated(tokens, trigger.first, 2):
        # "Egypt said it had not closed the crossing": the speaker's own act, denied (016).
        return denial_reports(trigger, tokens, slots, sentence, doc_id)
    code = pattern.code
    options = pattern.options
    # "joint military exercises": the word before an event noun can make it a joint act.
    matched = {token.lower for token in tokens[max(0, trigger.first - 1) : trigger.last]}
    if pattern.root == "15" and "joint" in matched:
        # "take part in joint exercises": drilling together is military cooperation.
        code, options = "062", options | {"joint", "recip"}
    joint_intent = False
    own_act = code if frame is not None and frame.pattern.kind in OWN_ACT_FRAMES else None
    if frame is not None:
        root = code[:2]
        code = framed_code(frame.pattern.kind, frame.pattern.code, root, code)
        # "X and Y agreed to hold joint drills": both subjects express the intent, each to
        # the other; one side's readiness "with Iran" stays one-way.
        joint_intent = root == "06" and "joint" in options and code[:2] != root
        options = options - {"recip", "joint"} if code[:2] != root else options
    first_clause = clause_start(tokens, anchor)
    if anchor >= intro:
        first_clause = max(first_clause, intro)
    last_clause = clause_end(tokens, trigger.last)
    words = {token.lower for token in tokens[first_clause:last_clause]}
    passive = pattern.kind != "noun" and (
        is_passive(tokens, trigger.first)
        or is_reduced_passive(tokens, trigger.first, trigger.last, pattern.root)
    )
    # "was accused by Ghanaian officials of …": the agent may sit inside a gapped pattern.
    agent_from = trigger.first + 1 if passive else trigger.last
    has_by, by_slot = by_phrase(tokens, slots, agent_from, last_clause)
    if passive and by_slot is None and pattern.root in FAR_AGENT_ROOTS:
        # "was accused of misusing funds, much of it …, by government officials"
        has_by, by_slot = by_phrase(tokens, slots, trigger.last, len(tokens), FAR_AGENT_REACH)
    means = pattern.kind == "noun" and agent_of_passive(tokens, slots, trigger.first)
    if means and means[0]:
        # "was killed … by a landmine": the subject is the victim, the "by" phrase the means.
        passive, by_slot = True, means[1]
    author = author_after_attribution(tokens, slots, trigger)
    if author is not None:
        # "traced the attack to a unit of the GRU": the unit did it.
        has_by, by_slot = True, author
    if passive or (pattern.kind == "noun" and has_by):
        sources = [by_slot] if by_slot is not None else []
    elif "speech" in options:
        # "Russia said that Sudan must return …": the speaker demands, the subject is asked.
        sources = left_slot(slots, tokens, first_clause - 1, 0) if first_clause > 1 else []
    else:
        anchor_is_verb = pattern.kind != "noun" or frame is not None
        main_slots, main_start = main_clause_around_aside(
            slots, tokens, first_clause, anchor, anchor_is_verb
        ) or (slots, first_clause)
        nearest = left_slot(main_slots, tokens, anchor, main_start) or relative_head(
            slots, tokens, first_clause, anchor
        )
        sources = speaker_of_second_verb(slots, tokens, first_clause, anchor) or shared_subject(
            main_slots, tokens, main_start, anchor, nearest
        )
        if not sources:
            sources = subject_across_quote(slots, tokens, anchor, intro)
    if author is not None:
        sources = [author]
    reacted_by = (
        [] if passive else reaction_agent(slots, tokens, trigger, pattern.root, last_clause)
    )
    if reacted_by:
        # "…, drawing a sharp rebuke from Beijing": Beijing disapproves of the main subject.
        sources, by_slot = reacted_by, reacted_by[0]
    faced = is_faced(trigger, tokens)
    if faced:
        # "the opposition leaders faced charges of …": the subject undergoes the act.
        sources, options = [], options | {"nosource"}
    if not sources and code == "016":
        sources = self_denier(slots, tokens, anchor)
    if passive or "speech" in options or faced:
        targets = left_slot(slots, tokens, anchor, first_clause)
    elif code[:3] == "016":
        targets = []  # the denier denies; the accuser is rarely the next actor named
    else:
        # Actors inside a gapped pattern are its objects ("gave Tanzania a grant").
        target_start = trigger.first + 1 if frame is None else frame.last
        target_end = last_clause
        if code[:2] in CHARACTERISING_ROOTS:
            target_end = characterisation_start(tokens, trigger.last, last_clause)
        if author is not None:
            target_end = min(target_end, author.first)  # what follows describes the author
        targets = right_slots(slots, tokens, target_start, target_end, by_slot, trigger.last)
        if (
            code[:2] in ASKING_ROOTS | {"11"}
            and targets
            and addressee_before_infinitive(tokens, target_start, targets[0].first)
        ):
            # "condemned the attempt to overthrow the government": the government is inside
            # the criticised act (its victim), not the party blamed for it.
            targets = []
        if (
            code[:2] in ASKING_ROOTS | CHARACTERISING_ROOTS
            and targets
            and is_victim_of_named_harm(tokens, target_start, targets[0].first)
        ):
            targets = []  # "condemned attacks on civilians": the harmed are not blamed
        if not targets and sources and code[:2] in CHARACTERISING_ROOTS | {"05"}:
            targets = doer_of_summarised_act(tokens, slots, sources[-1])  # "…, a move X condemned"
    targets = [slot for slot in targets if not is_equipment(slot)]
    if targets and code[:2] in OWN_STAFF_ROOTS:
        host = host_of_own_envoy(slots, tokens, trigger, sources, targets)
        # A recalled envoy with no host named is no target; own forces are left to
        # eventwire.code.descriptions, which reads a border after them.
        targets = host if host is not None else [] if code[:2] == "16" else targets
    if _unnamed_charged_party(tokens, slots, trigger) or _charge_before(tokens, trigger, targets):
        targets = []  # "accused local collaborators of guiding the rebels": not the rebels
    if pattern.root in VIOLENT_ROOTS and "recip" not in options:
        # "launched an operation with Ugandan troops": "with" names an ally, not the enemy.
        targets = [slot for slot in targets if not _is_partner(tokens, slot)]
    if reacted_by:
        targets = reacted_subject(slots, tokens, first_clause, intro, trigger.first)
    elif pattern.kind == "verb" and not passive:
        targets = object_owner(slots, tokens, trigger) or targets
    if code == "043" and pattern.kind == "verb" and not passive:
        # "had received instructions and money from the KGB": hosting needs a guest as object.
        targets = [slot for slot in targets if slot.first - trigger.last <= MAX_GUEST_GAP]
        if not targets:
            return []
    partners = partner_slots(slots, tokens, trigger.last, last_clause)
    if not targets and code[:2] == "16" and "recip" not in options:
        targets = partners  # "a suspension of air links with Serbia": the partner is cut off
    reciprocal = "recip" in options or (joint_intent and _members(sources) >= 2)
    modality = modality_of(tokens, anchor, first_clause)
    if modality == "future" and frame is None:
        # An announced act is coded as what was announced: the intent (03x) or threat (13x).
        # The root is the act's as re-coded: "will hold joint drills" announces cooperation.
        announced = announced_code(code[:2], tokens, trigger.last)
        if announced is not None:
            code, modality = announced, "asserted"
            reciprocal = reciprocal and announced == "036"
            options = options & {"recip"}
    if "joint" in options and (partners or _members(sources) >= 2):
        code, reciprocal = "062", True
    violent = "violent" in options
    source_actors = _actors(sources)
    target_actors = _actors(targets)
    if not target_actors and violent and not source_actors:
        target_actors = _actors(locative_slots(slots, tokens, trigger.last, last_clause))
    if not source_actors and pattern.root == "14" and frame is None:
        # "Thousands marched in Belgrade": the unnamed crowd is the protester; its country
        # comes from the place once the report is located (eventwire.code.localise).
        source_actors = [_crowd(tokens, trigger, sentence.index)]
    target_actors = other_than(target_actors, source_actors)
    if not reciprocal and is_mutual_act(
        code,
        len(by_country(source_actors)),
        bool(outside_subjects(target_actors, source_actors)),
        tokens,
        trigger,
        last_clause,
        own_act,
        _frame_words(tokens, frame, trigger),
    ):
        # "Athens and Ankara agreed to restart talks": two subjects, no object, each other.
        reciprocal = True
    pairs: list[tuple[tuple | None, tuple | None]] = []
    if reciprocal and (len(source_actors) >= 2 or partners):
        group = by_country(_actors(between_slots(partners, tokens)))
        # "Oman mediated exchanges … between Tehran and Brussels": a subject outside the pair
        # is a go-between, not a side of the exchange.
        if len(group) < 2 or {a.country for a, _ in source_actors} & {a.country for a, _ in group}:
            group = by_country(source_actors + _actors(partners))
        group = group if len(group) >= 2 else by_country(source_actors + target_actors)
        pairs = [(a, b) for a in group for b in group if a[0].code != b[0].code]
    else:
        if not target_actors:
            target_actors = pair_partner(slots, source_actors)
        for source in source_actors or [None]:
            for target in target_actors or [None]:
                pairs.append((source, target))
    if not pairs:
        return []
    aerial = violent and names_aerial_weapon(tokens, trigger.first, trigger.last, sources)
    reports = []
    for source, target in pairs:
        if source is not None and target is not None and source[0].code == target[0].code:
            continue
        if source is None and not (violent or "nosource" in options):
            continue
        if source is None and target is None and not (violent and _placed(tokens, trigger)):
            continue
        if source is None and target is None and "recip" in pattern.options:
            continue  # "fled the fighting in Darfur": a fight needs its sides named
        if target is None and code[:2] in NEEDS_TARGET and not _stands_alone(code, pattern):
            continue
        if source is None and _told_as_disaster(tokens):
            continue
        if code[:2] in METAPHOR_ROOTS and words & METAPHOR_CONTEXT and not _is_people(source):
            continue
        final = code
        if violent:
            final = violence_code(
                final,
                source[0] if source else None,
                target[0] if target else None,
                counts.get("killed"),
                verb=pattern.kind == "verb",
            )
            final = aerial_code(final, source[0] if source else None, aerial)
        if not is_known(final):
            final = final[:2] + "0" if is_known(final[:2] + "0") else final[:2]
        reports.append(
            Report(
                doc_id=doc_id,
                sentence=sentence.index,
                start=tokens[first_clause].start,
                end=tokens[last_clause - 1].end,
                cameo=final,
                source=_participant(source),
                target=_participant(target),
                trigger_start=tokens[anchor].start,
                trigger_end=tokens[trigger.last - 1].end,
                modality=modality,
                counts=dict(counts) if final[:2] in VIOLENT_ROOTS else {},
                confidence=_confidence(source, target),
            )
        )
    return reports


def _told_as_disaster(tokens: list[Token]) -> bool:
    # "43 people were killed when a ferry capsized": the cause may stand in a clause of its
    # own, so an unclaimed harm looks for it over the whole sentence.
    return any(token.lower in NON_POLITICAL for token in tokens)


def _frame_words(tokens: list[Token], frame, trigger) -> tuple[str, ...]:
    words = frame or trigger
    return tuple(token.lower for token in tokens[words.first : words.last])


def _stands_alone(code: str, pattern) -> bool:
    return code in TARGETLESS_SUPPORT and pattern.source_line not in BARE_SUPPORT_VERBS


def _unnamed_charged_party(tokens: list[Token], slots: list, trigger) -> bool:
    # A gapped "accused … of" names its object in the gap; when the gap holds no actor, the
    # actors after "of" belong to the charge, not to the accused.
    if trigger.pattern.kind != "verb" or trigger.last - trigger.first < 3:
        return False
    if tokens[trigger.last - 1].lower != "of":
        return False
    return not any(trigger.first < slot.first and slot.last < trigger.last for slot in slots)


def _charge_before(tokens: list[Token], trigger, targets: list) -> bool:
    # "accused "political agitators" of hijacking the protests and urged young people …": an
    # accusation's object stands before its charge; an actor after the "of" is not accused.
    if not targets or tokens[trigger.first].lower not in ACCUSING_VERBS:
        return False
    between = [token.lower for token in tokens[trigger.last : targets[0].first]]
    return "of" in between


def _is_partner(tokens: list[Token], slot) -> bool:
    before = [token.lower for token in tokens[max(0, slot.first - 3) : slot.first]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    # "its war with Iraq", "clashes with the army": after a conflict noun "with" is the enemy.
    return len(before) >= 2 and before[-1] in PARTNER_WORDS and before[-2] not in CONFLICT_NOUNS


def _crowd(tokens: list[Token], trigger, sentence: int) -> tuple[Actor, Mention]:
    first, last = tokens[trigger.first], tokens[trigger.last - 1]
    text = " ".join(token.text for token in tokens[trigger.first : trigger.last])
    mention = Mention("actor", first.start, last.end, text, sentence, None, 0.5)
    return make_actor("---OPP", "protesters"), mention


def _placed(tokens: list[Token], trigger) -> bool:
    # An unclaimed attack with no victim named is kept when it says where it happened ("a bomb
    # exploded at a bus stop in Jerusalem"): the place's people are its victims.
    following = tokens[trigger.last : trigger.last + 12]
    return any(token.lower in LOCATIVE for token in following)


def _is_people(pair) -> bool:
    # Farmers, workers and police are people acting; "Israel's shekel" or "Chinese cars"
    # (a bare country) may be a market or trade metaphor.
    return pair is not None and pair[0].sector is not None and pair[1].resolution is not None


def _actors(slots: list) -> list[tuple[Actor, Mention]]:
    found = []
    for slot in slots:
        for actor in slot.actors:
            if actor.country is not None or actor.sector is not None:
                found.append((actor, slot.mention))
    return found


def _members(slots: list) -> int:
    return sum(len(slot.actors) for slot in slots)


def _participant(pair) -> Participant | None:
    if pair is None:
        return None
    actor, mention = pair
    return Participant(actor, mention.text, mention.start, mention.end)


def _confidence(source, target) -> float:
    values = [pair[1].confidence for pair in (source, target) if pair is not None]
    base = 0.8 if source is not None else 0.6
    return round(base * min(values, default=1.0), 3)
