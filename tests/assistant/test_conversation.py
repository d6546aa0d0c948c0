"""Conversation state: bounded in time and size; ids and fields only, never text."""

from __future__ import annotations

import dataclasses

from bawaba.assistant.conversation import MemoryConversations, State, new_conversation_id, valid_id


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
