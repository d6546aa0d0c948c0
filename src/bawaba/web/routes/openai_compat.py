"""An OpenAI-compatible chat API over the assistant, so existing chat clients can use Bawaba.

POST /v1/chat/completions (streaming or not) and GET /v1/models. Chat clients resend the
whole dialogue each time and keep no conversation id, so the last few user turns are
replayed through the assistant to rebuild the context; a client that can pass
`metadata.conversation_id` (returned in each reply's `bawaba` object) skips the replay.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from bawaba.assistant.assistant import MAX_QUESTION
from bawaba.assistant.model import Answer
from bawaba.web.routes.ask import get_assistant

router = APIRouter(tags=["openai-compatible"])

MODEL_ID = "bawaba-assistant"
MAX_REPLAYED_TURNS = 3
_LANGUAGES = {"ar", "fr", "en", "es", "zgh", "ary"}
_PORTAL_LINK = re.compile(r"(?<![\w/])(/(?:ar|fr|en|zgh)/)")


def _error(status: int, message: str, param: str | None = None) -> JSONResponse:
    body = {
        "error": {"message": message, "type": "invalid_request_error", "param": param, "code": None}
    }
    return JSONResponse(body, status_code=status)


def _text(content: Any) -> str:
    """The text of a message's content: a string, or the text parts of a list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(p.get("text", ""))
            for p in content
            if isinstance(p, dict) and p.get("type") == "text"
        )
    return ""


@router.get("/v1/models")
def models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "bawaba"}],
    }


@router.post("/v1/chat/completions", response_model=None)
async def chat_completions(request: Request) -> Response:
    """Answer the last user message with the grounded assistant."""
    # The body is read here, not by FastAPI, so that every malformed request gets an
    # OpenAI-style JSON error rather than the portal's HTML error page.
    try:
        payload = json.loads(await request.body())
    except ValueError:
        return _error(400, "the body is not valid JSON")
    return await run_in_threadpool(_complete, request, payload)


def _complete(request: Request, payload: Any) -> Response:
    if not isinstance(payload, dict):
        return _error(400, "the body must be a JSON object")
    messages = payload.get("messages")
    if not isinstance(messages, list) or not messages:
        return _error(400, "'messages' must be a non-empty list", "messages")
    questions = [
        _text(m.get("content")) for m in messages if isinstance(m, dict) and m.get("role") == "user"
    ]
    if not questions or not questions[-1].strip():
        return _error(400, "the last user message is empty or missing", "messages")
    raw_metadata = payload.get("metadata")
    metadata: dict[str, Any] = raw_metadata if isinstance(raw_metadata, dict) else {}
    language = metadata.get("language")
    language = language if isinstance(language, str) and language in _LANGUAGES else None
    conversation_id = metadata.get("conversation_id")
    assistant = get_assistant(request)
    if not isinstance(conversation_id, str):
        conversation_id = None
        for earlier in questions[:-1][-MAX_REPLAYED_TURNS:]:
            replayed = assistant.ask(earlier, language, conversation_id, replay=True)
            conversation_id = replayed.conversation_id
    answer = assistant.ask(questions[-1][:MAX_QUESTION], language, conversation_id)
    content = _PORTAL_LINK.sub(str(request.base_url).rstrip("/") + r"\1", answer.answer)
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    if payload.get("stream") is True:
        return StreamingResponse(
            _chunks(completion_id, created, content, answer),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache"},
        )
    return JSONResponse(
        {
            "id": completion_id,
            "object": "chat.completion",
            "created": created,
            "model": MODEL_ID,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            "bawaba": answer.to_json(),
        }
    )


def _chunks(completion_id: str, created: int, content: str, answer: Answer) -> Iterator[str]:
    def event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        chunk = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": MODEL_ID,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            **extra,
        }
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    # The answer is ready at once; lines are sent as they would be read.
    for piece in re.findall(r"[^\n]*\n|[^\n]+$", content):
        yield event({"content": piece})
    yield event({}, "stop", bawaba=answer.to_json())
    yield "data: [DONE]\n\n"
