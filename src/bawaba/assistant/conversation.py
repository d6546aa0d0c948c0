"""Server-side conversation state: bounded in time and size, and holding no personal data.

A conversation keeps only what a follow-up question needs — the ids of the services of the
last answer, its status and the fields it was about — never the text anyone typed.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
log = logging.getLogger("bawaba.assistant")


@dataclass(frozen=True)
class State:
    """What the last turn left behind."""

    services: tuple[str, ...] = ()
    """The answered service, or the options of a clarifying question."""
    status: str = ""
    focus: tuple[str, ...] = ()
    language: str = ""


class Conversations(Protocol):
    """Where conversation states live (in memory by default; Redis when replicas share them)."""

    def get(self, conversation_id: str) -> State | None: ...

    def put(self, conversation_id: str, state: State) -> None: ...


def new_conversation_id() -> str:
    return secrets.token_urlsafe(18)


def valid_id(conversation_id: str | None) -> bool:
    return bool(conversation_id) and _ID.match(conversation_id or "") is not None


class MemoryConversations:
    """An LRU of states that expire `ttl` seconds after their last turn."""

    def __init__(
        self, ttl: float = 1800, max_size: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self.max_size = max_size
        self._clock = clock
        self._data: OrderedDict[str, tuple[float, State]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conversation_id: str) -> State | None:
        now = self._clock()
        with self._lock:
            item = self._data.get(conversation_id)
            if item is None:
                return None
            stamp, state = item
            if now - stamp > self.ttl:
                del self._data[conversation_id]
                return None
            return state

    def put(self, conversation_id: str, state: State) -> None:
        now = self._clock()
        with self._lock:
            self._data[conversation_id] = (now, state)
            self._data.move_to_end(conversation_id)
            while len(self._data) > self.max_size:
                self._data.popitem(last=False)
            # Drop expired states from the old end so memory follows the live conversations.
            while self._data:
                oldest, (stamp, _) = next(iter(self._data.items()))
                if now - stamp <= self.ttl:
                    break
                del self._data[oldest]

    def __len__(self) -> int:
        return len(self._data)


class RedisConversations:
    """States in Redis, expiring `ttl` seconds after their last turn: every replica of the
    portal sees the same conversations, and a restart loses none.

    Redis being unreachable must not take the assistant down: a lost state only means a
    follow-up question is read on its own.
    """

    def __init__(self, url: str, ttl: int = 1800, prefix: str = "bawaba:conversation:") -> None:
        import redis

        self.ttl = ttl
        self.prefix = prefix
        self._errors: tuple[type[Exception], ...] = (redis.RedisError, ValueError)
        self._redis = redis.Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)

    def get(self, conversation_id: str) -> State | None:
        try:
            raw = self._redis.get(self.prefix + conversation_id)
            return None if raw is None else _state(json.loads(raw))
        except self._errors as exc:
            log.warning("conversation store unavailable (%s): answering without context", exc)
            return None

    def put(self, conversation_id: str, state: State) -> None:
        try:
            self._redis.set(self.prefix + conversation_id, json.dumps(asdict(state)), ex=self.ttl)
        except self._errors as exc:
            log.warning("conversation store unavailable (%s): state not kept", exc)


def _state(data: dict[str, Any]) -> State:
    return State(
        services=tuple(str(s) for s in data.get("services", ())),
        status=str(data.get("status", "")),
        focus=tuple(str(f) for f in data.get("focus", ())),
        language=str(data.get("language", "")),
    )


def make_conversations(redis_url: str, ttl: int) -> Conversations:
    """Redis when a URL is configured (several replicas), else this process's memory."""
    return RedisConversations(redis_url, ttl) if redis_url else MemoryConversations(ttl=ttl)
