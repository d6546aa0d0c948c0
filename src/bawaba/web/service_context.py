"""The service page's context: every field of one record, ready to show in one language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from babel.support import NullTranslations
from markupsafe import Markup

from bawaba.catalog.model import ChannelType, Cost, Scheme, Service
from bawaba.web.contexts import (
    BROWSE_PATHS,
    Item,
    Link,
    Page,
    concept_label,
    href,
    language_notice,
    organisation_label,
    service_path,
)
from bawaba.web.display import Text, amount, duration, language_name, long_date, pick
from bawaba.web.i18n import Language
from bawaba.web.jsonld import government_service
from bawaba.web.vocabulary import Vocabulary


@dataclass(frozen=True)
class DocumentView:
    title: Text
    description: Text | None


@dataclass(frozen=True)
class CostView:
    amount: str | None
    description: Text | None


@dataclass(frozen=True)
class ContactView:
    email: str | None
    phone: str | None
    page: str | None
    hours: Text | None


@dataclass(frozen=True)
class SourceView:
    label: str
    url: str | None
    retrieved: str | None


@dataclass(frozen=True, kw_only=True)
class ServicePage(Page):
    template: ClassVar[str] = "service.html"
    service: Service
    heading: Text
    summary: Text
    steps: list[Text]
    documents: list[DocumentView]
    costs: list[CostView]
    delay: Text | None
    channels: list[str]
    online_url: str | None
    authority: Item | None
    authority_homepage: str | None
    contact: ContactView | None
    regions: list[Item]
    themes: list[Item]
    life_events: list[Item]
    audiences: list[Item]
    legal_basis: list[Text]
    languages: list[str]
    sources: list[SourceView]
    last_verified: str | None
    last_verified_iso: str | None
    notice: str | None
    jsonld: Markup
    feedback: str | None


def channel_labels(channels: list[ChannelType], tr: NullTranslations) -> list[str]:
    _ = tr.gettext
    labels = {
        ChannelType.ONLINE: _("En ligne"),
        ChannelType.OFFICE: _("Au guichet"),
        ChannelType.MAIL: _("Par courrier"),
        ChannelType.PHONE: _("Par téléphone"),
        ChannelType.EMAIL: _("Par courriel"),
        ChannelType.OTHER: _("Autre canal"),
    }
    return [labels[c] for c in channels]


def _cost(cost: Cost, lang: Language, tr: NullTranslations) -> CostView:
    """The amount, unless the description already states it ("75 DH de droit de timbre")."""
    description = pick(cost.description, lang)
    figure = amount(cost, lang, tr)
    if description is not None and cost.amount and f"{cost.amount:g}" in description.value:
        figure = None
    return CostView(figure, description)


def _concepts(vocab: Vocabulary, scheme: Scheme, values: list[str], lang: Language) -> list[Item]:
    return [
        Item(
            label=concept_label(vocab.concept(scheme, v), v, lang),
            href=href(lang, BROWSE_PATHS[scheme] + v),
        )
        for v in values
    ]


def service_page(
    svc: Service,
    vocab: Vocabulary,
    lang: Language,
    tr: NullTranslations,
    *,
    base_url: str,
    feedback: str | None = None,
) -> ServicePage:
    _ = tr.gettext
    heading = pick(svc.title, lang) or Text(svc.id, "und")
    summary = pick(svc.description, lang) or Text("", lang.code)
    steps = [t for t in (pick(s, lang) for s in svc.steps) if t is not None]
    documents = [
        DocumentView(title=t, description=pick(d.description, lang))
        for d in svc.documents
        if (t := pick(d.title, lang)) is not None
    ]
    costs = [_cost(c, lang, tr) for c in svc.costs]
    delay = pick(svc.processing_time_text, lang)
    if delay is None and svc.processing_time:
        words = duration(svc.processing_time, tr)
        delay = Text(words, lang.code) if words else None
    org = vocab.organisation(svc.authority) if svc.authority else None
    authority = None
    if svc.authority:
        authority = Item(
            label=organisation_label(org, svc.authority, lang),
            href=href(lang, f"/authorities/{svc.authority}"),
        )
    contact = None
    if svc.contact is not None:
        c = svc.contact
        contact = ContactView(c.email, c.phone, c.page, pick(c.opening_hours, lang))
    legal = [t for t in (pick(x, lang) for x in svc.legal_basis) if t is not None]
    sources = [
        SourceView(
            label=s.name or s.url or _("Source"),
            url=s.url,
            retrieved=long_date(s.retrieved_at.date(), lang) if s.retrieved_at else None,
        )
        for s in svc.sources
    ]
    shown: list[Text | None] = [heading, summary, *steps, delay, *legal]
    shown += [d.title for d in documents]
    url = href(lang, service_path(svc.id))
    return ServicePage(
        lang=lang,
        title=heading.value,
        path=service_path(svc.id),
        description=summary.value[:300],
        crumbs=[Link(_("Accueil"), href(lang, "/"))]
        + [Link(i.label, i.href) for i in _concepts(vocab, Scheme.THEME, svc.themes[:1], lang)],
        service=svc,
        heading=heading,
        summary=summary,
        steps=steps,
        documents=documents,
        costs=costs,
        delay=delay,
        channels=channel_labels(svc.channels, tr),
        online_url=svc.online_url,
        authority=authority,
        authority_homepage=org.homepage if org is not None else None,
        contact=contact,
        regions=_concepts(vocab, Scheme.REGION, svc.regions, lang),
        themes=_concepts(vocab, Scheme.THEME, svc.themes, lang),
        life_events=_concepts(vocab, Scheme.LIFE_EVENT, svc.life_events, lang),
        audiences=_concepts(vocab, Scheme.AUDIENCE, svc.audiences, lang),
        legal_basis=legal,
        languages=[language_name(t, tr) for t in svc.languages],
        sources=sources,
        last_verified=long_date(svc.last_verified, lang) if svc.last_verified else None,
        last_verified_iso=svc.last_verified.isoformat() if svc.last_verified else None,
        notice=language_notice(shown, lang, tr),
        jsonld=government_service(svc, vocab, lang, url=base_url.rstrip("/") + url),
        feedback=feedback if feedback in {"yes", "no"} else None,
    )
