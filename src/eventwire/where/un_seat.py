"""Acts of the United Nations' chambers and of the delegates who speak in them.

The Security Council and the General Assembly sit in New York, the Human Rights Council in
Geneva. What they decide ("renewed an arms embargo on South Sudan", "demanded that the RSF end
its siege of El Fasher") is decided at their seat, not in the country the measure is about;
and a delegate speaking in the chamber ("China's representative said Beijing opposed …",
"Sudan's ambassador rejected the resolution") speaks there, not from home. Our convention:

* an act whose source names a chamber ("the U.N. Security Council", or "the council" in an
  article that names one) is placed at the chamber's seat, unless it is a meeting or visit
  (CAMEO 040–046, 057: "the council visited Juba" happened in Juba);
* a verbal act by an ambassador, representative, envoy or delegation is placed at the seat
  when the article reports a vote or resolution of a chamber, or the sentence says the
  speaker is at or to the UN ("Sudan's representative at the United Nations");
* in an article about a chamber's vote, a state's vote, veto or abstention is cast there.

The seat is inferred (``location_text`` ``None``): the text names the chamber, not the city.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from eventwire.model import Article, Place, Report
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.speaker_place import MEETING_CODES, is_verbal_act


class Chamber(NamedTuple):
    """A UN body that decides at its seat."""

    names: tuple[str, ...]  # as written in news, capitalised
    seat: str  # the seat's gazetteer name
    country: str  # ISO3 of the seat

    def named_in(self, text: str) -> int:
        """Where ``text`` first names the chamber, else -1 (plain substring searches)."""
        found = [at for at in map(text.find, self.names) if at != -1]
        return min(found, default=-1)


# Facts: the seats of the UN's deciding chambers.
CHAMBERS = (
    Chamber(("Security Council", "General Assembly"), "New York City", "USA"),
    Chamber(("Human Rights Council",), "Geneva", "CHE"),
)
# "the council", "the assembly", "the body": a chamber named earlier in the article.
_CHAMBER_BACK_REFERENCE = re.compile(r"\b(?:council|assembly)\b", re.IGNORECASE)
_AT_THE_UN = re.compile(
    r"\b(?:at|to|before)\s+the\s+(?:UN|U\.N\.|United\s+Nations)\b"
    r"|\btold\s+the\s+(?:council|assembly)\b",
    re.IGNORECASE,
)
# A chamber's business: an article naming one with these words reports a sitting of it
# (looked for in lower-cased text as plain substrings).
_CHAMBER_BUSINESS = (" resolution", " vote", " voting", " veto", " abstain", " abstention")
# How far before its trigger a delegate can be the speaker ("China's representative said
# Beijing opposed pressure on the government and urged"); it also bounds the scan.
_SPEAKER_CHARS = 200


class ChamberFacts(NamedTuple):
    """What an article says about the UN chambers."""

    named: Chamber | None  # the chamber the article names first
    sitting: bool  # the article reports a vote or resolution of that chamber


def chamber_facts(article: Article) -> ChamberFacts:
    """The chamber ``article`` names first, and whether it reports one of its votes."""
    text = article.text
    first: tuple[int, Chamber] | None = None
    for chamber in CHAMBERS:
        at = chamber.named_in(text)
        if at != -1 and (first is None or at < first[0]):
            first = (at, chamber)
    if first is None:
        return ChamberFacts(None, False)
    lowered = text.lower()
    return ChamberFacts(first[1], any(word in lowered for word in _CHAMBER_BUSINESS))


class ChamberSeats:
    """Places the acts of one article's UN chambers and delegates at the chambers' seats.

    The article is searched for chambers only once a report could be a chamber's act (its
    source names a chamber, or a delegate or a vote precedes its trigger): most articles
    have none, and are never scanned whole.
    """

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self._facts: ChamberFacts | None = None

    @property
    def facts(self) -> ChamberFacts:
        """:func:`chamber_facts` of the article, read on first use."""
        if self._facts is None:
            self._facts = chamber_facts(self.article)
        return self._facts

    def seat(self, report: Report) -> Place | None:
        """The seat of the UN chamber where ``report``'s act was decided or spoken, if any.

        Args:
            report: any report; meetings and visits are left to the ordinary rules.

        Returns:
            The seat as a city :class:`Place`, or ``None`` when the act is not a chamber's.
        """
        source = report.source
        chamber = None
        if source is not None and (
            "Council" in source.text or "Assembly" in source.text or source.actor.code[:3] == "IGO"
        ):
            if report.cameo[:3] in MEETING_CODES:
                return None
            chamber = self._acting_chamber(source.text, source.actor.code)
        if chamber is None and is_verbal_act(report.cameo):
            chamber = self._speaking_chamber(report)
        return seat_of(chamber, self.gazetteer) if chamber is not None else None

    def _acting_chamber(self, source: str, code: str) -> Chamber | None:
        if "Council" in source or "Assembly" in source:
            for chamber in CHAMBERS:
                if chamber.named_in(source) != -1:
                    return chamber
        # "the council" of an article about the Security Council; not the EU's.
        if code.startswith("IGOUNO") and _CHAMBER_BACK_REFERENCE.search(source):
            return self.facts.named
        return None

    def _speaking_chamber(self, report: Report) -> Chamber | None:
        if report.cameo[:3] in MEETING_CODES:
            return None
        text = self.article.text
        trigger = text[report.trigger_start : report.trigger_end].lower()
        if "vot" in trigger or "veto" in trigger or "abstain" in trigger:
            facts = self.facts
            if facts.sitting:
                return facts.named  # "Russia vetoed the resolution", "China abstained"
        sentence = self.article.sentences[report.sentence]
        start = report.trigger_start - _SPEAKER_CHARS
        before = text[sentence.start if start < sentence.start else start : report.trigger_start]
        if not _names_delegate(before.lower()):
            return None
        facts = self.facts
        if facts.sitting:
            return facts.named
        if _AT_THE_UN.search(text, sentence.start, sentence.end):
            # "Sudan's representative at the United Nations": at its headquarters, New York.
            return facts.named or CHAMBERS[0]
        return None


def _names_delegate(lowered: str) -> bool:
    # Plain substring tests, no pattern: this runs for every verbal act of every article.
    return (
        "ambassador" in lowered
        or "representative" in lowered
        or "envoy" in lowered
        or "delegat" in lowered
    )


_SEAT_CACHE: dict[tuple[int, str, str], Place | None] = {}


def seat_of(chamber: Chamber, gazetteer: Gazetteer) -> Place | None:
    """The seat of ``chamber`` as a city :class:`Place` (the largest place of its name in its
    country), or ``None`` when the gazetteer lacks it."""
    key = (id(gazetteer), chamber.seat, chamber.country)
    if key in _SEAT_CACHE:
        return _SEAT_CACHE[key]
    best, best_population = None, -1
    for candidate in gazetteer.lookup(chamber.seat):
        entry = candidate.entry
        if (
            entry.country == chamber.country
            and entry.kind == "city"
            and entry.population > best_population
        ):
            best, best_population = candidate.index, entry.population
    seat = gazetteer.place(best) if best is not None else None
    if len(_SEAT_CACHE) > 64:
        _SEAT_CACHE.clear()  # one entry per gazetteer and chamber: only tests make many
    _SEAT_CACHE[key] = seat
    return seat
