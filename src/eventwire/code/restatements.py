"""Event words that restate an act already told, or speak of acts in general.

Whole articles tell one act many times: "Russia struck Kharkiv … The strike hit an apartment
block … It was the third strike on the city this month." Only the first telling is a report;
a definite event noun ("the strike", "this attack", "Sunday's raid") of the same kind as an act
already reported refers back to it. Articles also speak of acts as a class ("attacks on
civilians are prohibited", "the treaty covers attacks on coast guard vessels", "al-Shabaab has
stepped up attacks"), describe a thing by an event word ("aid workers", "riot police") or
characterise a state of affairs ("posed an existential threat to Egypt"): none of these is an
event. Decided on the words around the trigger alone, in linear time.
"""

from __future__ import annotations

from eventwire.model import Participant, Report

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
# Words between a determiner and a restated event noun: "the third strike", "the latest raid".
RESTATING_MODIFIERS = frozenset(
    """
    latest same second third fourth fifth sixth deadly overnight recent morning night
    dawn weekend early late fresh
    """.split()
)
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)
# Nouns an event word can describe instead of naming an act: "aid workers", "riot police".
DESCRIBED_HEADS = frozenset(
    """
    worker workers agency agencies group groups organisation organisations organization
    organizations official officials officer officers police gear squad squads helicopter
    helicopters leader leaders drone drones dog dogs ally allies partner partners obligations
    """.split()
)
POSE_VERBS = frozenset({"pose", "poses", "posed", "posing"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "remains", "remain", "as"})
THREAT_NOUNS = frozenset({"threat", "threats"})
# What follows a plural that names a class of acts: its kind of target or its perpetrator.
CLASS_RELATIONS = frozenset({"on", "against", "in", "by"})
# Verbs that speak of a class of acts rather than report some.
CLASS_VERBS = frozenset(
    """
    covers cover covered covering prohibit prohibits prohibited banning ban bans up
    deter deters deterring prevent prevents preventing condemn condemns
    """.split()
)
LOOKBACK_WORDS = 5


def drop_restated_acts(reports: list[Report], text: str) -> list[Report]:
    """Drop reports whose trigger is a definite noun for an act the article already reported.

    Args:
        reports: the article's reports in text order.
        text: the article text the reports' offsets index.

    Returns:
        The reports that tell a new act.
    """
    kept: list[Report] = []
    for report in reports:
        if _is_definite_noun(text, report) and any(
            _same_act(earlier, report) for earlier in kept if earlier.sentence < report.sentence
        ):
            continue
        kept.append(report)
    return kept


def drop_generic_acts(reports: list[Report], text: str) -> list[Report]:
    """Drop reports of acts spoken of as a class, as a description, or as a characterisation.

    Args:
        reports: reports of an article.
        text: the article text the reports' offsets index.

    Returns:
        The reports whose trigger names an act that happened (or is announced).
    """
    return [
        report
        for report in reports
        if not (
            _describes_a_thing(text, report)
            or _characterises(text, report)
            or _acts_in_general(text, report)
        )
    ]


def _trigger_words(text: str, report: Report) -> list[str]:
    return text[report.trigger_start : report.trigger_end].lower().split()


def _words_before(text: str, report: Report) -> list[str]:
    # A bounded window inside the report's own clause keeps this linear and local.
    window = text[max(report.start, report.trigger_start - 80) : report.trigger_start]
    words = [word.strip("\"'“”‘’(,;:").lower() for word in window.split()]
    if report.trigger_start - 80 > report.start and words and not window[0].isspace():
        words.pop(0)  # the window cut a word
    return words[-LOOKBACK_WORDS:]


def _word_after(text: str, report: Report) -> str:
    words = text[report.trigger_end : report.trigger_end + 40].split()
    if not words or not text[report.trigger_end : report.trigger_end + 1].isspace():
        return ""
    return words[0].strip("\"'“”‘’.,;:()").lower()


def _is_definite_noun(text: str, report: Report) -> bool:
    if len(_trigger_words(text, report)) != 1:
        return False
    before = _words_before(text, report)
    while before and before[-1] in RESTATING_MODIFIERS:
        before.pop()
    if not before:
        return False
    previous = before[-1]
    if previous in DEFINITE:
        return True
    # "Sunday's attack", "Tuesday's strike"
    return previous.endswith(("'s", "’s")) and previous[:-2] in WEEKDAYS


def _family(cameo: str) -> str:
    root = cameo[:2]
    return "violent" if root in VIOLENT_ROOTS else root


def _same_act(earlier: Report, later: Report) -> bool:
    if _family(earlier.cameo) != _family(later.cameo):
        return False
    return (
        later.source is None
        or earlier.source is None
        or _code(earlier.source) == _code(later.source)
    )


def _code(participant: Participant | None) -> str:
    return participant.actor.code if participant else ""


def _describes_a_thing(text: str, report: Report) -> bool:
    words = _trigger_words(text, report)
    return len(words) == 1 and _word_after(text, report) in DESCRIBED_HEADS


def _characterises(text: str, report: Report) -> bool:
    # "posed an existential threat to Egypt", "is a threat to peace": a judgement, no warning.
    words = _trigger_words(text, report)
    if report.cameo[:2] != "13" or not words or words[-1] not in THREAT_NOUNS:
        return False
    return any(word in POSE_VERBS or word in COPULAS for word in _words_before(text, report))


def _acts_in_general(text: str, report: Report) -> bool:
    # A bare plural with nobody doing it, opening the clause or after a verb that speaks of a
    # class of acts ("attacks on civilians are prohibited", "covers attacks on vessels",
    # "stepped up attacks in the capital"), names a kind of act. A modified plural ("drone
    # strikes on", "a series of attacks on") names acts that happened.
    if report.cameo[:2] not in VIOLENT_ROOTS or report.source is not None:
        return False
    words = _trigger_words(text, report)
    if len(words) != 1 or not words[0].endswith("s") or words[0].endswith("ss"):
        return False
    if _word_after(text, report) not in CLASS_RELATIONS:
        return False
    before = _words_before(text, report)
    return not before or before[-1] in CLASS_VERBS
