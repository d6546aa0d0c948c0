from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bawaba.evaluation.crosslingual import centered, feedback, neighbours, smoothed
from tests.evaluation.conftest import LANGS, TOPICS, PoolEmbedder

PASSAGES = [f"t{t}|{lang}" for t in range(TOPICS) for lang in LANGS]
DOC_LANGS = [p.split("|")[1] for p in PASSAGES]
QUERIES = [f"q{t}|en" for t in range(TOPICS)]


def _top(scores: np.ndarray, k: int) -> list[set[str]]:
    return [{PASSAGES[i] for i in np.argsort(-row)[:k]} for row in scores]


def _translations(t: int) -> set[str]:
    return {f"t{t}|{lang}" for lang in LANGS}


def test_the_toy_pool_has_a_language_pull(pool_embedder: PoolEmbedder) -> None:
    docs = pool_embedder.embed_passages(PASSAGES)
    queries = pool_embedder.embed_queries(QUERIES)
    tops = _top(queries @ docs.T, 3)
    # Raw vectors: the best three for an English query are mostly English passages.
    assert sum(len(top & _translations(t)) for t, top in enumerate(tops)) < 2 * TOPICS


def test_centering_removes_each_language_mean(pool_embedder: PoolEmbedder) -> None:
    docs = pool_embedder.embed_passages(PASSAGES)
    queries = pool_embedder.embed_queries(QUERIES)
    docs_c, queries_c = centered(docs, DOC_LANGS, queries, ["en"] * len(QUERIES))
    for lang in LANGS:
        rows = [i for i, lg in enumerate(DOC_LANGS) if lg == lang]
        assert np.linalg.norm(docs_c[rows].mean(axis=0)) < 0.5 * np.linalg.norm(
            docs[rows].mean(axis=0)
        )
    assert np.allclose(np.linalg.norm(docs_c, axis=1), 1.0, atol=1e-5)
    assert np.allclose(np.linalg.norm(queries_c, axis=1), 1.0, atol=1e-5)


def test_a_query_language_missing_from_the_corpus_is_left_as_is(
    pool_embedder: PoolEmbedder,
) -> None:
    docs = pool_embedder.embed_passages(PASSAGES)
    queries = pool_embedder.embed_queries(QUERIES[:1])
    _, queries_c = centered(docs, DOC_LANGS, queries, ["sw"])
    assert np.allclose(queries_c, queries, atol=1e-6)


def test_feedback_moves_the_query_towards_its_best_passage(pool_embedder: PoolEmbedder) -> None:
    docs = pool_embedder.embed_passages(PASSAGES)
    queries = pool_embedder.embed_queries(QUERIES)
    moved = feedback(queries, docs, 2.0, 5, 0.01)
    best = np.argmax(queries @ docs.T, axis=1)
    rows = np.arange(len(QUERIES))
    assert np.all((moved @ docs.T)[rows, best] > (queries @ docs.T)[rows, best])
    assert feedback(queries, docs, 0.0, 5, 0.01) is queries


def test_neighbours_are_the_passage_then_its_translations(pool_embedder: PoolEmbedder) -> None:
    docs = pool_embedder.embed_passages(PASSAGES)
    docs_c, _ = centered(docs, DOC_LANGS, docs[:1], ["en"])
    graph = neighbours(docs_c, len(LANGS), chunk=5)  # chunks smaller than the corpus
    for i, passage in enumerate(PASSAGES):
        assert graph[i, 0] == i
        t = int(passage.split("|")[0].removeprefix("t"))
        assert {PASSAGES[j] for j in graph[i]} == _translations(t)


def test_a_passage_is_its_own_first_neighbour_beside_a_duplicate() -> None:
    docs = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    graph = neighbours(docs, 2)
    assert list(graph[:, 0]) == [0, 1, 2]
    assert set(graph[0]) == set(graph[1]) == {0, 1}


def test_the_pipeline_ranks_every_translation_of_the_answer_first(
    pool_embedder: PoolEmbedder,
) -> None:
    docs = pool_embedder.embed_passages(PASSAGES)
    queries = pool_embedder.embed_queries(QUERIES)
    docs_c, queries_c = centered(docs, DOC_LANGS, queries, ["en"] * len(QUERIES))
    answers = [_translations(t) for t in range(TOPICS)]
    # Centring alone leaves passages on the neighbouring topic among the best three…
    assert _top(queries_c @ docs_c.T, 3) != answers
    # …feedback and neighbour smoothing lift the answer's other languages above them.
    refined = feedback(queries_c, docs_c, 2.0, 10, 0.01)
    scores = smoothed(refined @ docs_c.T, neighbours(docs_c, len(LANGS)), 0.7)
    assert _top(scores, 3) == answers


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=1, max_value=12),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_smoothing_keeps_shape_and_zero_weight_is_identity(
    n_queries: int, n_docs: int, weight: float
) -> None:
    rng = np.random.default_rng(n_queries * 100 + n_docs)
    docs = rng.normal(size=(n_docs, 4)).astype(np.float32)
    docs /= np.linalg.norm(docs, axis=1, keepdims=True)
    scores = rng.normal(size=(n_queries, n_docs)).astype(np.float32)
    graph = neighbours(docs, 3)
    out = smoothed(scores, graph, weight)
    assert out.shape == scores.shape
    assert smoothed(scores, graph, 0.0) is scores
    assert smoothed(scores, graph[:, :1], weight) is scores  # no neighbours but itself
    # The result is a convex mix of scores: it stays within their range.
    assert np.all(out <= scores.max() + 1e-5) and np.all(out >= scores.min() - 1e-5)
