"""Quality gate on our labelled date set, and a smoke run on the shared example articles."""

from __future__ import annotations

import datetime as dt

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate.dating import bench_articles, bench_dating, evaluate_dating, load_gold
from eventwire.model import DateValue, Found
from eventwire.when import find_date_mentions

# Floors: raise them when the scores improve, never lower them silently.
FLOORS = {"date_accuracy": 0.99, "precision_accuracy": 0.99, "basis_accuracy": 0.99}


def test_gold_set_covers_every_kind():
    rows = load_gold()
    assert len(rows) >= 150
    assert len({row["id"] for row in rows}) == len(rows)
    kinds = {(row["precision"], row["basis"]) for row in rows}
    for needed in [("day", "explicit"), ("month", "explicit"), ("year", "explicit"),
                   ("day", "relative"), ("week", "relative"), ("month", "relative"),
                   ("unknown", "unknown"), ("none", "none")]:  # fmt: skip
        assert needed in kinds
    for row in rows:
        assert row["expression"] in row["text"]


def test_dating_scores_stay_above_their_floors():
    scores = evaluate_dating()
    for name, floor in FLOORS.items():
        assert scores[name] >= floor, (name, scores[name], scores["failures"][:5])
    assert scores["trap_false_positives"] == 0


def test_shared_examples_date_their_events(shared):
    paths = sorted((shared / "examples").glob("*.txt"))
    texts = {path.name: path.read_text(encoding="utf-8") for path in paths}
    found = {}
    for text in texts.values():
        mentions = find_date_mentions(text, split_sentences(text), None)
        found.update({m.text: m.resolution for m in mentions})
    assert found["Monday, November 25"].iso() == "2024-11-25"
    assert found["November 24"].iso() == "2024-11-24"
    assert found["January 2023"].iso() == "2023-01"
    assert found["Sunday"].basis == "unknown"
    story = Found(DateValue(dt.date(2024, 11, 25), "day", "story", "story"), "story")
    for text in texts.values():
        for mention in find_date_mentions(text, split_sentences(text), story):
            if mention.text == "Sunday":
                resolution = mention.resolution
                assert (resolution.iso(), resolution.basis) == ("2024-11-24", "story")


def test_bench_articles_are_news_sized_and_get_dated(shared):
    articles = bench_articles(words_per_article=600)[:20]
    words = [len(article.text.split()) for article in articles]
    assert 400 <= sum(words) / len(words) <= 700
    result = bench_dating(articles)
    assert result["articles"] == 20 and result["mentions"] > 0
    assert all(
        report.date.reason != "not dated yet" for a in articles for r in a.reports for report in [r]
    )
