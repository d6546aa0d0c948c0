from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from bawaba.search.fusion import convex, minmax, rrf

scores = arrays(np.float64, st.integers(1, 30), elements=st.floats(-1e3, 1e3))


@given(scores)
def test_minmax_is_bounded_and_order_preserving(s: np.ndarray) -> None:
    out = minmax(s)
    assert ((out >= 0) & (out <= 1)).all()
    order = np.argsort(s, kind="stable")
    assert (np.diff(out[order]) >= -1e-12).all()


@given(scores, st.floats(0, 1))
def test_convex_stays_between_its_inputs(s: np.ndarray, w: float) -> None:
    a, b = minmax(s), minmax(-s)
    out = convex(a, b, w)
    assert (out >= np.minimum(a, b) - 1e-12).all() and (out <= np.maximum(a, b) + 1e-12).all()


def test_zero_lexical_weight_is_pure_dense() -> None:
    dense = np.array([0.1, 0.9, 0.5])
    assert np.allclose(convex(np.array([1.0, 0.0, 0.0]), dense, 0.0), dense)


def test_rrf_matches_the_formula() -> None:
    a = np.array([3.0, 2.0, 1.0])  # ranks 1, 2, 3
    b = np.array([1.0, 3.0, 2.0])  # ranks 3, 1, 2
    expected = np.array([1 / 61 + 1 / 63, 1 / 62 + 1 / 61, 1 / 63 + 1 / 62])
    assert np.allclose(rrf(a, b), expected)
