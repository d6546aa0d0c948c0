"""The running portal's core: catalog store + search index, kept in step with the revision.

Adapters (web, CLI) hold one `Bawaba` and call its methods; they never touch the index or
the database directly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from bawaba.catalog.model import Concept, Organisation, Scheme, Service, Status
from bawaba.catalog.store import CatalogStore
from bawaba.context import Context
from bawaba.errors import NotFoundError
from bawaba.search.dense import EmbeddingCache
from bawaba.search.embedder import Embedder, make_embedder
from bawaba.search.engine import Filters, Searcher, SearchResult
from bawaba.search.index import IndexMismatchError, SearchIndex
from bawaba.settings import Settings


@dataclass
class Bawaba:
    settings: Settings
    embedder: Embedder | None = None
    refresh_interval: float = 2.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _searcher: Searcher | None = field(default=None, repr=False)
    _checked_at: float = field(default=0.0, repr=False)

    @cached_property
    def context(self) -> Context:
        return Context(self.settings)

    @property
    def store(self) -> CatalogStore:
        return self.context.store

    def _embedder(self) -> Embedder:
        if self.embedder is None:
            self.embedder = make_embedder(self.settings.embedder)
        return self.embedder

    # -- index lifecycle ----------------------------------------------------------------------

    def searcher(self, on_embed: Callable[[int], None] | None = None) -> Searcher:
        """The current searcher; rebuilt from the catalog when its revision moved on.

        The revision is polled at most every `refresh_interval` seconds; a rebuild reuses
        every cached passage vector, so only changed services are embedded again.
        """
        now = time.monotonic()
        if self._searcher is not None and now - self._checked_at < self.refresh_interval:
            return self._searcher
        with self._lock:
            self._checked_at = now
            if self._searcher is None:
                self.store.check()  # a clear "run bawaba db upgrade" instead of an SQL error
            revision = self.store.revision()
            if self._searcher is not None and self._searcher.index.revision == revision:
                return self._searcher
            index = self._searcher.index if self._searcher is not None else self._load_saved()
            if index is None or index.embedder.id != self._embedder().id:
                index = self.build_index(on_embed=on_embed)
            elif index.revision != revision:
                self.refresh_index(index)
            self._searcher = Searcher(index)
            self._searcher.warm_up()
            return self._searcher

    def refresh_index(self, index: SearchIndex) -> None:
        """Bring `index` to the catalog's revision, touching only what changed."""
        cache = EmbeddingCache(self.settings.index_dir / "embeddings")
        concepts = self.store.concepts()
        if index.labels() != {(c.scheme.value, c.notation): c.label for c in concepts}:
            # Taxonomy labels feed every record's text: rebuild (vectors stay cached).
            index.build(
                self.store.services(), self.store.revision(), cache=cache, concepts=concepts
            )
        else:
            changed, deleted = self.store.services_changed_since(index.revision)
            index.apply_changes(changed, deleted, self.store.revision(), cache=cache)
        cache.save()
        index.save(self.settings.index_dir / "current")

    def _load_saved(self) -> SearchIndex | None:
        folder = self.settings.index_dir / "current"
        if not (folder / "manifest.json").exists():
            return None
        try:
            return SearchIndex.load(folder, self._embedder())
        except (IndexMismatchError, OSError, ValueError, KeyError):
            return None

    def build_index(self, on_embed: Callable[[int], None] | None = None) -> SearchIndex:
        store = self.store
        store.check()
        revision = store.revision()
        index = SearchIndex(embedder=self._embedder())
        cache = EmbeddingCache(self.settings.index_dir / "embeddings")
        index.build(
            store.services(), revision, cache=cache, on_embed=on_embed, concepts=store.concepts()
        )
        cache.save()
        index.save(self.settings.index_dir / "current")
        return index

    def pending_embeddings(self) -> int:
        """How many passages a rebuild would embed (for progress bars)."""
        from bawaba.search.documents import IndexedService

        texts = [
            t
            for s in self.store.services(Status.PUBLISHED)
            for _, t in IndexedService.from_service(s).passages()
        ]
        return EmbeddingCache(self.settings.index_dir / "embeddings").missing(
            self._embedder(), texts
        )

    # -- what adapters call -------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        lang: str | None = None,
        filters: Filters | None = None,
        page: int = 1,
        per_page: int = 10,
        display_language: str = "fr",
    ) -> SearchResult:
        return self.searcher().search(
            query,
            lang=lang,
            filters=filters,
            page=page,
            per_page=per_page,
            display_language=display_language,
        )

    def service(self, service_id: str) -> Service:
        svc = self.store.get_service(service_id)
        if svc.status != Status.PUBLISHED:
            raise NotFoundError(f"service {service_id!r} is not published")
        return svc

    def concepts(self, scheme: Scheme) -> list[Concept]:
        return self.store.concepts(scheme)

    def organisations(self) -> list[Organisation]:
        return self.store.organisations()
