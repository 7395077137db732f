"""Whether a report may join an event: the rules of event merging, apart from the index.

A report and an event of the **same story** tell one happening unless something they state
rules it out: another country on either side, a date more than two days away, a named place
in another country (for a physical act between two countries, a place in either party's
country is no objection: a border clash is told from both sides of the border).
Sectors follow :mod:`eventwire.corpus.event_actors`: two organs of one state are one actor, a
state and its challengers two; a target named as the state by one outlet and as civilians by
another is one event with a conflict.

Outlets also code one act under **sibling roots**: a missile strike is an assault (18) for
an outlet that names no attacker, a use of military force (19) for one that does, mass
violence (20) for a third. Within a story such reports join when they name the same target
country, agree on a known date and on the place, and the attacker, where both name one.

Across stories the same event needs the same root, the same actors (or one refining the other),
a date within one day and compatible places.
"""

from __future__ import annotations

from eventwire.corpus.canonical import EventTally
from eventwire.corpus.event_actors import actors_may_match, actors_nested
from eventwire.corpus.evidence import dates_compatible, location_is_stated, places_compatible
from eventwire.corpus.orientation import active_view, country_pair, reads_reversed, role_actor
from eventwire.model import Actor, Event, Place, Report
from eventwire.when.aspect import is_standing

# Reports in one story a day or two apart are usually one event told with a slip of the date
# ("Sunday" resolved against different publication dates); across stories we need more.
STORY_DATE_TOLERANCE_DAYS = 2
CROSS_STORY_DATE_TOLERANCE_DAYS = 1

# CAMEO roots that code one physical attack at different grains (assault, fight, mass
# violence): a report under one may tell the event of another within a story.
SIBLING_ROOTS: dict[str, str] = {"18": "violence", "19": "violence", "20": "violence"}

# Physical acts between two countries are often told from both sides of their border (a
# clash, a truce, a closed crossing, troops massed); talks and statements happen in one place.
BORDER_STRADDLING_ROOTS = frozenset({"08", "15", "16", "17", "18", "19", "20"})

BlockKey = tuple[str, str, str, int]


def roots_are_siblings(first: str, second: str) -> bool:
    """Whether two CAMEO codes have different roots of one family (``180`` and ``190``)."""
    family = SIBLING_ROOTS.get(first[:2])
    return (
        first[:2] != second[:2] and family is not None and family == SIBLING_ROOTS.get(second[:2])
    )


def can_merge(report: Report, event: Event, tally: EventTally, *, same_story: bool) -> bool:
    """Whether ``report`` (read from the acting side) may join ``event``."""
    if is_standing(report.date) or all(is_standing(r.date) for r in event.reports):
        # "Kharkiv has been shelled almost daily since 2022" tells no one act: it must not
        # become a report of the strike told next to it, nor gather reports of its own.
        return False
    source, target = role_actor(report, "source"), role_actor(report, "target")
    if report.cameo[:2] != event.cameo[:2]:
        return same_story and _sibling_fit(report, event, tally)
    if not same_story:
        # Another story is weaker evidence: the actors must be the same or one refine the other.
        return (
            actors_nested(source, event.source)
            and actors_nested(target, event.target)
            and dates_compatible(report.date, event.date, CROSS_STORY_DATE_TOLERANCE_DAYS)
            and places_compatible(report.location, event.location)
        )
    # Within one story a differing organ of a state is a disagreement between outlets; a
    # differing country or side is another event.
    fits = _story_actor_fits(source, event.source, "source") and _story_actor_fits(
        target, event.target, "target"
    )
    # "Police and protesters clashed" is told in both directions by one sentence.
    fits = fits or _tells_reverse_of_own_sentence(report, event)
    if not fits and _two_way(event, tally):
        # An act both sides did to each other is told one-sidedly from either side ("Tajik
        # troops opened fire first").
        pair = (event.source.country, event.target.country)  # type: ignore[union-attr]
        fits = (
            reads_reversed(report, pair, one_sided=True)  # type: ignore[arg-type]
            and country_pair(report) is None
            and _story_actor_fits(target, event.source, "source")
            and _story_actor_fits(source, event.target, "target")
        )
    if not fits:
        return False
    if not dates_compatible(report.date, event.date, STORY_DATE_TOLERANCE_DAYS):
        return False
    return _story_places_fit(report, event, tally)


def reciprocal_fit(report: Report, event: Event, tally: EventTally) -> bool:
    """Whether ``report`` is the other direction of ``event`` (same code, swapped actors).

    Only a sentence that tells both directions makes an event reciprocal; once it is, later
    reports in either direction from the same story join it.
    """
    pair = country_pair(report)
    if pair is None or pair[0] == pair[1] or report.cameo != event.cameo:
        return False
    if event.source is None or event.target is None:
        return False
    if (event.target.country, event.source.country) != pair:
        return False
    if not dates_compatible(report.date, event.date, STORY_DATE_TOLERANCE_DAYS):
        return False
    if not _story_places_fit(report, event, tally):
        return False
    swapped = (pair[1], pair[0])
    return tally.reciprocal or any(
        other.doc_id == report.doc_id
        and other.sentence == report.sentence
        and other.cameo == report.cameo
        and country_pair(other) == swapped
        for other in map(active_view, event.reports)
    )


def agreement(report: Report, event: Event) -> int:
    """How many of the event's canonical values ``report`` states exactly (its root counts
    too), to choose among the events it may join."""
    score = 0
    score += report.cameo == event.cameo
    score += report.cameo[:2] == event.cameo[:2]
    score += role_actor(report, "source") == event.source
    score += role_actor(report, "target") == event.target
    score += report.date.value is not None and report.date.value == event.date.value
    score += report.location is not None and report.location == event.location
    return score


def both_dated(report: Report, event: Event) -> bool:
    """Whether report and event both have a known date: a dated report joins a dated event
    before an undated one of its code (background: "Kharkiv has been shelled almost daily")."""
    return report.date.value is not None and event.date.value is not None


def block_key(
    cameo: str, source: Actor | None, target: Actor | None, dated: Report | Event
) -> BlockKey | None:
    """The cross-story block of a report or event: root, actor countries and day."""
    date = dated.date
    if date.value is None or date.precision != "day" or source is None or not source.country:
        return None
    target_country = target.country or "" if target is not None else ""
    return (cameo[:2], source.country, target_country, date.value.toordinal())


def _sibling_fit(report: Report, event: Event, tally: EventTally) -> bool:
    if not roots_are_siblings(report.cameo, event.cameo):
        return False
    source, target = role_actor(report, "source"), role_actor(report, "target")
    # A sibling root is weaker evidence than the same root, so everything it can state must
    # be stated and agree: the target's country, the date, a named place.
    if target is None or event.target is None or not target.country:
        return False
    if target.country != event.target.country:
        return False
    if not actors_may_match(target, event.target, "target"):
        return False
    if source is not None and event.source is not None:
        if not actors_may_match(source, event.source, "source"):
            return False
    if report.date.value is None or event.date.value is None:
        return False
    if not dates_compatible(report.date, event.date, STORY_DATE_TOLERANCE_DAYS):
        return False
    place, other = _stated_places(report, event, tally)
    return places_compatible(place, other)


def _story_actor_fits(actor: Actor | None, canonical: Actor | None, role: str) -> bool:
    if actor is None or canonical is None or not actor.country or not canonical.country:
        return actors_may_match(actor, canonical, role)  # type: ignore[arg-type]
    if actor.country != canonical.country:
        return False
    return actors_may_match(actor, canonical, role)  # type: ignore[arg-type]


def _tells_reverse_of_own_sentence(report: Report, event: Event) -> bool:
    source, target = role_actor(report, "source"), role_actor(report, "target")
    return any(
        other.doc_id == report.doc_id
        and other.sentence == report.sentence
        and other.cameo == report.cameo
        and (role_actor(other, "source"), role_actor(other, "target")) == (target, source)
        for other in map(active_view, event.reports)
    )


def _two_way(event: Event, tally: EventTally) -> bool:
    source, target = event.source, event.target
    if source is None or target is None or not source.country or not target.country:
        return False
    return tally.reciprocal and source.country != target.country


def _story_places_fit(report: Report, event: Event, tally: EventTally) -> bool:
    """Named places in one country, or for a physical act each in one party's country."""
    place, other = _stated_places(report, event, tally)
    if place is None or other is None or not place.country or not other.country:
        return True
    if place.country == other.country:
        return True
    if report.cameo[:2] not in BORDER_STRADDLING_ROOTS:
        return False
    parties = {
        actor.country
        for actor in (
            role_actor(report, "source"),
            role_actor(report, "target"),
            event.source,
            event.target,
        )
        if actor is not None and actor.country
    }
    return len(parties) > 1 and {place.country, other.country} <= parties


def _stated_places(
    report: Report, event: Event, tally: EventTally
) -> tuple[Place | None, Place | None]:
    # An inferred place (the article's main location) says nothing about this event.
    place = report.location if location_is_stated(report) else None
    other = event.location if tally.has_stated_location else None
    return place, other
