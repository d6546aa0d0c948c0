"""The catalog's labels and counts that every page needs, cached per catalog revision."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from bawaba.catalog.model import Concept, LangText, Organisation, Scheme
from bawaba.errors import NotFoundError
from bawaba.runtime import Bawaba

# Facet names of the search engine → the concept scheme their values come from.
FACET_SCHEMES: dict[str, Scheme] = {
    "themes": Scheme.THEME,
    "life_events": Scheme.LIFE_EVENT,
    "audiences": Scheme.AUDIENCE,
    "regions": Scheme.REGION,
}

# Shown as "most-used procedures" until usage analytics can rank them (issue: analytics).
FEATURED = (
    "cnie-premiere-demande",
    "cnie-renouvellement",
    "passeport-premiere-demande",
    "acte-naissance-extrait-copie",
    "casier-judiciaire-en-ligne",
    "certificat-residence",
    "permis-conduire-renouvellement",
    "creation-entreprise-en-ligne",
)


@dataclass(frozen=True)
class Vocabulary:
    revision: int
    concepts: dict[Scheme, list[Concept]]
    organisations: list[Organisation]
    counts: dict[str, dict[str, int]]
    """Facet counts over the whole published catalog."""
    featured: list[tuple[str, LangText]] = field(default_factory=list)
    total: int = 0

    def concept(self, scheme: Scheme, notation: str) -> Concept | None:
        for c in self.concepts.get(scheme, []):
            if c.notation == notation:
                return c
        return None

    def organisation(self, org_id: str) -> Organisation | None:
        for o in self.organisations:
            if o.id == org_id:
                return o
        return None

    def require_concept(self, scheme: Scheme, notation: str) -> Concept:
        found = self.concept(scheme, notation)
        if found is None:
            raise NotFoundError(f"no {scheme.value} {notation!r} in the catalog")
        return found

    def require_organisation(self, org_id: str) -> Organisation:
        found = self.organisation(org_id)
        if found is None:
            raise NotFoundError(f"no authority {org_id!r} in the catalog")
        return found


class VocabularyCache:
    """Rebuilds the vocabulary only when the search index moved to a new catalog revision."""

    def __init__(self, bawaba: Bawaba) -> None:
        self.bawaba = bawaba
        self._lock = threading.Lock()
        self._value: Vocabulary | None = None

    def get(self) -> Vocabulary:
        revision = self.bawaba.searcher().index.revision
        value = self._value
        if value is not None and value.revision == revision:
            return value
        with self._lock:
            if self._value is None or self._value.revision != revision:
                self._value = self._load(revision)
            return self._value

    def _load(self, revision: int) -> Vocabulary:
        b = self.bawaba
        everything = b.search("", per_page=1)
        featured: list[tuple[str, LangText]] = []
        for service_id in FEATURED:
            try:
                featured.append((service_id, b.service(service_id).title))
            except NotFoundError:
                continue
        return Vocabulary(
            revision=revision,
            concepts={scheme: b.concepts(scheme) for scheme in Scheme},
            organisations=b.organisations(),
            counts=everything.facets,
            featured=featured,
            total=everything.total,
        )
