"""Index build, plain-file persistence and refresh."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bawaba.catalog.model import Status
from bawaba.catalog.store import CatalogStore
from bawaba.search.embedder import HashEmbedder
from bawaba.search.engine import Searcher
from bawaba.search.index import FORMAT_VERSION, SearchIndex


def test_saved_index_is_plain_files_with_a_manifest(
    demo_index: SearchIndex, tmp_path: Path
) -> None:
    folder = tmp_path / "index"
    demo_index.save(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["embedder"] == "hash:64"
    assert manifest["catalog_revision"] == demo_index.revision
    assert not list(folder.rglob("*.pkl")) and not list(folder.rglob("*.pickle"))
    loaded = SearchIndex.load(folder, HashEmbedder())
    a = Searcher(demo_index).rank("renouvellement passeport", k=5)
    b = Searcher(loaded).rank("renouvellement passeport", k=5)
    assert [x[0] for x in a] == [x[0] for x in b]
    assert np.allclose([x[1] for x in a], [x[1] for x in b])


def test_only_published_services_are_indexed(
    demo_catalog: CatalogStore, demo_index: SearchIndex
) -> None:
    published = demo_catalog.count_services(Status.PUBLISHED)
    assert len(demo_index) == published


def test_loading_with_another_embedder_is_refused(demo_index: SearchIndex, tmp_path: Path) -> None:
    import pytest

    from bawaba.search.index import IndexMismatchError

    demo_index.save(tmp_path / "i")
    with pytest.raises(IndexMismatchError, match="rebuild"):
        SearchIndex.load(tmp_path / "i", HashEmbedder(dim=32))


def test_incremental_refresh_follows_the_catalog(tmp_path: Path) -> None:
    from bawaba.catalog.db import make_engine, upgrade
    from bawaba.catalog.model import CatalogBundle
    from bawaba.catalog.reader import read_file
    from bawaba.runtime import Bawaba
    from bawaba.settings import Settings
    from tests.conftest import FIXTURES

    settings = Settings(home=tmp_path, embedder="hash")
    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    rt = Bawaba(settings, refresh_interval=0.0)
    for name in ("taxonomy.ttl", "catalog.jsonld"):
        rt.store.apply(read_file(FIXTURES / name, 10**7), source=name)
    first = rt.searcher().index
    assert {s.id for s in first.services} == {"cnie-renouvellement", "permis-duplicata"}
    svc = rt.store.get_service("permis-duplicata")
    svc.title["fr"] = "Remplacer un permis de conduire volé"
    rt.store.apply(CatalogBundle(services=[svc]), source="edit")
    rt.store.delete_service("cnie-renouvellement", source="edit")
    index = rt.searcher().index
    assert index.revision == rt.store.revision()
    assert [s.id for s in index.services] == ["permis-duplicata"]
    assert rt.search("permis volé").hits[0].id == "permis-duplicata"
    # A new process picks up the saved index instead of rebuilding it.
    again = Bawaba(settings)
    assert again.searcher().index.revision == index.revision
