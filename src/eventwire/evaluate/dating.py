"""Evaluate date finding against our own labelled set, and measure its speed.

``python -m eventwire.evaluate.dating`` prints both (the speed run needs ``../shared``).

The gold set (``tests/data/dates_gold.jsonl``, written for eventwire) has one row per date
expression in a news-style sentence: ``{"id", "text", "published", "expression", "date",
"precision", "basis"}``. ``precision == "none"`` marks a trap: no date mention may cover the
expression ("F-16", "Resolution 2070", "may"). ``date`` is null and ``precision``/``basis``
"unknown" when the expression must be found but cannot be resolved (no publication date).
Optional keys: ``split`` (the batch a row was written in; see ``_split``) and ``note`` (why a
label is what it is). Conventions: a range is dated from its start; a part of a year (season,
quarter, "early 2022"), a fiscal year ("FY2025", "2023-24") is dated at year precision; a
numeric date whose day-month order neither the numbers nor another date of the same text
settle ("05/06/2023") is dated at year precision only.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence
from pathlib import Path

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate import BenchmarkDataMissing, shared_dir
from eventwire.model import Article, DateValue, Found, Mention, Report
from eventwire.when import date_reports, find_date_mentions

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "dates_gold.jsonl"


class GoldSetMissing(FileNotFoundError):
    """The labelled date set is not where it was looked for."""


def load_gold(path: Path | None = None) -> list[dict]:
    """Rows of the labelled date set (``tests/data/dates_gold.jsonl`` by default)."""
    path = path or DEFAULT_GOLD
    if not path.is_file():
        raise GoldSetMissing(
            f"date gold set not found at {path}: pass the path of a dates_gold.jsonl file "
            "(it ships in the source checkout under tests/data/)"
        )
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def at_precision(value: dt.date, precision: str) -> str:
    """``value`` written at ``precision``: ``2024``, ``2024-11`` or ``2024-11-25``."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def published_as_found(published: str | None) -> Found[DateValue] | None:
    """A gold row's publication date as the pipeline would receive it."""
    if published is None:
        return None
    value = dt.date.fromisoformat(published)
    return Found(DateValue(value, "day", "explicit", "publication date of the test row"), "input")


def _covering(mentions: list[Mention], start: int, end: int) -> Mention | None:
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def score_row(row: dict) -> dict:
    """Score one gold row: whether the date, the precision and the basis are right."""
    text = row["text"]
    mentions = find_date_mentions(text, split_sentences(text), published_as_found(row["published"]))
    start = text.index(row["expression"])
    found = _covering(mentions, start, start + len(row["expression"]))
    if row["precision"] == "none":
        correct = found is None
        predicted = None if found is None else f"{found.text!r} matched"
        return {"id": row["id"], "date": correct, "precision": correct, "basis": correct,
                "found": not correct, "predicted": predicted}  # fmt: skip
    if found is None or not isinstance(found.resolution, DateValue):
        return {"id": row["id"], "date": False, "precision": False, "basis": False,
                "found": False, "predicted": None}  # fmt: skip
    value = found.resolution
    if row["date"] is None:
        date_ok = value.value is None
    else:
        date_ok = (
            value.value is not None and at_precision(value.value, row["precision"]) == row["date"]
        )
    return {
        "id": row["id"],
        "date": date_ok,
        "precision": value.precision == row["precision"],
        "basis": value.basis == row["basis"],
        "found": True,
        "predicted": f"{value.iso()} {value.precision} {value.basis} ({value.reason})",
    }


def evaluate_dating(gold: Path | None = None) -> dict:
    """Score date finding and resolution on the labelled set.

    Args:
        gold: a ``dates_gold.jsonl`` file; the one in the source checkout by default.

    Returns:
        ``{"rows", "date_accuracy", "precision_accuracy", "basis_accuracy", "by_split",
        "trap_false_positives", "failures"}``; a row counts for the date when its expression is
        found and the date at the gold precision equals the gold date (traps: when nothing is
        found there).
    """
    rows = load_gold(gold)
    scored = [score_row(row) for row in rows]
    result: dict = {"rows": len(scored)} | _accuracies(scored)
    result["by_split"] = {
        split: _accuracies([s for s, row in zip(scored, rows, strict=True) if _split(row) == split])
        for split in sorted({_split(row) for row in rows})
    }
    traps = [s for s, row in zip(scored, rows, strict=True) if row["precision"] == "none"]
    result["trap_false_positives"] = sum(1 for s in traps if s["found"])
    result["failures"] = [
        {"id": row["id"], "text": row["text"], "expression": row["expression"],
         "gold": f"{row['date']} {row['precision']} {row['basis']}", "predicted": s["predicted"]}
        for s, row in zip(scored, rows, strict=True)
        if not (s["date"] and s["precision"] and s["basis"])
    ]  # fmt: skip
    return result


def _split(row: dict) -> str:
    # "dev" rows were written before the parser; "fresh" to "fresh8" are later
    # batches, each scored untouched before the parser was changed for the kinds they showed.
    return row.get("split", "dev")


def _accuracies(scored: list[dict]) -> dict:
    total = len(scored) or 1
    return {
        "date_accuracy": round(sum(s["date"] for s in scored) / total, 4),
        "precision_accuracy": round(sum(s["precision"] for s in scored) / total, 4),
        "basis_accuracy": round(sum(s["basis"] for s in scored) / total, 4),
    }


def bench_dating(articles: Sequence[Article], repeat: int = 1) -> dict:
    """Time date finding plus report dating over ``articles`` (sentences must be split).

    Returns:
        ``{"articles", "seconds", "articles_per_second", "mentions"}``.
    """
    mentions = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for article in articles:
            found = find_date_mentions(article.text, article.sentences, article.published)
            mentions += len(found)
            article.mentions = [m for m in article.mentions if m.kind != "date"] + found
            date_reports(article)
    seconds = time.perf_counter() - started
    count = len(articles) * repeat
    return {
        "articles": count,
        "seconds": round(seconds, 4),
        "articles_per_second": round(count / seconds, 1) if seconds else float("inf"),
        "mentions": mentions // max(repeat, 1),
    }


def bench_articles(words_per_article: int = 600, reports_every: int = 3) -> list[Article]:
    """News articles of about ``words_per_article`` words, from the shared LGL geoparsing set.

    Sentences of consecutive LGL articles are packed into articles of the requested length,
    each with the publication date of its first source article and a report on every
    ``reports_every``-th sentence (triggered by the sentence's middle character).

    Raises:
        BenchmarkDataMissing: when ``../shared`` (or ``eval/geoparse/lgl.jsonl``) is absent.
    """
    path = shared_dir() / "eval" / "geoparse" / "lgl.jsonl"
    if not path.is_file():
        raise BenchmarkDataMissing(f"{path} not found: the speed benchmark reads LGL news texts")
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    articles: list[Article] = []
    paragraphs: list[str] = []
    count, published = 0, None
    for row in rows:
        text = row["text"]
        sentences = [text[s.start : s.end] for s in split_sentences(text)]
        taken: list[str] = []
        for sentence in sentences:
            taken.append(sentence)
            count += len(sentence.split())
            if count >= words_per_article:
                paragraphs.append(" ".join(taken))
                published = published or row.get("date")
                articles.append(_bench_article(len(articles), paragraphs, published, reports_every))
                paragraphs, taken, count, published = [], [], 0, None
        if taken:
            paragraphs.append(" ".join(taken))
            published = published or row.get("date")
    return articles


def _bench_article(
    number: int, paragraphs: list[str], published: str | None, reports_every: int
) -> Article:
    text = "\n".join(paragraphs)
    article = Article(id=f"bench-{number}", raw=text, raw_format="text", fingerprint="", text=text)
    if published:
        day = dt.date.fromisoformat(published[:10])
        article.published = Found(DateValue(day, "day", "explicit", "LGL date"), "input field")
    article.sentences = split_sentences(text)
    article.reports = [
        _sentence_report(article.id, sentence.index, sentence.start, sentence.end)
        for sentence in article.sentences[::reports_every]
    ]
    return article


def _sentence_report(doc_id: str, sentence_index: int, start: int, end: int) -> Report:
    middle = (start + end) // 2
    return Report(doc_id, sentence_index, start, end, "010", None, None, middle, middle + 1)


if __name__ == "__main__":
    scores = evaluate_dating()
    failures = scores.pop("failures")
    print(json.dumps(scores, indent=2))
    for failure in failures:
        print("FAIL", json.dumps(failure))
    sample = bench_articles()
    words = sum(len(article.text.split()) for article in sample) / len(sample)
    runs = [bench_dating(sample, repeat=2) for _ in range(5)]
    best = max(runs, key=lambda run: run["articles_per_second"])
    print(json.dumps(best | {"words_per_article": round(words)}))
