"""Which date mentions of a sentence can date a report: clause scope around the trigger.

A sentence often holds dates of several events: "Russia, which brokered the 2020 ceasefire,
urged Yerevan and Baku to talk"; "Lithuania expressed solidarity after balloons forced the
closure of Vilnius airport last month"; "The opposition on Monday rejected the result of last
week's election and asked the court to annul it". A date inside a relative clause, a
subordinate clause or a noun phrase that does not hold the trigger dates another event, so it
must not date the report. A date between the subject and its verb ("Poland on Thursday accused
… and expelled") scopes over the whole predicate, coordinated verbs included.

The rules read only punctuation and a few function words: they need no parser, and each pattern
is linear in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.model import Mention

# A non-restrictive relative clause: ", which …" up to the next comma, semicolon or dash.
# "…, in which both governments pledged in December 2023": a preposition may lead it.
_RELATIVE_OPENER = re.compile(
    r",\s+(?:(?:in|on|at|under|by|during|from|with|through|for)\s+)?"
    r"(?P<word>which|who|whom|whose|where|when)\b"
)
# A subordinate clause opened by a conjunction: "after balloons forced …", "because …".
_SUBORDINATE_OPENER = re.compile(
    r"\b(?P<word>after|before|because|until|although|though|whereas|while|since|following)\s+"
    r"(?=(?:the|a|an|its|their|his|her|[A-Z][a-z]+|[a-z]+s)\b)"
)
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s|[\"“”]")
# "the measures, suspended in 2020, would be revived": a participle aside between commas.
_ASIDE_REACH = 60
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:(?:first|later|since|once)\s+)?(?P<word>[a-z]{3,}ed)\s")
# Words after a date that show it does not modify a noun: "in May and …", "on Monday to …".
_FUNCTION_WORDS = frozenset(
    """
    and or but to of in on at by for from with as than that which who when where while after
    before since until if so the a an its their his her this these those is was were are be been
    has have had will would said says told
    """.split()
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$")
# "in the autumn of 2023 negotiators announced": a date in a prepositional phrase, no modifier.
_PREPOSITION_THE = re.compile(
    r"\b(?i:in|on|at|since|by|during|from|until|through|throughout)\s+the\s+$"
)
# What may stand between a date and the ", when" clause hanging on it: one noun at most.
_ANTECEDENT_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][a-z-]*)?")
_WORD_AFTER = re.compile(r"(?:['’]s)?\s+(?P<word>[a-z][a-z-]*)\b")
# A verb right after a date that sits between subject and verb: "Poland on Thursday accused".
_VERB_AFTER = re.compile(
    r",?\s+(?:(?:also|again|formally|jointly|publicly|quietly|separately)\s+)?"
    r"(?P<verb>[a-z]+ed|said|told|met|held|made|took|began|struck|fought|shot|sent|gave|won"
    r"|lost|left|went|came|hit|launched|signed|seized|killed|stormed)\b"
)
# A finite verb: what makes "after balloons forced the closure last month" a clause, while
# "after talks on Monday" is a phrase whose date is the main clause's own.
_FINITE_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|is|are|had|has|have|did|struck|hit|met|held|made|took|began"
    r"|fought|shot|sent|gave|won|lost|left|went|came|broke|fell|rose|said|told|ran|led|seized)\b"
)
_PHRASE_OPENERS = frozenset({"after", "following"})
# How many characters after a noun-modifying date the trigger may start and still be the noun
# (or its verb): "the March 23 attack killed four".
_MODIFIED_NOUN_REACH = 25


@dataclass(frozen=True)
class Region:
    """A span of a sentence that belongs to a clause other than the main one."""

    start: int
    end: int
    opener: str


def clause_regions(text: str, start: int, end: int) -> list[Region]:
    """Relative and subordinate clauses of ``text[start:end]`` (offsets index ``text``)."""
    regions: list[Region] = []
    for opener in (_RELATIVE_OPENER, _SUBORDINATE_OPENER):
        for match in opener.finditer(text, start, end):
            stop = _CLAUSE_END.search(text, match.end(), end)
            regions.append(
                Region(match.start(), stop.start() if stop else end, match["word"].lower())
            )
    closing = {region.end for region in regions}
    for match in _PARTICIPLE_ASIDE.finditer(text, start, end):
        # After a clause that just closed, ", called on …" is the main verb coming back.
        if match.start() in closing:
            continue
        stop = _CLAUSE_END.search(text, match.end(), min(end, match.end() + _ASIDE_REACH))
        if stop is not None and stop.group() == ",":
            regions.append(Region(match.start(), stop.start(), "participle"))
    return regions


def _region_of(regions: list[Region], offset: int) -> Region | None:
    # The innermost (shortest) region holding the offset.
    holding = [r for r in regions if r.start <= offset < r.end]
    return min(holding, key=lambda r: r.end - r.start) if holding else None


def can_date(
    text: str, mention: Mention, trigger_start: int, trigger_end: int, regions: list[Region]
) -> bool:
    """Whether ``mention`` may date the event whose trigger is ``text[trigger_start:trigger_end]``.

    Args:
        text: the article text.
        mention: a date mention of the trigger's sentence.
        trigger_start: start of the trigger.
        trigger_end: end of the trigger.
        regions: the sentence's clause regions (:func:`clause_regions`).

    Returns:
        False when the mention sits in a clause or a noun phrase that does not hold the trigger.
    """
    mention_region = _region_of(regions, mention.start)
    if mention_region is not None and (
        _heads_region(text, mention_region, mention) or _is_phrase(text, mention_region, mention)
    ):
        # "since September 2023": the conjunction is a preposition on the date itself.
        mention_region = _region_of([r for r in regions if r != mention_region], mention.start)
    trigger_region = _region_of(regions, trigger_start)
    if (
        trigger_region is not None
        and trigger_region.opener in ("when", "which")
        and mention_region is None
        and _ANTECEDENT_GAP.fullmatch(text, mention.end, trigger_region.start)
    ):
        # "in September, when Russia held its exercises", "the crisis in 2021, which Warsaw
        # blamed on Minsk": the clause takes the date of the words it hangs on.
        return True
    if is_noun_modifier(text, mention) and not (
        mention.start <= trigger_start <= mention.end + _MODIFIED_NOUN_REACH
    ):
        return False
    if mention_region == trigger_region:
        return True
    if mention_region is None:
        # The trigger sits in a clause of its own. A main-clause date still dates it when the
        # clause tells of the same moment or just before ("while …", "after …"), not when it
        # tells of another time ("before …", "since …", "until …").
        return trigger_region is not None and trigger_region.opener in _SAME_TIME_OPENERS
    if trigger_region is not None and trigger_region.start <= mention_region.start < (
        trigger_region.end
    ):
        return True  # a clause nested in the trigger's own clause
    return False


_SAME_TIME_OPENERS = frozenset(
    {"who", "whom", "whose", "which", "where", "while", "after", "following", "because"}
)


def _is_phrase(text: str, region: Region, mention: Mention) -> bool:
    return (
        region.opener in _PHRASE_OPENERS
        and _FINITE_VERB.search(text, region.start, mention.start) is None
    )


def _heads_region(text: str, region: Region, mention: Mention) -> bool:
    opener_end = text.find(region.opener, region.start, region.end)
    if opener_end == -1:
        opener_end = region.start
    between = text[opener_end + len(region.opener) : mention.start].strip().lower()
    return between in ("", "the")


def is_noun_modifier(text: str, mention: Mention) -> bool:
    """Whether the date modifies a noun: "the 1995 resolution", "last week's election"."""
    after = _WORD_AFTER.match(text, mention.end, mention.end + 40)
    if after is None or after["word"] in _FUNCTION_WORDS:
        return False
    possessive = text[mention.end : mention.end + 2] in ("'s", "’s")
    written = mention.text.lower()
    the_end = mention.start + 4 if written.startswith("the ") else mention.start
    if _PREPOSITION_THE.search(text, max(0, the_end - 20), the_end):
        return False
    determiner = written.startswith("the ") or (
        _DETERMINER_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
    )
    return possessive or determiner


def scopes_over_predicate(text: str, mention: Mention) -> bool:
    """Whether the date stands between a subject and its verb ("Poland on Thursday accused")."""
    return _VERB_AFTER.match(text, mention.end, mention.end + 40) is not None
