"""Conversation state: bounded in time and size; ids and fields only, never text."""

from __future__ import annotations

import dataclasses
import json
import os
import time
import uuid
from collections.abc import Iterator

import pytest

from bawaba.assistant.conversation import (
    MemoryConversations,
    RedisConversations,
    State,
    make_conversations,
    new_conversation_id,
    valid_id,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_states_expire_after_the_ttl() -> None:
    clock = Clock()
    store = MemoryConversations(ttl=30, clock=clock)
    store.put("a" * 20, State(services=("s1",), status="answered"))
    clock.now += 29
    assert store.get("a" * 20) == State(services=("s1",), status="answered")
    clock.now += 2
    assert store.get("a" * 20) is None


def test_the_store_is_bounded_and_forgets_the_oldest_first() -> None:
    store = MemoryConversations(ttl=60, max_size=3)
    ids = [new_conversation_id() for _ in range(5)]
    for i, cid in enumerate(ids):
        store.put(cid, State(services=(f"s{i}",)))
    assert len(store) == 3
    assert store.get(ids[0]) is None and store.get(ids[4]) is not None


def test_expired_states_are_dropped_on_write() -> None:
    clock = Clock()
    store = MemoryConversations(ttl=10, clock=clock)
    store.put("a" * 20, State())
    clock.now += 11
    store.put("b" * 20, State())
    assert len(store) == 1


def test_a_state_has_no_field_for_text() -> None:
    assert {f.name for f in dataclasses.fields(State)} == {
        "services",
        "status",
        "focus",
        "language",
    }


def test_ids_are_random_and_checked() -> None:
    a, b = new_conversation_id(), new_conversation_id()
    assert a != b and valid_id(a)
    assert (
        not valid_id("short") and not valid_id("../../etc/passwd-xxxxxxxxx") and not valid_id(None)
    )


# -- Redis (shared by portal replicas) -----------------------------------------------------

REDIS_URL = os.environ.get("BAWABA_TEST_REDIS_URL", "")


@pytest.fixture
def redis_store() -> Iterator[RedisConversations]:
    if not REDIS_URL:
        if os.environ.get("BAWABA_REQUIRE_REDIS"):
            pytest.fail("BAWABA_REQUIRE_REDIS is set but BAWABA_TEST_REDIS_URL is empty")
        pytest.skip("set BAWABA_TEST_REDIS_URL to run the Redis conversation store tests")
    store = RedisConversations(REDIS_URL, ttl=60, prefix=f"bawaba-test:{uuid.uuid4().hex}:")
    yield store
    for key in store._redis.scan_iter(f"{store.prefix}*"):
        store._redis.delete(key)


def test_redis_keeps_a_state_for_every_replica(redis_store: RedisConversations) -> None:
    cid = new_conversation_id()
    state = State(services=("s1", "s2"), status="clarify", focus=("cost",), language="ar")
    redis_store.put(cid, state)
    other_replica = RedisConversations(REDIS_URL, ttl=60, prefix=redis_store.prefix)
    assert other_replica.get(cid) == state
    assert redis_store.get(new_conversation_id()) is None


def test_redis_states_expire(redis_store: RedisConversations) -> None:
    cid = new_conversation_id()
    redis_store.put(cid, State(services=("s1",)))
    assert 0 < int(redis_store._redis.ttl(redis_store.prefix + cid)) <= 60
    short = RedisConversations(REDIS_URL, ttl=1, prefix=redis_store.prefix)
    short.put(cid, State(services=("s1",)))
    time.sleep(1.6)
    assert redis_store.get(cid) is None


def test_redis_holds_ids_and_fields_only(redis_store: RedisConversations) -> None:
    cid = new_conversation_id()
    redis_store.put(cid, State(services=("passeport-renouvellement",), status="answered"))
    raw = json.loads(redis_store._redis.get(redis_store.prefix + cid))
    assert set(raw) == {f.name for f in dataclasses.fields(State)}


def test_an_unreachable_redis_degrades_to_no_context(caplog: pytest.LogCaptureFixture) -> None:
    store = RedisConversations("redis://127.0.0.1:1/0", ttl=60)
    store.put("a" * 20, State(services=("s1",)))  # no exception
    assert store.get("a" * 20) is None
    assert "conversation store unavailable" in caplog.text


def test_the_store_follows_the_settings() -> None:
    assert isinstance(make_conversations("", 60), MemoryConversations)
    assert isinstance(make_conversations("redis://127.0.0.1:6379/0", 60), RedisConversations)
