"""What the index keeps of a service: display fields, facet values and searchable text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from bawaba.catalog.model import ChannelType, LangText, Service


@dataclass(frozen=True)
class IndexedService:
    id: str
    title: LangText
    description: LangText
    status: str
    themes: list[str] = field(default_factory=list)
    life_events: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    authority: str | None = None
    online: bool = False
    # Searchable text per field, per language.
    keywords: LangText = field(default_factory=dict)
    body: LangText = field(default_factory=dict)

    @classmethod
    def from_service(
        cls, s: Service, labels: dict[tuple[str, str], LangText] | None = None
    ) -> IndexedService:
        """`labels` (scheme, notation) → label: theme, life event and audience names are
        indexed with the body, which gives records words in every taxonomy language."""
        labels = labels or {}
        concept_labels = [
            labels.get((scheme, n), {})
            for scheme, notations in (
                ("theme", s.themes),
                ("life-event", s.life_events),
                ("audience", s.audiences),
            )
            for n in notations
        ]
        langs = set(s.title) | set(s.description) | {k for lab in concept_labels for k in lab}
        body: LangText = {}
        for lang in sorted(langs):
            parts = [s.description.get(lang, "")]
            parts += [lab[lang] for lab in concept_labels if lang in lab]
            parts += [d.title.get(lang, "") for d in s.documents]
            parts += [step.get(lang, "") for step in s.steps]
            body[lang] = " \n".join(p for p in parts if p)
        return cls(
            id=s.id,
            title=dict(s.title),
            description=dict(s.description),
            status=s.status.value,
            themes=list(s.themes),
            life_events=list(s.life_events),
            audiences=list(s.audiences),
            regions=list(s.regions),
            authority=s.authority,
            online=ChannelType.ONLINE in s.channels or bool(s.online_url),
            keywords=dict(s.keywords),
            body=body,
        )

    def passages(self) -> list[tuple[str, str]]:
        """(language, text) pairs the dense index embeds: title and description per language."""
        out = []
        for lang in sorted(self.title):
            text = f"{self.title[lang]}. {self.description.get(lang, '')}".strip()
            out.append((lang, text))
        return out

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IndexedService:
        return cls(**data)
