"""The demo catalog `make run` loads: complete, bilingual, valid."""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Graph

from bawaba.catalog.demo import demo_files
from bawaba.catalog.exporter import export
from bawaba.catalog.importing import import_files
from bawaba.catalog.model import Scheme
from bawaba.catalog.shacl import validate
from bawaba.catalog.store import CatalogStore
from tests.conftest import shared_file


@pytest.fixture
def demo_store(store: CatalogStore) -> CatalogStore:
    import_files(store, demo_files(), max_bytes=50_000_000)
    return store


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_demo_catalog_is_broad_and_bilingual(demo_store: CatalogStore) -> None:
    services = demo_store.services()
    assert len(services) >= 120
    themes = {c.notation for c in demo_store.concepts(Scheme.THEME)}
    assert len(themes) == 14
    assert set(Counter(s.themes[0] for s in services)) == themes
    for s in services:
        assert {"fr", "ar"} <= set(s.title) and {"fr", "ar"} <= set(s.description), s.id
        assert s.steps and all({"fr", "ar"} <= set(step) for step in s.steps), s.id
        assert s.authority, s.id
    for c in demo_store.concepts():
        assert {"fr", "ar", "zgh"} <= set(c.label), c.notation


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_loading_the_demo_twice_changes_nothing(demo_store: CatalogStore) -> None:
    revision = demo_store.revision()
    reports = import_files(demo_store, demo_files(), max_bytes=50_000_000)
    assert all(not r.result.changed for r in reports)
    assert demo_store.revision() == revision


@pytest.mark.shared
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_demo_export_conforms_to_official_shapes(demo_store: CatalogStore) -> None:
    shapes = shared_file("cpsv-ap", "cpsv-ap-SHACL.ttl")
    graph = Graph().parse(data=export(demo_store.bundle(), "ttl"), format="turtle")
    report = validate(graph, shapes)
    assert report.violations == 0, report.text()
