"""Geoparsing evaluation on the shared toponym corpora (LGL, GeoWebNews, GeoVirus).

End to end from raw text: toponym recognition is scored on exact spans; geocoding is scored
on the found toponyms whose spans match a gold span with coordinates (Acc@161km, mean and
median error). The *oracle* scores resolve the gold spans themselves, with the article's other
recognised names as context, as the resolution benchmarks do. For GeoWebNews the types the
paper leaves out of recognition (``Non_Toponym``, ``Literal_Expression``,
``Non_Lit_Expression``) are ignored: neither needed nor penalised; geocoding uses the toponyms
with ``geocoding_eval``. Recall is also given without the gold demonyms ("Egyptian"), which
eventwire tags as country mentions but which not every corpus annotates (GeoVirus does not).
:func:`benchmark_geoparse` and :func:`bench_places` measure speed: CPU time of place finding and
resolution (and, for the latter, of locating reports).
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate import BenchmarkDataMissing
from eventwire.model import Article
from eventwire.where.gazetteer import Gazetteer, load_gazetteer
from eventwire.where.lexicon import load_lexicon
from eventwire.where.locate import locate_reports
from eventwire.where.place_mentions import find_place_mentions, resolve_place_names
from eventwire.where.resolve import resolve_toponyms
from eventwire.where.toponyms import Toponym, find_toponyms

IGNORED_GEOWEBNEWS_TYPES = frozenset({"Non_Toponym", "Literal_Expression", "Non_Lit_Expression"})
ACCURACY_RADIUS_KM = 161.0
EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def read_corpus(shared: Path, corpus: str, limit: int | None = None) -> list[dict]:
    """The documents of ``eval/geoparse/<corpus>.jsonl`` (the first ``limit`` of them)."""
    path = shared / "eval" / "geoparse" / f"{corpus}.jsonl"
    if not path.is_file():
        raise BenchmarkDataMissing(f"{path} not found: see eval/geoparse/README.md for the corpora")
    documents = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            documents.append(json.loads(line))
            if limit is not None and len(documents) >= limit:
                break
    return documents


def evaluate_geoparse(
    shared: Path,
    *,
    corpora: tuple[str, ...] = ("lgl", "geowebnews", "geovirus"),
    limit: int | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict:
    """Score recognition and geocoding on each corpus.

    Args:
        shared: the shared benchmark folder (``eventwire.evaluate.shared_dir()``).
        corpora: which corpora to score.
        limit: score only the first ``limit`` documents of each corpus.
        gazetteer: defaults to :func:`load_gazetteer`.

    Returns:
        ``{corpus: {"recognition": {...}, "geocoding": {...}, "oracle": {...},
        "documents": n, "seconds": s}}``.
    """
    gazetteer = gazetteer or load_gazetteer()
    return {
        name: _evaluate_corpus(read_corpus(shared, name, limit), name, gazetteer)
        for name in corpora
    }


def benchmark_geoparse(
    shared: Path,
    *,
    corpora: tuple[str, ...] = ("lgl", "geowebnews", "geovirus"),
    repeat: int = 5,
    gazetteer: Gazetteer | None = None,
) -> dict:
    """Speed of place finding and resolution on the corpora's texts (sentences split before).

    CPU time of the calling process is used, the best of ``repeat`` passes, so that other work
    on a shared machine does not count.

    Returns:
        ``{"articles": n, "words_per_article": w, "articles_per_second": a,
        "ms_per_600_words": m}``.
    """
    gazetteer = gazetteer or load_gazetteer()
    texts = [document["text"] for name in corpora for document in read_corpus(shared, name)]
    split = [(text, split_sentences(text)) for text in texts]
    words = sum(len(text.split()) for text in texts)
    for text, sentences in split:  # warm the lookup caches as a long-running worker has them
        resolve_place_names(text, sentences, gazetteer)
    best = math.inf
    for _ in range(repeat):
        began = time.process_time()
        for text, sentences in split:
            resolve_place_names(text, sentences, gazetteer)
        best = min(best, time.process_time() - began)
    best = max(best, 1e-9)
    return {
        "articles": len(texts),
        "words_per_article": round(words / max(1, len(texts))),
        "articles_per_second": round(len(texts) / best),
        "ms_per_600_words": round(best / max(1, words) * 600 * 1000, 3),
    }


def bench_places(
    articles: Sequence[Article], *, repeat: int = 5, gazetteer: Gazetteer | None = None
) -> dict:
    """CPU speed of the place stages (``find_place_mentions`` + ``locate_reports``) per article.

    The articles need their sentences (and reports, for ``locate_reports`` to have work); their
    place mentions and report locations are replaced, as re-running the stages would. One warm
    pass fills the lookup caches as a long-running worker has them; the best of ``repeat``
    passes counts, in CPU time of this process, so other load on a shared machine does not.

    Returns:
        ``{"articles": n, "words_per_article": w, "articles_per_second": a, "ms_per_article": m,
        "ms_per_600_words": m600}``.
    """
    gazetteer = gazetteer or load_gazetteer()

    def run_once() -> None:
        for article in articles:
            others = [m for m in article.mentions if m.kind != "place"]
            article.mentions = others + find_place_mentions(
                article.text, article.sentences, gazetteer
            )
            locate_reports(article, gazetteer)

    run_once()
    best = math.inf
    for _ in range(repeat):
        began = time.process_time()
        run_once()
        best = min(best, time.process_time() - began)
    best = max(best, 1e-9)
    words = sum(len(article.text.split()) for article in articles)
    return {
        "articles": len(articles),
        "words_per_article": round(words / max(1, len(articles))),
        "articles_per_second": round(len(articles) / best),
        "ms_per_article": round(best / max(1, len(articles)) * 1000, 3),
        "ms_per_600_words": round(best / max(1, words) * 600 * 1000, 3),
    }


def _gold_sets(document: dict, corpus: str) -> tuple[set, set, dict]:
    counted, ignored, coordinates = set(), set(), {}
    for toponym in document["toponyms"]:
        span = (toponym["start"], toponym["end"])
        if corpus == "geowebnews" and toponym.get("toponym_type") in IGNORED_GEOWEBNEWS_TYPES:
            ignored.add(span)
            continue
        counted.add(span)
        geocoded = toponym.get("geocoding_eval", True) if corpus == "geowebnews" else True
        if geocoded and toponym.get("lat") is not None and toponym.get("lon") is not None:
            coordinates[span] = (toponym["lat"], toponym["lon"])
    return counted, ignored, coordinates


def _evaluate_corpus(documents: list[dict], corpus: str, gazetteer: Gazetteer) -> dict:
    demonyms = load_lexicon().demonyms
    counts: Counter[str] = Counter()
    errors: list[float] = []
    oracle_errors: list[float] = []
    oracle_total = 0
    seconds = 0.0
    for document in documents:
        text = document["text"]
        counted, ignored, coordinates = _gold_sets(document, corpus)
        began = time.perf_counter()
        sentences = split_sentences(text)
        resolved = resolve_place_names(text, sentences, gazetteer)
        seconds += time.perf_counter() - began
        predicted = {(r.toponym.start, r.toponym.end): r.place for r in resolved}
        found = set(predicted) - ignored
        counts["true_positives"] += len(found & counted)
        counts["false_positives"] += len(found - counted)
        counts["gold"] += len(counted)
        counts["gold_demonyms"] += sum(1 for s, e in counted if text[s:e].lower() in demonyms)
        for span, (lat, lon) in coordinates.items():
            place = predicted.get(span)
            if place is not None and place.lat is not None and place.lon is not None:
                errors.append(great_circle_km(lat, lon, place.lat, place.lon))
        oracle = _oracle_places(text, sentences, coordinates, gazetteer)
        oracle_total += len(coordinates)
        for span, (lat, lon) in coordinates.items():
            place = oracle.get(span)
            if place is not None:
                oracle_errors.append(great_circle_km(lat, lon, place[0], place[1]))
    true_positives = counts["true_positives"]
    precision = true_positives / max(1, true_positives + counts["false_positives"])
    recall = true_positives / max(1, counts["gold"])
    recall_without_demonyms = true_positives / max(1, counts["gold"] - counts["gold_demonyms"])
    return {
        "documents": len(documents),
        "seconds": round(seconds, 3),
        "recognition": {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(2 * precision * recall / max(1e-9, precision + recall), 3),
            "recall_without_demonyms": round(recall_without_demonyms, 3),
            **counts,
        },
        "geocoding": _error_summary(errors, len(errors)),
        "oracle": _error_summary(oracle_errors, oracle_total),
    }


def _error_summary(errors: list[float], total: int) -> dict:
    """Acc@161 over ``total`` toponyms (unresolved ones count as misses), errors over resolved."""
    if not errors:
        return {"n": total, "resolved": 0, "acc_at_161km": 0.0, "mean_km": None, "median_km": None}
    within = sum(1 for error in errors if error < ACCURACY_RADIUS_KM)
    return {
        "n": total,
        "resolved": len(errors),
        "acc_at_161km": round(within / max(1, total), 3),
        "acc_at_161km_resolved": round(within / len(errors), 3),
        "mean_km": round(statistics.fmean(errors), 1),
        "median_km": round(statistics.median(errors), 1),
    }


def _oracle_places(
    text: str, sentences: list, coordinates: dict, gazetteer: Gazetteer
) -> dict[tuple[int, int], tuple[float, float]]:
    """Resolve the gold spans, with the recognised toponyms around them as context."""
    demonyms: Counter[str] = Counter()
    recognised = {
        (t.start, t.end): t for t in find_toponyms(text, sentences, gazetteer, demonyms=demonyms)
    }
    sentence_of = {}
    for start, end in coordinates:
        sentence_of[(start, end)] = next(
            (s.index for s in sentences if s.start <= start < s.end), 0
        )
    toponyms: list[Toponym] = []
    for span in sorted(set(recognised) | set(coordinates)):
        toponym = recognised.get(span)
        if toponym is None:
            name = text[span[0] : span[1]]
            candidates = gazetteer.lookup(name) or gazetteer.lookup_fuzzy(name)
            if not candidates and name.lower() in load_lexicon().demonyms:
                index = gazetteer.country(load_lexicon().demonyms[name.lower()])
                candidates = (
                    gazetteer.lookup(gazetteer.entries[index].name) if index is not None else []
                )
            toponym = Toponym(span[0], span[1], name, sentence_of.get(span, 0), candidates)
        elif span in coordinates:
            toponym.tentative = False
        toponyms.append(toponym)
    resolved = resolve_toponyms(toponyms, gazetteer, extra_countries=demonyms)
    return {
        (r.toponym.start, r.toponym.end): (r.place.lat, r.place.lon)
        for r in resolved
        if r.place is not None and r.place.lat is not None and r.place.lon is not None
    }
