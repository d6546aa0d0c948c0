"""Shared fixtures: a fresh catalog store on SQLite and, when configured, on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bawaba.catalog.db import make_engine, upgrade
from bawaba.catalog.store import CatalogStore

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("BAWABA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
POSTGRES_URL = os.environ.get("BAWABA_TEST_POSTGRES_URL", "")


def shared_file(*parts: str) -> Path:
    """A file of ../shared, or a clear skip when this machine does not have it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present: this test needs the shared benchmark material")
    return path


def _reset_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
    ]
)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database on each backend the suite runs against."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'bawaba.db'}"
    else:
        if not POSTGRES_URL:
            if os.environ.get("BAWABA_REQUIRE_POSTGRES"):
                pytest.fail("BAWABA_REQUIRE_POSTGRES is set but BAWABA_TEST_POSTGRES_URL is empty")
            pytest.skip("set BAWABA_TEST_POSTGRES_URL to run the PostgreSQL variant")
        url = POSTGRES_URL
        _reset_postgres(url)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url


@pytest.fixture
def store(database_url: str) -> Iterator[CatalogStore]:
    engine = make_engine(database_url)
    yield CatalogStore(engine)
    engine.dispose()


@pytest.fixture
def loaded_store(store: CatalogStore) -> CatalogStore:
    from bawaba.catalog.reader import read_file

    for name in ("taxonomy.ttl", "catalog.jsonld"):
        store.apply(read_file(FIXTURES / name, 10_000_000), source=name)
    return store
