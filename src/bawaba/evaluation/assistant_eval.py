"""`bawaba eval assistant`: does the assistant pick the right procedure, abstain when it should,
and never state a fact that is not in the records?

Judged queries (a line in the qrels) are in scope; the others are out of scope. Each query
is asked in a fresh conversation, without an interface language (the answer language
follows the question), through the same `Assistant` the portal uses, in composed mode.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bawaba.assistant.assistant import Assistant
from bawaba.assistant.compose import amount_value
from bawaba.assistant.model import Answer, Fact, Status
from bawaba.assistant.thresholds import Thresholds
from bawaba.assistant.verify import verify
from bawaba.catalog.model import Concept, Organisation, Scheme, Service
from bawaba.catalog.store import CatalogStore
from bawaba.evaluation.data import read_qrels, read_queries
from bawaba.evaluation.metrics import percentiles
from bawaba.evaluation.search_eval import load_catalog
from bawaba.search.dense import EmbeddingCache
from bawaba.search.embedder import Embedder
from bawaba.search.engine import Searcher
from bawaba.search.index import SearchIndex

_ABSTAIN = (Status.NO_MATCH, Status.REFUSED)


class StoreCatalog:
    """The assistant's `Catalog` over a store and a ready searcher (no saved index files)."""

    def __init__(self, store: CatalogStore, searcher: Searcher) -> None:
        self.store = store
        self._searcher = searcher

    def searcher(self) -> Searcher:
        return self._searcher

    def service(self, service_id: str) -> Service:
        return self.store.get_service(service_id)

    def organisations(self) -> list[Organisation]:
        return self.store.organisations()

    def concepts(self, scheme: Scheme) -> list[Concept]:
        return self.store.concepts(scheme)


def field_values(record: Service, field: str, organisations: dict[str, Organisation]) -> list[str]:
    """The values field `field` of `record` holds, as a `Fact` may quote them."""
    if field == "title":
        return list(record.title.values())
    if field == "description":
        return list(record.description.values())
    if field == "documents":
        return [v for d in record.documents for v in d.title.values()]
    if field == "steps":
        return [v for step in record.steps for v in step.values()]
    if field == "costs":
        values = [v for c in record.costs for v in c.description.values()]
        return values + [
            amount_value(c.amount, c.currency) for c in record.costs if c.amount is not None
        ]
    if field == "processing_time":
        return [record.processing_time] if record.processing_time else []
    if field == "processing_time_text":
        return list(record.processing_time_text.values())
    if field == "channels":
        return [c.value for c in record.channels]
    if field == "online_url":
        return [record.online_url] if record.online_url else []
    if field == "authority":
        org = organisations.get(record.authority or "")
        return [record.authority or "", *(org.name.values() if org else [])]
    if field == "contact" and record.contact is not None:
        c = record.contact
        return [v for v in (c.phone, c.email, c.page) if v] + list(c.opening_hours.values())
    return []


def fact_in_record(fact: Fact, record: Service, organisations: dict[str, Organisation]) -> bool:
    """Whether `fact.value` is literally one of the values of its record's field."""
    return fact.service_id == record.id and fact.value in field_values(
        record, fact.field, organisations
    )


def _correct(answer: Answer, relevant: dict[str, int]) -> tuple[bool, bool]:
    """(answered with a relevant service first, clarified with a relevant option)."""
    ids = [s.id for s in answer.services]
    if answer.status == Status.ANSWERED:
        return bool(ids) and ids[0] in relevant, False
    if answer.status == Status.CLARIFY:
        return False, any(i in relevant for i in ids)
    return False, False


def evaluate_answers(
    assistant: Assistant,
    queries: Sequence[tuple[str, str, str]],
    qrels: dict[str, dict[str, int]],
    records: Callable[[str], Service],
    organisations: dict[str, Organisation],
) -> dict[str, Any]:
    """Ask every (id, text, variety) query once and score the answers."""
    in_scope: dict[str, int] = defaultdict(int)
    by_variety: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    out_n = out_abstain = checked = bad_facts = unverified = 0
    latencies: list[float] = []
    for qid, question, variety in queries:
        started = time.perf_counter()
        answer = assistant.ask(question)
        latencies.append((time.perf_counter() - started) * 1000)
        if answer.facts:
            checked += 1
            cited = {s: records(s) for s in {f.service_id for f in answer.facts}}
            bad_facts += sum(
                not fact_in_record(f, cited[f.service_id], organisations) for f in answer.facts
            )
            if answer.status == Status.ANSWERED:
                unverified += bool(
                    verify(answer.answer, answer.facts, list(cited.values()), organisations)
                )
        relevant = qrels.get(qid)
        if not relevant:
            out_n += 1
            out_abstain += answer.status in _ABSTAIN
            continue
        answered_ok, clarified_ok = _correct(answer, relevant)
        for counts in (in_scope, by_variety[variety]):
            counts["n"] += 1
            counts["answered_correct"] += answered_ok
            counts["clarify"] += answer.status == Status.CLARIFY
            counts["clarify_contains_correct"] += clarified_ok
            counts["abstain"] += answer.status in _ABSTAIN
            counts["error"] += answer.status == Status.ERROR

    def rates(c: dict[str, int]) -> dict[str, Any]:
        n = max(c["n"], 1)
        return {
            "n": c["n"],
            "top_service_correct": round(
                (c["answered_correct"] + c["clarify_contains_correct"]) / n, 4
            ),
            "answered_correct": round(c["answered_correct"] / n, 4),
            "clarify_rate": round(c["clarify"] / n, 4),
            "clarify_contains_correct": round(c["clarify_contains_correct"] / n, 4),
            "false_abstain": round(c["abstain"] / n, 4),
            "error": c["error"],
        }

    return {
        "in_scope": rates(in_scope),
        "out_of_scope": {
            "n": out_n,
            "abstain_or_refuse": round(out_abstain / out_n, 4) if out_n else 0.0,
        },
        "fabrication": {
            "answers_checked": checked,
            "facts_not_in_records": bad_facts,
            "answers_with_unverified_text": unverified,
        },
        "latency_ms": percentiles(latencies),
        "varieties": {v: rates(c) for v, c in sorted(by_variety.items())},
    }


def evaluate_assistant(
    catalogs: list[Path],
    taxonomy: Path | None,
    queries_path: Path,
    qrels_path: Path,
    embedder: Embedder,
    *,
    database_url: str | None = None,
    cache_dir: Path | None = None,
    thresholds: Thresholds | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    say = on_progress or (lambda _msg: None)
    files = ([taxonomy] if taxonomy else []) + list(catalogs)
    store, tmp = load_catalog(files, database_url)
    try:
        say("building index")
        index = SearchIndex(embedder=embedder)
        cache = EmbeddingCache(cache_dir)
        index.build(store.services(), store.revision(), cache=cache, concepts=store.concepts())
        cache.save()
        catalog = StoreCatalog(store, Searcher(index))
        assistant = Assistant(catalog, thresholds=thresholds)
        queries = [(q.id, q.text, q.variety) for q in read_queries(queries_path)]
        qrels = read_qrels(qrels_path)
        organisations = {o.id: o for o in store.organisations()}
        say(f"asking {len(queries)} questions")
        assistant.ask("warm-up")  # loads the model and the scope vectors outside the timings
        return evaluate_answers(assistant, queries, qrels, catalog.service, organisations)
    finally:
        store.engine.dispose()
        if tmp is not None:
            tmp.cleanup()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bawaba.evaluation.assistant_eval` — the same as `bawaba eval assistant`."""
    from bawaba.search.embedder import make_embedder
    from bawaba.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--catalog", type=Path, action="append", required=True)
    parser.add_argument("--taxonomy", type=Path)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--qrels", type=Path, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    result = evaluate_assistant(
        args.catalog, args.taxonomy, args.queries, args.qrels, make_embedder(settings.embedder),
        cache_dir=settings.index_dir / "embeddings",
        on_progress=lambda msg: print(f"{msg}…", file=sys.stderr),
    )  # fmt: skip
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
