"""The assistant end to end over the demo catalog: statuses, facts, clarification, follow-ups."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bawaba.assistant.assistant import AskEvent, Assistant
from bawaba.assistant.conversation import MemoryConversations
from bawaba.assistant.model import Status
from bawaba.catalog.model import Organisation, Service
from bawaba.evaluation.assistant_eval import fact_in_record
from bawaba.runtime import Bawaba

Record = Callable[[str], Service]


def _ids(answer: object) -> list[str]:
    return [s.id for s in answer.services]  # type: ignore[attr-defined]


def test_a_direct_question_is_answered_from_the_record(
    assistant: Assistant, record: Record, organisations: dict[str, Organisation]
) -> None:
    answer = assistant.ask("renouveler mon passeport", "fr")
    assert answer.status == Status.ANSWERED
    assert _ids(answer) == ["passeport-renouvellement"]
    assert answer.services[0].url == "/fr/services/passeport-renouvellement"
    assert answer.facts and all(
        fact_in_record(f, record(f.service_id), organisations) for f in answer.facts
    )
    assert answer.detected_variety == "fr" and answer.language == "fr"
    assert answer.generation.mode == "composed"


def test_the_case_named_in_the_question_wins(assistant: Assistant) -> None:
    assert _ids(assistant.ask("j'ai perdu mon passeport")) == ["passeport-perte-vol"]
    assert _ids(assistant.ask("passeport pour mon fils")) == ["passeport-mineur"]


def test_competing_siblings_get_a_clarifying_question(assistant: Assistant) -> None:
    answer = assistant.ask("passeport", "fr")
    assert answer.status == Status.CLARIFY
    assert {"passeport-premiere-demande", "passeport-renouvellement", "passeport-perte-vol",
            "passeport-mineur"} <= set(_ids(answer))  # fmt: skip
    assert all(s.kind == "choice" and s.url.startswith("/fr/ask?") for s in answer.suggestions)
    chosen = assistant.ask("le deuxième", "fr", answer.conversation_id)
    assert chosen.status == Status.ANSWERED and _ids(chosen) == [_ids(answer)[1]]
    clicked = assistant.ask("", "fr", answer.conversation_id, service_id="passeport-mineur")
    assert _ids(clicked) == ["passeport-mineur"]


def test_follow_ups_use_the_conversation(assistant: Assistant) -> None:
    first = assistant.ask("renouveler mon passeport", "fr")
    cost = assistant.ask("et ça coûte combien ?", "fr", first.conversation_id)
    assert cost.conversation_id == first.conversation_id
    assert _ids(cost) == ["passeport-renouvellement"]
    assert {f.field for f in cost.facts} == {"title", "costs"}
    son = assistant.ask("et pour mon fils ?", "fr", first.conversation_id)
    assert _ids(son) == ["passeport-mineur"]


def test_an_unknown_conversation_starts_a_new_one(assistant: Assistant) -> None:
    answer = assistant.ask("ça coûte combien ?", "fr", "x" * 24)
    assert answer.conversation_id != "x" * 24
    assert answer.status != Status.ANSWERED


@pytest.mark.parametrize(("question", "status", "reason"), [
    ("bonjour", Status.REFUSED, "greeting"),
    ("raconte-moi une blague", Status.REFUSED, "chit_chat"),
    ("où en est ma demande de passeport ?", Status.REFUSED, "personal_file"),
    ("est-ce légal que mon propriétaire garde ma caution ?", Status.REFUSED, "legal_advice"),
    ("recette de msemen", Status.NO_MATCH, "off_topic"),
])  # fmt: skip
def test_what_the_portal_does_not_do(
    assistant: Assistant, question: str, status: Status, reason: str
) -> None:
    answer = assistant.ask(question, "fr")
    assert answer.status == status and answer.reason is not None
    assert answer.reason.value == reason
    assert answer.answer and answer.suggestions


def test_no_match_offers_browsing(assistant: Assistant) -> None:
    answer = assistant.ask("quel temps fera-t-il demain à Rabat ?", "fr")
    assert answer.status == Status.NO_MATCH
    assert any(s.url == "/fr/themes/" for s in answer.suggestions)
    assert any(s.kind == "search" for s in answer.suggestions)


def test_the_interface_language_decides_the_answer_language(assistant: Assistant) -> None:
    answer = assistant.ask("بغيت نجدد الباسبور", "ar")
    assert answer.detected_variety == "ary_arab" and answer.language == "ar"
    assert _ids(answer) == ["passeport-renouvellement"]
    assert "تجديد جواز السفر" in answer.answer
    english = assistant.ask("renouveler mon passeport", "en")
    assert english.language == "en" and "Steps" in english.answer


def test_a_tamazight_reader_answered_in_french_keeps_tamazight_pages(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("renouveler mon passeport", "zgh")
    assert answer.language == "fr"  # no record is written in Tamazight
    assert answer.services[0].url == "/zgh/services/passeport-renouvellement"
    assert all(s.url.startswith("/zgh/") for s in answer.suggestions)
    assert "/fr/" not in answer.answer


def test_personal_data_is_neither_kept_nor_passed_on(core: Bawaba) -> None:
    events: list[AskEvent] = []
    conversations = MemoryConversations()
    assistant = Assistant(core, conversations=conversations, on_answer=events.append)
    answer = assistant.ask(
        "je m'appelle Ahmed Tazi, CIN AB123456, tel 0612345678: renouveler passeport"
    )
    assert "ne partagez pas" in answer.answer.lower() or "n'écrivez pas" in answer.answer
    assert events[0].question == "je m'appelle [NAME], CIN [CIN], tel [PHONE]: renouveler passeport"
    state = conversations.get(answer.conversation_id)
    assert state is not None and "Ahmed" not in repr(state) and "AB123456" not in repr(state)
    assert "Ahmed" not in repr(answer) and "AB123456" not in repr(answer)


def test_a_replayed_turn_rebuilds_the_conversation_without_an_event(core: Bawaba) -> None:
    events: list[AskEvent] = []
    assistant = Assistant(core, on_answer=events.append)
    first = assistant.ask("renouveler mon passeport", "fr", replay=True)
    follow_up = assistant.ask("combien ça coûte ?", "fr", first.conversation_id)
    assert [s.id for s in follow_up.services] == ["passeport-renouvellement"]
    assert len(events) == 1 and events[0].question == "combien ça coûte ?"


def test_a_failure_is_an_error_status_not_an_exception(core: Bawaba) -> None:
    class Broken:
        def searcher(self) -> object:
            raise RuntimeError("index unavailable")

    assistant = Assistant(Broken())  # type: ignore[arg-type]
    answer = assistant.ask("passeport", "fr")
    assert answer.status == Status.ERROR and answer.suggestions


def test_the_json_shape(assistant: Assistant) -> None:
    data = assistant.ask("renouveler mon passeport", "fr").to_json()
    assert set(data) >= {"status", "answer", "services", "facts", "suggestions",
                         "detected_variety", "conversation_id"}  # fmt: skip
    assert data["status"] == "answered"
    assert set(data["services"][0]) == {"id", "title", "url"}
    assert set(data["facts"][0]) == {"service_id", "field", "value"}
