"""The passage matrix: best and mean passage similarity per record."""

from __future__ import annotations

import numpy as np

from bawaba.search.dense import MatrixDenseIndex


def test_best_and_mean_per_record_in_one_pass() -> None:
    index = MatrixDenseIndex()
    # Record 0 has two passages (one per language), record 1 one, record 2 none.
    index.set(np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]], np.float32), [0, 0, 1])
    best, mean = index.best_and_mean(np.array([[1.0, 0.0]], np.float32), n_docs=3)
    assert np.allclose(best[:2], [1.0, 0.6]) and np.allclose(mean[:2], [0.5, 0.6])
    assert best[2] == mean[2] == -1.0  # a record without passages never wins on density
    assert np.array_equal(index.scores(np.array([[1.0, 0.0]], np.float32), 3), best)


def test_query_variants_are_averaged() -> None:
    index = MatrixDenseIndex()
    index.set(np.array([[1.0, 0.0]], np.float32), [0])
    variants = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    best, _ = index.best_and_mean(variants, n_docs=1)
    assert np.allclose(best, [0.5])
