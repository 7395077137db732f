"""Casualty and arrest counts stated in a sentence ("killed one diplomat", "three wounded")."""

from __future__ import annotations

import re

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "dozens": 24,
    "hundreds": 200,
    "dozen": 12,
    "hundred": 100,
    "thousands": 2000,
}
_OUTCOMES = {
    "killed": "killed",
    "dead": "killed",
    "died": "killed",
    "deaths": "killed",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "injuring": "injured",
    "wounding": "injured",
    "killing": "killed",
    "arrested": "arrested",
    "detained": "arrested",
}
_NUMBER = (
    r"(\d{1,6}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|dozens|dozen|hundreds|hundred|thousands)"
)
_OUTCOME = r"(killed|dead|died|wounded|injured|hurt|killing|wounding|injuring|arrested|detained)"
# Bounded gaps ({0,3} words of at most 20 letters) keep matching linear.
_NUMBER_FIRST = re.compile(
    rf"\b{_NUMBER}(?:\s+[a-z-]{{1,20}}){{0,3}}?\s+(?:were\s+|was\s+|have\s+been\s+)?{_OUTCOME}\b"
)
_OUTCOME_FIRST = re.compile(rf"\b{_OUTCOME}\s+(?:at\s+least\s+|some\s+|about\s+)?{_NUMBER}\b")


def find_counts(sentence_text: str) -> dict[str, int]:
    """Counts of people killed, injured or arrested that a sentence states."""
    lower = sentence_text.lower()[:5000]
    counts: dict[str, int] = {}
    for pattern, number_group, outcome_group in ((_OUTCOME_FIRST, 2, 1), (_NUMBER_FIRST, 1, 2)):
        for match in pattern.finditer(lower):
            outcome = _OUTCOMES[match.group(outcome_group)]
            if outcome in counts:
                continue
            number = _to_int(match.group(number_group))
            if number is not None:
                counts[outcome] = number
    return counts


def _to_int(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)
