"""The two baselines every search evaluation reports, computed in the same run.

- `bm25`: plain BM25 over title, keywords, description, documents and steps, tokenised by
  lower-casing and splitting on non-word characters — no normalisation, stemming,
  transliteration or expansion.
- `dense`: the default embedder alone (raw query against the title + description passages).
"""

from __future__ import annotations

import re

import numpy as np

from bawaba.search.index import SearchIndex
from bawaba.search.lexical import BM25Index

_WORD = re.compile(r"\w+", re.UNICODE)


def plain_tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class PlainBM25:
    def __init__(self, index: SearchIndex) -> None:
        self.ids = [s.id for s in index.services]
        self.bm25 = BM25Index()
        docs = []
        for s in index.services:
            parts = [*s.title.values(), *s.keywords.values(), *s.body.values()]
            docs.append(plain_tokens(" ".join(parts)))
        self.bm25.build(docs)

    def rank(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        scores = self.bm25.scores(plain_tokens(query))
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]


class DenseOnly:
    def __init__(self, index: SearchIndex) -> None:
        self.index = index

    def rank(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        vectors = self.index.embedder.embed_queries([query])
        scores = self.index.dense.scores(vectors, len(self.index))
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.index.services[i].id, float(scores[i])) for i in order]
