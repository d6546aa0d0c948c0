"""Score fusion as small pure functions.

- `minmax`: rescale a score vector to [0, 1] so that lexical and dense scores are comparable
  (the "convex combination" of Bruch et al., "An Analysis of Fusion Functions for Hybrid
  Retrieval", TOIS 2023, found it at least as good as RRF when weights are tuned).
- `rrf`: reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009), score = Σ 1/(k + rank);
  k = 60 damps the head so that one list cannot dominate. Kept as the measured baseline.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float64]


def minmax(scores: Vector, mask: npt.NDArray[np.bool_] | None = None) -> Vector:
    """Rescale to [0, 1] over the candidates in `mask` (all when None); constant → zeros."""
    s = np.asarray(scores, dtype=np.float64)
    sel = s if mask is None else s[mask]
    if sel.size == 0:
        return np.zeros_like(s)
    lo, hi = float(sel.min()), float(sel.max())
    if hi - lo <= 1e-12:
        return np.zeros_like(s)
    return np.clip((s - lo) / (hi - lo), 0.0, 1.0)


def convex(lexical: Vector, dense: Vector, lexical_weight: float) -> Vector:
    """w·lexical + (1−w)·dense on already-normalised scores."""
    w = min(max(lexical_weight, 0.0), 1.0)
    return w * lexical + (1.0 - w) * dense


def rrf(*score_lists: Vector, k: int = 60) -> Vector:
    """Reciprocal rank fusion of full score vectors (higher score = better rank)."""
    total = np.zeros_like(np.asarray(score_lists[0], dtype=np.float64))
    for scores in score_lists:
        order = np.argsort(-np.asarray(scores), kind="stable")
        ranks = np.empty_like(order)
        ranks[order] = np.arange(1, len(order) + 1)
        total += 1.0 / (k + ranks)
    return total
