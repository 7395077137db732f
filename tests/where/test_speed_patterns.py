"""The patterns and pre-checks rewritten for speed find exactly what the plain forms found.

Each reference below is the straightforward pattern the faster one replaced; texts are built
from the words the patterns look for, case variants, punctuation, and the letters that regular
expressions fold specially under IGNORECASE ("ſ" for "s", "ı"/"İ" for "i", the Kelvin sign).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.where import place_facts, runs, speaker_place

_REFERENCE_RUN_WORD = (
    r"(?<![\w'’.-])(?:(?:St|Ste|Ft|Mt)\.(?= [A-Z])"
    r"|[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][^\W_]*(?:[-'’.][^\W_]+)*)"
)
_CONNECTORS = "|".join(sorted(runs.CONNECTORS))
REFERENCE = {
    "capitalised run": (
        re.compile(
            _REFERENCE_RUN_WORD + rf"(?:(?: (?:{_CONNECTORS})){{0,2}} {_REFERENCE_RUN_WORD})*"
        ),
        runs.CAPITALISED_RUN,
    ),
    "clause boundary": (
        re.compile(
            r"\b(?:that|which|who|whom|whose|where|when|while|after|before|until|because|"
            r"although|though|whereas)\b|;",
            re.IGNORECASE,
        ),
        speaker_place._BOUNDARY_BETWEEN,
    ),
    "reduced relative": (
        re.compile(
            r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)(?<!\bbe)"
            r"\s(?:held|detained|jailed|imprisoned|captured|kidnapped|stationed|deployed|based|"
            r"born|living|trapped|stranded|known\s+for\s+[a-z]+(?:\s+[a-z]+)?)\s+"
            r"(?:in|at|near|inside)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        speaker_place._REDUCED_RELATIVE_BEFORE,
    ),
    "fronted subordinator": (
        re.compile(
            r"\b(?:after|following|before|when|while|since|despite|as|once|until|which|who"
            r"|whose)\b",
            re.IGNORECASE,
        ),
        speaker_place._FRONTED_SUBORDINATOR,
    ),
    "locative cue": (
        re.compile(
            r"\b(?:in|at|near|outside|inside|on the outskirts of|took place in|held in|based in)"
            r"\s+(?:the\s+)?(?:(?:city|town|village|province|district|region|state|county)"
            r"\s+of\s+)?(?:[a-z]+ern\s+|central\s+)?$",
            re.IGNORECASE,
        ),
        place_facts._LOCATIVE_BEFORE,
    ),
}

_PIECES = [
    " ", "  ", "\n", ", ", "; ", ".", "-", "'", "’", "St", "Ste", "Ft", "Mt", ". ", "of", "de",
    "al", "and", "the", "The", "in", "IN", "ın", "İn", "at", "near", "inside", "outside",
    "outskirts", "on the outskirts of", "took place in", "held", "based", "was", "were", "been",
    "is", "be", "detained", "known for", "city", "province", "of ", "northern", "central",
    "that", "which", "WHICH", "whıch", "who", "whose", "after", "although", "ſince", "since",
    "as", "once", "despite", "until", "Until", "because", "whereas", "though", "where", "when",
    "while", "before", "following", "whom", "jailed", "stationed", "born", "living", "trapped",
    "town", "county", "eastern", "based in", "held in",
    "between", "Iran", "Tehran", "Ardabil", "Bileh-Savar", "Kelvin",
    "\u212a", "Élysée", "Łódź", "x", "_", "1", "Z",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


def _found(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, start)]


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=8))
def test_rewritten_patterns_find_what_the_plain_forms_found(text: str, start: int) -> None:
    start = min(start, len(text))
    for name, (reference, rewritten) in REFERENCE.items():
        assert _found(rewritten, text, start) == _found(reference, text, start), name


@settings(max_examples=400, deadline=None)
@given(texts)
def test_pre_checks_never_skip_a_match(text: str) -> None:
    reduced, _ = REFERENCE["reduced relative"]
    locative, _ = REFERENCE["locative cue"]
    if reduced.search(text[-80:]):
        assert speaker_place._may_end_reduced_relative(text)
    if locative.search(text):
        assert place_facts._may_end_locative(text)


def test_pre_checks_turn_away_what_ends_without_a_cue() -> None:
    assert not place_facts._may_end_locative("officials said ")
    assert not place_facts._may_end_locative("clashes in")  # no space before the name
    assert place_facts._may_end_locative("clashes in northern ")
    assert not speaker_place._may_end_reduced_relative("the talks and ")
    assert speaker_place._may_end_reduced_relative("businessmen held in the ")
