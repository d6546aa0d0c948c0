"""The assistant facade: a question in, a grounded `Answer` out.

Pipeline: redact → read the intent (rules) → retrieve (the search `Searcher`) → decide
(answer, clarify between siblings, no match, refuse) → compose from the records → optionally
let an LLM reword it, kept only if every claim checks out against the records.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

from bawaba.assistant.clarify import Siblings
from bawaba.assistant.compose import Links, compose_choices, compose_service, pick, service_refs
from bawaba.assistant.conversation import (
    Conversations,
    MemoryConversations,
    State,
    make_conversations,
    new_conversation_id,
    valid_id,
)
from bawaba.assistant.intent import Intent, Kind, read_intent
from bawaba.assistant.llm import LLM, OpenAIChat, generate
from bawaba.assistant.messages import answer_language, text
from bawaba.assistant.model import (
    Answer,
    Fact,
    Reason,
    ServiceRef,
    Status,
    Suggestion,
)
from bawaba.assistant.scope import Scope
from bawaba.assistant.thresholds import Thresholds
from bawaba.catalog.model import Concept, Organisation, Scheme, Service
from bawaba.privacy.redact import PLACEHOLDERS, redact
from bawaba.search.documents import IndexedService
from bawaba.search.engine import Hit, Searcher
from bawaba.settings import Settings
from bawaba.text.variety import detect

log = logging.getLogger("bawaba.assistant")

MAX_QUESTION = 1000
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS))
_REFUSALS = {
    Kind.GREETING: Reason.GREETING,
    Kind.THANKS: Reason.GREETING,
    Kind.CHIT_CHAT: Reason.CHIT_CHAT,
    Kind.EMPTY: Reason.EMPTY,
    Kind.PERSONAL_FILE: Reason.PERSONAL_FILE,
    Kind.LEGAL_ADVICE: Reason.LEGAL_ADVICE,
}


class Catalog(Protocol):
    """What the assistant reads: `bawaba.runtime.Bawaba` provides it."""

    def searcher(self) -> Searcher: ...

    def service(self, service_id: str) -> Service: ...

    def organisations(self) -> list[Organisation]: ...

    def concepts(self, scheme: Scheme) -> list[Concept]: ...


@dataclass(frozen=True)
class AskEvent:
    """One answered question, for analytics of unmet demand (the question is redacted)."""

    question: str
    status: Status
    reason: Reason | None
    variety: str
    language: str
    services: tuple[str, ...]
    latency_ms: float


@dataclass
class _Snapshot:
    """What the assistant derives from one index revision."""

    revision: int
    searcher: Searcher
    siblings: Siblings
    indexed: dict[str, IndexedService]
    organisations: dict[str, Organisation]
    concepts: dict[Scheme, dict[str, Concept]]
    records: dict[str, Service] = field(default_factory=dict)


@dataclass(frozen=True)
class _Turn:
    """The facts of the current question that every branch needs."""

    query: str
    intent: Intent
    language: str
    variety: str
    conversation_id: str
    identifiers: bool
    links: Links
    """Links to the reader's interface language, even when the answer falls back to another."""


class Assistant:
    def __init__(
        self,
        catalog: Catalog,
        *,
        conversations: Conversations | None = None,
        llm: LLM | None = None,
        links: Links | None = None,
        thresholds: Thresholds | None = None,
        default_language: str = "fr",
        on_answer: Callable[[AskEvent], None] | None = None,
    ) -> None:
        self.catalog = catalog
        self.conversations = conversations if conversations is not None else MemoryConversations()
        self.llm = llm
        self.links = links or Links()
        self.thresholds = thresholds or Thresholds()
        self.default_language = default_language
        self.on_answer = on_answer
        self._snapshot: _Snapshot | None = None
        self._scope: Scope | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, catalog: Catalog, settings: Settings) -> Assistant:
        llm = (
            OpenAIChat(settings.llm_url, settings.llm_model, settings.llm_timeout)
            if settings.llm_url
            else None
        )
        return cls(
            catalog,
            conversations=make_conversations(settings.redis_url, settings.conversation_ttl),
            llm=llm,
            default_language=settings.default_language,
        )

    # -- public -----------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Build what the first question would otherwise pay for, before traffic.

        That is the index snapshot (sibling families), the intent rules' cue tables, the
        embedding model and, for a calibrated embedder, the out-of-scope bank's vectors. No
        conversation is started and no analytics event is sent.
        """
        snap = self._current()
        for sample in ("bonjour, combien coûte le passeport ?", "بغيت نجدد لاكارط", "3afak lwraq"):
            read_intent(sample)
        sample = "renouvellement du passeport"
        snap.searcher.search(sample, per_page=1)
        self._margin(snap, sample)

    def ask(
        self,
        question: str,
        language: str | None = None,
        conversation_id: str | None = None,
        service_id: str | None = None,
        *,
        replay: bool = False,
    ) -> Answer:
        """Answer `question` in interface language `language` (else the question's own).

        `service_id` is the choice a reader made among the options of a clarifying question.
        `replay` rebuilds a conversation from turns already asked (an OpenAI-style client
        resends its history): no analytics event, so a question is counted once.
        """
        started = time.perf_counter()
        known = None
        if conversation_id is not None and valid_id(conversation_id):
            known = self.conversations.get(conversation_id)
        cid = conversation_id if known is not None and conversation_id else new_conversation_id()
        redacted = redact((question or "")[:MAX_QUESTION])
        query = " ".join(_PLACEHOLDER.sub(" ", redacted).split())
        intent = read_intent(redacted)
        variety = detect(query).variety if query else ""
        turn = _Turn(
            query=query,
            intent=intent,
            language=answer_language(language, variety, self.default_language),
            variety=variety,
            conversation_id=cid,
            identifiers=redacted != (question or "")[:MAX_QUESTION],
            links=self.links.for_page(language),
        )
        try:
            answer = self._answer(turn, known, service_id)
        except Exception:
            # The reader gets a status and a way forward; the operator gets the trace.
            # Logs never hold what citizens type, even redacted (see the privacy statement).
            log.exception("assistant failed (%s, %d characters)", variety or "?", len(query))
            answer = Answer(
                status=Status.ERROR,
                answer=text(turn.language, "error"),
                language=turn.language,
                conversation_id=cid,
                detected_variety=variety,
                reason=Reason.INTERNAL,
                suggestions=[
                    Suggestion(
                        text(turn.language, "themes"), turn.links.themes(turn.language), "browse"
                    )
                ],
            )
        self._remember(answer, known, intent.focus)
        latency = (time.perf_counter() - started) * 1000
        log.debug(
            "ask %s %s %s", answer.status.value, answer.reason, [s.id for s in answer.services]
        )
        if self.on_answer is not None and not replay:
            self.on_answer(
                AskEvent(
                    question=redacted,
                    status=answer.status,
                    reason=answer.reason,
                    variety=answer.detected_variety,
                    language=answer.language,
                    services=tuple(s.id for s in answer.services),
                    latency_ms=round(latency, 3),
                )
            )
        return answer

    # -- decisions --------------------------------------------------------------------------

    def _answer(self, turn: _Turn, state: State | None, service_id: str | None) -> Answer:
        snap = self._current()
        th = self.thresholds
        intent = turn.intent
        if service_id and service_id in snap.indexed:
            focus = intent.focus or (state.focus if state else ())
            return self._answered(turn, snap, service_id, focus)
        if intent.kind in (Kind.EMPTY, Kind.GREETING, Kind.THANKS, Kind.CHIT_CHAT):
            return self._refused(turn, _REFUSALS[intent.kind], [])
        result = snap.searcher.search(turn.query, per_page=10, display_language=turn.language)
        turn = replace(turn, variety=result.variety or turn.variety)
        hits = result.hits
        if intent.kind in (Kind.PERSONAL_FILE, Kind.LEGAL_ADVICE):
            related = self._related(snap, hits, turn.query)
            return self._refused(turn, _REFUSALS[intent.kind], related)
        if intent.kind == Kind.OFF_TOPIC:
            return self._no_match(turn, snap, [], Reason.OFF_TOPIC)
        if state is not None and state.services:
            followed = self._follow_up(turn, snap, state, hits)
            if followed is not None:
                return followed
        if not hits:
            return self._no_match(turn, snap, hits, Reason.LOW_CONFIDENCE)
        if not intent.content:
            # Only "how much?" or "which papers?", and no procedure to attach it to.
            return self._no_match(turn, snap, [], Reason.LOW_CONFIDENCE)
        margin = self._margin(snap, turn.query)
        if (
            margin > th.out_of_scope_margin
            or (intent.leisure and margin > th.leisure_margin)
            or (hits[0].lexical < th.lexical_floor and margin > th.weak_margin)
        ):
            return self._no_match(turn, snap, hits, Reason.LOW_CONFIDENCE)
        return self._decide(turn, snap, hits)

    def _decide(self, turn: _Turn, snap: _Snapshot, hits: list[Hit]) -> Answer:
        th = self.thresholds
        top = hits[0]
        wanted = turn.intent.variants
        family = snap.siblings.family(top.id)
        pool = list(dict.fromkeys([top.id, *family.siblings]))
        if wanted and family.variants and not (wanted & family.variants):
            # The best service names another case than the question (a renewal for a lost
            # card): its sibling naming the question's case is the better answer.
            matching = snap.siblings.with_variants(pool, wanted)
            if len(matching) == 1:
                return self._answered(turn, snap, matching[0], turn.intent.focus)
        if wanted and wanted <= family.variants:
            return self._answered(turn, snap, top.id, turn.intent.focus)
        siblings = [
            h.id
            for h in hits[1 : th.clarify_depth]
            if top.score - h.score <= th.clarify_gap and h.id in family.siblings
        ]
        related = [
            h.id
            for h in hits[1 : th.clarify_depth]
            if top.score - h.score <= th.related_gap
            and h.id not in family.siblings
            and self._share_topic(snap, top.id, h.id)
        ]
        competing = [h.id for h in hits if h.id in siblings or h.id in related]
        if competing:
            matching = snap.siblings.with_variants([top.id, *competing], wanted)
            if len(matching) == 1:
                return self._answered(turn, snap, matching[0], turn.intent.focus)
            # Asking "which case?" lists every case of the procedure, not only the close ones.
            cases = family.siblings if siblings else ()
            options = list(dict.fromkeys([top.id, *competing, *cases]))
            return self._clarify(turn, snap, options[: th.max_options])
        return self._answered(turn, snap, top.id, turn.intent.focus)

    def _follow_up(
        self, turn: _Turn, snap: _Snapshot, state: State, hits: list[Hit]
    ) -> Answer | None:
        """An answer that continues the conversation, or None for a new question."""
        intent = turn.intent
        known = [s for s in state.services if s in snap.indexed]
        if not known:
            return None
        thin = len(intent.content) <= self.thresholds.follow_up_words
        if state.status == Status.CLARIFY.value:
            if intent.choice is not None and intent.choice <= len(known):
                return self._answered(turn, snap, known[intent.choice - 1], state.focus)
            matching = snap.siblings.with_variants(known, intent.variants)
            if len(matching) == 1:
                return self._answered(turn, snap, matching[0], intent.focus or state.focus)
            if len(matching) > 1:
                return self._clarify(turn, snap, matching)
            ranked = [h.id for h in hits[:3] if h.id in known]
            if ranked and thin:
                return self._answered(turn, snap, ranked[0], intent.focus or state.focus)
            return None
        if not thin:
            return None
        current = known[0]
        if intent.variants:
            family = [current, *snap.siblings.siblings(current)]
            matching = snap.siblings.with_variants(family, intent.variants)
            if current in matching:
                return self._answered(turn, snap, current, intent.focus or state.focus)
            if len(matching) == 1:
                return self._answered(turn, snap, matching[0], intent.focus or state.focus)
            if len(matching) > 1:
                return self._clarify(turn, snap, matching[: self.thresholds.max_options])
        if intent.focus:
            return self._answered(turn, snap, current, intent.focus)
        return None

    @staticmethod
    def _share_topic(snap: _Snapshot, a: str, b: str) -> bool:
        sa, sb = snap.indexed.get(a), snap.indexed.get(b)
        if sa is None or sb is None:
            return False
        return bool(set(sa.themes) & set(sb.themes) or set(sa.life_events) & set(sb.life_events))

    # -- answers ----------------------------------------------------------------------------

    def _answered(
        self, turn: _Turn, snap: _Snapshot, service_id: str, focus: tuple[str, ...]
    ) -> Answer:
        record = self._record(snap, service_id)
        org = snap.organisations.get(record.authority or "")
        composed = compose_service(
            record, turn.language, turn.links, authority_name=org.name if org else None, focus=focus
        )
        body = composed.text
        if turn.identifiers:
            body += "\n\n" + text(turn.language, "privacy")
        siblings = [self._record(snap, s) for s in snap.siblings.siblings(service_id)[:3]]
        suggestions = [
            Suggestion(ref.title, ref.url, "related", ref.id)
            for ref in service_refs(siblings, turn.language, turn.links)
        ]
        answer = Answer(
            status=Status.ANSWERED,
            answer=body,
            language=turn.language,
            conversation_id=turn.conversation_id,
            detected_variety=turn.variety,
            services=service_refs([record], turn.language, turn.links),
            facts=composed.facts,
            suggestions=suggestions,
            reason=None,
        )
        if self.llm is None:
            return answer
        return generate(answer, self.llm, [record], snap.organisations)

    def _clarify(self, turn: _Turn, snap: _Snapshot, options: list[str]) -> Answer:
        records = [self._record(snap, s) for s in options]
        body, facts, refs, suggestions = compose_choices(
            records, turn.language, turn.links, turn.conversation_id
        )
        return Answer(
            status=Status.CLARIFY,
            answer=body,
            language=turn.language,
            conversation_id=turn.conversation_id,
            detected_variety=turn.variety,
            services=refs,
            facts=facts,
            suggestions=suggestions,
            reason=Reason.SIBLINGS,
        )

    def _no_match(self, turn: _Turn, snap: _Snapshot, hits: list[Hit], reason: Reason) -> Answer:
        lang = turn.language
        suggestions: list[Suggestion] = []
        if turn.query:
            shown = turn.query if len(turn.query) <= 60 else turn.query[:57] + "…"
            suggestions.append(
                Suggestion(
                    text(lang, "search", query=shown), turn.links.search(lang, turn.query), "search"
                )
            )
        themes: Counter[str] = Counter()
        events: Counter[str] = Counter()
        for h in hits[:5]:
            indexed = snap.indexed.get(h.id)
            if indexed is not None:
                themes.update(indexed.themes)
                events.update(indexed.life_events)
        for notation, _ in themes.most_common(2):
            concept = snap.concepts.get(Scheme.THEME, {}).get(notation)
            if concept is not None and (label := pick(concept.label, lang)):
                suggestions.append(
                    Suggestion(label[0], turn.links.concept(lang, "themes", notation), "theme")
                )
        for notation, _ in events.most_common(1):
            concept = snap.concepts.get(Scheme.LIFE_EVENT, {}).get(notation)
            if concept is not None and (label := pick(concept.label, lang)):
                suggestions.append(
                    Suggestion(
                        label[0], turn.links.concept(lang, "life-events", notation), "life_event"
                    )
                )
        suggestions.append(Suggestion(text(lang, "themes"), turn.links.themes(lang), "browse"))
        body = text(lang, "no_match")
        if turn.identifiers:
            body += "\n\n" + text(lang, "privacy")
        return Answer(
            status=Status.NO_MATCH,
            answer=body,
            language=lang,
            conversation_id=turn.conversation_id,
            detected_variety=turn.variety,
            suggestions=suggestions,
            reason=reason,
        )

    def _refused(self, turn: _Turn, reason: Reason, related: list[Service]) -> Answer:
        lang = turn.language
        key = "thanks" if turn.intent.kind == Kind.THANKS else reason.value
        lines = [text(lang, key)]
        facts: list[Fact] = []
        refs: list[ServiceRef] = service_refs(related, lang, turn.links)
        if refs:
            lines += ["", text(lang, "related")]
            for ref in refs:
                facts.append(Fact(ref.id, "title", ref.title))
                lines.append(f"- {ref.title} — {ref.url}")
        if turn.identifiers:
            lines += ["", text(lang, "privacy")]
        return Answer(
            status=Status.REFUSED,
            answer="\n".join(lines),
            language=lang,
            conversation_id=turn.conversation_id,
            detected_variety=turn.variety,
            services=refs,
            facts=facts,
            suggestions=[Suggestion(r.title, r.url, "related", r.id) for r in refs]
            + [Suggestion(text(lang, "themes"), turn.links.themes(lang), "browse")],
            reason=reason,
        )

    def _related(self, snap: _Snapshot, hits: list[Hit], query: str) -> list[Service]:
        """Procedures worth pointing to when refusing, if the question is on topic at all."""
        if not hits:
            return []
        if self._margin(snap, query) > self.thresholds.out_of_scope_margin:
            return []
        return [self._record(snap, h.id) for h in hits[:3]]

    # -- state ------------------------------------------------------------------------------

    def _remember(self, answer: Answer, previous: State | None, focus: tuple[str, ...]) -> None:
        if answer.status in (Status.ANSWERED, Status.CLARIFY):
            state = State(
                services=tuple(s.id for s in answer.services),
                status=answer.status.value,
                focus=focus,
                language=answer.language,
            )
        elif answer.reason in (Reason.GREETING, Reason.EMPTY) and previous is not None:
            state = replace(previous, language=answer.language)
        else:
            state = State(status=answer.status.value, language=answer.language)
        self.conversations.put(answer.conversation_id, state)

    def _current(self) -> _Snapshot:
        searcher = self.catalog.searcher()
        snap = self._snapshot
        if snap is not None and snap.searcher is searcher:
            return snap
        with self._lock:
            if self._snapshot is not None and self._snapshot.searcher is searcher:
                return self._snapshot
            services = searcher.index.services
            concepts = {
                scheme: {c.notation: c for c in self.catalog.concepts(scheme)}
                for scheme in (Scheme.THEME, Scheme.LIFE_EVENT)
            }
            self._snapshot = _Snapshot(
                revision=searcher.index.revision,
                searcher=searcher,
                siblings=Siblings(services),
                indexed={s.id: s for s in services},
                organisations={o.id: o for o in self.catalog.organisations()},
                concepts=concepts,
            )
            return self._snapshot

    def _record(self, snap: _Snapshot, service_id: str) -> Service:
        record = snap.records.get(service_id)
        if record is None:
            record = self.catalog.service(service_id)
            snap.records[service_id] = record
        return record

    def _margin(self, snap: _Snapshot, query: str) -> float:
        """The scope margin of `query`, or -inf when the embedder was not calibrated."""
        embedder = snap.searcher.index.embedder
        if not embedder.id.startswith(self.thresholds.scope_embedders):
            return float("-inf")
        if self._scope is None or self._scope.embedder is not embedder:
            self._scope = Scope(embedder)
        return self._scope.margin(snap.searcher, query)
