"""The OpenAI-compatible endpoint, used through the official `openai` package over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest
from fastapi import FastAPI

from bawaba.runtime import Bawaba
from bawaba.settings import Settings
from bawaba.web.routes import ask, openai_compat
from tests.assistant.servers import serve


@pytest.fixture(scope="module")
def base_url(demo_settings: Settings, core: Bawaba) -> Iterator[str]:
    app = FastAPI()
    app.state.settings = demo_settings
    app.state.bawaba = core
    app.include_router(ask.router)
    app.include_router(openai_compat.router)
    with serve(app) as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=f"{base_url}/v1", api_key="unused", max_retries=0) as c:
        yield c


def test_models_lists_the_assistant(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["bawaba-assistant"]


def test_a_completion_is_the_grounded_answer(client: openai.OpenAI, base_url: str) -> None:
    completion = client.chat.completions.create(
        model="bawaba-assistant",
        messages=[{"role": "user", "content": "renouveler mon passeport"}],
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    content = choice.message.content or ""
    assert "Renouveler son passeport" in content
    assert f"{base_url}/fr/services/passeport-renouvellement" in content
    extra = completion.model_extra or {}
    assert extra["bawaba"]["status"] == "answered"
    assert extra["bawaba"]["services"][0]["id"] == "passeport-renouvellement"


def test_streaming_sends_the_same_answer(client: openai.OpenAI) -> None:
    request = [{"role": "user", "content": "renouveler mon passeport"}]
    whole = client.chat.completions.create(model="bawaba-assistant", messages=request)
    stream = client.chat.completions.create(model="bawaba-assistant", messages=request, stream=True)
    pieces, finish = [], None
    for chunk in stream:
        delta = chunk.choices[0].delta
        pieces.append(delta.content or "")
        finish = chunk.choices[0].finish_reason or finish
    assert len(pieces) > 3 and finish == "stop"
    assert "".join(pieces) == whole.choices[0].message.content


def test_earlier_turns_give_the_context(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="bawaba-assistant",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "renouveler mon passeport"},
            {"role": "assistant", "content": "…"},
            {"role": "user", "content": "et pour mon fils ?"},
        ],
    )
    extra = completion.model_extra or {}
    assert extra["bawaba"]["services"][0]["id"] == "passeport-mineur"


def test_the_interface_language_can_be_passed(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="bawaba-assistant",
        messages=[{"role": "user", "content": [{"type": "text", "text": "bghit njded lpaspor"}]}],
        metadata={"language": "ar"},
    )
    assert "تجديد جواز السفر" in (completion.choices[0].message.content or "")


def test_bad_requests_get_openai_style_errors(client: openai.OpenAI, base_url: str) -> None:
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="bawaba-assistant", messages=[])
    r = httpx.post(
        f"{base_url}/v1/chat/completions", json={"messages": [{"role": "user", "content": ""}]}
    )
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"


def test_a_body_that_is_not_json_gets_a_json_error(base_url: str) -> None:
    r = httpx.post(
        f"{base_url}/v1/chat/completions",
        content=b"not json",
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"
