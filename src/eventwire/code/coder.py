"""Code the events of one article: pattern triggers + actor slots → CAMEO reports.

Linear-time and parser-free: triggers are found by a head-token lookup of the pattern lexicon;
each trigger's source and target come from the sentence's actor slots
(:mod:`eventwire.code.trigger_reports`). Framing words ("threatened to", "agreed to", "denied")
change or cancel the event, and modality cues mark hypothetical, future and background
(historical) events. Sentence- and article-level filters then drop metaphors, goals, generic
mentions and restated acts.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.analyse.tokens import tokenize
from eventwire.code.asides import drop_aside_acts
from eventwire.code.averted import drop_averted_acts
from eventwire.code.counts import find_counts
from eventwire.code.descriptions import drop_descriptive_nouns, own_forces_of_the_source
from eventwire.code.goals import drop_goals
from eventwire.code.knowledge import Knowledge
from eventwire.code.localise import target_own_government
from eventwire.code.metaphors import (
    drop_abstract_subjects,
    drop_genre_metaphors,
    is_metaphor_genre,
)
from eventwire.code.recoding import recode_by_participants
from eventwire.code.restatements import drop_generic_acts, drop_restated_acts
from eventwire.code.scope import drop_embedded, intro_end
from eventwire.code.self_targets import without_self_targets
from eventwire.code.senses import drop_other_senses
from eventwire.code.slots import actor_slots
from eventwire.code.trigger_reports import VIOLENT_ROOTS, reports_of_trigger
from eventwire.code.triggers import attach_frames, find_triggers
from eventwire.code.violence import fold_means_of_killing
from eventwire.model import Actor, Mention, Participant, Report

CODER_VERSION = "eventwire-coder/0.31 lexicon/2026-11-21"
MAX_TOKENS_PER_SENTENCE = 400
MAX_REPORTS_PER_SENTENCE = 24
VISIT_SIDES = {"042": "043", "043": "042"}


def code_article(
    text: str,
    sentences: list,
    actor_mentions: list[Mention],
    knowledge: Knowledge,
    *,
    doc_id: str,
) -> list[Report]:
    """Reports (one event as told by one sentence) of an article.

    Args:
        text: the cleaned article text.
        sentences: its sentences (:class:`~eventwire.model.Sentence`).
        actor_mentions: from :func:`eventwire.analyse.actors.find_actor_mentions`.
        knowledge: patterns and actors from :func:`eventwire.code.knowledge.load_knowledge`.
        doc_id: the article id, used in report ids.

    Returns:
        Reports in text order with ``index`` 0..n-1. Negated events are not reported.
    """
    by_sentence: dict[int, list[Mention]] = {}
    for mention in actor_mentions:
        if mention.kind == "actor" and isinstance(mention.resolution, Actor):
            by_sentence.setdefault(mention.sentence, []).append(mention)
    reports: list[Report] = []
    tokenised = [tokenize(text, s.start, s.end)[:MAX_TOKENS_PER_SENTENCE] for s in sentences]
    metaphor_genre = is_metaphor_genre(token for tokens in tokenised for token in tokens)
    for sentence, tokens in zip(sentences, tokenised, strict=True):
        if not tokens:
            continue
        mentions = by_sentence.get(sentence.index, [])
        found = _code_sentence(
            text, sentence, tokens, actor_slots(tokens, mentions), knowledge, doc_id
        )
        found = drop_aside_acts(found, tokens, mentions)
        found = recode_by_participants(drop_abstract_subjects(found, tokens), tokens)
        found = own_forces_of_the_source(found, mentions, text)
        if metaphor_genre:
            found = drop_genre_metaphors(found, mentions)
        reports.extend(drop_generic_acts(found, text)[:MAX_REPORTS_PER_SENTENCE])
    for index, report in enumerate(reports := drop_restated_acts(reports, text)):
        report.index = index
        target_own_government(report)
    return reports


def _code_sentence(text, sentence, tokens, slots, knowledge, doc_id) -> list[Report]:
    actor_ends = {slot.last for slot in slots}
    framed = attach_frames(find_triggers(tokens, knowledge), tokens)
    triggers = drop_embedded(drop_goals(framed, tokens, actor_ends), tokens)
    triggers = drop_other_senses(drop_descriptive_nouns(triggers, tokens), tokens)
    triggers = drop_averted_acts(triggers, tokens)
    counts = find_counts(text[sentence.start : sentence.end])
    intro = intro_end(tokens)
    reports: list[Report] = []
    seen: set[tuple[str, str, str]] = set()
    # "an attack … killed one diplomat", "killed 12 guerrillas in a firefight": a killing next
    # to another violent act is that act's outcome.
    triggers = fold_means_of_killing(triggers, tokens, counts.get("killed"))
    violent_acts = sum(
        t.pattern.root in VIOLENT_ROOTS and t.pattern.code != "1823" for t in triggers
    )
    for trigger in triggers:
        if trigger.pattern.code == "1823" and violent_acts:
            continue
        found = reports_of_trigger(trigger, tokens, slots, sentence, counts, doc_id, intro)
        found = without_self_targets(found)
        for report in found + _visit_complements(found):
            key = (report.cameo[:2], _code(report.source), _code(report.target))
            if key not in seen:
                seen.add(key)
                reports.append(report)
    return _without_partial_duplicates(reports)


def _visit_complements(reports: list[Report]) -> list[Report]:
    # A visit has two sides: the visitor visits (042), the host hosts (043).
    complements = []
    for report in reports:
        other = VISIT_SIDES.get(report.cameo)
        if other and report.source is not None and report.target is not None:
            complements.append(
                replace(report, cameo=other, source=report.target, target=report.source)
            )
    return complements


def _without_partial_duplicates(reports: list[Report]) -> list[Report]:
    # "to close its embassy and evacuate its staff from Iran": one act told by two verbs; the
    # report that lacks the target is the same act, not a second one.
    targeted = {(r.cameo[:2], _code(r.source)) for r in reports if r.target is not None}
    return [
        report
        for report in reports
        if report.target is not None or (report.cameo[:2], _code(report.source)) not in targeted
    ]


def _code(participant: Participant | None) -> str:
    return participant.actor.code if participant else ""
