"""Sector-only actors take the country of the place the pipeline located their act at: a story
filed from a foreign bureau gives its police and crowds the state the story is about, and a
past act inside one state gives its unnamed courts and police that state."""

from __future__ import annotations

from eventwire.evaluate.coding import code_text
from eventwire.pipeline import Resources

GEORGIA_FROM_WASHINGTON = (
    "WASHINGTON, Jan 8 (Capital Wire) - The United States imposed visa bans on about 20 "
    "Georgian officials, whom it accused of ordering violence against protesters, the State "
    "Department said on Wednesday.\n"
    "Georgia's prime minister called the measures blackmail and said his government would not "
    "change course. The foreign ministry in Tbilisi summoned the U.S. charge d'affaires.\n"
    "Tens of thousands of Georgians have rallied almost every night since November. Police "
    "have detained more than 400 people.\n"
    "Georgian Dream has denied using excessive force.\n"
)


def _codes_of(reports: list, trigger_word: str, text: str) -> set[str]:
    return {
        participant.actor.code
        for report in reports
        if trigger_word in text[report.trigger_start : report.trigger_end]
        for participant in (report.source, report.target)
        if participant is not None
    }


def test_police_of_a_story_filed_abroad_are_the_story_states(resources: Resources) -> None:
    reports = code_text(GEORGIA_FROM_WASHINGTON, resources, "georgia-from-washington")
    codes = _codes_of(reports, "detained", GEORGIA_FROM_WASHINGTON)
    assert "GEOCOP" in codes
    assert not any(code.startswith("USA") for code in codes)


def test_the_bureau_dateline_still_places_the_bureau_states_own_act(
    resources: Resources,
) -> None:
    reports = code_text(GEORGIA_FROM_WASHINGTON, resources, "georgia-from-washington")
    bans = [
        r for r in reports if "bans" in GEORGIA_FROM_WASHINGTON[r.trigger_start : r.trigger_end]
    ]
    assert bans and all(r.location is not None and r.location.country == "USA" for r in bans)
