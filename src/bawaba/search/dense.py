"""Dense vectors in memory (exact cosine by matrix product), with an embedding cache on disk.

A service has one passage per language; its score is the best passage's. Exact search is
the right tool at catalog scale (10^5 passages × 384 dims ≈ 150 MB, one GEMV per query);
a larger collection would move behind the same seam to an ANN engine.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from bawaba.search.embedder import Embedder, Matrix

Vector = npt.NDArray[np.float64]


class DenseIndex(Protocol):
    def build(self, passages: list[tuple[int, str]], embedder: Embedder) -> None: ...

    def scores(self, query_vectors: Matrix, n_docs: int) -> Vector: ...

    def save(self, folder: Path) -> None: ...

    def load(self, folder: Path) -> None: ...


def text_key(embedder_id: str, text: str) -> str:
    return hashlib.sha256(f"{embedder_id}\x00{text}".encode()).hexdigest()[:32]


class EmbeddingCache:
    """Passage vectors keyed by (embedder, text) hash, so a rebuild embeds only what changed."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._vectors: dict[str, npt.NDArray[np.float32]] = {}
        if folder is not None and (folder / "cache.json").exists():
            keys = json.loads((folder / "cache.json").read_text())
            matrix = np.load(folder / "cache.npy", allow_pickle=False)
            self._vectors = {k: matrix[i] for i, k in enumerate(keys)}

    def get_many(
        self,
        embedder: Embedder,
        texts: list[str],
        on_progress: Callable[[int], None] | None = None,
        batch: int = 32,
    ) -> Matrix:
        keys = [text_key(embedder.id, t) for t in texts]
        missing = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in self._vectors}.items()
        )
        for start in range(0, len(missing), batch):
            chunk = missing[start : start + batch]
            vectors = embedder.embed_passages([t for _, t in chunk])
            for (k, _), v in zip(chunk, vectors, strict=True):
                self._vectors[k] = v
            if on_progress is not None:
                on_progress(len(chunk))
        if not keys:
            return np.zeros((0, embedder.dim), np.float32)
        return np.stack([self._vectors[k] for k in keys]).astype(np.float32)

    def missing(self, embedder: Embedder, texts: list[str]) -> int:
        return len({text_key(embedder.id, t) for t in texts} - set(self._vectors))

    def save(self) -> None:
        if self.folder is None or not self._vectors:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        keys = sorted(self._vectors)
        np.save(
            self.folder / "cache.npy",
            np.stack([self._vectors[k] for k in keys]),
            allow_pickle=False,
        )
        (self.folder / "cache.json").write_text(json.dumps(keys))


class MatrixDenseIndex:
    """Passage matrix + the document each passage belongs to."""

    def __init__(self) -> None:
        self.matrix: Matrix = np.zeros((0, 0), np.float32)
        self.owner: npt.NDArray[np.int64] = np.zeros(0, np.int64)

    def set(self, matrix: Matrix, owner: list[int]) -> None:
        self.matrix = matrix.astype(np.float32)
        self.owner = np.asarray(owner, dtype=np.int64)

    def scores(self, query_vectors: Matrix, n_docs: int) -> Vector:
        """Best passage cosine per document, averaged over the query's variants."""
        return self.best_and_mean(query_vectors, n_docs)[0]

    def best_and_mean(self, query_vectors: Matrix, n_docs: int) -> tuple[Vector, Vector]:
        """Best and mean passage cosine per document (one matrix product for both)."""
        if self.matrix.size == 0 or query_vectors.size == 0:
            return np.zeros(n_docs), np.zeros(n_docs)
        sims = (self.matrix @ query_vectors.T).mean(axis=1).astype(np.float64)
        best = np.full(n_docs, -1.0)
        np.maximum.at(best, self.owner, sims)
        counts = np.bincount(self.owner, minlength=n_docs)
        total = np.bincount(self.owner, weights=sims, minlength=n_docs)
        mean = np.where(counts > 0, total / np.maximum(counts, 1), -1.0)
        return best, mean

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "passages.npy", self.matrix, allow_pickle=False)
        np.save(folder / "owner.npy", self.owner, allow_pickle=False)

    def load(self, folder: Path) -> None:
        self.matrix = np.load(folder / "passages.npy", allow_pickle=False)
        self.owner = np.load(folder / "owner.npy", allow_pickle=False)
