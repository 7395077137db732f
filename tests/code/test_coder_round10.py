"""Kinds fixed in round 10: intents told by consensus and concessions, protests called off,
renewed demands, gaps that cross a modal verb, "armed with", far passive accusers, named
armed groups and a country's own supreme court."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Resources
from eventwire.read.inputs import RawDocument
from eventwire.stages import RAW_STAGES, analyse_document


@pytest.fixture(scope="module")
def resources():
    return Resources()


def coded(text: str, resources) -> set[tuple]:
    document = RawDocument(
        id="t", content=text, raw_format="text", origin="t", published="2000-01-01"
    )
    article = analyse_document(document, resources, stages=RAW_STAGES)
    return {
        (r.cameo[:2], r.source and r.source.actor.code, r.target and r.target.actor.code)
        for r in article.reports
    }


def roots(text: str, resources) -> set[str]:
    return {root for root, _, _ in coded(text, resources)}


@pytest.mark.parametrize(
    ("text", "expected_root"),
    [
        # A consensus or concession announced is an intent (03x), not the act itself.
        ("Chile and Bolivia reached a consensus to resume talks on gas exports on Monday.", "03"),
        ("A Peruvian envoy offered concessions to Ecuador on the border dispute.", "03"),
        # Protesters agreeing to call off their march give ground: an intent to yield.
        ("Serbian opposition leaders agreed to postpone the rally in Belgrade.", "03"),
        # A demand renewed as a noun frames the act demanded.
        (
            "Amnesty International renewed its demand that Egypt release the detained reporters.",
            "10",
        ),
        # A refusal to let people in is a rejection.
        ("Malawi was still refusing entry to Zimbabwean migrants, police said.", "12"),
    ],
)
def test_framed_phrasings(text, expected_root, resources):
    assert expected_root in roots(text, resources)


def test_modal_ends_a_gap(resources):
    # "forces must ensure … to" holds no coercion ("force … to"): the speaker demands.
    found = coded("The ICRC said Syrian forces must ensure safe passage to the clinics.", resources)
    assert not any(root == "17" for root, _, _ in found)
    assert any(root == "10" for root, _, _ in found)


def test_armed_with_is_not_arming(resources):
    found = roots("Gunmen armed with rifles attacked a bus carrying Kenyan civilians.", resources)
    assert "07" not in found
    assert "18" in found


def test_far_accuser_of_passive_accusation(resources):
    text = (
        "The former Malian minister has been accused of diverting public funds, much of it "
        "meant for schools, by Senegalese officials."
    )
    assert ("11", "SENGOV", "MLIGOV") in coded(text, resources)


def test_near_by_phrase_is_not_replaced(resources):
    text = "The Nigerian senator was accused by Ghanaian officials of smuggling gold."
    assert ("11", "GHAGOV", "NGALEG") in coded(text, resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNITA fighters attacked Angolan soldiers near Huambo.", ("19", "AGOREB", "AGOMIL")),
        ("Kenya's Supreme Court rejected the opposition's petition.", ("12", "KENJUD", "KENOPP")),
    ],
)
def test_named_bodies(text, expected, resources):
    source_roots = {(root, source) for root, source, _ in coded(text, resources)}
    assert expected[:2] in source_roots
