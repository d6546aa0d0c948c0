"""Domain model of the catalog, aligned with CPSV-AP 3.2.0.

These pydantic models are the one in-memory shape of a catalog record: importers
produce them, the store persists them, exporters and the web layer read them.
Every human-readable field is a `LangText`: one value per BCP-47 language tag.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

# One value per language tag ("fr", "ar", "en", "es", "zgh", "ary", "ary-Latn", "und"...).
LangText = dict[str, str]

_LANG_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
Identifier = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


def _clean_langtext(value: Any) -> LangText:
    """Validate a language → text mapping: valid tags, no empty strings."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("expected an object mapping language tags to text")
    out: LangText = {}
    for tag, text in value.items():
        if not isinstance(tag, str) or not _LANG_TAG.match(tag):
            raise ValueError(f"invalid language tag {tag!r}")
        if not isinstance(text, str):
            raise ValueError(f"text for language {tag!r} must be a string")
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        if text:
            out[tag.lower() if "-" not in tag else tag] = text
    return out


class Status(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


class ChannelType(StrEnum):
    ONLINE = "online"
    OFFICE = "office"
    MAIL = "mail"
    PHONE = "phone"
    EMAIL = "email"
    OTHER = "other"


class Scheme(StrEnum):
    """The SKOS concept schemes the catalog classifies services with."""

    THEME = "theme"
    LIFE_EVENT = "life-event"
    AUDIENCE = "audience"
    REGION = "region"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=True)


class Concept(_Model):
    """A SKOS concept: a theme, life event, audience or region."""

    scheme: Scheme
    notation: Identifier
    iri: str | None = None
    label: LangText = Field(default_factory=dict)
    definition: LangText = Field(default_factory=dict)

    _v_label = field_validator("label", "definition", mode="before")(_clean_langtext)


class Organisation(_Model):
    """A cv:PublicOrganisation (competent authority)."""

    id: Identifier
    iri: str | None = None
    name: LangText
    homepage: str | None = None

    _v_name = field_validator("name", mode="before")(_clean_langtext)


class Document(_Model):
    """A required document (cv:Evidence)."""

    title: LangText
    description: LangText = Field(default_factory=dict)

    _v = field_validator("title", "description", mode="before")(_clean_langtext)


class Cost(_Model):
    """A cv:Cost. `amount` is None when only a description is known (e.g. 'free')."""

    amount: float | None = Field(default=None, ge=0)
    currency: str = Field(default="MAD", pattern=r"^[A-Z]{3}$")
    description: LangText = Field(default_factory=dict)

    _v = field_validator("description", mode="before")(_clean_langtext)


class Contact(_Model):
    """A cv:ContactPoint."""

    email: str | None = None
    phone: str | None = None
    page: str | None = None
    opening_hours: LangText = Field(default_factory=dict)

    _v = field_validator("opening_hours", mode="before")(_clean_langtext)


class Source(_Model):
    """Provenance: where a record came from and when it was read."""

    url: str | None = None
    name: str | None = None
    retrieved_at: datetime | None = None


_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")


class Service(_Model):
    """A cpsv:PublicService — one administrative procedure."""

    id: Identifier = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
    iri: str | None = None
    status: Status = Status.PUBLISHED
    title: LangText
    description: LangText
    authority: str | None = None
    themes: list[str] = Field(default_factory=list)
    life_events: list[str] = Field(default_factory=list)
    audiences: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    keywords: LangText = Field(default_factory=dict)
    documents: list[Document] = Field(default_factory=list)
    steps: list[LangText] = Field(default_factory=list)
    costs: list[Cost] = Field(default_factory=list)
    processing_time: str | None = None
    processing_time_text: LangText = Field(default_factory=dict)
    channels: list[ChannelType] = Field(default_factory=list)
    online_url: str | None = None
    contact: Contact | None = None
    legal_basis: list[LangText] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    last_verified: date | None = None

    _v_text = field_validator(
        "title", "description", "keywords", "processing_time_text", mode="before"
    )(_clean_langtext)

    @field_validator("steps", "legal_basis", mode="before")
    @classmethod
    def _v_list_text(cls, value: Any) -> list[LangText]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValueError("expected a list of language → text objects")
        cleaned = (_clean_langtext(v) for v in value)
        # Steps and legal references are one line each (steps export as numbered lines).
        return [{k: " ".join(v.split()) for k, v in t.items()} for t in cleaned if t]

    @model_validator(mode="after")
    def _canonical(self) -> Service:
        """One canonical form, so that records equal in meaning hash equal."""
        contact = self.contact
        if contact is not None:
            if contact.page is None and self.online_url:
                contact.page = self.online_url
            if not (contact.email or contact.phone or contact.opening_hours):
                self.__dict__["online_url"] = self.online_url or contact.page
                self.__dict__["contact"] = None
        self.__dict__["sources"] = sorted(
            self.sources, key=lambda s: (s.name or "", s.url or "", str(s.retrieved_at or ""))
        )
        return self

    @field_validator("title", "description")
    @classmethod
    def _v_required_text(cls, value: LangText) -> LangText:
        if not value:
            raise ValueError("at least one language is required")
        return value

    @field_validator("processing_time")
    @classmethod
    def _v_duration(cls, value: str | None) -> str | None:
        if value is not None and not _DURATION.match(value):
            raise ValueError(f"{value!r} is not an ISO 8601 duration such as P15D")
        return value

    @field_validator("themes", "life_events", "audiences", "regions", "languages")
    @classmethod
    def _v_unique(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(v.strip() for v in value if v.strip()))

    def content_hash(self) -> str:
        """Stable SHA-256 of the record's content (what a revision compares)."""
        payload = self.model_dump(mode="json", exclude_none=False)
        canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


class CatalogBundle(_Model):
    """What one import file carries: any mix of concepts, organisations and services."""

    concepts: list[Concept] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    services: list[Service] = Field(default_factory=list)
