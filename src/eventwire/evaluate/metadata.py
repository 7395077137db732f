"""Article metadata quality (title, publication date, outlet) on the trafilatura benchmark.

The trafilatura evaluation corpus (``shared/eval/extraction/trafilatura_eval.jsonl.gz``) carries
gold metadata for most of its pages: a title, a publication date and, for a few, the site name.
Each page is cleaned twice, from its HTML and from the same page flattened to text the way a
scraper would (:func:`eventwire.evaluate.extraction.textmode_standin_rows`), so both modes of
:func:`eventwire.clean.clean_article` are scored on the same gold.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.clean import Cleaned, clean_article
from eventwire.evaluate.extraction import read_rows, textmode_standin_rows

BENCHMARK_FILE = "trafilatura_eval.jsonl.gz"
_TOKEN = re.compile(r"\w+")
_GOLD_DATE = re.compile(r"^((?:19|20)\d\d)-(\d{1,2})[-.](\d{1,2})")
# Typographic variants that carry no meaning for a title: a page's <title> and its headline
# often differ only in the quote or dash character chosen.
_TYPOGRAPHIC = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
        "–": "-", "—": "-", "‒": "-", "―": "-", "­": None, "​": None,
    }
)  # fmt: skip


@dataclass(frozen=True)
class PageOutcome:
    """What the cleaner found for one page, next to the gold values."""

    gold_title: str | None
    gold_date: dt.date | None
    gold_sitename: str | None
    title: str | None
    published: dt.date | None
    published_how: str | None
    outlet: str | None
    outlet_how: str | None


def normalise_title(text: str | None) -> str:
    """A title in comparable form: NFKC, plain quotes and dashes, case-folded, single-spaced."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC).casefold()
    return " ".join(text.split())


def title_token_f1(gold: str | None, predicted: str | None) -> float:
    """Multiset F1 of the word tokens of two titles (0 when either is empty)."""
    gold_tokens = Counter(_TOKEN.findall(normalise_title(gold)))
    predicted_tokens = Counter(_TOKEN.findall(normalise_title(predicted)))
    shared = sum((gold_tokens & predicted_tokens).values())
    if not shared:
        return 0.0
    precision = shared / sum(predicted_tokens.values())
    recall = shared / sum(gold_tokens.values())
    return 2 * precision * recall / (precision + recall)


def gold_date(value: str | None) -> dt.date | None:
    """The day of a gold date string ("2019-06-19", also "2019-6-1"); None when absent or bad."""
    match = _GOLD_DATE.match((value or "").strip())
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def outlet_matches(gold: str, predicted: str | None) -> bool:
    """True when a found outlet names the gold site ("Reuters" ~ "reuters.com", "the Guardian")."""
    if not predicted:
        return False
    gold_letters = "".join(char for char in gold.casefold() if char.isalnum())
    found = predicted.casefold()
    found_letters = "".join(char for char in found if char.isalnum())
    host_name = "".join(char for char in found.split(".")[0] if char.isalnum())
    if not gold_letters or not found_letters:
        return False
    return gold_letters in (found_letters, host_name) or (
        len(gold_letters) >= 4 and gold_letters in found_letters
    )


def outcome_of(row: dict, cleaned: Cleaned | None) -> PageOutcome:
    """Pair one benchmark row's gold metadata with what the cleaner returned (None = crashed)."""
    meta = row.get("meta") or {}
    published = cleaned.published if cleaned is not None else None
    outlet = cleaned.outlet if cleaned is not None else None
    return PageOutcome(
        gold_title=(meta.get("title") or "").strip() or None,
        gold_date=gold_date(meta.get("date")),
        gold_sitename=(meta.get("sitename") or "").strip() or None,
        title=cleaned.title if cleaned is not None else None,
        published=published.value.value if published is not None else None,
        published_how=published.how if published is not None else None,
        outlet=outlet.value if outlet is not None else None,
        outlet_how=outlet.how if outlet is not None else None,
    )


def score_titles(outcomes: Iterable[PageOutcome]) -> dict:
    """Exact match, mean token F1 and coverage over pages that have a gold title."""
    scored = [outcome for outcome in outcomes if outcome.gold_title]
    if not scored:
        return {"pages": 0}
    exact = [normalise_title(o.gold_title) == normalise_title(o.title) for o in scored]
    return {
        "pages": len(scored),
        "exact": statistics.mean(exact),
        "token_f1": statistics.mean(title_token_f1(o.gold_title, o.title) for o in scored),
        "coverage": statistics.mean(o.title is not None for o in scored),
    }


def score_dates(outcomes: Iterable[PageOutcome]) -> dict:
    """Day-level date scores over pages with a gold date, overall and by how each was found.

    Returns:
        ``pages``; ``coverage`` (share given any date); ``precision`` (right when given);
        ``accuracy`` (right over all pages); ``by_how``: per method, ``found`` and ``right``;
        ``given_without_gold``: dates given on pages whose gold has none (not scored).
    """
    outcomes = list(outcomes)
    scored = [outcome for outcome in outcomes if outcome.gold_date is not None]
    if not scored:
        return {"pages": 0}
    given = [outcome for outcome in scored if outcome.published is not None]
    right = [outcome for outcome in given if outcome.published == outcome.gold_date]
    by_how: dict[str, dict[str, int]] = {}
    for outcome in given:
        counts = by_how.setdefault(outcome.published_how or "?", {"found": 0, "right": 0})
        counts["found"] += 1
        counts["right"] += outcome.published == outcome.gold_date
    return {
        "pages": len(scored),
        "coverage": len(given) / len(scored),
        "precision": len(right) / len(given) if given else 0.0,
        "accuracy": len(right) / len(scored),
        "by_how": dict(sorted(by_how.items())),
        "given_without_gold": sum(
            1 for o in outcomes if o.gold_date is None and o.published is not None
        ),
    }


def score_outlets(outcomes: Iterable[PageOutcome]) -> dict:
    """Diagnostic only (few gold site names): matches and every gold/found pair."""
    scored = [outcome for outcome in outcomes if outcome.gold_sitename]
    pairs = [{"gold": o.gold_sitename, "found": o.outlet, "how": o.outlet_how} for o in scored]
    return {
        "pages": len(scored),
        "matched": sum(outlet_matches(o.gold_sitename or "", o.outlet) for o in scored),
        "pairs": pairs,
    }


def score_metadata(outcomes: list[PageOutcome]) -> dict:
    """Title, date and outlet scores of one mode's page outcomes."""
    return {
        "pages": len(outcomes),
        "title": score_titles(outcomes),
        "date": score_dates(outcomes),
        "outlet": score_outlets(outcomes),
    }


def _clean_or_none(clean: Callable[[dict], Cleaned], row: dict) -> Cleaned | None:
    try:
        return clean(row)
    except Exception:  # noqa: BLE001 - a crash counts as nothing found, as in the body evals
        return None


def _clean_html(row: dict) -> Cleaned:
    return clean_article(row["html"], "html", url=row.get("url"))


def _clean_text(row: dict) -> Cleaned:
    return clean_article(row["page_text"], "text", url=row.get("url"))


def _has_gold(row: dict) -> bool:
    meta = row.get("meta") or {}
    return bool(meta.get("title") or meta.get("date") or meta.get("sitename"))


def evaluate_metadata(shared: Path, *, limit: int | None = None) -> dict:
    """Score title, publication date and outlet in HTML and text mode.

    Args:
        shared: the shared folder (see :func:`eventwire.evaluate.shared_dir`).
        limit: score only the first ``limit`` pages that have gold metadata (quick checks).

    Returns:
        ``{"html": {...}, "text": {...}}``, each from :func:`score_metadata` plus
        ``pages_per_second``. Only pages with some gold metadata are cleaned. ``text`` holds
        only ``skipped`` with the reason when inscriptis (development-only) is missing.

    Raises:
        BenchmarkDataMissing: when the benchmark file is not under ``shared``.
    """
    path = shared / "eval" / "extraction" / BENCHMARK_FILE
    results: dict[str, dict] = {}
    rows, rows_read = _rows_with_gold(path, limit)
    results["html"] = _score_mode(rows, _clean_html)
    try:
        text_rows = [row for row in textmode_standin_rows(path, rows_read) if _has_gold(row)]
    except ImportError as missing:
        results["text"] = {"skipped": str(missing)}
    else:
        results["text"] = _score_mode(text_rows, _clean_text)
    return results


def _rows_with_gold(path: Path, limit: int | None) -> tuple[list[dict], int]:
    # The benchmark opens with pages that carry no metadata, so ``limit`` counts gold pages.
    rows, rows_read = [], 0
    for row in read_rows(path):
        rows_read += 1
        if _has_gold(row):
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    return rows, rows_read


def _score_mode(rows: list[dict], clean: Callable[[dict], Cleaned]) -> dict:
    started = time.perf_counter()
    outcomes = [outcome_of(row, _clean_or_none(clean, row)) for row in rows]
    elapsed = time.perf_counter() - started
    rate = len(rows) / elapsed if elapsed > 0 else 0.0
    return score_metadata(outcomes) | {"pages_per_second": round(rate, 1)}
