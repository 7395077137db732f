"""The CAMEO and PLOVER tables, and user lexicon files that add to or override the package's."""

from __future__ import annotations

import pytest
from coder_helpers import triples

from eventwire.code.knowledge import KnowledgeFileError, load_knowledge
from eventwire.code.ontology import UnknownEventCode, cameo
from eventwire.evaluate.coding import plover_type


def test_ontology_plover_rule():
    assert cameo("19").plover_event == "ASSAULT"
    assert cameo("010").plover_event is None
    assert cameo("0311").plover_event == "AGREE"
    with pytest.raises(UnknownEventCode, match="did you mean '07'"):
        cameo("7")


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("0233", None),
        ("010", None),
        ("163", "COERCE"),
        ("1712", "ASSAULT"),
        ("0841", "RETREAT"),
        ("195", "ASSAULT"),
        ("14", "PROTEST"),
    ],
)
def test_plover_type(code, plover):
    assert plover_type(code) == plover


def test_user_pattern_override_changes_result(tmp_path):
    patterns = tmp_path / "mine.txt"
    patterns.write_text("195\tverb\tattack\tviolent,nosource\n", encoding="utf-8")
    custom = load_knowledge(extra_pattern_files=[patterns])
    assert ("195", "RUS", "UKR") in triples("Russia attacked Ukraine.", custom)
    actors = tmp_path / "actors.txt"
    actors.write_text("name\tXYZ\tFreedonia\n", encoding="utf-8")
    with_actor = load_knowledge(extra_actor_files=[actors])
    assert ("190", "XYZ", "UKR") in triples("Freedonia attacked Ukraine.", with_actor)


def test_bad_knowledge_line_is_named(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("190\tverbs\tattack\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match=r"bad.txt:1: expected"):
        load_knowledge(extra_pattern_files=[bad])
