from __future__ import annotations

import pytest

from bawaba.catalog.model import CatalogBundle, Service
from bawaba.catalog.store import CatalogStore
from bawaba.errors import InvalidInputError, NotFoundError


def test_import_creates_one_revision_and_reimport_changes_nothing(
    loaded_store: CatalogStore,
) -> None:
    rev = loaded_store.revision()
    assert rev == 2
    assert loaded_store.count_services() == 2
    again = loaded_store.apply(loaded_store.bundle(), source="again")
    assert not again.changed
    assert loaded_store.revision() == rev


def test_update_records_changed_fields_and_hashes(loaded_store: CatalogStore) -> None:
    svc = loaded_store.get_service("cnie-renouvellement")
    before = svc.content_hash()
    svc.costs[0].amount = 100.0
    result = loaded_store.apply(CatalogBundle(services=[svc]), source="edit", actor="editor")
    assert result.updated == ["cnie-renouvellement"]
    assert loaded_store.revision() == 3
    last = loaded_store.history("cnie-renouvellement")[-1]
    assert (last.action, last.changed_fields, last.actor) == ("updated", ["costs"], "editor")
    assert (last.hash_before, last.hash_after) == (before, svc.content_hash())


def test_unknown_reference_rejects_the_whole_bundle(loaded_store: CatalogStore) -> None:
    good = Service(id="new-ok", title={"fr": "A"}, description={"fr": "B"})
    bad = Service(id="new-bad", title={"fr": "A"}, description={"fr": "B"}, themes=["nope"])
    with pytest.raises(InvalidInputError) as info:
        loaded_store.apply(CatalogBundle(services=[good, bad]), source="x")
    assert "unknown theme 'nope'" in info.value.report()
    assert loaded_store.revision() == 2
    with pytest.raises(NotFoundError):
        loaded_store.get_service("new-ok")


def test_unknown_authority_is_reported(loaded_store: CatalogStore) -> None:
    bad = Service(id="x", title={"fr": "A"}, description={"fr": "B"}, authority="ghost")
    with pytest.raises(InvalidInputError, match="references"):
        loaded_store.apply(CatalogBundle(services=[bad]), source="x")


def test_changed_since_reports_updates_and_deletions(loaded_store: CatalogStore) -> None:
    base = loaded_store.revision()
    svc = loaded_store.get_service("permis-duplicata")
    svc.title["en"] = "Replace a lost driving licence"
    loaded_store.apply(CatalogBundle(services=[svc]), source="edit")
    loaded_store.delete_service("cnie-renouvellement", source="edit")
    changed, deleted = loaded_store.services_changed_since(base)
    assert [s.id for s in changed] == ["permis-duplicata"]
    assert deleted == ["cnie-renouvellement"]
    assert [h.action for h in loaded_store.history("cnie-renouvellement")] == [
        "created",
        "deleted",
    ]


def test_concept_labels_merge_per_language(loaded_store: CatalogStore) -> None:
    from bawaba.catalog.model import Concept, Scheme

    c = Concept(scheme=Scheme.THEME, notation="transport-vehicules", label={"en": "Transport"})
    loaded_store.apply(CatalogBundle(concepts=[c]), source="x")
    theme = next(x for x in loaded_store.concepts(Scheme.THEME) if x.notation == c.notation)
    assert theme.label == {"fr": "Transport", "ar": "النقل", "en": "Transport"}


def test_facet_concepts_are_linked(loaded_store: CatalogStore) -> None:
    svc = loaded_store.get_service("permis-duplicata")
    assert svc.life_events == ["perte-documents"]
    assert svc.regions == ["MA-06"]
    assert svc.authority == "narsa"
