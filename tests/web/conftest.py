"""A portal over the shipped demo catalog, on a temporary SQLite database, with no model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bawaba.catalog.db import make_engine, upgrade
from bawaba.catalog.demo import demo_files
from bawaba.catalog.importing import import_files
from bawaba.catalog.store import CatalogStore
from bawaba.runtime import Bawaba
from bawaba.settings import Settings
from bawaba.web.app import create_app


def _load_demo(settings: Settings) -> None:
    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    store = CatalogStore(engine)
    files = []
    for path in demo_files():
        # A demo file a colleague is still writing must not break the portal's tests.
        try:
            import_files(store, [path], max_bytes=settings.max_import_bytes, actor="test")
        except Exception as exc:  # pragma: no cover - depends on the data's state
            files.append(f"{path.name}: {exc}")
    engine.dispose()
    if files:
        print("demo files skipped:", *files, sep="\n  ")


@pytest.fixture(scope="session")
def portal_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    home: Path = tmp_path_factory.mktemp("portal")
    settings = Settings(home=home, embedder="hash", environment="test")
    _load_demo(settings)
    return settings


@pytest.fixture(scope="session")
def bawaba_core(portal_settings: Settings) -> Bawaba:
    core = Bawaba(portal_settings)
    core.searcher()  # build the index once for the whole session
    return core


@pytest.fixture(scope="session")
def app(portal_settings: Settings, bawaba_core: Bawaba) -> FastAPI:
    return create_app(portal_settings, bawaba_core)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://bawaba.test") as c:
        yield c
