"""`bawaba eval search`: quality per query variety, against both baselines, in one run."""

from __future__ import annotations

import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bawaba.catalog.db import make_engine, upgrade
from bawaba.catalog.importing import import_files
from bawaba.catalog.store import CatalogStore
from bawaba.evaluation.baselines import DenseOnly, PlainBM25
from bawaba.evaluation.data import Query, read_qrels, read_queries
from bawaba.evaluation.metrics import SEARCH_METRICS, evaluate, percentiles
from bawaba.search.dense import EmbeddingCache
from bawaba.search.embedder import Embedder
from bawaba.search.engine import Searcher
from bawaba.search.index import SearchIndex

Ranker = Callable[[str], list[tuple[str, float]]]


def load_catalog(
    files: list[Path], database_url: str | None, max_bytes: int = 500_000_000
) -> tuple[CatalogStore, tempfile.TemporaryDirectory[str] | None]:
    """Import `files` into `database_url`, or into a fresh temporary SQLite database."""
    tmp = None
    if database_url is None:
        tmp = tempfile.TemporaryDirectory(prefix="bawaba-eval-")
        database_url = f"sqlite:///{tmp.name}/eval.db"
    engine = make_engine(database_url)
    upgrade(engine)
    store = CatalogStore(engine)
    import_files(store, files, max_bytes=max_bytes, actor="eval")
    return store, tmp


def scores_by_variety(
    queries: list[Query], qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]
) -> dict[str, Any]:
    groups: dict[str, list[str]] = defaultdict(list)
    for q in queries:
        if q.id in qrels:
            groups[q.variety].append(q.id)
    varieties = {}
    for variety, ids in sorted(groups.items()):
        sub = {i: qrels[i] for i in ids}
        varieties[variety] = {"n": len(ids), **evaluate(sub, run, SEARCH_METRICS)}
    judged = [q.id for q in queries if q.id in qrels]
    overall = {"n": len(judged), **evaluate({i: qrels[i] for i in judged}, run, SEARCH_METRICS)}
    return {"varieties": varieties, "overall": overall}


def run_ranker(
    rank: Ranker, queries: list[Query], qrels: dict[str, dict[str, int]]
) -> tuple[dict[str, dict[str, float]], list[float]]:
    run: dict[str, dict[str, float]] = {}
    latencies = []
    for q in queries:
        if q.id not in qrels:
            continue
        t = time.perf_counter()
        ranked = rank(q.text)
        latencies.append((time.perf_counter() - t) * 1000)
        # Rank order is what counts: scores may tie, so encode the order itself.
        run[q.id] = {doc: float(len(ranked) - i) for i, (doc, _) in enumerate(ranked)}
    return run, latencies


def evaluate_search(
    catalogs: list[Path],
    taxonomy: Path | None,
    queries_path: Path,
    qrels_path: Path,
    embedder: Embedder,
    *,
    database_url: str | None = None,
    cache_dir: Path | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    files = ([taxonomy] if taxonomy else []) + list(catalogs)
    store, tmp = load_catalog(files, database_url)
    try:
        say = on_progress or (lambda _msg: None)
        say("building index")
        index = SearchIndex(embedder=embedder)
        cache = EmbeddingCache(cache_dir)
        index.build(store.services(), store.revision(), cache=cache, concepts=store.concepts())
        cache.save()
        queries = read_queries(queries_path)
        qrels = read_qrels(qrels_path)
        searcher = Searcher(index)
        say("ranking (bawaba)")
        run, _ = run_ranker(lambda text: searcher.rank(text, k=10), queries, qrels)
        # Latency is measured on the full public path (facets, highlights), warm cache.
        latencies = []
        for q in queries:
            if q.id in qrels:
                t = time.perf_counter()
                searcher.search(q.text)
                latencies.append((time.perf_counter() - t) * 1000)
        say("ranking (baselines)")
        bm25 = PlainBM25(index)
        bm25_run, _ = run_ranker(lambda text: bm25.rank(text, k=10), queries, qrels)
        dense = DenseOnly(index)
        dense_run, _ = run_ranker(lambda text: dense.rank(text, k=10), queries, qrels)
        result = scores_by_variety(queries, qrels, run)
        result["baselines"] = {
            "bm25": scores_by_variety(queries, qrels, bm25_run),
            "dense": scores_by_variety(queries, qrels, dense_run),
        }
        result["latency_ms"] = percentiles(latencies)
        result["index"] = index.manifest()
        return result
    finally:
        store.engine.dispose()
        if tmp is not None:
            tmp.cleanup()
