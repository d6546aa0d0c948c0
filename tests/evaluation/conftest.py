"""A toy multilingual pool with the failures real encoders show.

Passage "t3|fr" is topic 3 said in French: the topic, plus what French wording adds to
*this* topic (shared by a French query on it, as surface words are), plus a strong French
direction common to every French text (the language pull). Query "q3|en" is topic 3
blurred towards topic 4, with English wording of topic 3 and the English direction. So the
raw vectors rank English passages first, and once centred, passages on topic 4 still
compete with the French and Arabic answers.
"""

from __future__ import annotations

import numpy as np
import pytest

from bawaba.search.embedder import Matrix

LANGS = ("en", "fr", "ar")
TOPICS = 8
DIM = 32


def _unit(v: np.ndarray) -> np.ndarray:
    out: np.ndarray = (v / np.linalg.norm(v)).astype(np.float32)
    return out


class PoolEmbedder:
    """Vectors for "tN|lang" texts, from fixed random topic and language directions."""

    def __init__(self, language_pull: float = 1.2) -> None:
        rng = np.random.default_rng(7)
        self.topics = rng.normal(size=(TOPICS, DIM))
        self.langs = {lang: rng.normal(size=DIM) for lang in LANGS}
        self.wording = rng.normal(size=(TOPICS, len(LANGS), DIM))
        self.pull = language_pull

    @property
    def id(self) -> str:
        return "pool-test"

    @property
    def dim(self) -> int:
        return DIM

    def _vector(self, text: str, query: bool) -> np.ndarray:
        topic, lang = text.split("|")
        t = int(topic.removeprefix("q").removeprefix("t"))
        wording = 0.6 * _unit(self.wording[t, LANGS.index(lang)])
        if query:
            meaning = 0.6 * _unit(self.topics[t]) + 0.5 * _unit(self.topics[(t + 1) % TOPICS])
        else:
            meaning = _unit(self.topics[t])
        return _unit(meaning + wording + self.pull * _unit(self.langs[lang]))

    def embed_queries(self, texts: list[str]) -> Matrix:
        return np.stack([self._vector(t, True) for t in texts])

    def embed_passages(self, texts: list[str]) -> Matrix:
        return np.stack([self._vector(t, False) for t in texts])


@pytest.fixture
def pool_embedder() -> PoolEmbedder:
    return PoolEmbedder()
