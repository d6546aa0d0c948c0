"""An assistant over the shipped demo catalog, on a temporary SQLite database, with the hash
embedder (no model load): these tests are about behaviour, not ranking quality."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bawaba.assistant.assistant import Assistant
from bawaba.assistant.conversation import MemoryConversations
from bawaba.catalog.db import make_engine, upgrade
from bawaba.catalog.demo import demo_files
from bawaba.catalog.importing import import_files
from bawaba.catalog.model import Organisation, Service
from bawaba.catalog.store import CatalogStore
from bawaba.runtime import Bawaba
from bawaba.settings import Settings


@pytest.fixture(scope="session")
def demo_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    home: Path = tmp_path_factory.mktemp("assistant")
    settings = Settings(home=home, embedder="hash", environment="test")
    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    import_files(CatalogStore(engine), demo_files(), max_bytes=settings.max_import_bytes)
    engine.dispose()
    return settings


@pytest.fixture(scope="session")
def core(demo_settings: Settings) -> Bawaba:
    bawaba = Bawaba(demo_settings)
    bawaba.searcher()
    return bawaba


@pytest.fixture
def assistant(core: Bawaba) -> Assistant:
    return Assistant(core, conversations=MemoryConversations(ttl=60))


@pytest.fixture(scope="session")
def organisations(core: Bawaba) -> dict[str, Organisation]:
    return {o.id: o for o in core.organisations()}


@pytest.fixture(scope="session")
def record(core: Bawaba) -> Iterator[object]:
    def get(service_id: str) -> Service:
        return core.service(service_id)

    yield get
