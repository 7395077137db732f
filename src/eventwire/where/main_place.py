"""The main place of an article: where its story happened, for acts its text does not place.

Counting place names alone lets the capitals that stand for governments ("Dushanbe said",
"officials in Phnom Penh and Bangkok") outnumber the border villages a story is about, so the
main place is read first from where the article's stated, recent, non-verbal acts happened (talks
held in a third country are a venue, not the story's place): a
located act counts twice a name, the country with most support wins, then its admin1 area
with most support when two acts, or an act and another name, back it (of equals, the one named
first). Without a located act the most-named admin1 area inside the most-named country is used.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from eventwire.model import Article, Mention, Place, Report
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.speaker_place import MEETING_CODES, is_verbal_act

# A report dated this long before its article's anchor date is background, not the main story.
BACKGROUND_DAYS = 31


def anchor_date(article: Article) -> dt.date | None:
    """The article's own date: its publication date, else the latest date a report of it has
    (an undated article's main happening is at least as recent as anything it dates)."""
    published = article.published_date
    if published is not None:
        return published
    return max((r.date.value for r in article.reports if r.date.value is not None), default=None)


def is_background(report: Report, anchor: dt.date | None) -> bool:
    """True when ``report`` is dated (its whole period) well before the article's date."""
    value = report.date.value
    if value is None or anchor is None or report.date.precision == "unknown":
        return False
    if report.date.precision == "year":
        last_day = dt.date(value.year, 12, 31)
    elif report.date.precision == "month":
        following = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
        last_day = following - dt.timedelta(days=1)
    else:
        last_day = value
    return (anchor - last_day).days > BACKGROUND_DAYS


def main_from_events(
    reports: list[Report],
    mentions: list[Mention],
    named: tuple[Place, str] | None,
    anchor: dt.date | None,
    gazetteer: Gazetteer,
) -> tuple[Place, str] | None:
    """The article's main place from its located events: the country most of its stated
    non-verbal acts happened in, then their admin1 area when acts and names support it;
    else (no located act) ``named``, the most-named place (:func:`main_from_names`).

    Args:
        reports: the article's reports, located from their sentences and paragraphs.
        mentions: the article's place mentions, demonyms left out.
        named: the main place read from names alone.
        anchor: the article's date; acts well before it are background.
        gazetteer: where the admin1 area or country is looked up."""
    by_act: dict[tuple[int, int], Place] = {}
    for report in reports:
        if (
            report.location is not None
            and report.location_text is not None
            and report.modality in ("asserted", "historical")
            # A statement's place in this pass is what it is about, often a capital
            # standing for its government ("officials in Phnom Penh said").
            and not is_verbal_act(report.cameo)
            and not is_background(report, anchor)
            and not _at_third_country(report)
        ):
            by_act.setdefault((report.sentence, report.trigger_start), report.location)
    if not by_act:
        return named
    # A located act counts twice a mere name.
    countries: Counter[str] = Counter()
    areas: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    weighted = [(2, sentence, place) for (sentence, _), place in by_act.items()]
    weighted += [(1, m.sentence, m.resolution) for m in mentions]  # type: ignore[misc]
    for weight, sentence, place in weighted:
        if place.country:
            countries[place.country] += weight
            if place.admin1 and place.precision != "country":
                area = (place.country, place.admin1)
                areas[area] += weight
                first[area] = min(first.get(area, sentence), sentence)
    if not countries:
        return named
    country = countries.most_common(1)[0][0]
    # Of equally supported areas the one the article names first is its lead's.
    in_country = [
        (score, -first[area], area[1]) for area, score in areas.items() if area[0] == country
    ]
    if in_country:
        score, _, admin1 = max(in_country)
        index = gazetteer.admin1(country, admin1)
        # Two located acts, or one act and another name of the same area.
        if score >= 3 and index is not None:
            return gazetteer.place(index), admin1
    if named is not None and named[0].country == country:
        return named
    index = gazetteer.country(country)
    return (gazetteer.place(index), country) if index is not None else named


def _at_third_country(report: Report) -> bool:
    """True for talks or mediation held outside every party's country ("agreed at talks in
    Kuala Lumpur"): a venue, not where the story happens."""
    if report.cameo[:3] not in MEETING_CODES or report.location is None:
        return False
    parties = {
        participant.actor.country
        for participant in (report.source, report.target)
        if participant is not None and participant.actor.country
    }
    return bool(parties) and report.location.country not in parties


def main_from_names(places: list[Mention], gazetteer: Gazetteer) -> tuple[Place, str] | None:
    """The article's most-named admin1 area inside its most-named country, with the text
    that names it (else the country)."""
    if not places:
        return None
    countries = Counter(m.resolution.country for m in places if m.resolution.country)  # type: ignore[union-attr]
    if not countries:
        return None
    country = countries.most_common(1)[0][0]
    admin1s = Counter(
        m.resolution.admin1  # type: ignore[union-attr]
        for m in places
        if m.resolution.country == country
        and m.resolution.admin1
        and m.resolution.precision != "country"  # type: ignore[union-attr]
    )
    if admin1s:
        admin1, support = admin1s.most_common(1)[0]
        index = gazetteer.admin1(country, admin1)
        if support >= 2 and index is not None:
            named = [
                m.text
                for m in places
                if m.resolution.admin1 == admin1 and m.resolution.precision == "admin1"
            ]  # type: ignore[union-attr]
            return gazetteer.place(index), (named[0] if named else admin1)
    for mention in places:
        if mention.resolution.country == country and mention.resolution.precision == "country":  # type: ignore[union-attr]
            return mention.resolution, mention.text  # type: ignore[return-value]
    index = gazetteer.country(country)
    return (gazetteer.place(index), country) if index is not None else None


def domestic_country(report: Report) -> str | None:
    """The one state every participant of ``report`` that has a state belongs to ("the
    opposition accused the authorities": ``KEN``), else ``None``."""
    countries = {
        participant.actor.country
        for participant in (report.source, report.target)
        if participant is not None and participant.actor.country
    }
    if len(countries) != 1:
        return None
    country = countries.pop()
    return country if len(country) == 3 and not country.startswith(("IGO", "NGO")) else None


def one_per_pair(text: str, places: list[Mention]) -> list[Mention]:
    """``places`` without the second name of each pair of towns of one area joined by "and"
    ("in Mzimba and Karonga"): a pair tells one setting, and counting it twice let it outweigh
    the article's other places when the main place is chosen. Two areas ("Zambezia and
    Nampula provinces") or countries each count.

    Args:
        text: the article's text.
        places: place mentions in text order.
    """
    kept: list[Mention] = []
    previous: Mention | None = None
    for mention in places:
        if (
            previous is not None
            and mention.start - previous.end <= 6
            and previous.sentence == mention.sentence
            and text[previous.end : mention.start].strip(", ") in ("and", "or")
            and _same_area(previous.resolution, mention.resolution)  # type: ignore[arg-type]
        ):
            previous = None  # "A, B and C": the third counts again
            continue
        kept.append(mention)
        previous = mention
    return kept


def _same_area(first: Place, second: Place) -> bool:
    return (
        first.country == second.country
        and first.admin1 is not None
        and first.admin1 == second.admin1
        and first.precision not in ("admin1", "country", "region")
        and second.precision not in ("admin1", "country", "region")
    )
