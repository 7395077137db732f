"""Choosing an event's canonical values from its reports, and finding real disagreements.

Values that can both be true are *compatible* and never conflict: an actor code and a more
specific one (``IRN`` and ``IRNMIL``), a month and a day inside it (``2024-11`` and
``2024-11-24``), a country and a place inside it (Iran and Ardabil). Two organs of one
state (``TJKGOV`` and ``TJKMIL``) do not disagree either (see
:mod:`eventwire.corpus.event_actors`). The canonical value is the most specific one
consistent with the most reports; ties go to the value with more independent sources, then
the better date basis, then the smaller text (for stable output). A conflict lists only the
values that take a side: one compatible with every other value (``UKR`` beside ``UKRCVL`` and
``UKRMIL``) disagrees with nobody and is left out.

A dateline ("WARSAW -") is where the story was filed; the location stage may use it for an
event, but it is a fallback rather than a claim, like a place inferred for the whole article.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from eventwire.corpus.event_actors import actors_agree, actors_nested
from eventwire.model import Actor, Conflict, ConflictValue, DateValue, Place, Report

_PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
_BASIS_RANK = {"explicit": 4, "relative": 3, "story": 2, "publication": 1, "unknown": 0}
_PLACE_RANK = {"point": 6, "city": 5, "district": 4, "admin1": 3, "country": 2, "region": 1}
# Bases under which a report's text states its date. A publication-date fallback or an
# unknown date is not a claim about when the event happened.
STATED_DATE_BASES = frozenset({"explicit", "relative", "story"})


def date_is_stated(report: Report) -> bool:
    """Whether ``report``'s date comes from what its text says (not a publication fallback)."""
    return report.date.value is not None and report.date.basis in STATED_DATE_BASES


def location_is_stated(report: Report) -> bool:
    """Whether ``report``'s place was named for it, rather than inferred for the article.

    The location stage leaves ``location_text`` empty when it falls back to the article's main
    place; such a place is a guess, not a claim, so it never makes a conflict. A place
    written as a dateline is where the story was filed, and is no claim either.
    """
    if report.location is None or report.location_text is None:
        return False
    return not is_dateline_text(report.location_text, report.location)


def location_is_dateline(report: Report) -> bool:
    """Whether ``report``'s place is its article's dateline: a fallback, but a better one than
    a place inferred for the whole article."""
    if report.location is None or report.location_text is None:
        return False
    return is_dateline_text(report.location_text, report.location)


def is_dateline_text(text: str, place: Place) -> bool:
    """Whether ``text`` names ``place`` in the capitals of a dateline ("PHNOM PENH").

    Only a name the gazetteer writes in mixed case counts, so that an abbreviation ("UAE")
    or a name that is capitals anyway is still read as named in the text.
    """
    letters = "".join(char for char in text if char.isalpha())
    if len(letters) < 2 or not letters.isupper() or place.name.isupper():
        return False
    return letters.casefold() == "".join(c for c in place.name if c.isalpha()).casefold()


def actors_compatible(first: Actor | None, second: Actor | None) -> bool:
    """Whether two actor codes can name the same actor (one unknown, or one refines the other)."""
    return actors_nested(first, second)


def dates_compatible(first: DateValue, second: DateValue, tolerance_days: int = 0) -> bool:
    """Whether two dates can be one day: one period holds the other, or they are close enough."""
    if first.value is None or second.value is None:
        return True
    first_start, first_end = _period(first)
    second_start, second_end = _period(second)
    slack = dt.timedelta(days=tolerance_days)
    return first_start <= second_end + slack and second_start <= first_end + slack


def places_compatible(first: Place | None, second: Place | None) -> bool:
    """Whether two places can be the same place (one unknown, or one inside the other)."""
    if first is None or second is None:
        return True
    if first.country and second.country and first.country != second.country:
        return False
    if first.admin1 and second.admin1 and first.admin1 != second.admin1:
        return False
    fine = {"point", "city", "district"}
    if first.precision in fine and second.precision in fine:
        if first.geonameid and second.geonameid:
            return first.geonameid == second.geonameid
        return first.name.casefold() == second.name.casefold()
    return True


def choose_actor(
    reports: Sequence[Report], role: str, source_of: Mapping[str, str]
) -> Actor | None:
    """The most specific actor in ``role`` ("source"/"target") consistent with most reports."""
    actors = [(_participant(report, role), report) for report in reports]
    known = [(actor, report) for actor, report in actors if actor is not None]
    if not known:
        return None
    return _choose(known, actors_compatible, actor_specificity, source_of)


def choose_date(reports: Sequence[Report], source_of: Mapping[str, str]) -> DateValue:
    """The date with the most compatible support, then the best precision and basis.

    Dates the texts state outvote any publication-date fallback, which is used only when no
    report states a date.
    """
    known = [(report.date, report) for report in reports if date_is_stated(report)]
    if not known:
        known = [(report.date, report) for report in reports if report.date.value is not None]
    if not known:
        reasons = sorted({report.date.reason for report in reports if report.date.reason})
        return DateValue.unknown("; ".join(reasons) or "no report gives a date")
    return _choose(known, dates_compatible, date_specificity, source_of)


def choose_place(reports: Sequence[Report], source_of: Mapping[str, str]) -> Place | None:
    """The most precise place consistent with most reports; named places outvote datelines,
    which outvote inferred ones."""
    known = [(report.location, report) for report in reports if location_is_stated(report)]
    if not known:
        known = [(report.location, report) for report in reports if location_is_dateline(report)]
    if not known:
        known = [(report.location, report) for report in reports if report.location is not None]
    if not known:
        return None
    return _choose(known, places_compatible, place_specificity, source_of)


def choose_code(reports: Sequence[Report], source_of: Mapping[str, str]) -> str:
    """The most specific CAMEO code consistent with most reports ("190" over "19"), under
    the root told by most independent sources (see :func:`choose_code_supported`)."""
    codes: dict[str, Counter[str]] = {}
    for report in reports:
        key = source_of.get(report.doc_id, report.doc_id)
        codes.setdefault(report.cameo, Counter())[key] += 1
    chosen = choose_code_supported(codes)
    assert chosen is not None
    return chosen


def choose_code_supported(codes: Mapping[str, Counter[str]]) -> str | None:
    """The canonical code of an event from each code's reports per source.

    One event may hold reports of sibling roots (an attack told as 180 by one outlet and as
    190 by another): the root told by most independent sources wins, then the one told by
    most reports, then the higher root (the more specific act of CAMEO's material-conflict
    roots); within it, the most specific code consistent with most sources.

    Args:
        codes: each distinct code → how many reports of each source key state it.
    """
    roots: dict[str, tuple[set[str], int]] = {}
    for code, counts in codes.items():
        sources, reports = roots.get(code[:2], (set(), 0))
        roots[code[:2]] = (sources | set(counts), reports + sum(counts.values()))
    if not roots:
        return None
    root = max(roots, key=lambda key: (len(roots[key][0]), roots[key][1], key))
    within = {code: counts for code, counts in codes.items() if code[:2] == root}
    return choose_supported(within, codes_compatible, len)


def find_conflicts(reports: Sequence[Report]) -> list[Conflict]:
    """Fields on which some reports cannot both be true, each value with its doc ids.

    Only what the texts state can conflict: a publication-date fallback or a place inferred
    from the article's main location is not a claim, so it never creates a conflict value.
    """
    conflicts: list[Conflict] = []
    checks: list[tuple[str, Callable[[Report], object], Callable[[object, object], bool]]] = [
        ("date", lambda report: report.date if date_is_stated(report) else None, dates_compatible),  # type: ignore[dict-item]
        (
            "location",
            lambda report: report.location if location_is_stated(report) else None,
            places_compatible,
        ),  # type: ignore[dict-item]
        ("source", lambda report: _participant(report, "source"), actors_agree),  # type: ignore[dict-item]
        ("target", lambda report: _participant(report, "target"), actors_agree),  # type: ignore[dict-item]
    ]
    for name, value_of, compatible in checks:
        values = [(value_of(report), report) for report in reports]
        present = [(value, report) for value, report in values if value is not None]
        distinct = _distinct([value for value, _ in present])
        if _any_incompatible(distinct, compatible):
            # A value compatible with every other one takes no side in the disagreement.
            siding = [
                value
                for value in distinct
                if any(not compatible(value, other) for other in distinct if other != value)
            ]
            present = [(value, report) for value, report in present if value in siding]
            conflicts.append(Conflict(name, _conflict_values(present)))
    count_keys = sorted({key for report in reports for key in report.counts})
    for key in count_keys:
        present = [(report.counts[key], report) for report in reports if key in report.counts]
        if len({value for value, _ in present}) > 1:
            conflicts.append(Conflict(f"counts.{key}", _conflict_values(present)))
    return conflicts


def describe(value: object) -> str:
    """The text under which a value is listed in a conflict."""
    if isinstance(value, DateValue):
        return value.iso() or "unknown"
    if isinstance(value, Place):
        return ", ".join(part for part in (value.name, value.admin1, value.country) if part)
    if isinstance(value, Actor):
        return value.code
    return str(value)


def _choose(candidates, compatible, specificity, source_of):  # type: ignore[no-untyped-def]
    """Pick the value supported (compatibly) by most independent sources, then most specific."""
    # Group by distinct value first: an event told by hundreds of reports has few values.
    sources: dict = {}
    for value, report in candidates:
        sources.setdefault(value, set()).add(source_of.get(report.doc_id, report.doc_id))
    return choose_supported(sources, compatible, specificity)


def choose_supported(sources, compatible, specificity):  # type: ignore[no-untyped-def]
    """The value whose compatible values have most sources, then the most specific one.

    Args:
        sources: each distinct value → the source keys that state it (any collection).
        compatible: whether two values can both be true.
        specificity: a rank; higher is more specific.

    Returns:
        The chosen value, or ``None`` when ``sources`` is empty.
    """
    best = None
    best_rank = None
    for value, exact in sources.items():
        supporters = set().union(
            *(others for other, others in sources.items() if compatible(value, other))
        )
        rank = (len(supporters), specificity(value), len(exact), _negated(describe(value)))
        if best_rank is None or rank > best_rank:
            best, best_rank = value, rank
    return best


def actor_specificity(actor: Actor) -> int:
    """How specific an actor code is (``IRNMIL`` above ``IRN``)."""
    return len(actor.code)


def date_specificity(date: DateValue) -> int:
    """How specific a date is: its precision first, then how it was found."""
    return _PRECISION_RANK[date.precision] * 10 + _BASIS_RANK[date.basis]


def place_specificity(place: Place) -> int:
    """How precise a place is (a point above a city above a country)."""
    return _PLACE_RANK[place.precision]


def codes_compatible(first: str, second: str) -> bool:
    """Whether two CAMEO codes can name one event (one refines the other)."""
    return first.startswith(second) or second.startswith(first)


def _negated(text: str) -> tuple[int, ...]:
    # Ties go to the smallest text; negating code points turns max() into min().
    return tuple(-ord(char) for char in text)


def _distinct(values: list) -> list:  # type: ignore[type-arg]
    distinct: list = []
    for value in values:
        if value not in distinct:
            distinct.append(value)
    return distinct


def _any_incompatible(distinct: list, compatible) -> bool:  # type: ignore[no-untyped-def]
    return any(
        not compatible(first, second)
        for index, first in enumerate(distinct)
        for second in distinct[index + 1 :]
    )


def _conflict_values(present: list) -> tuple[ConflictValue, ...]:  # type: ignore[type-arg]
    docs: dict[str, set[str]] = {}
    for value, report in present:
        docs.setdefault(describe(value), set()).add(report.doc_id)
    return tuple(ConflictValue(text, tuple(sorted(ids))) for text, ids in sorted(docs.items()))


def _participant(report: Report, role: str) -> Actor | None:
    participant = report.source if role == "source" else report.target
    return participant.actor if participant is not None else None


def _period(date: DateValue) -> tuple[dt.date, dt.date]:
    assert date.value is not None
    start = date.value
    if date.precision == "year":
        return start, dt.date(start.year, 12, 31)
    if date.precision == "month":
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    if date.precision == "week":
        return start, start + dt.timedelta(days=6)
    return start, start
