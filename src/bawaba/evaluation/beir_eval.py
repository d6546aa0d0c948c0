"""`bawaba eval beir`: any BEIR-format data set, ranked by the same lexical/dense/fusion parts.

The corpus is indexed as plain passages (no catalog). Dense vectors from the configured
embedder are made language-neutral by language centering, the query is refined by
pseudo-relevance feedback, and each passage's score is smoothed with its corpus neighbours'
(`crosslingual.py`, docs/adr/0008). BM25 over `analyze` tokens can be fused in; it is off by
default: in cross-lingual pools every language's answer is relevant and lexical matching
only favours the query's own language.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bawaba.evaluation.crosslingual import PoolParams, centered, neighbours, pool_scores
from bawaba.evaluation.data import read_corpus, read_corpus_metadata, read_qrels, read_queries
from bawaba.evaluation.metrics import evaluate, percentiles
from bawaba.search.analysis import analyze_field, analyze_query
from bawaba.search.dense import EmbeddingCache
from bawaba.search.embedder import Embedder, Matrix
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
    lexical_weight: float = 0.0,
    params: PoolParams | None = None,
    cache_dir: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    corpus = read_corpus(corpus_path)
    metas = read_corpus_metadata(corpus_path)
    queries = [q for q in read_queries(queries_path)]
    qrels = read_qrels(qrels_path)
    queries = [q for q in queries if q.id in qrels]
    ids = [d for d, _ in corpus]
    texts = [t for _, t in corpus]
    cache = EmbeddingCache(cache_dir)
    matrix = cache.get_many(embedder, texts, on_progress=on_progress)
    query_matrix = query_vectors(cache, embedder, [q.text for q in queries])
    cache.save()
    langs = [passage_language(meta, text) for meta, text in zip(metas, texts, strict=True)]
    query_langs = [passage_language(q.metadata, q.text) for q in queries]
    p = params or PoolParams()
    raw_matrix, raw_queries = matrix, query_matrix
    if p.center:
        matrix, query_matrix = centered(matrix, langs, query_matrix, query_langs)
    started = time.perf_counter()
    if p.neighbour_weight > 0:
        graph = neighbours(matrix, p.neighbours or corpus_languages(langs))
    else:
        graph = np.arange(len(matrix), dtype=np.int64)[:, None]
    graph_seconds = time.perf_counter() - started
    bm25 = BM25Index()
    if lexical_weight > 0:
        bm25.build(
            [
                analyze_field(t, _LANG_OF_VARIETY.get(lg, lg))
                for t, lg in zip(texts, langs, strict=True)
            ]
        )
    runs: dict[str, dict[str, dict[str, float]]] = {"bawaba": {}, "dense": {}}
    latencies = []
    batch = 64
    for start in range(0, len(queries), batch):
        chunk = queries[start : start + batch]
        t = time.perf_counter()
        dense_all = pool_scores(query_matrix[start : start + batch], matrix, graph, p)
        per_query = (time.perf_counter() - t) * 1000 / max(len(chunk), 1)
        raw_all = raw_queries[start : start + batch] @ raw_matrix.T
        for q, dense, raw in zip(chunk, dense_all, raw_all, strict=True):
            t = time.perf_counter()
            scores = dense.astype(np.float64)
            if lexical_weight > 0:
                lex = bm25.scores(analyze_query(q.text).tokens)
                scores = convex(minmax(lex), minmax(scores), lexical_weight)
            top = np.argsort(-scores)[:k]
            latencies.append((time.perf_counter() - t) * 1000 + per_query)
            runs["bawaba"][q.id] = {ids[i]: float(k - r) for r, i in enumerate(top)}
            dtop = np.argsort(-raw)[:k]
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
        "language_centering": p.center,
        "feedback_weight": p.feedback_weight,
        "neighbour_weight": p.neighbour_weight,
        "neighbours": int(graph.shape[1]),
        "neighbour_graph_seconds": round(graph_seconds, 2),
        "embedder": embedder.id,
        "latency_ms_excluding_query_embedding": percentiles(latencies),
    }


def corpus_languages(langs: list[str], share: float = 0.01) -> int:
    """How many languages hold at least `share` of the passages: a few misdetected passages
    in a monolingual corpus do not make it multilingual (and neighbour smoothing a no-op)."""
    counts = Counter(langs)
    return max(1, sum(1 for c in counts.values() if c >= share * len(langs)))


def passage_language(metadata: dict[str, str], text: str) -> str:
    return str(metadata.get("lang") or metadata.get("language") or detect(text).variety)


def query_vectors(cache: EmbeddingCache, embedder: Embedder, texts: list[str]) -> Matrix:
    """Query vectors, cached like passages (under a "query: " key) so reruns are quick."""
    return cache.get_many(_QueryView(embedder), texts)


class _QueryView:
    """Presents an embedder's query side as passages, for the cache."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    @property
    def id(self) -> str:
        return f"{self.embedder.id}#query"

    @property
    def dim(self) -> int:
        return self.embedder.dim

    def embed_queries(self, texts: list[str]) -> Matrix:
        return self.embedder.embed_queries(texts)

    def embed_passages(self, texts: list[str]) -> Matrix:
        return self.embedder.embed_queries(texts)
