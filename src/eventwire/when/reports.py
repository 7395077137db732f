"""Date each report of an article from the date mentions around its trigger.

The rule, in order: a date mention in the report's own sentence (the one that governs the
trigger's clause: close to the trigger, inside the evidence span, not across a clause boundary,
preferably attached by "on"/"in"/"since"); else, when the sentence points back at an event
("The incident led Baku to …"), the date of the previous sentence; else the publication date,
marked as such — except for historical reports, whose date is then unknown.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.code.localise import coded_participants
from eventwire.model import Article, DateValue, Mention, Participant, Report
from eventwire.when.aspect import background_elsewhere, standing_reason
from eventwire.when.clauses import Region, can_date, clause_regions, scopes_over_predicate
from eventwire.when.counted import counted_clause_date
from eventwire.when.event_ties import at_event_date, is_release_date, names_release
from eventwire.when.inheritance import AHEAD_ALLOWANCE, Anaphors, inherited, is_ahead
from eventwire.when.thread import retold

# Clause boundaries strong enough that a date beyond one rarely governs the trigger.
# The lookahead names every first character a match can have: the search skips the rest at once.
_CLAUSE_BOUNDARY = re.compile(
    r"(?i:(?=[;,\sbw])(?:;|\s[-–—]\s|,\s*(?:which|while|whereas|but|although|though|and)\b"
    r"|\bbut\b|\bwhile\b|\bwhereas\b))"
)
_ATTACHED = re.compile(
    r"(?i:(?=[oisdafbulem]))(?i:\b(?:on|in|since|during|at|from|by|until|between|last|early|late|mid|earlier|later)"
    r"[\s-]+)$"
)
_PREDICATE_COST = 30
# "Police said they had arrested 56 people": the past perfect of reported speech is the
# speaker's backshift, not a background event; so is an act joined to such a complement.
_SPEECH = re.compile(r"\b(?:said|says|told|added|stated|announced|according\s+to)\b")
# Appeals, demands and intentions: their to-clause tells another act, with its own time.
_WANTING_ROOTS = frozenset({"02", "03", "10"})
_TO_CLAUSE = re.compile(r"\bto\s+[a-z]{2,}")
# A date this close before publication may be the appeal's own, told after its clause.
_RECENT_APPEAL = dt.timedelta(days=7)
_FUTURE_MARK = re.compile(r"\b(?:would|will|shall|to)\s+[a-z]")
# "Poland on Thursday accused … and expelled": a verb joined to the predicate the date governs.
_COORDINATED = re.compile(r"(?=[,a])(?:,\s*)?\band\s+(?:also\s+|then\s+|later\s+)?$")
_ATTACHED_BONUS = 15
# Frozen, so one value serves every report awaiting its date.
_NOT_DATED_YET = DateValue.unknown("not dated yet")
_OUTSIDE_EVIDENCE_COST = 150
_BOUNDARY_COST = 80


def date_reports(article: Article) -> None:
    """Set ``report.date`` for every report of ``article``.

    Uses the article's date mentions (kind "date", made by ``find_date_mentions``), its
    sentences, each report's trigger and evidence span and modality, and ``article.published``.
    """
    for report in article.reports:
        # A re-run (a re-dated article) must not read the dates of its own previous pass.
        report.date = _NOT_DATED_YET
    facts = _DatingFacts(article)
    dated: dict[int, list[DateValue]] = {}
    told: list[Report] = []
    # The coder's participants of each report in ``told``, read once rather than once for
    # every later report that compares itself with it.
    told_participants: list[tuple[Participant | None, Participant | None]] = []
    for report in sorted(article.reports, key=lambda r: (r.sentence, r.trigger_start)):
        report.date = _date_one(article, report, facts, dated, told)
        if report.date.basis == "publication":
            report.date = retold(report, told, told_participants) or report.date
        if report.date.basis not in ("publication", "unknown") or report.date.expression:
            dated.setdefault(report.sentence, []).append(report.date)
            told.append(report)
            told_participants.append(coded_participants(report))


# For a trigger: its dating modality, the date of a counted clause holding it, the sentence's
# date mentions that may date it, why it is a standing situation (None when it is not), and
# whether its sentence states a date other than the release of a figure.
_TriggerFacts = tuple[str, DateValue | None, list[Mention], str | None, bool]


class _DatingFacts:
    """What dating reads of an article, remembered per sentence and per trigger: the reports
    of one act (one per pair of participants) share their trigger and so all of it."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.by_sentence: dict[int, list[Mention]] = {}
        for mention in article.mentions_of("date"):
            self.by_sentence.setdefault(mention.sentence, []).append(mention)
        self._regions: dict[tuple[int, int], list[Region]] = {}
        self._at_event: dict[int, DateValue | None] = {}
        self._release: dict[int, bool] = {}
        self._by_trigger: dict[tuple, _TriggerFacts] = {}
        self.anaphors = Anaphors(article)

    def at_event(self, sentence: int, dated: dict[int, list[DateValue]]) -> DateValue | None:
        """:func:`at_event_date` of the sentence, read once for all its reports."""
        if sentence not in self._at_event:
            self._at_event[sentence] = at_event_date(
                self.article, sentence, dated, self.by_sentence
            )
        return self._at_event[sentence]

    def _names_release(self, sentence: int) -> bool:
        if sentence not in self._release:
            bounds = self.article.sentences[sentence] if self.article.sentences else None
            self._release[sentence] = bounds is None or names_release(
                self.article.text, bounds.start, bounds.end
            )
        return self._release[sentence]

    def regions(self, bounds: tuple[int, int]) -> list[Region]:
        found = self._regions.get(bounds)
        if found is None:
            found = self._regions[bounds] = clause_regions(self.article.text, *bounds)
        return found

    def of_trigger(self, report: Report) -> _TriggerFacts:
        """What dating reads of the report's trigger (see ``_TriggerFacts``)."""
        key = (report.sentence, report.trigger_start, report.trigger_end, report.modality)
        if not self.article.sentences:
            key += (report.start, report.end)  # the evidence span stands for the sentence
        found = self._by_trigger.get(key)
        if found is None:
            found = self._by_trigger[key] = self._read_trigger(report)
        return found

    def _read_trigger(self, report: Report) -> _TriggerFacts:
        article = self.article
        own = [
            m
            for m in self.by_sentence.get(report.sentence, [])
            if isinstance(m.resolution, DateValue)
        ]
        stated_here = own
        if own and self._names_release(report.sentence):
            released = [m for m in own if is_release_date(article.text, report.trigger_end, m)]
            own = [m for m in own if m not in released]
        stated = bool(own)
        sentence = article.sentences[report.sentence] if article.sentences else None
        bounds = (sentence.start, sentence.end) if sentence else (report.start, report.end)
        modality = _dating_modality(article, report, self)
        if own:
            counted = counted_clause_date(
                article.text, bounds, report.trigger_start, own, *_anchor(article)
            )
            if counted is not None:
                return modality, counted, own, None, stated
            if modality in ("asserted", "historical"):
                own = [m for m in own if not _future_complement(article, report, m)]
            if report.cameo[:2] in _WANTING_ROOTS:
                wanted = [m for m in own if _wanted_act_date(article, report, m)]
                if wanted:
                    own = [m for m in own if m not in wanted]
                    # The coder read the wanted act's old date as background of the appeal.
                    modality = "asserted" if not own else modality
            regions = self.regions(bounds)
            own = [
                m
                for m in own
                if can_date(article.text, m, report.trigger_start, report.trigger_end, regions)
            ]
        standing = standing_reason(
            article.text,
            bounds,
            (report.trigger_start, report.trigger_end),
            stated_here,
            article.published_date,
        )
        return modality, None, own, standing, stated


def _date_one(
    article: Article,
    report: Report,
    facts: _DatingFacts,
    dated: dict[int, list[DateValue]],
    told: list[Report],
) -> DateValue:
    modality, counted, own, standing, stated = facts.of_trigger(report)
    if counted is not None:
        return counted
    if standing is not None:
        return DateValue.unknown(standing)
    if own:
        # A lone date needs no ranking (most sentences state one).
        best = (
            own[0] if len(own) == 1 else min(own, key=lambda m: _distance(article.text, report, m))
        )
        assert isinstance(best.resolution, DateValue)
        return best.resolution
    # A sentence whose dates all belong to other clauses tells its own time frame: reaching
    # back to an earlier sentence would date a background event by the news of the day.
    if not stated:
        by_sentence, anaphors = facts.by_sentence, facts.anaphors
        taken = inherited(article, report, modality, by_sentence, anaphors, dated, told)
        if taken is not None:
            return taken
    if article.sentences:
        # "praised Greece at the summit", told the day after it: the summit's day.
        at_event = facts.at_event(report.sentence, dated)
        if at_event is not None and not (modality == "asserted" and is_ahead(at_event, article)):
            return at_event
    if modality == "historical":
        return DateValue.unknown("historical report with no date in its sentence")
    published = article.published
    if published is not None and published.value.value is not None:
        value = published.value
        reason = f"no date in the sentence; publication date {value.iso()} ({published.how})"
        return DateValue(value.value, value.precision, "publication", reason)
    return DateValue.unknown("no date in the sentence and no publication date")


def _distance(text: str, report: Report, mention: Mention) -> float:
    if mention.end <= report.trigger_start:
        gap_start, gap_end = mention.end, report.trigger_start
    elif mention.start >= report.trigger_end:
        gap_start, gap_end = report.trigger_end, mention.start
    else:
        gap_start = gap_end = mention.start
    cost = float(gap_end - gap_start)
    if mention.start < report.start or mention.end > report.end:
        cost += _OUTSIDE_EVIDENCE_COST
    between = text[gap_start:gap_end]
    if between:
        cost += _BOUNDARY_COST * len(_CLAUSE_BOUNDARY.findall(between))
    if _ATTACHED.search(text, max(0, mention.start - 12), mention.start):
        cost -= _ATTACHED_BONUS
    if scopes_over_predicate(text, mention) and mention.start < report.trigger_start:
        # "Poland on Thursday accused … and expelled": the date covers coordinated verbs too.
        joined = _COORDINATED.search(text, max(0, report.trigger_start - 16), report.trigger_start)
        # A verb joined by "and" to the date's own predicate shares it even when the coder's
        # evidence span for it starts at the conjunction.
        outside = cost > _OUTSIDE_EVIDENCE_COST and joined is None
        cost = min(cost, _PREDICATE_COST + outside * 150)
    return cost


def _dating_modality(article: Article, report: Report, facts: _DatingFacts) -> str:
    """The report's modality as far as dating goes: reported speech is the news of the day.

    The coder marks "said they had arrested 56 people" historical for its past perfect, and
    a whole sentence historical for a background date in another clause; an act told after a
    speech verb is still the speaker's news, dated as an asserted one when no date governs it.
    """
    if report.modality != "historical":
        return report.modality
    sentence = article.sentences[report.sentence] if article.sentences else None
    begin, end = (sentence.start, sentence.end) if sentence else (report.start, report.end)
    if _SPEECH.search(article.text, begin, report.trigger_start) is not None:
        return "asserted"
    # The coder reads background cues over the whole sentence: "agreed that …, and that the
    # measures, suspended in 2020, would be revived" is an agreement of the day.
    if background_elsewhere(
        article.text,
        (begin, end),
        report.trigger_start,
        report.trigger_end,
        regions=lambda: facts.regions((begin, end)),
    ):
        return "asserted"
    return "historical"


def _future_complement(article: Article, report: Report, mention: Mention) -> bool:
    """Whether the date belongs to a future act the reported act announces ("would meet")."""
    published = article.published_date
    value = mention.resolution
    if published is None or not isinstance(value, DateValue) or value.value is None:
        return False
    if mention.start < report.trigger_end or (
        _FUTURE_MARK.search(article.text, report.trigger_end, mention.start) is None
    ):
        return False
    # Only a date counted from the publication date: one the text states outright wins over
    # a publication date that may itself be wrong.
    return value.basis in ("relative", "story") and value.value > published + AHEAD_ALLOWANCE


def _wanted_act_date(article: Article, report: Report, mention: Mention) -> bool:
    """Whether the date lies in the to-clause of an appeal or demand and is older than it.

    "called on both sides to implement the agreements they reached in February 2023": the
    appeal is the news of the day; the month is when the agreements were reached. A month or a
    year there is always the wanted act's; a day within the week before publication ("urged
    Kyiv to hold talks on Friday") may still be the appeal's own.
    """
    value = mention.resolution
    if not isinstance(value, DateValue) or value.value is None:
        return False
    if mention.start < report.trigger_end:
        return False
    if _TO_CLAUSE.search(article.text, report.trigger_end, mention.start) is None:
        return False
    if value.precision != "day":
        return True  # "to hold talks in the first half of the year": a time for the act wanted
    published = article.published_date
    return published is not None and value.value < published - _RECENT_APPEAL


def _anchor(article: Article) -> tuple[dt.date | None, str]:
    published = article.published
    if published is None or published.value.precision != "day":
        return None, "publication"
    story = published.how == "story" or published.value.basis == "story"
    return published.value.value, "story" if story else "publication"
