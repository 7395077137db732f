"""Story clustering against ECB+ (read from ../shared at run time)."""

from __future__ import annotations

import pytest

from eventwire.evaluate.clustering import (
    bcubed,
    cluster_records,
    evaluate_clustering,
    pairwise,
    records_to_articles,
    staged_dates,
)


def test_scores_on_a_hand_made_clustering():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "1", "d": "2"}
    assert bcubed(gold, gold)["f1"] == 1.0
    scores = bcubed(predicted, gold)
    assert scores["precision"] == pytest.approx((2 / 3 * 2 + 1 / 3 + 1) / 4, abs=1e-4)
    assert scores["recall"] == pytest.approx((1 + 1 + 0.5 + 0.5) / 4, abs=1e-4)
    assert pairwise(predicted, gold) == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}


def test_ecbplus_dev_clustering_quality(shared):
    result = evaluate_clustering(shared, splits=("dev",))["dev"]
    assert result["documents"] == 197
    # Measured 0.982 with re-clustering after every 50 articles (seeds 0-2 alike); a drop
    # means a real regression.
    assert result["bcubed"]["f1"] >= FLOOR


FLOOR = 0.95


def test_ecbplus_dev_keeps_long_coverage_together_and_look_alikes_apart(shared):
    # Staged dates: a topic's two happenings a month apart, each covered for three weeks.
    # Measured 0.982 (a window fixed from a story's first article scored 0.904 here).
    result = evaluate_clustering(shared, splits=("dev",), dates="staged")["dev"]
    assert result["bcubed"]["f1"] >= FLOOR


def test_staged_dates_set_a_topic_s_happenings_a_month_apart():
    records = [
        {"id": f"{topic}_{n}{subtopic}", "topic": topic, "subtopic": subtopic}
        for topic in (1, 2)
        for subtopic in ("ecb", "ecbplus")
        for n in range(20)
    ]
    days = staged_dates(records)
    for topic in (1, 2):
        first = [days[f"{topic}_{n}ecb"] for n in range(20)]
        second = [days[f"{topic}_{n}ecbplus"] for n in range(20)]
        assert (max(first) - min(first)).days <= 21
        assert 30 <= (min(second) - min(first)).days <= 51
    assert min(days[f"2_{n}ecb"] for n in range(20)) > max(days[f"1_{n}ecbplus"] for n in range(20))


def test_unknown_dates_mode_is_refused_with_the_choices():
    with pytest.raises(ValueError) as error:
        cluster_records(RECORDS, dates="real")
    assert str(error.value) == "unknown dates 'real'; choose one of: found, staged"


RECORDS = [
    {
        "id": "quake-1",
        "text": "A magnitude 6.1 earthquake struck Aceh in Indonesia on Tuesday.\n"
        "Rescuers in Aceh pulled 33 survivors from collapsed homes near Takengon.",
    },
    {
        "id": "quake-2",
        "text": "Rescuers pulled 33 survivors from homes in Takengon after the Aceh quake.\n"
        "The magnitude 6.1 earthquake shook Indonesia's Aceh province.",
    },
    {
        "id": "rehab-1",
        "text": "Actress Tara Reid checked into the Promises rehab centre in Malibu.\n"
        "Tara Reid's publicist confirmed the stay at Promises on Friday.",
    },
    {
        "id": "rehab-2",
        "text": "Tara Reid has entered Promises, the Malibu rehab centre, her publicist said.\n"
        "Reid checked into Promises for treatment.",
    },
]


def test_raw_analysis_gives_the_story_step_analysed_articles():
    articles = records_to_articles(RECORDS, "raw")
    assert sorted(articles) == ["quake-1", "quake-2", "rehab-1", "rehab-2"]
    assert any(mention.kind == "place" for mention in articles["quake-1"].mentions)
    assert all(not article.mentions for article in records_to_articles(RECORDS).values())


@pytest.mark.parametrize("analysis", ["text", "raw", "pipeline"])
def test_every_analysis_mode_separates_two_happenings(analysis):
    assigned = cluster_records(RECORDS, analysis=analysis)
    assert assigned["quake-1"] == assigned["quake-2"]
    assert assigned["rehab-1"] == assigned["rehab-2"]
    assert assigned["quake-1"] != assigned["rehab-1"]


def test_unknown_analysis_mode_is_refused_with_the_choices():
    with pytest.raises(ValueError) as error:
        records_to_articles(RECORDS, "spacy")
    assert str(error.value) == "unknown analysis 'spacy'; choose one of: text, raw, pipeline"
