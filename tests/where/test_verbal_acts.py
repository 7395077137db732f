"""Where verbal acts were made, and places detached from a report's act by a clause boundary."""

from __future__ import annotations

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Actor, Article, Participant, Report
from eventwire.where import Gazetteer, find_place_mentions, locate_reports, locate_verbal_acts
from eventwire.where.speaker_place import is_verbal_act


def _article(text: str, gazetteer: Gazetteer) -> Article:
    article = Article(id="v", raw=text, raw_format="text", fingerprint="f", text=text)
    article.sentences = split_sentences(text)
    article.mentions = find_place_mentions(text, article.sentences, gazetteer)
    return article


def _report(article: Article, trigger: str, cameo: str, source: tuple[str, str] | None) -> Report:
    start = article.text.index(trigger)
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    participant = None
    if source is not None:
        name, code = source
        at = article.text.index(name, sentence.start)
        country = code[:3] if code[:3] != "---" else None
        actor = Actor(code, country, code[3:] or None, name)
        participant = Participant(actor, name, at, at + len(name))
    return Report(
        doc_id=article.id,
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        cameo=cameo,
        source=participant,
        target=None,
        trigger_start=start,
        trigger_end=start + len(trigger),
    )


def _located(article: Article, gazetteer: Gazetteer, *reports: Report) -> list[tuple]:
    article.reports = list(reports)
    locate_reports(article, gazetteer)
    locate_verbal_acts(article, gazetteer)  # as the pipeline does, after actor localisation
    return [(r.location.name if r.location else None, r.location_text) for r in article.reports]


def test_verbal_codes_are_told_from_placed_acts() -> None:
    assert [is_verbal_act(code) for code in ("010", "020", "051", "111", "130", "042", "057")] == [
        True,
        True,
        True,
        True,
        True,
        False,  # a visit happens somewhere
        False,  # so does a signing
    ]


def test_a_government_reaction_is_made_in_its_capital_not_where_its_subject_is(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Morocco and Algeria agreed to restore ties after a meeting in Doha hosted by Qatar.\n"
        "Algeria welcomed the decision and praised the role of Qatar."
    )
    article = _article(text, gazetteer)
    welcomed = _report(article, "welcomed", "051", ("Algeria", "DZA"))
    assert _located(article, gazetteer, welcomed) == [("Algiers", None)]


def test_a_reaction_by_a_speaker_without_a_capital_is_unlocated(gazetteer: Gazetteer) -> None:
    text = (
        "A car bomb killed nine people near a training camp in Mogadishu on Saturday.\n"
        "The United Nations and the African Union, Somalia's partners, condemned the bombing."
    )
    article = _article(text, gazetteer)
    condemned = _report(article, "condemned", "111", ("United Nations", "IGOUNO"))
    assert _located(article, gazetteer, condemned) == [(None, None)]


def test_a_cued_place_attached_to_the_speaker_locates_the_statement(gazetteer: Gazetteer) -> None:
    text = (
        "A foreign ministry spokesman in Beijing urged Manila to stop provocations.\n"
        "Police in Nairobi said the suspects had fled towards Mombasa."
    )
    article = _article(text, gazetteer)
    urged = _report(article, "urged", "020", ("foreign ministry spokesman", "CHNGOV"))
    said = _report(article, "said", "010", ("Police in Nairobi", "KENCOP"))
    assert _located(article, gazetteer, urged, said) == [
        ("Beijing", "Beijing"),
        ("Nairobi", "Nairobi"),
    ]


def test_a_place_in_an_appeals_complement_is_not_where_it_was_made(gazetteer: Gazetteer) -> None:
    text = "The EU envoy called on both sides to return to talks in Brussels."
    article = _article(text, gazetteer)
    called = _report(article, "called on", "020", ("EU envoy", "IGOEU"))
    assert _located(article, gazetteer, called) == [(None, None)]


def test_a_place_past_a_clause_boundary_belongs_to_another_event(gazetteer: Gazetteer) -> None:
    text = (
        "The two countries fought five days of clashes that ended with a truce "
        "brokered in Kuala Lumpur.\n"
        "After the attack in Kharkiv, Russian troops shelled Vovchansk."
    )
    article = _article(text, gazetteer)
    clashes = _report(article, "clashes", "190", None)
    shelled = _report(article, "shelled", "195", ("Russian troops", "RUSMIL"))
    located = _located(article, gazetteer, clashes, shelled)
    # The clashes' place is not stated (the truce's is); the shelling's is its object.
    assert located[0][1] is None and located[0][0] != "Kuala Lumpur"
    assert located[1] == ("Vovchansk", "Vovchansk")


def test_a_home_dateline_locates_a_statement_by_a_non_government_speaker(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "LILONGWE, Aug 4 (Wire) - Malawi's main opposition party rejected the result of last "
        "week's vote.\nThe party's leader spoke in Lilongwe."
    )
    article = _article(text, gazetteer)
    rejected = _report(article, "rejected", "120", ("Malawi's main opposition party", "MWIOPP"))
    assert _located(article, gazetteer, rejected) == [("Lilongwe", "LILONGWE")]


def test_before_the_speaker_is_placed_a_verbal_act_keeps_the_place_it_is_about(
    gazetteer: Gazetteer,
) -> None:
    # Actor localisation reads this first location ("the authorities" of Kashmir's state).
    article = _article("Pakistan urged the authorities to end the curfew in Kashmir.", gazetteer)
    article.reports = [_report(article, "urged", "020", ("Pakistan", "PAK"))]
    locate_reports(article, gazetteer)
    assert article.reports[0].location_text == "Kashmir"
    locate_verbal_acts(article, gazetteer)
    assert article.reports[0].location_text is None  # said in Islamabad, inferred
    assert article.reports[0].location.country == "PAK"
