"""BM25 over analysed tokens, two fields (head = title + keywords, body = the rest).

Scoring is bm25s's (Lù, "BM25S", 2024; Lucene variant of Robertson & Zaragoza 2009); the
index persists as bm25s's own .npy + .json files (no pickle).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float64]


class LexicalIndex(Protocol):
    def build(self, documents: list[list[str]]) -> None: ...

    def scores(self, tokens: list[str]) -> Vector: ...

    def vocabulary(self) -> set[str]: ...

    def document_frequency(self, token: str) -> int: ...

    def save(self, folder: Path) -> None: ...

    def load(self, folder: Path) -> None: ...


class BM25Index:
    """One BM25 field. Empty documents are allowed (score 0)."""

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self._bm25: object | None = None
        self._vocab: dict[str, int] = {}
        self._df: dict[str, int] = {}
        self._n = 0

    def build(self, documents: list[list[str]]) -> None:
        import bm25s

        self._n = len(documents)
        # bm25s cannot index a document with no token: give empties a token nobody queries.
        docs = [d if d else ["\x00empty"] for d in documents]
        vocab: dict[str, int] = {}
        for d in docs:
            for t in d:
                vocab.setdefault(t, len(vocab))
        ids = [[vocab[t] for t in d] for d in docs]
        model = bm25s.BM25(k1=self.k1, b=self.b)
        model.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
        self._bm25, self._vocab = model, vocab
        df: dict[str, int] = {}
        for d in docs:
            for t in set(d):
                df[t] = df.get(t, 0) + 1
        self._df = df

    def scores(self, tokens: list[str]) -> Vector:
        if self._bm25 is None or self._n == 0:
            return np.zeros(self._n)
        ids = [self._vocab[t] for t in tokens if t in self._vocab]
        if not ids:
            return np.zeros(self._n)
        return np.asarray(self._bm25.get_scores(ids), dtype=np.float64)  # type: ignore[attr-defined]

    def vocabulary(self) -> set[str]:
        return set(self._vocab)

    def document_frequency(self, token: str) -> int:
        return self._df.get(token, 0)

    @property
    def size(self) -> int:
        return self._n

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(folder), show_progress=False)  # type: ignore[attr-defined]
        (folder / "bawaba-field.json").write_text(
            json.dumps(
                {"k1": self.k1, "b": self.b, "n": self._n, "vocab": self._vocab, "df": self._df},
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )

    def load(self, folder: Path) -> None:
        import bm25s

        meta = json.loads((folder / "bawaba-field.json").read_text(encoding="utf-8"))
        self.k1, self.b, self._n = meta["k1"], meta["b"], meta["n"]
        self._vocab, self._df = meta["vocab"], meta["df"]
        self._bm25 = (
            bm25s.BM25.load(str(folder), load_vocab=False, show_progress=False) if self._n else None
        )
