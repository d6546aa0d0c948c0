from __future__ import annotations

from pathlib import Path

import pytest

from bawaba.catalog.db import make_engine, upgrade
from bawaba.catalog.demo import demo_files
from bawaba.catalog.importing import import_files
from bawaba.catalog.store import CatalogStore
from bawaba.search.dense import EmbeddingCache
from bawaba.search.embedder import HashEmbedder
from bawaba.search.engine import Searcher
from bawaba.search.index import SearchIndex


@pytest.fixture(scope="session")
def demo_catalog(tmp_path_factory: pytest.TempPathFactory) -> CatalogStore:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    store = CatalogStore(engine)
    import_files(store, demo_files(), max_bytes=50_000_000)
    return store


@pytest.fixture(scope="session")
def demo_index(demo_catalog: CatalogStore, tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    index = SearchIndex(embedder=HashEmbedder())
    cache = EmbeddingCache(tmp_path_factory.mktemp("emb"))
    index.build(
        demo_catalog.services(),
        demo_catalog.revision(),
        cache=cache,
        concepts=demo_catalog.concepts(),
    )
    return index


@pytest.fixture
def searcher(demo_index: SearchIndex) -> Searcher:
    return Searcher(demo_index)


def index_folder(tmp_path: Path) -> Path:
    return tmp_path / "index"
