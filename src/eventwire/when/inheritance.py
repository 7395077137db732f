"""Take a date from the sentences before, for a report whose own sentence states none.

A sentence may point back at an event told before ("The incident led Baku to …", "deployed
troops after that incident"), or simply go on with its paragraph ("Four missiles struck the
district"): either way the report may inherit the date its antecedent stated. The rules here
say which earlier sentence that is, and which of its dates may pass on: never one still to
come for a past act, nor a background year for an act of the day.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.model import Article, DateValue, Mention, Report
from eventwire.when.thread import (
    ANAPHOR_REACH,
    GENERIC_NOUNS,
    antecedent_told,
    continued,
    is_background,
    is_told_day,
    mentions_after,
    naming_sentence,
)

_EVENT_NOUNS = (
    "incident|attack|strike|raid|bombing|blast|explosion|shooting|killing|assault|clash|fighting"
    "|offensive|operation|exercise|drill|manoeuvre|maneuver|meeting|talks|summit|visit|agreement"
    "|deal|accord|decision|move|announcement|protest|rally|demonstration|closure|arrest|detention"
    "|kidnapping|abduction|ceasefire|truce|election|vote|referendum|incursion|shelling|violence"
    "|crackdown|invasion|withdrawal|ambush|massacre|coup|uprising|siege|standoff|dispute|crisis"
)
# A definite phrase pointing back at an event told before: "The incident", "This latest attack".
_ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Ii]ts|[Tt]heir)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}(?P<noun>{_EVENT_NOUNS})(?:e?s)?\b"
    r"|^\s*(?:It|This|That)\b"
)
# "… deployed troops after that incident": the act follows the event told before, wherever
# the phrase stands in the sentence.
_AFTER_ANAPHOR = re.compile(
    r"\b(?:after|following)\s+(?:that|this|these|those)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}(?:{_EVENT_NOUNS})(?:e?s)?\b"
)
# A past act cannot be dated after the day it was reported ("agreed that ministers would meet
# in January" dates the meeting); a dateline a day behind the publication is the allowance.
AHEAD_ALLOWANCE = dt.timedelta(days=1)


class Anaphors:
    """The phrases of an article's sentences that point back at an event, read once for the
    reports of one act (one per pair of participants share their trigger and sentence).

    Args:
        article: the article whose text the phrases are read from.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self._anaphors: dict[tuple[int, int], re.Match[str] | None] = {}
        self._after_anaphor: dict[tuple[int, int], bool] = {}

    def anaphor(self, begin: int, trigger_end: int) -> re.Match[str] | None:
        """:data:`_ANAPHOR` in ``text[begin:trigger_end]``, before the trigger."""
        key = (begin, trigger_end)
        if key not in self._anaphors:
            text = self.article.text
            self._anaphors[key] = _ANAPHOR.search(text[begin : max(begin, trigger_end)])
        return self._anaphors[key]

    def after_anaphor(self, begin: int, end: int) -> bool:
        """Whether the sentence ``text[begin:end]`` follows an event ("after that incident")."""
        found = self._after_anaphor.get((begin, end))
        if found is None:
            text = self.article.text
            found = self._after_anaphor[(begin, end)] = (
                mentions_after(text, begin, end)
                and _AFTER_ANAPHOR.search(text, begin, end) is not None
            )
        return found


def is_ahead(value: DateValue, article: Article) -> bool:
    """Whether ``value`` lies after the publication date, beyond :data:`AHEAD_ALLOWANCE`."""
    published = article.published_date
    return (
        published is not None
        and value.value is not None
        and value.value > published + AHEAD_ALLOWANCE
    )


def inherited(
    article: Article,
    report: Report,
    modality: str,
    by_sentence: dict[int, list[Mention]],
    anaphors: Anaphors,
    dated: dict[int, list[DateValue]],
    told: list[Report],
) -> DateValue | None:
    """The date ``report`` takes from the sentences before its own, if any.

    Args:
        article: with ``text`` and ``sentences``.
        report: the report to date; its own sentence states no date for it.
        modality: the report's modality as far as dating goes.
        by_sentence: the article's date mentions by sentence.
        anaphors: the article's phrases pointing back, read once.
        dated: the dates of the reports dated so far, by sentence.
        told: the reports dated so far, in order.
    """
    if report.sentence == 0 or report.sentence >= len(article.sentences):
        return None
    previous = report.sentence - 1
    reach = range(previous, max(-1, previous - ANAPHOR_REACH), -1)
    if not any(earlier in by_sentence or earlier in dated for earlier in reach):
        return None  # nothing told before to inherit: spare the anaphor patterns
    begin = article.sentences[report.sentence].start
    end = article.sentences[report.sentence].end
    anaphor = anaphors.anaphor(begin, report.trigger_end)
    if anaphor is None and not anaphors.after_anaphor(begin, end):
        # Without an anaphor, a sentence still continues the paragraph it sits in: a follow-up
        # ("Four missiles struck the district") or a backgrounder with "had" takes the date its
        # paragraph's previous sentence stated, never one from across a paragraph break.
        if "\n" in article.text[article.sentences[previous].end : begin]:
            if modality != "asserted":
                return None
            return continued(article, report, told, by_sentence)
        stated = [
            m.resolution
            for m in by_sentence.get(previous, [])
            if isinstance(m.resolution, DateValue) and m.resolution.value is not None
        ]
        if not stated and modality == "asserted" and previous not in by_sentence:
            # "The service said Tajik troops opened fire first" after an undated sentence of
            # detail: still the clash its story began with.
            return continued(article, report, told, by_sentence)
        if not stated or modality not in ("asserted", "historical"):
            return None
        source = stated[-1]
        if modality == "asserted" and not is_told_day(source, article):
            # A month or year before a present-tense reaction is background, not its date.
            return None
        reason = f"from the previous sentence of its paragraph: {source.reason}"
        return DateValue(source.value, source.precision, source.basis, reason, source.expression)
    # "after that incident" may point past an undated sentence that only adds detail ("Three
    # of the attackers were killed") to the sentence that dated the incident.
    noun = anaphor["noun"] if anaphor is not None else None
    # "deployed troops after that incident, prompting Washington to call on …" follows it.
    pointed = anaphor is not None and not anaphors.after_anaphor(begin, end)
    candidates: list[DateValue] = []
    earlier = previous
    while earlier > max(-1, previous - ANAPHOR_REACH) and not candidates:
        candidates = _candidates(
            article, earlier, modality, by_sentence, dated, pointed, earlier != previous
        )
        earlier -= 1
    if not candidates:
        return None
    if noun is not None and noun not in GENERIC_NOUNS:
        # "Under the agreement" after a sentence of mediation "since last autumn": the noun
        # points at the sentence that told the agreement, a little further back.
        named = naming_sentence(article, noun, earlier + 1, previous - ANAPHOR_REACH)
        if named is not None:
            found = _candidates(article, named, modality, by_sentence, dated, pointed, True)
            if found:
                candidates, earlier = found, named - 1
    if anaphor is not None and not antecedent_told(article, noun, earlier + 1, report):
        return None
    source = candidates[-1]
    back = previous - earlier
    where = "the previous sentence" if back == 1 else f"{back} sentences before"
    reason = f"inherited from {where}: {source.reason}"
    return DateValue(source.value, source.precision, source.basis, reason, source.expression)


def _candidates(
    article: Article,
    sentence: int,
    modality: str,
    by_sentence: dict[int, list[Mention]],
    dated: dict[int, list[DateValue]],
    pointed: bool,
    reached_back: bool,
) -> list[DateValue]:
    found = dated.get(sentence, []) or [
        m.resolution for m in by_sentence.get(sentence, []) if isinstance(m.resolution, DateValue)
    ]
    if modality in ("asserted", "historical"):
        # A past act does not take the date of something still to come ("next month").
        found = [c for c in found if not is_ahead(c, article)]
    if modality == "asserted" and pointed:
        # An act of the day whose subject is a noun told before does not take a background
        # year or an old month ("the dispute is pushing Egypt to …" after "in 2020, Washington
        # suspended aid"); "deployed troops after that incident" does follow the incident.
        found = [c for c in found if not is_background(c, article, reached_back)]
    return found
