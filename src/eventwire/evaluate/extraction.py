"""Main-content extraction quality on the public boilerplate benchmarks in ``shared/eval``.

Two rule sets, re-implemented from their published descriptions (see the README beside the
data): the article-extraction-benchmark's (AEB) 4-gram shingle overlap with per-page normalised
counts and macro-averaged precision and recall, and trafilatura's snippet test (a "with" snippet
found is a true positive, a "without" snippet found a false positive, counts summed over pages).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from eventwire.clean import clean_article
from eventwire.evaluate import BenchmarkDataMissing

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s{0,100}<\?xml[^>]{0,300}\?>")
SHINGLE_SIZE = 4


def read_rows(path: Path, limit: int | None = None) -> Iterator[dict]:
    """Rows of a (gzipped) JSON-lines benchmark file, at most ``limit`` of them.

    Raises:
        BenchmarkDataMissing: when the file is not there.
    """
    if not path.exists():
        raise BenchmarkDataMissing(
            f"{path} not found: copy the extraction benchmarks into shared/eval/extraction"
        )
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            if line.strip():
                yield json.loads(line)


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    """Multiset of word 4-grams of ``text`` (one shorter shingle for a text under 4 words)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE_SIZE:
        return Counter([tuple(tokens)])
    return Counter(
        tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(len(tokens) - SHINGLE_SIZE + 1)
    )


def page_overlap(gold: str | None, predicted: str | None) -> tuple[float, float, float]:
    """AEB true/false positive and false negative mass of one page, normalised to sum to 1."""
    gold_counts, predicted_counts = shingles(gold), shingles(predicted)
    true_positive = sum((gold_counts & predicted_counts).values())
    false_positive = sum((predicted_counts - gold_counts).values())
    false_negative = sum((gold_counts - predicted_counts).values())
    total = true_positive + false_positive + false_negative
    if total == 0:
        return 0.0, 0.0, 0.0
    return true_positive / total, false_positive / total, false_negative / total


def score_aeb(pairs: list[tuple[str | None, str | None]]) -> dict:
    """AEB scores for ``(gold, predicted)`` pairs: macro precision/recall, F1, exact accuracy."""
    overlaps = [page_overlap(gold, predicted) for gold, predicted in pairs]
    precisions = [
        1.0 if tp + fp + fn == 0 else tp / (tp + fp) for tp, fp, fn in overlaps if tp + fp > 0
    ]
    recalls = [
        1.0 if tp + fp + fn == 0 else tp / (tp + fn) for tp, fp, fn in overlaps if tp + fn > 0
    ]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    exact = [_TOKEN.findall(gold or "") == _TOKEN.findall(pred or "") for gold, pred in pairs]
    return {
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "precision": precision,
        "recall": recall,
        "accuracy": statistics.mean(exact) if exact else 0.0,
        "pages": len(pairs),
    }


def score_snippets(items: list[tuple[list[str], list[str], str | None]]) -> dict:
    """trafilatura snippet scores for ``(with, without, predicted)`` triples (micro counts)."""
    tp = fp = fn = tn = 0
    for wanted, unwanted, predicted in items:
        text = _SPACE.sub(" ", predicted).strip() if predicted is not None else None
        for snippet in wanted:
            if text is not None and _SPACE.sub(" ", snippet).strip() in text:
                tp += 1
            else:
                fn += 1
        for snippet in unwanted:
            if text is not None and _SPACE.sub(" ", snippet).strip() in text:
                fp += 1
            else:
                tn += 1
    total = tp + fp + fn + tn
    return {
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
        "pages": len(items),
    }


def _safe_body(extract: Callable[[dict], str], row: dict) -> str | None:
    try:
        return extract(row)
    except Exception:  # noqa: BLE001 - the benchmarks count a crash as empty output
        return None


def _html_body(row: dict) -> str:
    return clean_article(row["html"], "html", url=row.get("url")).text


def _text_body(row: dict) -> str:
    return clean_article(row["page_text"], "text", url=row.get("url")).text


def evaluate_extraction(shared: Path, *, limit: int | None = None) -> dict:
    """Score HTML- and text-mode cleaning on the extraction benchmarks under ``shared``.

    Args:
        shared: the shared folder (see :func:`eventwire.evaluate.shared_dir`).
        limit: score only the first ``limit`` pages of each benchmark (for quick checks).

    Returns:
        ``{"aeb_html": {...}, "trafilatura_html": {...}, "aeb_text": {...},
        "trafilatura_text_standin": {...}}``, each with ``f1``, ``precision``, ``recall``,
        ``accuracy``, ``pages`` and ``pages_per_second``. The last is the trafilatura benchmark
        flattened to text here the way its held-back text-mode version was made; without
        inscriptis it holds only ``skipped`` with the reason.
    """
    folder = shared / "eval" / "extraction"
    results: dict[str, dict] = {}

    started = time.perf_counter()
    rows = list(read_rows(folder / "scrapinghub_aeb.jsonl.gz", limit))
    pairs = [(row["expected_text"], _safe_body(_html_body, row)) for row in rows]
    results["aeb_html"] = score_aeb(pairs) | _rate(len(rows), started)

    started = time.perf_counter()
    items = []
    for row in read_rows(folder / "trafilatura_eval.jsonl.gz", limit):
        items.append((row["with"], row["without"], _safe_body(_html_body, row)))
    results["trafilatura_html"] = score_snippets(items) | _rate(len(items), started)

    started = time.perf_counter()
    rows = list(read_rows(folder / "textmode_aeb.jsonl.gz", limit))
    pairs = [(row["expected_text"], _safe_body(_text_body, row)) for row in rows]
    results["aeb_text"] = score_aeb(pairs) | _rate(len(rows), started)
    results["trafilatura_text_standin"] = _evaluate_text_standin(folder, limit)
    return results


def _evaluate_text_standin(folder: Path, limit: int | None) -> dict:
    try:
        rows = list(textmode_standin_rows(folder / "trafilatura_eval.jsonl.gz", limit))
    except ImportError as missing:
        return {"skipped": str(missing)}
    started = time.perf_counter()
    items = [(row["with"], row["without"], _safe_body(_text_body, row)) for row in rows]
    return score_snippets(items) | _rate(len(items), started)


def textmode_standin_rows(path: Path, limit: int | None = None) -> Iterator[dict]:
    """The trafilatura benchmark as flattened page text, like its held-back text-mode version.

    Pages are flattened with :func:`flatten_like_textmode` and, as in the held-back file,
    kept only when every "with" snippet still occurs in the whitespace-normalised text.

    Raises:
        ImportError: when inscriptis (a development-only dependency) is not installed.
        BenchmarkDataMissing: when the benchmark file is not there.
    """
    flatten = _textmode_flattener()
    for row in read_rows(path, limit):
        page_text = flatten(row["html"])
        flat = _SPACE.sub(" ", page_text)
        if all(_SPACE.sub(" ", snippet).strip() in flat for snippet in row["with"]):
            yield row | {"page_text": page_text}


# HTML blocks that inscriptis's strict profile renders inline but browsers put on their own line.
_EXTRA_BLOCK_TAGS = (
    "section form fieldset dl dt dd details summary dialog center hr caption option legend "
    "menu optgroup select output figcaption nav"
).split()
# Tables become one cell per line and lists lose their bullets, as in a naive scraper's text.
_AS_DIV_TAGS = frozenset("table thead tbody tfoot tr td th ul ol li".split())


def _textmode_flattener() -> Callable[[str], str]:
    try:
        from inscriptis.css_profiles import CSS_PROFILES
        from inscriptis.html_engine import Inscriptis
        from inscriptis.html_properties import Display
        from inscriptis.model.config import ParserConfig
        from inscriptis.model.html_element import HtmlElement
    except ImportError as error:
        raise ImportError(
            "the text-mode stand-in needs inscriptis, a development-only dependency: "
            "pip install inscriptis==2.7.6"
        ) from error
    import lxml.html
    from lxml import etree

    css = dict(CSS_PROFILES["strict"])
    for tag in _EXTRA_BLOCK_TAGS:
        css.setdefault(tag, HtmlElement(display=Display.block))
    css["template"] = HtmlElement(display=Display.none)
    config = ParserConfig(css=css, display_images=False, display_links=False)

    def flatten(html: str) -> str:
        # lxml refuses str input that declares its own encoding.
        html = _XML_DECLARATION.sub("", _without_noscript(html), count=1)
        try:
            tree = lxml.html.document_fromstring(html)
        except (etree.ParserError, ValueError):
            return ""
        for element in tree.iter():
            if isinstance(element.tag, str):
                element.attrib.pop("style", None)
                if element.tag in _AS_DIV_TAGS:
                    element.tag = "div"
        lines = [line.rstrip() for line in Inscriptis(tree, config).get_text().split("\n")]
        kept = [line for number, line in enumerate(lines) if line or (number and lines[number - 1])]
        return "\n".join(kept).strip("\n")

    return flatten


def _without_noscript(html: str) -> str:
    # Cut before parsing, as a browser with scripting on does: libxml2 otherwise lets an
    # element left open inside <noscript> swallow the rest of the page.
    lowered, parts, position = html.lower(), [], 0
    while (start := lowered.find("<noscript", position)) >= 0:
        parts.append(html[position:start])
        end = lowered.find("</noscript", start)
        close = lowered.find(">", end) if end >= 0 else -1
        if close < 0:
            return "".join(parts)
        position = close + 1
    parts.append(html[position:])
    return "".join(parts)


def _rate(pages: int, started: float) -> dict:
    elapsed = time.perf_counter() - started
    return {"pages_per_second": pages / elapsed if elapsed > 0 else 0.0}
