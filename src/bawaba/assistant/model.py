"""What the assistant answers: a status, a text, and every fact it states with its source."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Machine-readable outcome of one question (it feeds the analytics of unmet demand)."""

    ANSWERED = "answered"
    CLARIFY = "clarify"
    NO_MATCH = "no_match"
    REFUSED = "refused"
    ERROR = "error"


class Reason(StrEnum):
    """Why a question was not simply answered, or why the generative mode was bypassed."""

    GREETING = "greeting"
    CHIT_CHAT = "chit_chat"
    OFF_TOPIC = "off_topic"
    PERSONAL_FILE = "personal_file"
    LEGAL_ADVICE = "legal_advice"
    LOW_CONFIDENCE = "low_confidence"
    EMPTY = "empty"
    SIBLINGS = "siblings"
    INTERNAL = "internal_error"


@dataclass(frozen=True)
class Fact:
    """One statement of an answer, copied verbatim from field `field` of service `service_id`.

    `field` is a `Service` attribute ("title", "documents", "steps", "costs",
    "processing_time", "processing_time_text", "channels", "online_url", "authority",
    "contact") and `value` one of its values, as stored (an ISO duration stays "P15D").
    """

    service_id: str
    field: str
    value: str


@dataclass(frozen=True)
class ServiceRef:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Suggestion:
    """A link the reader can follow next: a choice, a theme, a life event, a search."""

    label: str
    url: str
    kind: str
    service_id: str | None = None


@dataclass(frozen=True)
class Generation:
    """How the text was produced: composed from records, or rewritten by the LLM and verified.

    `fallback` says why a rewrite was discarded ("mismatch", "timeout", "error"); `detail`
    names the first unverified claim or the error.
    """

    mode: str = "composed"
    fallback: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class Answer:
    status: Status
    answer: str
    language: str
    conversation_id: str
    detected_variety: str = ""
    services: list[ServiceRef] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    reason: Reason | None = None
    generation: Generation = field(default_factory=Generation)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        data["reason"] = self.reason.value if self.reason else None
        return data
