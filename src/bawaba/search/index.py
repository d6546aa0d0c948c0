"""The search index: built from the catalog, saved as plain files, refreshed by revision."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bawaba.catalog.model import Concept, Service, Status
from bawaba.errors import BawabaError
from bawaba.search.analysis import analyze_field
from bawaba.search.dense import EmbeddingCache, MatrixDenseIndex
from bawaba.search.documents import IndexedService
from bawaba.search.embedder import Embedder
from bawaba.search.lexical import BM25Index
from bawaba.search.skeletons import SkeletonVocabulary
from bawaba.search.spelling import Speller, vocabulary

FORMAT_VERSION = 1
Progress = Callable[[int], None]


class IndexMismatchError(BawabaError):
    status = 500
    exit_code = 70


@dataclass
class IndexParams:
    k1: float = 1.2
    b: float = 0.75

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class SearchIndex:
    embedder: Embedder
    params: IndexParams = field(default_factory=IndexParams)
    services: list[IndexedService] = field(default_factory=list)
    revision: int = 0
    head: BM25Index = field(default_factory=BM25Index)
    body: BM25Index = field(default_factory=BM25Index)
    dense: MatrixDenseIndex = field(default_factory=MatrixDenseIndex)
    built_at: float = 0.0

    def __post_init__(self) -> None:
        self._positions: dict[str, int] = {}
        self._documents: dict[str, IndexedService] = {}
        self._tokens: dict[str, tuple[list[str], list[str]]] = {}
        self._labels: dict[tuple[str, str], dict[str, str]] = {}
        self._cache: EmbeddingCache | None = None
        self._speller: Speller | None = None
        self._speller_revision = -1
        self._skeletons: SkeletonVocabulary | None = None
        self._skeletons_revision = -1

    # -- building ---------------------------------------------------------------------------

    def build(
        self,
        services: list[Service],
        revision: int,
        cache: EmbeddingCache | None = None,
        on_embed: Progress | None = None,
        concepts: list[Concept] | None = None,
    ) -> None:
        """Index every published service. Passage vectors come from `cache` when known."""
        self._labels = {(c.scheme.value, c.notation): c.label for c in concepts or []}
        published = [s for s in services if s.status == Status.PUBLISHED]
        self._documents = {s.id: IndexedService.from_service(s, self._labels) for s in published}
        self._tokens = {}
        self._assemble(revision, cache, on_embed)

    def apply_changes(
        self,
        changed: list[Service],
        deleted: list[str],
        revision: int,
        cache: EmbeddingCache | None = None,
    ) -> None:
        """Incremental refresh: re-analyse and re-embed only the services that changed."""
        for s in changed:
            self._tokens.pop(s.id, None)
            if s.status == Status.PUBLISHED:
                self._documents[s.id] = IndexedService.from_service(s, self._labels)
            else:
                self._documents.pop(s.id, None)
        for service_id in deleted:
            self._documents.pop(service_id, None)
            self._tokens.pop(service_id, None)
        self._assemble(revision, cache, None)

    def _assemble(
        self, revision: int, cache: EmbeddingCache | None, on_embed: Progress | None
    ) -> None:
        self.services = [self._documents[k] for k in sorted(self._documents)]
        self._positions = {s.id: i for i, s in enumerate(self.services)}
        for s in self.services:
            if s.id not in self._tokens:
                self._tokens[s.id] = (self._head_tokens(s), self._body_tokens(s))
        self.head = BM25Index(self.params.k1, self.params.b)
        self.body = BM25Index(self.params.k1, self.params.b)
        self.head.build([self._tokens[s.id][0] for s in self.services])
        self.body.build([self._tokens[s.id][1] for s in self.services])
        owners: list[int] = []
        texts: list[str] = []
        for i, s in enumerate(self.services):
            for _, text in s.passages():
                owners.append(i)
                texts.append(text)
        cache = cache or self._cache or EmbeddingCache(None)
        self._cache = cache
        matrix = cache.get_many(self.embedder, texts, on_progress=on_embed)
        self.dense.set(matrix, owners)
        self.revision = revision
        self.built_at = time.time()

    @staticmethod
    def _head_tokens(s: IndexedService) -> list[str]:
        tokens: list[str] = []
        for lang, text in sorted(s.title.items()):
            tokens += analyze_field(text, lang)
        for lang, text in sorted(s.keywords.items()):
            tokens += analyze_field(text, lang)
        return tokens

    @staticmethod
    def _body_tokens(s: IndexedService) -> list[str]:
        tokens: list[str] = []
        for lang, text in sorted(s.body.items()):
            tokens += analyze_field(text, lang)
        return tokens

    def speller(self) -> Speller:
        """Typo corrector over the indexed words (built on first use, per index state)."""
        if self._speller is None or self._speller_revision != self.revision:
            texts: dict[str, list[str]] = {}
            for s in self.services:
                for field in (s.title, s.keywords, s.description):
                    for lang, text in field.items():
                        texts.setdefault(lang.split("-")[0], []).append(text)
            words = {lang: vocabulary(ts) for lang, ts in texts.items()}
            self._speller = Speller(words, known=_known_word)
            self._speller_revision = self.revision
        return self._speller

    def skeletons(self) -> SkeletonVocabulary:
        """Consonant skeletons of the catalog's Arabic words (built on first use, per index
        state), which Darija query words are matched against."""
        if self._skeletons is None or self._skeletons_revision != self.revision:
            texts = (
                t
                for s in self.services
                for field in (s.title, s.keywords, s.body)
                for lang, t in field.items()
                if lang.split("-")[0] == "ar"
            )
            self._skeletons = SkeletonVocabulary.from_texts(texts)
            self._skeletons_revision = self.revision
        return self._skeletons

    def labels(self) -> dict[tuple[str, str], dict[str, str]]:
        return dict(self._labels)

    def position(self, service_id: str) -> int | None:
        return self._positions.get(service_id)

    def __len__(self) -> int:
        return len(self.services)

    # -- persistence ------------------------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "embedder": self.embedder.id,
            "dim": int(self.dense.matrix.shape[1]) if self.dense.matrix.size else self.embedder.dim,
            "params": self.params.to_json(),
            "catalog_revision": self.revision,
            "services": len(self.services),
            "passages": int(self.dense.matrix.shape[0]),
            "built_at": self.built_at,
        }

    def save(self, folder: Path) -> None:
        """Write to a temporary folder, then swap, so readers never see half an index."""
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        self.head.save(tmp / "head")
        self.body.save(tmp / "body")
        self.dense.save(tmp / "dense")
        (tmp / "services.json").write_text(
            json.dumps([s.to_json() for s in self.services], ensure_ascii=False), encoding="utf-8"
        )
        (tmp / "labels.json").write_text(
            json.dumps(
                [[k[0], k[1], v] for k, v in sorted(self._labels.items())], ensure_ascii=False
            ),
            encoding="utf-8",
        )
        (tmp / "manifest.json").write_text(json.dumps(self.manifest(), indent=1), encoding="utf-8")
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, embedder: Embedder) -> SearchIndex:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest["format_version"] != FORMAT_VERSION:
            raise IndexMismatchError(
                f"index format {manifest['format_version']} ≠ {FORMAT_VERSION}: rebuild the index"
            )
        if manifest["embedder"] != embedder.id:
            raise IndexMismatchError(
                f"index was built with {manifest['embedder']}, not {embedder.id}: rebuild it"
            )
        index = cls(embedder=embedder, params=IndexParams(**manifest["params"]))
        services = json.loads((folder / "services.json").read_text(encoding="utf-8"))
        index.services = [IndexedService.from_json(s) for s in services]
        index._documents = {s.id: s for s in index.services}
        index._positions = {s.id: i for i, s in enumerate(index.services)}
        labels = folder / "labels.json"
        if labels.exists():
            index._labels = {
                (scheme, notation): label
                for scheme, notation, label in json.loads(labels.read_text(encoding="utf-8"))
            }
        index.head.load(folder / "head")
        index.body.load(folder / "body")
        index.dense.load(folder / "dense")
        index.revision = int(manifest["catalog_revision"])
        index.built_at = float(manifest["built_at"])
        return index


def _known_word(word: str) -> bool:
    from bawaba.search.analysis import glossary
    from bawaba.text import lexicon

    return bool(lexicon.lookup(word)) or bool(glossary().expand(word).matched)
