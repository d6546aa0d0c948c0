"""Wiring shared by the adapters (CLI, web): settings → engine → store."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import Engine

from bawaba.catalog.db import make_engine
from bawaba.catalog.store import CatalogStore
from bawaba.settings import Settings


@dataclass
class Context:
    settings: Settings

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.settings.resolved_database_url)

    @cached_property
    def store(self) -> CatalogStore:
        return CatalogStore(self.engine)
