"""The generated-text check: every amount, delay, link, document and name must be in the records."""

from __future__ import annotations

from collections.abc import Callable

from bawaba.assistant.compose import Links, compose_service
from bawaba.assistant.verify import verify
from bawaba.catalog.model import Organisation, Service

Record = Callable[[str], Service]


def _draft(record: Record, service_id: str = "cnie-premiere-demande") -> tuple[Service, str]:
    service = record(service_id)
    return service, compose_service(service, "fr", Links()).text


def test_a_faithful_rewording_passes(
    record: Record, organisations: dict[str, Organisation]
) -> None:
    service, draft = _draft(record)
    cost = service.costs[0].description["fr"]
    text = f"Pour une première CNIE, prévoyez {cost}. Tout est expliqué sur {service.online_url}."
    assert verify(text, [], [service], organisations, draft=draft) == []


def test_a_changed_amount_is_caught(record: Record, organisations: dict[str, Organisation]) -> None:
    service, draft = _draft(record)
    problems = verify("Le timbre coûte 95 DH.", [], [service], organisations, draft=draft)
    assert problems and "95" in problems[0]


def test_an_invented_link_is_caught(record: Record) -> None:
    service, draft = _draft(record)
    assert verify("Voir https://cnie-rapide.example.com", [], [service], draft=draft)
    assert verify(f"Voir {service.online_url}", [], [service], draft=draft) == []
    assert verify("Voir /fr/services/cnie-premiere-demande", [], [service]) == []
    assert verify("Voir /fr/services/autre-chose", [], [service])


def test_an_invented_duration_is_caught(record: Record) -> None:
    service, draft = _draft(record)
    assert verify("La carte est prête en 15 jours.", [], [service], draft=draft)


def test_an_invented_document_is_caught(record: Record) -> None:
    service, draft = _draft(record)
    problems = verify("Apportez aussi un extrait de casier judiciaire.", [], [service], draft=draft)
    assert any("criminal" in p for p in problems)
    # Documents the record names may be named in another language.
    assert (
        verify(
            "Bring your birth certificate and a certificate of residence.",
            [],
            [service],
            draft=draft,
        )
        == []
    )


def test_an_invented_authority_is_caught(
    record: Record, organisations: dict[str, Organisation]
) -> None:
    service, draft = _draft(record)
    others = [o for o in organisations.values() if o.id != service.authority]
    name = next(n for o in others for n in o.name.values() if len(n) > 12)
    assert verify(f"Adressez-vous à {name}.", [], [service], organisations, draft=draft)
    assert verify("Adressez-vous à la ANCFCC.", [], [service], organisations, draft=draft)
