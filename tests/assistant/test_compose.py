"""Composed answers: every stated fact is a value of the record, in the reader's language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bawaba.assistant.compose import Links, compose_choices, compose_service, duration_words
from bawaba.assistant.verify import verify
from bawaba.catalog.model import Cost, Document, Organisation, Service
from bawaba.evaluation.assistant_eval import fact_in_record

Record = Callable[[str], Service]


@pytest.mark.parametrize("lang", ["ar", "fr", "en", "es"])
def test_every_fact_is_copied_from_its_record(
    lang: str, record: Record, organisations: dict[str, Organisation]
) -> None:
    service = record("cnie-premiere-demande")
    org = organisations.get(service.authority or "")
    composed = compose_service(service, lang, Links(), authority_name=org.name if org else None)
    assert composed.facts
    assert {f.field for f in composed.facts} >= {"title", "steps", "documents", "costs"}
    for fact in composed.facts:
        assert fact_in_record(fact, service, organisations), fact
        if fact.field != "channels":
            assert fact.value in composed.text
    assert verify(composed.text, composed.facts, [service], organisations) == []


def test_arabic_answers_quote_arabic_values(record: Record) -> None:
    service = record("passeport-renouvellement")
    composed = compose_service(service, "ar", Links())
    assert service.title["ar"] in composed.text
    assert "الوثائق المطلوبة" in composed.text
    assert "/ar/services/passeport-renouvellement" in composed.text


def test_other_languages_say_which_language_is_quoted(record: Record) -> None:
    composed = compose_service(record("passeport-renouvellement"), "en", Links())
    assert "quoted from the record in French" in composed.text
    assert "/en/services/" in composed.text
    spanish = compose_service(record("passeport-renouvellement"), "es", Links())
    assert "/fr/services/" in spanish.text  # the portal has no Spanish pages


def test_focus_limits_the_answer_and_says_what_is_missing() -> None:
    service = Service(
        id="s1", title={"fr": "Démarche"}, description={"fr": "d"},
        documents=[Document(title={"fr": "Photo"})], steps=[{"fr": "Déposer"}],
    )  # fmt: skip
    composed = compose_service(service, "fr", Links(), focus=("cost",))
    assert "n'indique pas de coût" in composed.text
    assert "Photo" not in composed.text and "Déposer" not in composed.text
    assert [f.field for f in composed.facts] == ["title"]


def test_amounts_and_durations_keep_their_stored_form() -> None:
    service = Service(
        id="s2", title={"fr": "T"}, description={"fr": "d"},
        costs=[Cost(amount=200), Cost(amount=0)], processing_time="P15D",
    )  # fmt: skip
    composed = compose_service(service, "fr", Links())
    values = {(f.field, f.value) for f in composed.facts}
    assert ("costs", "200 MAD") in values and ("processing_time", "P15D") in values
    assert "15 jours" in composed.text and "0 MAD (gratuit)" in composed.text


@pytest.mark.parametrize(("iso", "lang", "words"), [
    ("P15D", "fr", "15 jours"), ("P1Y", "fr", "1 an"), ("P2W", "en", "2 weeks"),
    ("P3M", "ar", "3 أشهر"), ("P15D", "ar", "15 يوماً"), ("PT48H", "es", "48 horas"),
])  # fmt: skip
def test_duration_words(iso: str, lang: str, words: str) -> None:
    assert duration_words(iso, lang) == words


def test_choices_are_links_back_to_the_assistant(record: Record) -> None:
    services = [record("passeport-premiere-demande"), record("passeport-renouvellement")]
    text, facts, refs, suggestions = compose_choices(services, "fr", Links(), "c" * 24)
    assert "1. Passeport biométrique : première demande" in text
    assert [r.url for r in refs] == [
        "/fr/services/passeport-premiere-demande", "/fr/services/passeport-renouvellement"
    ]  # fmt: skip
    assert (
        suggestions[1].url
        == f"/fr/ask?conversation_id={'c' * 24}&service_id=passeport-renouvellement"
    )
    assert all(f.field == "title" for f in facts)
