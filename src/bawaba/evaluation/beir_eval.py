"""`bawaba eval beir`: any BEIR-format data set, ranked by the same lexical/dense/fusion parts.

The corpus is indexed as plain passages (no catalog): BM25 over `analyze` tokens in each
passage's detected language, dense vectors from the configured embedder, and the
coverage-weighted convex fusion of the service search.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bawaba.evaluation.data import read_corpus, read_qrels, read_queries
from bawaba.evaluation.metrics import evaluate, percentiles
from bawaba.search.analysis import analyze_field, analyze_query
from bawaba.search.dense import EmbeddingCache
from bawaba.search.embedder import Embedder
from bawaba.search.fusion import convex, minmax
from bawaba.search.lexical import BM25Index
from bawaba.text import detect

_LANG_OF_VARIETY = {"ary_arab": "ar", "ary_latn": "fr", "zgh": "fr"}


def _metric_names(metrics: list[str]) -> dict[str, str]:
    # ranx spells mean average precision "map"; accept "map@20", "ndcg@10", "recall@100"...
    return {m: m.lower() for m in metrics}


def evaluate_beir(
    corpus_path: Path,
    queries_path: Path,
    qrels_path: Path,
    metrics: list[str],
    embedder: Embedder,
    *,
    k: int = 100,
    lexical_weight: float = 0.3,
    cache_dir: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    corpus = read_corpus(corpus_path)
    queries = [q for q in read_queries(queries_path)]
    qrels = read_qrels(qrels_path)
    queries = [q for q in queries if q.id in qrels]
    ids = [d for d, _ in corpus]
    texts = [t for _, t in corpus]
    cache = EmbeddingCache(cache_dir)
    matrix = cache.get_many(embedder, texts, on_progress=on_progress)
    cache.save()
    bm25 = BM25Index()
    langs = [detect(t).variety for t in texts]
    bm25.build(
        [analyze_field(t, _LANG_OF_VARIETY.get(lg, lg)) for t, lg in zip(texts, langs, strict=True)]
    )
    runs: dict[str, dict[str, dict[str, float]]] = {"bawaba": {}, "dense": {}}
    latencies = []
    batch = 64
    for start in range(0, len(queries), batch):
        chunk = queries[start : start + batch]
        qvec = embedder.embed_queries([q.text for q in chunk])
        dense_all = qvec @ matrix.T
        for q, dense in zip(chunk, dense_all, strict=True):
            t = time.perf_counter()
            aq = analyze_query(q.text)
            lex = bm25.scores(aq.tokens)
            fused = convex(minmax(lex), minmax(dense.astype(np.float64)), lexical_weight)
            top = np.argsort(-fused)[:k]
            latencies.append((time.perf_counter() - t) * 1000)
            runs["bawaba"][q.id] = {ids[i]: float(k - r) for r, i in enumerate(top)}
            dtop = np.argsort(-dense)[:k]
            runs["dense"][q.id] = {ids[i]: float(k - r) for r, i in enumerate(dtop)}
        if on_progress is not None:
            on_progress(0)
    names = _metric_names(metrics)
    return {
        "n_queries": len(queries),
        "n_documents": len(corpus),
        "metrics": evaluate(qrels, runs["bawaba"], names),
        "baselines": {"dense": evaluate(qrels, runs["dense"], names)},
        "lexical_weight": lexical_weight,
        "embedder": embedder.id,
        "latency_ms_excluding_query_embedding": percentiles(latencies),
    }
