"""docs/output.md is the contract: every key it lists is in the output, and every output key
is documented there."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from eventwire.model import (
    Actor,
    Article,
    Conflict,
    ConflictValue,
    DateValue,
    Event,
    Participant,
    Place,
    Report,
    Sentence,
    Story,
)
from eventwire.output import article_to_json, event_to_json, report_to_json, story_to_json

DOC = (Path(__file__).parents[1] / "docs" / "output.md").read_text()


def documented_keys(heading: str) -> set[str]:
    """Keys in the first column of the table under ``heading``."""
    section = DOC.split(heading, 1)[1]
    table = re.search(r"\n\|.*?\n(?:\|.*\n)+", section)
    assert table, heading
    keys: set[str] = set()
    for line in table.group(0).strip().splitlines()[2:]:
        first_cell = line.split("|")[1]
        keys.update(re.findall(r"`([a-z_]+)`", first_cell))
    return keys


TEXT = "Iran and Azerbaijan held a joint drill in Ardabil on Sunday."
IRN = Actor("IRNMIL", "IRN", "MIL", "IRGC")
AZE = Actor("AZEMIL", "AZE", "MIL", "Azerbaijani army")
PLACE = Place("Ardabil", 38.25, 48.29, "IRN", "Ardabil", "admin1")
REPORT = Report(
    "a",
    0,
    0,
    len(TEXT),
    "062",
    Participant(IRN, "Iran", 0, 4),
    Participant(AZE, "Azerbaijan", 9, 19),
    26,
    37,
    date=DateValue(dt.date(2024, 11, 24), "day", "relative", "'Sunday'"),
    location=PLACE,
    location_text="Ardabil",
)


def test_event_keys_match_the_docs():
    event = Event(
        "e",
        "s",
        "062",
        IRN,
        AZE,
        REPORT.date,
        PLACE,
        [REPORT],
        2,
        [Conflict("date", (ConflictValue("2024-11-24", ("a",)),))],
        0.9,
        "v",
    )
    assert set(event_to_json(event, {"a": TEXT})) == documented_keys("## Events")


def test_report_keys_match_the_docs():
    assert set(report_to_json(REPORT, TEXT)) == documented_keys("### Reports")


def test_story_keys_match_the_docs():
    story = Story("s", "t", ["a"], dt.date(2024, 11, 25), dt.date(2024, 11, 25), ["e"])
    assert set(story_to_json(story)) == documented_keys("## Stories")


def test_analyzed_article_keys_match_the_docs():
    article = Article(
        "a", TEXT, "text", "f", text=TEXT, sentences=[Sentence(0, 0, len(TEXT))], reports=[REPORT]
    )
    assert set(article_to_json(article)) == documented_keys("## Analysed articles")
