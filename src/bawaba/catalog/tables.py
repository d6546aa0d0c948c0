"""SQLAlchemy tables of the system of record. Sub-records (documents, steps, costs) live in the
service's JSON document; concepts and organisations are rows so facets can join on them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class CatalogRevision(Base):
    """One committed write to the catalog; the highest id is the catalog revision."""

    __tablename__ = "catalog_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(500))
    actor: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")


class ServiceRevision(Base):
    """What one revision did to one service (kept when the service is deleted)."""

    __tablename__ = "service_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("catalog_revisions.id"), index=True)
    service_id: Mapped[str] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(20))
    changed_fields: Mapped[list[Any]] = mapped_column(JSON, default=list)
    hash_before: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash_after: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ConceptRow(Base):
    __tablename__ = "concepts"
    __table_args__ = (UniqueConstraint("scheme", "notation", name="uq_concept_scheme_notation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    scheme: Mapped[str] = mapped_column(String(40))
    notation: Mapped[str] = mapped_column(String(200))
    iri: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    label: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class OrganisationRow(Base):
    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    iri: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    name: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    homepage: Mapped[str | None] = mapped_column(String(1000), nullable=True)


class ServiceConceptRow(Base):
    __tablename__ = "service_concepts"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("services.id", ondelete="CASCADE"), primary_key=True
    )
    concept_id: Mapped[int] = mapped_column(
        ForeignKey("concepts.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class ServiceRow(Base):
    __tablename__ = "services"
    __table_args__ = (Index("ix_services_status", "status"),)

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    authority_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    provenance_source: Mapped[str] = mapped_column(String(500), default="")
    provenance_retrieved_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
