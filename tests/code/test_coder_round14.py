"""Kinds fixed in round 14, found by reading whole articles: the subject of a coordinated
second verb, the owner of an object noun as the target, "drawing a rebuke from X", and
international missions named after their host country."""

from __future__ import annotations

import pytest

from eventwire.analyse.tokens import tokenize
from eventwire.code.coordination import is_coordinated_verb
from eventwire.pipeline import Resources
from eventwire.read.inputs import RawDocument
from eventwire.stages import RAW_STAGES, analyse_document


@pytest.fixture(scope="module")
def resources():
    return Resources()


def coded(text: str, resources) -> list[tuple]:
    document = RawDocument(
        id="t", content=text, raw_format="text", origin="t", published="2000-01-01"
    )
    article = analyse_document(document, resources, stages=RAW_STAGES)
    return [
        (r.cameo, r.source and r.source.actor.code, r.target and r.target.actor.code)
        for r in article.reports
    ]


def by_root(reports: list[tuple], root: str) -> list[tuple]:
    return [report for report in reports if report[0].startswith(root)]


@pytest.mark.parametrize(
    ("text", "anchor_word", "expected"),
    [
        ("Belarus expelled a diplomat and closed the consulate.", "closed", True),
        ("Belarus expelled a diplomat and then closed the consulate.", "closed", True),
        ("Belarus expelled a diplomat, closed the consulate.", "closed", False),
        ("Belarus closed the consulate.", "closed", False),
    ],
)
def test_coordinated_verb_is_found_after_and(text, anchor_word, expected):
    tokens = tokenize(text, 0, len(text))
    anchor = next(i for i, token in enumerate(tokens) if token.lower == anchor_word)
    assert is_coordinated_verb(tokens, anchor) is expected


def test_second_verb_shares_the_first_verbs_subject(resources):
    reports = coded(
        "Ukraine's Foreign Ministry condemned the attack as an act of terror against civilians "
        "and called on partners to supply more air defence systems.",
        resources,
    )
    appeals = by_root(reports, "02")
    assert appeals and all(
        source.startswith("UKR") and "CVL" not in source for _, source, _ in appeals
    )


def test_object_of_first_verb_is_not_subject_of_second(resources):
    reports = coded(
        "Kosovo's government accused Belgrade of threatening the peace and demanded that "
        "Serbia withdraw the troops.",
        resources,
    )
    demands = by_root(reports, "10")
    assert demands and all(source.startswith("XKX") for _, source, _ in demands)


def test_actor_right_before_and_stays_the_subject(resources):
    reports = coded("Serbia and Kosovo met in Brussels and agreed to resume talks.", resources)
    assert {source[:3] for _, source, _ in by_root(reports, "03")} >= {"SRB", "XKX"}


def test_owner_of_the_object_is_the_target(resources):
    reports = coded("Belarus closed Poland's consulate in Grodno on Thursday.", resources)
    assert ("161", "BLR", "POL") in [(c, s[:3], t[:3]) for c, s, t in by_root(reports, "16")]


def test_rebuke_drawn_comes_from_the_from_actor(resources):
    reports = coded(
        "Philippine troops held a large exercise with Japan on Tuesday, drawing a sharp "
        "rebuke from Beijing.",
        resources,
    )
    rebukes = by_root(reports, "11")
    assert rebukes and all(source.startswith("CHN") for _, source, _ in rebukes)
    assert all(target is None or not target.startswith("CHN") for _, _, target in rebukes)


def test_au_mission_in_somalia_is_the_african_union(resources):
    reports = coded(
        "The African Union Support and Stabilisation Mission in Somalia (AUSSOM) condemned "
        "the bombing in Mogadishu.",
        resources,
    )
    assert reports and all(source == "IGOAU" for _, source, _ in by_root(reports, "11"))


def test_caricom_is_an_organisation(resources):
    reports = coded("CARICOM leaders condemned the Venezuelan law.", resources)
    assert ("IGOCARICOM", "VEN") in [(s, t) for _, s, t in by_root(reports, "11")]
