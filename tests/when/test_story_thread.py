"""Report dates that follow (or must not follow) the thread of an article's story: an act
gone on with after undated detail, a definite noun across a paragraph break, the to-clause of
an appeal, a noun that is the subject of a standing perfect, and the year a bare month takes
in an article without a publication date."""

from __future__ import annotations

import datetime as dt

from test_reports import build, dates

from eventwire.analyse.sentences import split_sentences
from eventwire.when import date_reports, find_date_mentions

SATURDAY = dt.date(2024, 6, 15)


def _coded(text: str, triggers: list[tuple[str, str, str]], published=SATURDAY):
    """An article whose reports carry the given CAMEO codes: (word, modality, cameo)."""
    article = build(text, [(word, modality) for word, modality, _ in triggers], published)
    for report, (_, _, cameo) in zip(article.reports, triggers, strict=True):
        report.cameo = cameo
    date_reports(article)
    return dates(article)


def test_an_act_after_a_sentence_of_undated_detail_goes_on_with_the_lead():
    text = (
        "Twelve people were killed when border guards exchanged fire on Friday near the "
        "village, officials said on Saturday.\n"
        "According to the border service, the dead included eight servicemen. The service "
        "said the other side opened fire first, using mortars."
    )
    found = _coded(
        text, [("exchanged fire", "asserted", "190"), ("opened fire", "asserted", "190")]
    )
    assert found[1] == ("2024-06-14", "day", "relative")


def test_an_act_of_another_family_does_not_go_on_with_the_lead():
    text = (
        "Border guards exchanged fire on Friday near the village.\n"
        "According to the border service, the dead included eight servicemen. The ministry "
        "condemned the shooting and summoned the ambassador."
    )
    found = _coded(text, [("exchanged fire", "asserted", "190"), ("summoned", "asserted", "114")])
    assert found[1] == ("2024-06-15", "day", "publication")


def test_a_date_told_in_between_ends_the_thread():
    text = (
        "Border guards exchanged fire on Friday near the village.\n"
        "Parliament passed a border law on Tuesday. Troops opened fire again, residents said."
    )
    found = _coded(
        text, [("exchanged fire", "asserted", "190"), ("opened fire", "asserted", "190")]
    )
    assert found[1] != ("2024-06-14", "day", "relative")


def test_a_definite_noun_across_a_paragraph_break_needs_its_antecedent():
    text = (
        "Police detained 37 people overnight, including two party leaders.\n"
        "Parliament passed the law on Tuesday. The president signed it on Thursday.\n"
        "The EU's foreign policy chief condemned the crackdown.\n"
        "The United States criticised the arrests and urged the authorities to respect the "
        "right to peaceful assembly."
    )
    found = _coded(text, [("urged", "asserted", "020")])
    assert found[0] == ("2024-06-15", "day", "publication")


def test_a_definite_noun_naming_the_dated_act_still_takes_its_date():
    text = (
        "Police arrested 37 people on Thursday, including two party leaders.\n"
        "The ministry said officers were injured. The United States criticised the arrests "
        "and urged restraint."
    )
    found = _coded(text, [("urged", "asserted", "020")])
    assert found[0] == ("2024-06-13", "day", "relative")


def test_an_old_date_in_the_to_clause_of_an_appeal_is_the_wanted_acts():
    text = (
        "The envoy called on both sides to return to talks and to implement the agreements "
        "they reached in February 2023 in Brussels."
    )
    for modality in ("asserted", "historical"):
        found = _coded(text, [("called on", modality, "020")])
        assert found[0] == ("2024-06-15", "day", "publication")


def test_a_recent_day_after_an_appeal_may_still_be_its_own():
    text = "The envoy urged both sides to show restraint on Thursday."
    assert _coded(text, [("urged", "asserted", "020")])[0] == ("2024-06-13", "day", "relative")


def test_a_date_of_a_non_appeal_after_a_to_clause_is_kept():
    text = "Troops crossed the river to attack the town in February 2023."
    found = _coded(text, [("attack", "asserted", "190")])
    assert found[0] == ("2023-02", "month", "explicit")


def test_a_nominal_trigger_that_is_the_subject_of_a_standing_perfect_is_no_event():
    for text in (
        "Fighting between the two groups has displaced more than 1.5 million people since 2017.",
        "Fighting between the army and the RSF since April 2023 has killed tens of thousands.",
        "The ADF has killed thousands of civilians in eastern Congo over the past decade.",
    ):
        trigger = "killed" if "ADF" in text else "Fighting"
        value, precision, basis = _coded(text, [(trigger, "historical", "190")])[0]
        assert value is None and basis == "unknown", text


def test_a_dated_nominal_trigger_without_a_perfect_keeps_its_date():
    text = "Fighting between the two groups in 2017 displaced more than a million people."
    assert _coded(text, [("Fighting", "historical", "190")])[0] == ("2017", "year", "explicit")


def _month_year(text: str) -> str | None:
    mentions = find_date_mentions(text, split_sentences(text), None)
    june = next(m for m in mentions if m.text == "June")
    return june.resolution.iso()


def test_the_start_of_a_standing_situation_lends_no_year_to_a_bare_month():
    text = (
        "The Council demanded in June that the siege end. Fighting since April 2023 has "
        "killed tens of thousands."
    )
    assert _month_year(text) is None


def test_a_told_day_still_lends_its_year_to_a_bare_month():
    assert _month_year("Workers struck on 15 April 2023 and marched again in June.") == "2023-06"
