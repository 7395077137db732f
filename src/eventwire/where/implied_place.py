"""Places the text implies without naming them: "the capital", a state's own side of its border,
the state that frees its prisoners, an embassy's host country, the ministry that summons.

* "runs a military base in the capital", "the largest demonstration in the capital": the capital
  of the country a demonym or possessive names ("the Somali capital", "Georgia's capital"), else
  of the country the article is about. "the capital Sanaa" names its city and is left alone.
* A show of force "near its boundary with Kosovo", "troops deployed to the border": a state
  deploys on its own side, so the act is in the source's country unless a place is cued.
* "Iran released two European nationals" under a Dubai dateline: a state frees the people it
  holds, on its own soil.
* "The United States embassy urged …": an embassy speaks from the host country's capital (the
  country the article is about), never from its home capital; a delegation to the UN is
  left unknown.
* "summoned the ambassador", "summoned to the ministry": the summoning state's capital, whatever
  the sector of the government that did it ("Myanmar's military government").
"""

from __future__ import annotations

import re

from eventwire.model import Article, Mention, Place, Report
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.lexicon import load_lexicon
from eventwire.where.speaker_place import capital_of, is_government_speaker

# "in the capital", "near the palace in the centre of the capital", "the Somali capital's Hodan
# district"; not "the capital Sanaa" / "the capital, Kabul" (named) nor "capital punishment".
_CAPITAL = re.compile(
    r"\b(?P<cue>in|at|near|outside|inside|across|around|of|to)\s+"
    r"(?:the\s+(?:centre\s+of\s+the\s+|center\s+of\s+the\s+|heart\s+of\s+the\s+)?)?"
    r"(?:(?P<owner>[A-Z][a-z]+(?:'s)?)\s+)?(?P<capital>capital)(?P<possessive>'s)?\b"
    r"(?!\s*,?\s*(?:city\s+)?[A-Z])(?!\s+(?:punishment|gains|markets?|expenditure|flight|city\s+of))"
)
_BORDER_WORD = re.compile(r"\b(?:border|boundary|frontier|line of control)\b", re.IGNORECASE)
# Force posture: mobilise, increase readiness, deploy (CAMEO root 15).
_FORCE_POSTURE_ROOT = "15"
_RELEASE_TRIGGER = re.compile(r"\b(?:releas|free|freed|frees|pardon)", re.IGNORECASE)
_EMBASSY_SPEAKER = re.compile(
    r"\b(?:embassy|embassies|consulate|ambassador|charg[eé] d'affaires)\b", re.IGNORECASE
)
_TO_THE_UN = re.compile(r"\bto\s+the\s+(?:UN|U\.N\.|United\s+Nations)\b")
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# The ground an attack hits, after the demonym that says whose it is.
_STRUCK_GROUND_AFTER = re.compile(
    r"\s+(?:border\s+|frontier\s+|military\s+|army\s+)?(?:villages?|towns?|cities|city|"
    r"positions?|posts?|outposts?|bases?|territory|soil|airspace|waters|port|settlements?)\b"
)
# "has helped free several detainees": a mediator, not the state that held them.
_HELPED_BEFORE = re.compile(r"\bhelp(?:ed|s|ing)?\s+(?:to\s+)?$", re.IGNORECASE)
_SUMMONS = re.compile(r"\bsummon", re.IGNORECASE)


def capital_mentions(
    article: Article, gazetteer: Gazetteer, subject_country: str | None
) -> list[Mention]:
    """Mentions of "the capital" that name no city, resolved to the capital meant.

    Args:
        article: with ``sentences``.
        gazetteer: where the capitals are looked up.
        subject_country: ISO3 of the country the article is about, for a bare "the capital".

    Returns:
        Place mentions spanning "the capital" (or "the Somali capital"), in text order.
    """
    text = article.text
    if "capital" not in text:
        return []
    demonyms = load_lexicon().demonyms
    found: list[Mention] = []
    sentence_iterator = iter(article.sentences)
    sentence = next(sentence_iterator, None)
    for match in _CAPITAL.finditer(text):
        while sentence is not None and sentence.end <= match.start():
            sentence = next(sentence_iterator, None)
        if sentence is None:
            break
        if match.start() < sentence.start:
            continue
        country = subject_country
        owner = match.group("owner")
        if owner is not None:
            word = owner.removesuffix("'s").lower()
            country = demonyms.get(word) or _country_named(gazetteer, owner.removesuffix("'s"))
            if country is None:
                continue  # "the rebel-held capital" is fine, "the Ottoman capital" is not ours
        capital = capital_of(gazetteer, country)
        if capital is None:
            continue
        start = match.end("cue")
        while text[start].isspace():
            start += 1
        found.append(
            Mention(
                kind="place",
                start=start,
                end=match.end("capital"),
                text=text[start : match.end("capital")],
                sentence=sentence.index,
                resolution=capital,
                confidence=0.6,
            )
        )
    return found


def _country_named(gazetteer: Gazetteer, name: str) -> str | None:
    for candidate in gazetteer.lookup(name):
        if candidate.entry.kind == "country" and candidate.match == "name":
            return candidate.entry.country
    return None


def own_side_of_border(text: str, report: Report, gazetteer: Gazetteer) -> Place | None:
    """The source state's country for a show of force at a border ("deployed near its
    boundary with Kosovo"), else ``None``."""
    if not report.cameo.startswith(_FORCE_POSTURE_ROOT) or report.source is None:
        return None
    if _BORDER_WORD.search(text, report.start, report.end) is None:
        return None
    return _country_place(gazetteer, report.source.actor.country)


def releasing_state(text: str, report: Report, gazetteer: Gazetteer) -> Place | None:
    """The country of a state that frees people it holds ("Iran released two nationals")."""
    source = report.source
    if (
        source is None
        or not report.cameo.startswith("084")
        or source.actor.sector not in (None, "GOV")
        or _RELEASE_TRIGGER.search(text, report.trigger_start, report.trigger_end) is None
        or _HELPED_BEFORE.search(text, max(0, report.trigger_start - 16), report.trigger_start)
    ):
        return None
    return _country_place(gazetteer, source.actor.country)


def struck_territory(text: str, report: Report, gazetteer: Gazetteer) -> Place | None:
    """The country whose ground an attack hit, when its target is a place named by a demonym
    ("fired BM-21 rockets at two Thai villages", "shelled Armenian positions"): the act
    happened there, not on the firing side the paragraph may name. ``None`` otherwise."""
    target = report.target
    if target is None or report.cameo[:2] not in _VIOLENT_ROOTS:
        return None
    demonym = target.text.lower()
    country = load_lexicon().demonyms.get(demonym)
    if country is None or country != target.actor.country:
        return None
    if _STRUCK_GROUND_AFTER.match(text, target.end, target.end + 40) is None:
        return None
    return _country_place(gazetteer, country)


def is_embassy_speaker(text: str, report: Report) -> bool:
    """True when a verbal act's speaker is an embassy, consulate or envoy."""
    source = report.source
    return source is not None and _EMBASSY_SPEAKER.search(source.text) is not None


def embassy_host_capital(
    text: str, report: Report, gazetteer: Gazetteer, subject_country: str | None
) -> Place | None:
    """The capital an embassy speaks from: the article's country when it is not the
    embassy's own; ``None`` (unknown) otherwise or for a delegation to the UN."""
    source = report.source
    if source is None:
        return None
    after = text[source.end : source.end + 40]
    if _TO_THE_UN.search(source.text) or _TO_THE_UN.match(after.lstrip()):
        return None
    home = source.actor.country
    if subject_country is None or home is None or len(home) != 3 or subject_country == home:
        return None  # an organisation's delegation, or the article is about its own country
    return capital_of(gazetteer, subject_country)


def summoning_capital(text: str, report: Report, gazetteer: Gazetteer) -> Place | None:
    """The capital of a government that summons a diplomat in ``report``'s sentence part."""
    source = report.source
    if source is None or _SUMMONS.search(text, report.start, report.end) is None:
        return None
    if not is_government_speaker(report):
        return None
    return capital_of(gazetteer, source.actor.country)


def _country_place(gazetteer: Gazetteer, iso3: str | None) -> Place | None:
    if iso3 is None or len(iso3) != 3:
        return None
    index = gazetteer.country(iso3)
    return gazetteer.place(index) if index is not None else None
