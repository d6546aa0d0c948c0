"""The catalog store: transactional upserts with revision history, and typed reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from bawaba.catalog.db import ensure_ready, session_factory
from bawaba.catalog.model import (
    CatalogBundle,
    Concept,
    Organisation,
    Scheme,
    Service,
    Status,
)
from bawaba.catalog.tables import (
    CatalogRevision,
    ConceptRow,
    OrganisationRow,
    ServiceConceptRow,
    ServiceRevision,
    ServiceRow,
)
from bawaba.errors import InvalidInputError, NotFoundError, Problem

_SCHEME_FIELDS: dict[Scheme, str] = {
    Scheme.THEME: "themes",
    Scheme.LIFE_EVENT: "life_events",
    Scheme.AUDIENCE: "audiences",
    Scheme.REGION: "regions",
}


@dataclass
class ApplyResult:
    """What an import did. `revision` is unchanged when nothing changed."""

    revision: int
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    concepts_changed: int = 0
    organisations_changed: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.created or self.updated or self.concepts_changed or self.organisations_changed
        )


@dataclass(frozen=True)
class HistoryEntry:
    revision: int
    created_at: datetime
    source: str
    actor: str
    action: str
    changed_fields: list[str]
    hash_before: str | None
    hash_after: str | None


def _now() -> datetime:
    return datetime.now(UTC)


def _merge_text(old: dict[str, Any], new: dict[str, str]) -> dict[str, Any]:
    """Incoming languages win; languages only the store has are kept."""
    return {**old, **new}


def _changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    keys = sorted(set(before) | set(after))
    return [k for k in keys if before.get(k) != after.get(k)]


class CatalogStore:
    """Reads and writes the catalog through one engine. Every write is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = session_factory(engine)

    def check(self) -> None:
        ensure_ready(self.engine)

    # ---- reads -------------------------------------------------------------------------

    def revision(self) -> int:
        with self._sessions() as s:
            return int(s.scalar(select(func.coalesce(func.max(CatalogRevision.id), 0))) or 0)

    def count_services(self, status: Status | None = None) -> int:
        with self._sessions() as s:
            q = select(func.count()).select_from(ServiceRow)
            if status is not None:
                q = q.where(ServiceRow.status == status.value)
            return int(s.scalar(q) or 0)

    def get_service(self, service_id: str) -> Service:
        with self._sessions() as s:
            row = s.get(ServiceRow, service_id)
            if row is None:
                raise NotFoundError(f"no service with identifier {service_id!r}")
            return Service.model_validate(row.document)

    def services(self, status: Status | None = None) -> list[Service]:
        with self._sessions() as s:
            q = select(ServiceRow).order_by(ServiceRow.id)
            if status is not None:
                q = q.where(ServiceRow.status == status.value)
            return [Service.model_validate(r.document) for r in s.scalars(q)]

    def services_changed_since(self, revision: int) -> tuple[list[Service], list[str]]:
        """Services written after `revision`, and ids deleted since then."""
        with self._sessions() as s:
            rows = s.scalars(select(ServiceRow).where(ServiceRow.revision > revision)).all()
            deleted = s.scalars(
                select(ServiceRevision.service_id).where(
                    ServiceRevision.revision_id > revision, ServiceRevision.action == "deleted"
                )
            ).all()
            present = {r.id for r in rows}
            return (
                [Service.model_validate(r.document) for r in rows],
                sorted(set(deleted) - present),
            )

    def concepts(self, scheme: Scheme | None = None) -> list[Concept]:
        with self._sessions() as s:
            q = select(ConceptRow).order_by(ConceptRow.scheme, ConceptRow.notation)
            if scheme is not None:
                q = q.where(ConceptRow.scheme == scheme.value)
            return [
                Concept(
                    scheme=Scheme(r.scheme),
                    notation=r.notation,
                    iri=r.iri,
                    label=r.label,
                    definition=r.definition,
                )
                for r in s.scalars(q)
            ]

    def organisations(self) -> list[Organisation]:
        with self._sessions() as s:
            rows = s.scalars(select(OrganisationRow).order_by(OrganisationRow.id))
            return [
                Organisation(id=r.id, iri=r.iri, name=r.name, homepage=r.homepage) for r in rows
            ]

    def bundle(self) -> CatalogBundle:
        """The whole catalog, in a stable order (what every export starts from)."""
        return CatalogBundle(
            concepts=self.concepts(), organisations=self.organisations(), services=self.services()
        )

    def history(self, service_id: str) -> list[HistoryEntry]:
        with self._sessions() as s:
            q = (
                select(ServiceRevision, CatalogRevision)
                .join(CatalogRevision, CatalogRevision.id == ServiceRevision.revision_id)
                .where(ServiceRevision.service_id == service_id)
                .order_by(ServiceRevision.revision_id)
            )
            return [
                HistoryEntry(
                    revision=cr.id,
                    created_at=cr.created_at,
                    source=cr.source,
                    actor=cr.actor,
                    action=sr.action,
                    changed_fields=list(sr.changed_fields),
                    hash_before=sr.hash_before,
                    hash_after=sr.hash_after,
                )
                for sr, cr in s.execute(q)
            ]

    # ---- writes ------------------------------------------------------------------------

    def apply(self, bundle: CatalogBundle, *, source: str, actor: str = "cli") -> ApplyResult:
        """Upsert everything in `bundle` in one transaction, or nothing at all.

        Concepts and organisations merge labels per language; a service is replaced whole
        when its content hash differs. Unknown references reject the whole bundle.
        """
        with self._sessions() as s:
            try:
                result = self._apply(s, bundle, source=source, actor=actor)
            except BaseException:
                s.rollback()
                raise
            if result.changed:
                s.commit()
            else:
                s.rollback()
            return result

    def _apply(self, s: Session, bundle: CatalogBundle, *, source: str, actor: str) -> ApplyResult:
        result = ApplyResult(revision=self._revision(s))
        bundle = self._align_identities(s, bundle)
        concept_ids = self._upsert_concepts(s, bundle.concepts, result)
        self._upsert_organisations(s, bundle.organisations, result)
        s.flush()
        self._check_references(s, bundle, concept_ids)
        pending = self._diff_services(s, bundle.services, result)
        if not result.changed:
            return result
        rev = CatalogRevision(created_at=_now(), source=source[:500], actor=actor[:200], summary="")
        s.add(rev)
        s.flush()
        for service, row, before in pending:
            self._write_service(s, rev.id, service, row, before, source, concept_ids)
        rev.summary = (
            f"{len(result.created)} created, {len(result.updated)} updated, "
            f"{result.concepts_changed} concept(s), {result.organisations_changed} organisation(s)"
        )
        result.revision = rev.id
        return result

    def delete_service(self, service_id: str, *, source: str, actor: str = "cli") -> int:
        with self._sessions() as s, s.begin():
            row = s.get(ServiceRow, service_id)
            if row is None:
                raise NotFoundError(f"no service with identifier {service_id!r}")
            rev = CatalogRevision(
                created_at=_now(), source=source, actor=actor, summary=f"deleted {service_id}"
            )
            s.add(rev)
            s.flush()
            s.add(
                ServiceRevision(
                    revision_id=rev.id,
                    service_id=service_id,
                    action="deleted",
                    changed_fields=[],
                    hash_before=row.content_hash,
                    hash_after=None,
                )
            )
            s.execute(delete(ServiceConceptRow).where(ServiceConceptRow.service_id == service_id))
            s.delete(row)
            return rev.id

    # ---- internals ---------------------------------------------------------------------

    @staticmethod
    def _revision(s: Session) -> int:
        return int(s.scalar(select(func.coalesce(func.max(CatalogRevision.id), 0))) or 0)

    @staticmethod
    def _align_identities(s: Session, bundle: CatalogBundle) -> CatalogBundle:
        """Use the stored key of a concept or organisation met again under the same IRI.

        A file that references a taxonomy concept by IRI without its skos:notation (or an
        authority without its identifier) must land on the record imported before.
        """
        concept_keys = {
            r.iri: (r.scheme, r.notation)
            for r in s.scalars(select(ConceptRow).where(ConceptRow.iri.is_not(None)))
        }
        org_keys = {
            r.iri: r.id
            for r in s.scalars(select(OrganisationRow).where(OrganisationRow.iri.is_not(None)))
        }
        renamed: dict[tuple[str, str], str] = {}
        concepts = []
        for c in bundle.concepts:
            key = concept_keys.get(c.iri) if c.iri else None
            if key is not None and key[0] == c.scheme.value and key[1] != c.notation:
                renamed[(c.scheme.value, c.notation)] = key[1]
                c = c.model_copy(update={"notation": key[1]})
            concepts.append(c)
        org_renamed = {
            o.id: org_keys[o.iri]
            for o in bundle.organisations
            if o.iri in org_keys and org_keys[o.iri] != o.id
        }
        organisations = [
            o.model_copy(update={"id": org_renamed.get(o.id, o.id)}) for o in bundle.organisations
        ]
        if not renamed and not org_renamed:
            return bundle
        services = []
        for svc in bundle.services:
            update: dict[str, Any] = {
                attr: [renamed.get((scheme.value, n), n) for n in getattr(svc, attr)]
                for scheme, attr in _SCHEME_FIELDS.items()
            }
            if svc.authority in org_renamed:
                update["authority"] = org_renamed[svc.authority]
            services.append(Service.model_validate(svc.model_dump() | update))
        return CatalogBundle(concepts=concepts, organisations=organisations, services=services)

    @staticmethod
    def _upsert_concepts(
        s: Session, concepts: Iterable[Concept], result: ApplyResult
    ) -> dict[tuple[str, str], int]:
        existing = {(r.scheme, r.notation): r for r in s.scalars(select(ConceptRow))}
        for c in concepts:
            key = (c.scheme.value, c.notation)
            row = existing.get(key)
            if row is None:
                row = ConceptRow(
                    scheme=c.scheme.value,
                    notation=c.notation,
                    iri=c.iri,
                    label=dict(c.label),
                    definition=dict(c.definition),
                )
                s.add(row)
                existing[key] = row
                result.concepts_changed += 1
                continue
            label = _merge_text(row.label, c.label)
            definition = _merge_text(row.definition, c.definition)
            iri = row.iri or c.iri
            if (label, definition, iri) != (row.label, row.definition, row.iri):
                row.label, row.definition, row.iri = label, definition, iri
                result.concepts_changed += 1
        s.flush()
        return {key: row.id for key, row in existing.items()}

    @staticmethod
    def _upsert_organisations(
        s: Session, organisations: Iterable[Organisation], result: ApplyResult
    ) -> None:
        for o in organisations:
            row = s.get(OrganisationRow, o.id)
            if row is None:
                s.add(OrganisationRow(id=o.id, iri=o.iri, name=dict(o.name), homepage=o.homepage))
                result.organisations_changed += 1
                continue
            name = _merge_text(row.name, o.name)
            homepage = o.homepage or row.homepage
            iri = row.iri or o.iri
            if (name, homepage, iri) != (row.name, row.homepage, row.iri):
                row.name, row.homepage, row.iri = name, homepage, iri
                result.organisations_changed += 1

    @staticmethod
    def _check_references(
        s: Session, bundle: CatalogBundle, concept_ids: dict[tuple[str, str], int]
    ) -> None:
        problems: list[Problem] = []
        orgs = set(s.scalars(select(OrganisationRow.id)))
        seen: set[str] = set()
        for svc in bundle.services:
            where = f"service {svc.id!r}"
            if svc.id in seen:
                problems.append(Problem(where, "appears twice in the same input"))
            seen.add(svc.id)
            if svc.authority is not None and svc.authority not in orgs:
                problems.append(
                    Problem(where, f"competent authority {svc.authority!r} is not in the catalog")
                )
            for scheme, attr in _SCHEME_FIELDS.items():
                for notation in getattr(svc, attr):
                    if (scheme.value, notation) not in concept_ids:
                        problems.append(
                            Problem(
                                where,
                                f"unknown {scheme.value} {notation!r}: import the taxonomy "
                                "that defines it first",
                            )
                        )
        if problems:
            raise InvalidInputError(
                f"{len(problems)} problem(s) in references; nothing was imported", problems
            )

    @staticmethod
    def _diff_services(
        s: Session, services: Iterable[Service], result: ApplyResult
    ) -> list[tuple[Service, ServiceRow | None, dict[str, Any] | None]]:
        pending: list[tuple[Service, ServiceRow | None, dict[str, Any] | None]] = []
        for svc in services:
            row = s.get(ServiceRow, svc.id)
            if row is None:
                result.created.append(svc.id)
                pending.append((svc, None, None))
            elif row.content_hash != svc.content_hash():
                result.updated.append(svc.id)
                pending.append((svc, row, dict(row.document)))
            else:
                result.unchanged += 1
        return pending

    @staticmethod
    def _write_service(
        s: Session,
        revision: int,
        svc: Service,
        row: ServiceRow | None,
        before: dict[str, Any] | None,
        source: str,
        concept_ids: dict[tuple[str, str], int],
    ) -> None:
        now = _now()
        doc = svc.model_dump(mode="json")
        new_hash = svc.content_hash()
        old_hash = row.content_hash if row is not None else None
        if row is None:
            row = ServiceRow(id=svc.id, created_at=now)
            s.add(row)
        row.status = svc.status.value
        row.authority_id = svc.authority
        row.document = doc
        row.content_hash = new_hash
        row.revision = revision
        row.updated_at = now
        row.provenance_source = source[:500]
        row.provenance_retrieved_at = now
        s.flush()
        s.execute(delete(ServiceConceptRow).where(ServiceConceptRow.service_id == svc.id))
        ids = {
            concept_ids[(scheme.value, n)]
            for scheme, attr in _SCHEME_FIELDS.items()
            for n in getattr(svc, attr)
        }
        s.add_all(ServiceConceptRow(service_id=svc.id, concept_id=i) for i in sorted(ids))
        s.add(
            ServiceRevision(
                revision_id=revision,
                service_id=svc.id,
                action="created" if before is None else "updated",
                changed_fields=_changed_fields(before or {}, doc),
                hash_before=old_hash,
                hash_after=new_hash,
            )
        )
