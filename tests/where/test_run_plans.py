"""Run plans are read once per distinct run; what depends on the context is read every time."""

from __future__ import annotations

from eventwire.analyse.sentences import split_sentences
from eventwire.where import Gazetteer
from eventwire.where.lexicon import load_lexicon
from eventwire.where.run_plans import EMPTY_PLAN, plan_memo, plan_run
from eventwire.where.toponyms import find_toponyms

_TEXTS = [
    "Lincoln spoke on Monday. Later, troops arrived in Lincoln and left for Omaha.",
    "The city of Aslanduz lies near the Azerbaijan border. Aslanduz is small.",
    "Iranian President Hassan Rouhani visited northwestern Ardabil. Rouhani said it was calm.",
    "Officials met in Springfield, Illinois. The U.S. Army and St. Petersburg Police agreed.",
]


def _reading(text: str, gazetteer: Gazetteer) -> list[tuple]:
    return [
        (
            t.start,
            t.end,
            t.text,
            t.kind_hint,
            t.locative,
            t.direction,
            t.border,
            t.tentative,
            t.facility,
            t.demonym,
            tuple(c.index for c in t.candidates),
            tuple(t.qualifiers),
        )
        for t in find_toponyms(text, split_sentences(text), gazetteer)
    ]


def test_warm_plans_read_like_fresh_ones(gazetteer: Gazetteer) -> None:
    memo = plan_memo(gazetteer, load_lexicon())
    memo.clear()
    fresh = [_reading(text, gazetteer) for text in _TEXTS]
    assert memo  # the runs were planned ...
    assert [_reading(text, gazetteer) for text in _TEXTS] == fresh  # ... and reused alike
    assert any(fresh)


def test_context_is_read_per_occurrence(gazetteer: Gazetteer) -> None:
    lincolns = [t for t in _reading(_TEXTS[0], gazetteer) if t[2] == "Lincoln"]
    # One plan for both runs "Lincoln", but only the second has a locative before it.
    assert [(t[4], t[7]) for t in lincolns] == [(None, True), ("in", False)]
    aslanduz = [t for t in _reading(_TEXTS[1], gazetteer) if t[2] == "Aslanduz"]
    assert [t[3] for t in aslanduz] == ["city", None]  # the second has no "city of" cue
    azerbaijan = [t for t in _reading(_TEXTS[1], gazetteer) if t[2] == "Azerbaijan"]
    assert azerbaijan and azerbaijan[0][6]  # "border" after it


def test_plans_of_common_words(gazetteer: Gazetteer) -> None:
    lexicon = load_lexicon()
    assert plan_run("Monday ", 6, False, gazetteer, lexicon) is EMPTY_PLAN
    iranian = plan_run("Iranian ", 7, False, gazetteer, lexicon)
    assert [d.country for d in iranian.demonyms] == ["IRN"] and not iranian.names
    person = plan_run("Hassan Rouhani ", 14, False, gazetteer, lexicon)
    assert person.surname == "Rouhani" and not person.names
    county = plan_run("Ardabil province.", 7, False, gazetteer, lexicon)
    assert [(n.text, n.kind_hint) for n in county.names] == [("Ardabil", "admin1")]
