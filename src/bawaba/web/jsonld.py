"""schema.org GovernmentService JSON-LD for a service page (what search engines read)."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from bawaba.catalog.model import Scheme, Service
from bawaba.web.display import pick
from bawaba.web.i18n import Language
from bawaba.web.vocabulary import Vocabulary


def _text(value: dict[str, str], lang: Language) -> str | None:
    found = pick(value, lang)
    return found.value if found is not None else None


def government_service_data(
    svc: Service, vocab: Vocabulary, lang: Language, *, url: str
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": url,
        "identifier": svc.id,
        "name": _text(svc.title, lang),
        "description": _text(svc.description, lang),
        "url": url,
    }
    org = vocab.organisation(svc.authority) if svc.authority else None
    if org is not None:
        provider: dict[str, Any] = {
            "@type": "GovernmentOrganization",
            "name": _text(org.name, lang),
        }
        if org.homepage:
            provider["url"] = org.homepage
        data["provider"] = provider
        data["serviceOperator"] = provider
    regions = [vocab.concept(Scheme.REGION, r) for r in svc.regions]
    area = [
        {"@type": "AdministrativeArea", "name": _text(c.label, lang), "identifier": c.notation}
        for c in regions
        if c is not None
    ]
    data["areaServed"] = area or {"@type": "Country", "name": "Morocco", "identifier": "MA"}
    data["jurisdiction"] = {"@type": "Country", "name": "Morocco", "identifier": "MA"}
    themes = [vocab.concept(Scheme.THEME, t) for t in svc.themes]
    categories = [_text(c.label, lang) for c in themes if c is not None]
    if categories:
        data["category"] = categories
        data["serviceType"] = categories[0]
    audiences = [vocab.concept(Scheme.AUDIENCE, a) for a in svc.audiences]
    if audiences:
        data["audience"] = [
            {"@type": "Audience", "audienceType": _text(c.label, lang)}
            for c in audiences
            if c is not None
        ]
    channel: dict[str, Any] = {"@type": "ServiceChannel"}
    if svc.online_url:
        channel["serviceUrl"] = svc.online_url
    if svc.languages:
        channel["availableLanguage"] = list(svc.languages)
    if svc.contact is not None and (svc.contact.phone or svc.contact.email):
        channel["servicePhone"] = {
            "@type": "ContactPoint",
            **({"telephone": svc.contact.phone} if svc.contact.phone else {}),
            **({"email": svc.contact.email} if svc.contact.email else {}),
        }
    if len(channel) > 1:
        data["availableChannel"] = channel
    offers = [
        {"@type": "Offer", "price": c.amount, "priceCurrency": c.currency}
        for c in svc.costs
        if c.amount is not None
    ]
    if offers:
        data["offers"] = offers
    return {k: v for k, v in data.items() if v is not None}


def government_service(svc: Service, vocab: Vocabulary, lang: Language, *, url: str) -> Markup:
    """The JSON-LD, safe to place inside <script type="application/ld+json">."""
    text = json.dumps(
        government_service_data(svc, vocab, lang, url=url), ensure_ascii=False, indent=None
    )
    # "</script>" or "<!--" inside a value must not end the element early.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)
