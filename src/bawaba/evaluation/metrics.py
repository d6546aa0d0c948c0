"""IR metrics through ranx (no hand-written metric code)."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

SEARCH_METRICS = {
    "recall@1": "recall@1",
    "recall@5": "recall@5",
    "mrr@10": "mrr@10",
    "ndcg@10": "ndcg@10",
}


def evaluate(
    qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]], metrics: dict[str, str]
) -> dict[str, float]:
    """Mean of each metric over the queries of `qrels` (a query with no results scores 0)."""
    from ranx import Qrels, Run
    from ranx import evaluate as ranx_evaluate

    if not qrels:
        return {name: 0.0 for name in metrics}
    # ranx needs at least one document per query in the run; an empty result scores 0.
    full_run = {q: (run.get(q) or {"\x00none": 0.0}) for q in qrels}
    with warnings.catch_warnings():
        # ranx's numba kernels warn about a uint64 → int64 cast when first compiled (ranks
        # and counts are far below 2**63): harmless, and not ours to fix.
        warnings.filterwarnings("ignore", message="unsafe cast from uint64 to int64")
        scores: Any = ranx_evaluate(
            Qrels(qrels), Run(full_run), list(metrics.values()), make_comparable=True
        )
    if len(metrics) == 1:
        scores = {next(iter(metrics.values())): scores}
    return {name: round(float(scores[m]), 4) for name, m in metrics.items()}


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    if not samples_ms:
        return {"p50": 0.0, "p95": 0.0}
    arr = np.asarray(samples_ms)
    return {
        "p50": round(float(np.percentile(arr, 50)), 3),
        "p95": round(float(np.percentile(arr, 95)), 3),
    }
