"""Optional generative mode: any OpenAI-compatible chat endpoint rewrites the composed answer.

The model never answers on its own: it receives the composed answer and the records it was
built from, and is asked to reword it. `verify` then checks its output against the records;
the assistant keeps the composed answer whenever the check fails or the endpoint does not
answer in time.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from typing import Any, Protocol

import httpx

from bawaba.assistant.compose import pick
from bawaba.assistant.messages import text
from bawaba.assistant.model import Answer, Generation
from bawaba.assistant.verify import verify
from bawaba.catalog.model import Organisation, Service
from bawaba.errors import BawabaError

__all__ = [
    "LLM", "LLMError", "LLMTimeoutError", "OpenAIChat", "generate", "rewrite_messages", "verify",
]  # fmt: skip

log = logging.getLogger("bawaba.assistant")


class LLMError(BawabaError):
    """The endpoint failed or answered something unusable."""

    status = 502


class LLMTimeoutError(LLMError):
    status = 504


class LLM(Protocol):
    """A chat model: a list of {role, content} messages in, the reply's text out."""

    @property
    def id(self) -> str: ...

    def complete(self, messages: list[dict[str, str]]) -> str: ...


def completions_url(url: str) -> str:
    """Accept a server root, a /v1 base URL or the full /chat/completions URL."""
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return f"{url}/chat/completions"
    return f"{url}/v1/chat/completions"


class OpenAIChat:
    """POST /v1/chat/completions over httpx (vLLM, llama.cpp server, Ollama, …)."""

    def __init__(
        self, url: str, model: str, timeout: float = 20.0, api_key: str | None = None
    ) -> None:
        self.url = completions_url(url)
        self.model = model
        self.timeout = timeout
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client: httpx.Client | None = None

    @property
    def id(self) -> str:
        return f"openai:{self.url}#{self.model}"

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=httpx.Timeout(self.timeout), headers=self._headers)
        return self._client

    def complete(self, messages: list[dict[str, str]]) -> str:
        payload = {"model": self.model, "messages": messages, "temperature": 0, "stream": False}
        try:
            response = self._http().post(self.url, json=payload)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
        except httpx.TimeoutException as exc:
            raise LLMTimeoutError(
                f"the LLM at {self.url} did not answer within {self.timeout} s"
            ) from exc
        except httpx.HTTPError as exc:
            raise LLMError(f"the LLM at {self.url} failed: {exc}") from exc
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise LLMError(f"the LLM at {self.url} sent an unexpected reply: {exc}") from exc
        if not isinstance(content, str) or not content.strip():
            raise LLMError(f"the LLM at {self.url} sent an empty reply")
        return content.strip()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


_SYSTEM = (
    "You reword answers of Bawaba, the portal of Moroccan public services. Rewrite the DRAFT "
    "so it reads naturally in {language}, as a short helpful answer. Use only what the DRAFT "
    "and the RECORDS say. Never add, change or drop an amount, a number, a delay, a document, "
    "an authority or a link; copy every link exactly. Keep the steps in order. Do not give "
    "opinions or legal advice. Answer with the rewritten text only."
)


def _record_json(s: Service, lang: str, organisations: dict[str, Organisation]) -> dict[str, Any]:
    def one(value: dict[str, str]) -> str | None:
        chosen = pick(value, lang)
        return chosen[0] if chosen else None

    org = organisations.get(s.authority or "")
    return {
        "id": s.id,
        "title": one(s.title),
        "authority": one(org.name) if org else s.authority,
        "steps": [one(step) for step in s.steps],
        "documents": [one(d.title) for d in s.documents],
        "costs": [one(c.description) or f"{c.amount:g} {c.currency}" for c in s.costs],
        "processing_time": one(s.processing_time_text) or s.processing_time,
        "online_url": s.online_url,
    }


def rewrite_messages(
    draft: str, records: list[Service], language: str, organisations: dict[str, Organisation]
) -> list[dict[str, str]]:
    """The chat messages asking a model to reword `draft`, grounded on `records`."""
    records_json = json.dumps(
        [_record_json(s, language, organisations) for s in records], ensure_ascii=False
    )
    return [
        {"role": "system", "content": _SYSTEM.format(language=text("en", f"language.{language}"))},
        {"role": "user", "content": f"RECORDS:\n{records_json}\n\nDRAFT:\n{draft}"},
    ]


def generate(
    answer: Answer, llm: LLM, records: list[Service], organisations: dict[str, Organisation]
) -> Answer:
    """`answer` reworded by `llm` if every claim checks out, else as composed with the reason."""
    messages = rewrite_messages(answer.answer, records, answer.language, organisations)
    try:
        rewritten = llm.complete(messages)
    except LLMTimeoutError as exc:
        return replace(answer, generation=Generation("composed", "timeout", exc.message))
    except LLMError as exc:
        return replace(answer, generation=Generation("composed", "error", exc.message))
    problems = verify(rewritten, answer.facts, records, organisations, draft=answer.answer)
    if problems:
        log.info("LLM rewrite rejected: %s", "; ".join(problems[:3]))
        return replace(answer, generation=Generation("composed", "mismatch", problems[0]))
    return replace(answer, answer=rewritten, generation=Generation("llm", None, llm.id))
