"""Check `eval beir`'s pool parameters on queries they were not chosen on.

`python -m bawaba.evaluation.beir_split --corpus C --queries Q --qrels R [--sample 2000]
[--seed 1]` draws the tuning sample the parameters were chosen on (docs/adr/0008) and
prints mAP@20 of each configuration (raw, centring, + feedback, + neighbours, both) on the
sample, on the other queries, and on the stricter "unseen" set: queries none of whose
translations (same id after a "lang:" prefix) is in the sample. Vectors come from the same
embedding cache as `bawaba eval beir`, so run that first.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bawaba.evaluation.beir_eval import corpus_languages, passage_language, query_vectors
from bawaba.evaluation.crosslingual import PoolParams, centered, neighbours, pool_scores
from bawaba.evaluation.data import (
    Query,
    read_corpus,
    read_corpus_metadata,
    read_qrels,
    read_queries,
)
from bawaba.evaluation.metrics import evaluate
from bawaba.search.dense import EmbeddingCache
from bawaba.search.embedder import Embedder


def question_of(q: Query) -> str:
    """The id shared by a query's translations: its id without a "lang:" prefix."""
    lang = q.metadata.get("lang") or q.metadata.get("language")
    return q.id.removeprefix(f"{lang}:") if lang else q.id


def split_check(
    corpus_path: Path,
    queries_path: Path,
    qrels_path: Path,
    embedder: Embedder,
    *,
    sample: int = 2000,
    seed: int = 1,
    cache_dir: Path | None = None,
) -> dict[str, dict[str, float]]:
    corpus = read_corpus(corpus_path)
    metas = read_corpus_metadata(corpus_path)
    qrels = read_qrels(qrels_path)
    queries = [q for q in read_queries(queries_path) if q.id in qrels]
    ids = [d for d, _ in corpus]
    texts = [t for _, t in corpus]
    cache = EmbeddingCache(cache_dir)
    docs = cache.get_many(embedder, texts)
    vectors = query_vectors(cache, embedder, [q.text for q in queries])
    cache.save()
    langs = [passage_language(m, t) for m, t in zip(metas, texts, strict=True)]
    docs_c, vectors_c = centered(
        docs, langs, vectors, [passage_language(q.metadata, q.text) for q in queries]
    )
    p = PoolParams()
    graph = neighbours(docs_c, corpus_languages(langs))

    tuning = np.random.default_rng(seed).choice(len(queries), min(sample, len(queries)), False)
    seen = {question_of(queries[i]) for i in tuning}
    sets = {
        "tuning sample": tuning,
        "other queries": np.setdiff1d(np.arange(len(queries)), tuning),
        "unseen questions": np.array(
            [i for i, q in enumerate(queries) if question_of(q) not in seen], dtype=np.int64
        ),
    }

    def score(rows: npt.NDArray[np.int64], config: str) -> float:
        raw = config == "raw"
        q, d = (vectors, docs) if raw else (vectors_c, docs_c)
        steps = replace(
            p,
            feedback_weight=p.feedback_weight if config in ("+ feedback", "both") else 0.0,
            neighbour_weight=p.neighbour_weight if config in ("+ neighbours", "both") else 0.0,
        )
        run: dict[str, dict[str, float]] = {}
        for start in range(0, len(rows), 256):
            chunk = rows[start : start + 256]
            for i, row in zip(chunk, pool_scores(q[chunk], d, graph, steps), strict=True):
                top = np.argsort(-row)[:100]
                run[queries[i].id] = {ids[j]: float(100 - r) for r, j in enumerate(top)}
        judged = {queries[i].id: qrels[queries[i].id] for i in rows}
        return evaluate(judged, run, {"map@20": "map@20"})["map@20"]

    configs = ("raw", "centering", "+ feedback", "+ neighbours", "both")
    return {
        f"{name} ({len(rows)})": {c: score(rows, c) for c in configs} for name, rows in sets.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    from bawaba.search.embedder import make_embedder
    from bawaba.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--qrels", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    result = split_check(
        args.corpus, args.queries, args.qrels, make_embedder(settings.embedder),
        sample=args.sample, seed=args.seed, cache_dir=settings.index_dir / "embeddings",
    )  # fmt: skip
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
