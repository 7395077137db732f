"""Score the event coder: PLOVER gold-standard records and our own labelled sentences.

``plover_gsr``: root accuracy (a record is right when any predicted event's CAMEO root is in
``cameo_roots_inferred``) and, where the root is right, source/target country accuracy (first
three letters of our codes against the gold ISO3 codes). ``coding_gold``: root-level precision
and recall over (sentence, root) pairs, per root and pooled. ``voa_quotes``: for each verified
positive of the VOA PLOVER set, whether the coder finds an event of that PLOVER type in the
annotator's supporting quote (a recall diagnostic: the article texts are not shipped).

Every text is coded by the product as it runs: the per-article stages of ``--raw`` analysis
(sentences, actors, dates, places, code, report dates and places) plus ``localise_actors``, so
places can supply the countries of actors the text names only by sector. Run with
``python -m eventwire.evaluate.coding`` (``-v`` lists every miss).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.coder import CODER_VERSION, code_article
from eventwire.code.ontology import cameo, is_known
from eventwire.evaluate import BenchmarkDataMissing, shared_dir
from eventwire.model import Report
from eventwire.pipeline import Resources
from eventwire.read.inputs import RawDocument
from eventwire.stages import RAW_STAGES, analyse_document, knowledge

GOLD_SET = Path(__file__).resolve().parents[3] / "tests" / "data" / "coding_gold.jsonl"
EVALUATED_STAGES = RAW_STAGES
# The gold and GSR sentences carry no date; a fixed publication date keeps dating quiet.
EVALUATION_DATE = "2000-01-01"


def code_text(text: str, resources: Resources, doc_id: str = "eval") -> list[Report]:
    """Factual and non-factual reports of one text, coded by the running pipeline."""
    document = RawDocument(
        id=doc_id, content=text, raw_format="text", origin=doc_id, published=EVALUATION_DATE
    )
    return analyse_document(document, resources, stages=EVALUATED_STAGES).reports


def coder_speed(path: Path, resources: Resources) -> float:
    """Sentences per second of actor finding + coding alone on the texts of ``path``."""
    texts = [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    lexicons = knowledge(resources)
    started = time.perf_counter()
    sentence_count = 0
    for text in texts:
        sentences = split_sentences(text)
        sentence_count += len(sentences)
        mentions = find_actor_mentions(text, sentences, lexicons)
        code_article(text, sentences, mentions, lexicons, doc_id="speed")
    elapsed = time.perf_counter() - started
    return round(sentence_count / elapsed, 1) if elapsed else 0.0


def score_plover_gsr(path: Path, resources: Resources) -> dict:
    """Root and country accuracy on the PLOVER gold-standard records (see its README)."""
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    root_right = 0
    country_checked = country_right = 0
    errors = []
    for record in records:
        reports = code_text(record["text"], resources, record["id"])
        roots = set(record["cameo_roots_inferred"])
        matching = [report for report in reports if report.cameo[:2] in roots]
        if not matching:
            errors.append(
                {
                    "id": record["id"],
                    "want": sorted(roots),
                    "got": [report.cameo for report in reports],
                }
            )
            continue
        root_right += 1
        for role in ("source", "target"):
            gold = {actor["code"][:3] for actor in record.get(role) or [] if actor.get("code")}
            gold = {code for code in gold if code not in {"IGO", "NGO"}}
            if not gold:
                continue
            predicted = {
                getattr(report, role).actor.code[:3]
                for report in matching
                if getattr(report, role) is not None
            }
            country_checked += 1
            country_right += bool(gold & predicted)
    total = len(records)
    return {
        "records": total,
        "root_accuracy": round(root_right / total, 4) if total else 0.0,
        "country_accuracy": round(country_right / country_checked, 4) if country_checked else 0.0,
        "country_roles_checked": country_checked,
        "errors": errors,
    }


def score_gold(path: Path, resources: Resources) -> dict:
    """Root-level precision/recall on ``tests/data/coding_gold.jsonl`` (pooled and per root)."""
    counts: dict[str, Counter] = {}
    pooled = Counter()
    errors = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        gold = {event["cameo"][:2] for event in record["events"]}
        predicted = {
            r.cameo[:2] for r in code_text(record["text"], resources, record["id"]) if r.is_factual
        }
        for root in gold | predicted:
            per_root = counts.setdefault(root, Counter())
            per_root["tp"] += root in gold and root in predicted
            per_root["fp"] += root in predicted and root not in gold
            per_root["fn"] += root in gold and root not in predicted
        pooled["tp"] += len(gold & predicted)
        pooled["fp"] += len(predicted - gold)
        pooled["fn"] += len(gold - predicted)
        if gold != predicted:
            errors.append(
                {
                    "id": record["id"],
                    "trap": record.get("trap"),
                    "want": sorted(gold),
                    "got": sorted(predicted),
                }
            )
    return {
        "precision": _ratio(pooled["tp"], pooled["tp"] + pooled["fp"]),
        "recall": _ratio(pooled["tp"], pooled["tp"] + pooled["fn"]),
        "per_root": {
            root: {
                "precision": _ratio(c["tp"], c["tp"] + c["fp"]),
                "recall": _ratio(c["tp"], c["tp"] + c["fn"]),
                "gold": c["tp"] + c["fn"],
            }
            for root, c in sorted(counts.items())
        },
        "errors": errors,
    }


def plover_type(code: str) -> str | None:
    """The PLOVER event type of a CAMEO code, by the scoring rule of the VOA set's README.

    Exact code first, then the 3-digit parent, then the root's "0" code; roots 01 and 02
    have no PLOVER type (None).
    """
    for candidate in (code, code[:3], code[:2] + "0"):
        if is_known(candidate) and cameo(candidate).plover_event:
            return cameo(candidate).plover_event
    return None


def score_voa_quotes(path: Path, resources: Resources) -> dict:
    """Per-type recall of the coder on the quotes of verified VOA PLOVER positives.

    A quote counts as found when any report coded from the quote text alone maps to the
    quote's PLOVER type (factual or not: a threat inside a quote is still a threat).
    ``recall_lenient`` is the README's lenient variant, reported apart: appeals (CAMEO root
    02, which has no PLOVER type) count as REQUEST.
    """
    found: dict[str, Counter] = {}
    lenient_hits = 0
    misses = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for label in record.get("labels", []):
            if label.get("source") != "verify" or not label.get("quote"):
                continue
            kind = label["event"]
            codes = [report.cameo for report in code_text(label["quote"], resources)]
            types = {plover_type(code) for code in codes}
            appeals = any(code.startswith("02") for code in codes)
            lenient_hits += kind in types or (kind == "REQUEST" and appeals)
            tally = found.setdefault(kind, Counter())
            tally["n"] += 1
            tally["hit"] += kind in types
            if kind not in types:
                misses.append(
                    {"type": kind, "quote": label["quote"], "got": sorted(types - {None})}
                )
    per_type = {kind: _ratio(c["hit"], c["n"]) for kind, c in sorted(found.items())}
    total = sum(c["n"] for c in found.values())
    return {
        "quotes": total,
        "recall": _ratio(sum(c["hit"] for c in found.values()), total),
        "recall_lenient": _ratio(lenient_hits, total),
        "macro_recall": round(sum(per_type.values()) / len(per_type), 4) if per_type else 0.0,
        "per_type": per_type,
        "errors": misses,
    }


def evaluate_coding(shared: Path | None) -> dict:
    """Score the coder on the PLOVER GSR (in ``shared``) and on our gold set when present.

    Args:
        shared: the shared benchmark folder; found with ``shared_dir()`` when None.

    Returns:
        ``{"coder_version", "plover_gsr": {...}, "coding_gold": {...} | None,
        "voa_quotes": {...} | None, "pipeline_records_per_second",
        "coder_sentences_per_second"}``.

    Raises:
        BenchmarkDataMissing: when the PLOVER GSR file is absent.
    """
    folder = shared if shared is not None else shared_dir()
    path = folder / "eval" / "plover_gsr" / "plover_gsr.jsonl"
    if not path.is_file():
        raise BenchmarkDataMissing(f"{path} not found: point EVENTWIRE_SHARED at shared/")
    resources = Resources()
    code_text("Warm-up: Iran criticised Azerbaijan in Baku.", resources)  # loads the gazetteer
    started = time.perf_counter()
    plover = score_plover_gsr(path, resources)
    elapsed = time.perf_counter() - started
    gold = score_gold(GOLD_SET, resources) if GOLD_SET.is_file() else None
    voa_path = folder / "eval" / "voa_plover" / "voa_dev.jsonl"
    voa = score_voa_quotes(voa_path, resources) if voa_path.is_file() else None
    return {
        "coder_version": CODER_VERSION,
        "plover_gsr": plover,
        "coding_gold": gold,
        "voa_quotes": voa,
        "pipeline_records_per_second": round(plover["records"] / elapsed, 1) if elapsed else None,
        "coder_sentences_per_second": coder_speed(path, resources),
    }


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


if __name__ == "__main__":
    result = evaluate_coding(None)
    verbose = "-v" in sys.argv
    for part in ("plover_gsr", "coding_gold", "voa_quotes"):
        if result[part] and not verbose:
            result[part] = {k: v for k, v in result[part].items() if k != "errors"}
    print(json.dumps(result, indent=1))
