"""Dating reports from the date mentions around their triggers (hand-built articles)."""

from __future__ import annotations

import datetime as dt

from eventwire.analyse.sentences import split_sentences
from eventwire.model import Article, DateValue, Found, Report
from eventwire.when import date_reports, find_date_mentions

STORY_TEXT = (
    "Tehran staged a joint drill with Baku's special forces Sunday near the border.\n"
    "The exercise follows a naval exercise held less than a month ago in the Caspian.\n"
    "Ties had soured since January 2023 after a gunman attacked the embassy and killed a guard.\n"
    "The incident led Baku to close its embassy.\n"
    "The embassy reopened in July 2024.\n"
    "Officials praised the cooperation."
)


def build(text: str, triggers: list[tuple[str, str]], published: dt.date | None) -> Article:
    """An article whose reports are triggered by the given words (first occurrence each)."""
    found = None
    if published is not None:
        found = Found(DateValue(published, "day", "explicit", "test"), "input field")
    article = Article(id="doc", raw=text, raw_format="text", fingerprint="f", text=text)
    article.published = found
    article.sentences = split_sentences(text)
    article.mentions = find_date_mentions(text, article.sentences, found)
    for index, (word, modality) in enumerate(triggers):
        start = text.index(word)
        sentence = next(s for s in article.sentences if s.start <= start < s.end)
        article.reports.append(
            Report(
                "doc",
                sentence.index,
                sentence.start,
                sentence.end,
                "042",
                None,
                None,
                start,
                start + len(word),
                modality=modality,
                index=index,
            )  # fmt: skip
        )
    return article


def dates(article: Article) -> list[tuple[str | None, str, str]]:
    date_reports(article)
    return [(r.date.iso(), r.date.precision, r.date.basis) for r in article.reports]


TRIGGERS = [
    ("staged", "asserted"),
    ("held less", "asserted"),
    ("attacked", "historical"),
    ("close", "historical"),
    ("reopened", "asserted"),
    ("praised", "asserted"),
]


def test_reports_take_the_dates_their_clauses_state():
    article = build(STORY_TEXT, TRIGGERS, dt.date(2024, 11, 25))
    assert dates(article) == [
        ("2024-11-24", "day", "relative"),
        ("2024-10", "month", "relative"),
        ("2023-01", "month", "explicit"),
        ("2023-01", "month", "explicit"),
        ("2024-07", "month", "explicit"),
        ("2024-11-25", "day", "publication"),
    ]
    assert article.reports[3].date.reason.startswith("inherited from the previous sentence")
    assert "publication date 2024-11-25" in article.reports[5].date.reason


def test_without_publication_date_relative_dates_stay_unknown_with_their_expression():
    article = build(STORY_TEXT, TRIGGERS, None)
    result = dates(article)
    assert result[0] == (None, "unknown", "unknown")
    assert article.reports[0].date.expression is not None
    assert article.reports[0].date.expression["type"] == "weekday"
    assert result[2] == ("2023-01", "month", "explicit")
    assert result[5] == (None, "unknown", "unknown")


def test_a_story_anchor_gives_relative_dates_basis_story():
    article = build(STORY_TEXT, TRIGGERS, None)
    story = Found(DateValue(dt.date(2024, 11, 25), "day", "story", "from its story"), "story")
    article.published = story
    article.mentions = find_date_mentions(article.text, article.sentences, story)
    assert dates(article)[:2] == [("2024-11-24", "day", "story"), ("2024-10", "month", "story")]


def test_historical_report_without_a_date_is_unknown_not_the_publication_date():
    text = "Rebels once ruled the valley.\nThe army shelled the town."
    article = build(text, [("ruled", "historical"), ("shelled", "asserted")], dt.date(2024, 1, 9))
    assert dates(article) == [(None, "unknown", "unknown"), ("2024-01-09", "day", "publication")]


def test_the_date_in_the_same_clause_wins_over_a_nearer_one_across_a_boundary():
    text = (
        "The army withdrew on Tuesday; the rebels had taken the town on 3 March 2023, "
        "officials said."
    )
    article = build(text, [("withdrew", "asserted"), ("taken", "historical")], dt.date(2024, 5, 2))
    assert dates(article) == [("2024-04-30", "day", "relative"), ("2023-03-03", "day", "explicit")]


def test_weekday_year_inference_uses_the_other_years_of_the_article():
    text = (
        "Relations had been tense since 2023.\n"
        "On Monday, November 25, the two armies began exercises.\n"
        "On November 24, a delegation crossed the border."
    )
    article = build(text, [("began", "asserted"), ("crossed", "asserted")], None)
    assert dates(article) == [("2024-11-25", "day", "explicit"), ("2024-11-24", "day", "explicit")]
    assert "is a Monday in 2024" in article.reports[0].date.reason


def test_no_reports_no_work():
    article = build("Nothing happened on Sunday.", [], dt.date(2024, 1, 9))
    date_reports(article)
    assert article.reports == []


def test_a_follow_up_sentence_takes_the_day_its_paragraph_stated():
    text = ("A missile struck the city on Saturday, killing six people. Four missiles hit the "
            "district within minutes.\nOfficials condemned the strike.")  # fmt: skip
    article = build(text, [("hit", "asserted"), ("condemned", "asserted")], dt.date(2024, 11, 17))
    date_reports(article)
    follow_up, reaction = sorted(article.reports, key=lambda r: r.sentence)
    assert (follow_up.date.iso(), follow_up.date.basis) == ("2024-11-16", "relative")
    assert "previous sentence of its paragraph" in follow_up.date.reason
    assert reaction.date.basis == "publication"  # a new paragraph does not inherit


def test_a_reaction_does_not_inherit_a_background_month():
    text = "Ties broke down in July 2025. The UN urged both sides to talk."
    article = build(text, [("urged", "asserted")], dt.date(2025, 10, 1))
    date_reports(article)
    assert article.reports[0].date.basis == "publication"
