"""Generative mode against a real OpenAI-compatible HTTP server started by the test.

The server scripts its rewrites by model name: a faithful one, one that changes an amount,
one that invents a document, one too slow for the timeout, and one that fails.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from bawaba.assistant.assistant import Assistant
from bawaba.assistant.llm import OpenAIChat, completions_url
from bawaba.assistant.model import Status
from bawaba.runtime import Bawaba
from tests.assistant.servers import serve

TIMEOUT = 0.5
seen: list[dict[str, Any]] = []


def _draft(body: dict[str, Any]) -> str:
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    return str(user.split("DRAFT:\n", 1)[1])


def fake_llm() -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def complete(request: Request) -> JSONResponse:
        body = await request.json()
        seen.append(body)
        model, draft = body["model"], _draft(body)
        if model == "faithful":
            content = "Bien sûr ! " + draft.replace("Voici la démarche", "Voilà la démarche")
        elif model == "amount":
            content = re.sub(r"\b500\b", "650", draft)
        elif model == "document":
            content = draft + "\n- Extrait du casier judiciaire"
        elif model == "slow":
            await asyncio.sleep(TIMEOUT * 4)
            content = draft
        else:
            return JSONResponse({"error": {"message": "model crashed"}}, status_code=500)
        return JSONResponse(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": 0,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
            }
        )

    return app


@pytest.fixture(scope="module")
def llm_url() -> Iterator[str]:
    with serve(fake_llm()) as url:
        yield f"{url}/v1"


def _ask(core: Bawaba, url: str, model: str) -> Any:
    llm = OpenAIChat(url, model, timeout=TIMEOUT)
    try:
        return Assistant(core, llm=llm).ask("renouveler mon passeport", "fr")
    finally:
        llm.close()


def _composed(core: Bawaba) -> str:
    return Assistant(core).ask("renouveler mon passeport", "fr").answer


def test_a_faithful_rewrite_is_used(core: Bawaba, llm_url: str) -> None:
    answer = _ask(core, llm_url, "faithful")
    assert answer.status == Status.ANSWERED
    assert answer.generation.mode == "llm" and answer.generation.fallback is None
    assert answer.answer.startswith("Bien sûr !") and "500 DH" in answer.answer
    # The model was grounded: it received the records with the draft.
    user = seen[-1]["messages"][-1]["content"]
    assert "RECORDS:" in user and "passeport-renouvellement" in user


def test_a_changed_amount_falls_back_to_the_composed_answer(core: Bawaba, llm_url: str) -> None:
    answer = _ask(core, llm_url, "amount")
    assert answer.status == Status.ANSWERED
    assert answer.generation.mode == "composed" and answer.generation.fallback == "mismatch"
    assert "650" in (answer.generation.detail or "")
    assert answer.answer == _composed(core) and "650" not in answer.answer


def test_an_invented_document_falls_back(core: Bawaba, llm_url: str) -> None:
    answer = _ask(core, llm_url, "document")
    assert answer.generation.fallback == "mismatch"
    assert "casier" not in answer.answer


def test_a_timeout_falls_back(core: Bawaba, llm_url: str) -> None:
    started = time.perf_counter()
    answer = _ask(core, llm_url, "slow")
    assert time.perf_counter() - started < TIMEOUT * 3
    assert answer.status == Status.ANSWERED
    assert answer.generation.fallback == "timeout" and answer.answer == _composed(core)


def test_a_server_error_falls_back(core: Bawaba, llm_url: str) -> None:
    answer = _ask(core, llm_url, "crash")
    assert answer.generation.fallback == "error" and answer.answer == _composed(core)


def test_an_endpoint_that_is_down_falls_back(core: Bawaba) -> None:
    answer = _ask(core, "http://127.0.0.1:9/v1", "faithful")
    assert answer.generation.fallback == "error" and answer.status == Status.ANSWERED


def test_only_answers_are_rewritten(core: Bawaba, llm_url: str) -> None:
    llm = OpenAIChat(llm_url, "faithful", timeout=TIMEOUT)
    assistant = Assistant(core, llm=llm)
    before = len(seen)
    assert assistant.ask("bonjour", "fr").status == Status.REFUSED
    assert assistant.ask("passeport", "fr").status == Status.CLARIFY
    assert len(seen) == before
    llm.close()


@pytest.mark.parametrize(("url", "expected"), [
    ("http://h:8000", "http://h:8000/v1/chat/completions"),
    ("http://h:8000/v1/", "http://h:8000/v1/chat/completions"),
    ("http://h/v1/chat/completions", "http://h/v1/chat/completions"),
])  # fmt: skip
def test_completions_url(url: str, expected: str) -> None:
    assert completions_url(url) == expected
