"""Dense ranking over a multilingual pool of passages, where every language's answer counts.

Three vector operations, each a pure function over unit vectors (docs/adr/0008):

- **language centering**: subtract each language's mean corpus vector from the passages and
  queries of that language (Libovický, Rosa & Fraser, "On the Language Neutrality of
  Pre-trained Multilingual Representations", 2020), removing the pull of same-language
  candidates;
- **pseudo-relevance feedback**: move the query towards its best few passages, weighted by a
  softmax of their scores (Rocchio in vector space, as in Li et al., "Pseudo Relevance
  Feedback with Deep Language Models and Dense Retrievers", 2021): the best passage is
  usually the answer in *some* language, and its vector carries less of the query's own
  language than the query does;
- **neighbour smoothing**: a passage also scores by the mean score of its nearest passages
  in the corpus (a corpus graph, as in MacAvaney et al., "Adaptive Re-Ranking with a Corpus
  Graph", 2022). In a pool of translations those neighbours are the same sentence in the
  other languages, so one answer's languages rise together.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bawaba.search.embedder import Matrix


@dataclass(frozen=True)
class PoolParams:
    """Chosen on a 2,000-query sample of XQuAD-R and checked on the other queries
    (docs/BENCHMARKS.md); the grid around them is flat."""

    center: bool = True
    feedback_weight: float = 2.0
    """Weight of the feedback vector added to the query (0 = no feedback)."""
    feedback_docs: int = 10
    feedback_temperature: float = 0.01
    """Softmax temperature over cosines: 0.01 lets a clear best passage dominate."""
    neighbour_weight: float = 0.7
    """Share of the neighbours' mean in a passage's score (0 = no smoothing)."""
    neighbours: int | None = None
    """Neighbours per passage, itself included; None = the number of corpus languages
    holding ≥ 1 % of the passages (a sentence has at most one translation per language)."""


def _normalised(m: Matrix) -> Matrix:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    out: Matrix = (m / np.where(norms == 0, 1, norms)).astype(np.float32)
    return out


def centered(
    docs: Matrix, doc_langs: list[str], queries: Matrix, query_langs: list[str]
) -> tuple[Matrix, Matrix]:
    """Subtract each language's mean corpus vector (queries of a language the corpus lacks
    are left as they are); renormalise."""
    means = {
        lang: docs[[i for i, lg in enumerate(doc_langs) if lg == lang]].mean(axis=0)
        for lang in set(doc_langs)
    }
    zero = np.zeros(docs.shape[1], dtype=np.float32)

    def apply(m: Matrix, langs: list[str]) -> Matrix:
        return _normalised(m - np.stack([means.get(lang, zero) for lang in langs]))

    return apply(docs, doc_langs), apply(queries, query_langs)


def feedback(queries: Matrix, docs: Matrix, weight: float, k: int, temperature: float) -> Matrix:
    """Queries moved towards the softmax-weighted mean of their `k` best passages."""
    if weight <= 0 or len(docs) == 0:
        return queries
    k = min(k, len(docs))
    scores = queries @ docs.T
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    best = np.take_along_axis(scores, top, axis=1)
    w = np.exp((best - best.max(axis=1, keepdims=True)) / temperature)
    w /= w.sum(axis=1, keepdims=True)
    return _normalised(queries + weight * np.einsum("qk,qkd->qd", w, docs[top]))


def neighbours(docs: Matrix, m: int, chunk: int = 1024) -> npt.NDArray[np.int64]:
    """Each passage's `m` most similar passages (itself first), by cosine; in chunks so
    memory stays at `chunk` × corpus size."""
    m = max(1, min(m, len(docs)))
    out = np.zeros((len(docs), m), dtype=np.int64)
    for start in range(0, len(docs), chunk):
        sims = docs[start : start + chunk] @ docs.T
        # A passage is its own first neighbour, even beside an exact duplicate.
        rows = np.arange(len(sims))
        sims[rows, start + rows] = np.inf
        top = np.argpartition(-sims, m - 1, axis=1)[:, :m]
        order = np.argsort(-np.take_along_axis(sims, top, axis=1), axis=1, kind="stable")
        out[start : start + chunk] = np.take_along_axis(top, order, axis=1)
    return out


def smoothed(scores: Matrix, graph: npt.NDArray[np.int64], weight: float) -> Matrix:
    """(1 − weight) × own score + weight × mean score of the passage's neighbours."""
    if weight <= 0 or graph.shape[1] <= 1:
        return scores
    out: Matrix = ((1 - weight) * scores + weight * scores[:, graph].mean(axis=2)).astype(
        np.float32
    )
    return out


def pool_scores(
    queries: Matrix, docs: Matrix, graph: npt.NDArray[np.int64], p: PoolParams
) -> Matrix:
    """Scores of every passage for each (centred) query: feedback, then neighbour smoothing."""
    refined = feedback(queries, docs, p.feedback_weight, p.feedback_docs, p.feedback_temperature)
    return smoothed(refined @ docs.T, graph, p.neighbour_weight)
