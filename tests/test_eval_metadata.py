"""The metadata evaluation: its scoring rules on hand-made outcomes, and a run on real pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.evaluate.metadata import (
    PageOutcome,
    evaluate_metadata,
    gold_date,
    normalise_title,
    outlet_matches,
    score_dates,
    score_titles,
    title_token_f1,
)


def outcome(**values) -> PageOutcome:
    fields = dict.fromkeys(PageOutcome.__dataclass_fields__)
    return PageOutcome(**(fields | values))


def test_title_normalisation_ignores_case_quotes_and_spacing() -> None:
    assert normalise_title("  The EU’s  Green\u00adDeal — NOW ") == normalise_title(
        "the eu's greendeal - now"
    )
    assert normalise_title(None) == ""


def test_title_token_f1() -> None:
    assert title_token_f1("Rebels seize the town", "Rebels seize the town") == 1.0
    assert title_token_f1("Rebels seize town", "Rebels seize town - Daily Post") == pytest.approx(
        2 * (3 / 5) * 1.0 / (3 / 5 + 1.0)
    )
    assert title_token_f1("Rebels seize town", None) == 0.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2019-06-19", dt.date(2019, 6, 19)), ("2019-6-1", dt.date(2019, 6, 1)),
     ("2019-02-30", None), ("", None), (None, None)],
)  # fmt: skip
def test_gold_date(value: str | None, expected: dt.date | None) -> None:
    assert gold_date(value) == expected


def test_outlet_matches_host_and_name() -> None:
    assert outlet_matches("Reuters", "reuters.com")
    assert outlet_matches("the Guardian", "theguardian.com")
    assert not outlet_matches("Nature", None)
    assert not outlet_matches("Salon", "reuters.com")


def test_date_scores_split_coverage_precision_and_method() -> None:
    day = dt.date(2022, 5, 3)
    outcomes = [
        outcome(gold_date=day, published=day, published_how="date line"),
        outcome(gold_date=day, published=dt.date(2022, 5, 4), published_how="url"),
        outcome(gold_date=day),
        outcome(published=day, published_how="date line"),  # no gold: not scored
    ]
    scores = score_dates(outcomes)
    assert (scores["pages"], scores["coverage"], scores["precision"]) == (3, 2 / 3, 0.5)
    assert scores["accuracy"] == pytest.approx(1 / 3)
    assert scores["by_how"] == {
        "date line": {"found": 1, "right": 1},
        "url": {"found": 1, "right": 0},
    }
    assert scores["given_without_gold"] == 1


def test_title_scores_count_missing_titles_as_wrong() -> None:
    scores = score_titles(
        [outcome(gold_title="A B", title="a  b"), outcome(gold_title="A B"), outcome(title="x")]
    )
    assert (scores["pages"], scores["exact"], scores["coverage"]) == (2, 0.5, 0.5)


def test_evaluation_runs_on_first_pages(shared: Path) -> None:
    results = evaluate_metadata(shared, limit=30)
    html = results["html"]
    assert html["title"]["pages"] > 20 and html["date"]["pages"] > 10
    assert html["title"]["token_f1"] > 0.5
    assert 0.0 <= html["date"]["precision"] <= 1.0
    if "skipped" not in results["text"]:
        assert results["text"]["title"]["pages"] > 20


def test_cli_lists_metadata_evaluation() -> None:
    from eventwire.cli import cli

    result = CliRunner().invoke(cli, ["eval", "--help"])
    assert result.exit_code == 0 and "metadata" in result.output
