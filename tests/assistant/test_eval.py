"""`bawaba eval assistant`: the report's shape, and the literal fabrication check."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bawaba.assistant.assistant import Assistant
from bawaba.assistant.model import Fact
from bawaba.catalog.model import Organisation, Service
from bawaba.evaluation.assistant_eval import evaluate_answers, evaluate_assistant, fact_in_record
from bawaba.search.embedder import make_embedder
from tests.conftest import shared_file

Record = Callable[[str], Service]
KEYS = {
    "in_scope": {"n", "top_service_correct", "clarify_rate", "clarify_contains_correct", "false_abstain"},
    "out_of_scope": {"n", "abstain_or_refuse"},
    "fabrication": {"answers_checked", "facts_not_in_records"},
    "latency_ms": {"p50", "p95"},
}  # fmt: skip


def test_a_fact_must_be_a_literal_value_of_its_field(
    record: Record, organisations: dict[str, Organisation]
) -> None:
    s = record("cnie-premiere-demande")
    assert fact_in_record(Fact(s.id, "title", s.title["fr"]), s, organisations)
    assert fact_in_record(Fact(s.id, "costs", "75 MAD"), s, organisations)
    assert fact_in_record(Fact(s.id, "documents", s.documents[0].title["ar"]), s, organisations)
    assert not fact_in_record(Fact(s.id, "costs", "80 MAD"), s, organisations)
    assert not fact_in_record(Fact(s.id, "documents", s.title["fr"]), s, organisations)
    assert not fact_in_record(Fact("other", "title", s.title["fr"]), s, organisations)


def test_the_report_counts_what_the_issue_asks_for(
    assistant: Assistant, record: Record, organisations: dict[str, Organisation]
) -> None:
    queries = [
        ("q1", "renouveler mon passeport", "fr"),
        ("q2", "passeport", "fr"),
        ("q3", "j'ai perdu mon passeport", "fr"),
        ("q4", "recette de tajine aux pruneaux", "fr"),
        ("q5", "bonjour", "fr"),
    ]
    qrels = {
        "q1": {"passeport-renouvellement": 1},
        "q2": {"passeport-premiere-demande": 1},
        "q3": {"passeport-perte-vol": 1},
    }
    result = evaluate_answers(assistant, queries, qrels, record, organisations)
    for key, fields in KEYS.items():
        assert set(result[key]) >= fields
    assert result["in_scope"]["n"] == 3 and result["out_of_scope"]["n"] == 2
    assert result["in_scope"]["top_service_correct"] == 1.0
    assert result["in_scope"]["clarify_rate"] == pytest.approx(1 / 3, abs=1e-3)
    assert result["out_of_scope"]["abstain_or_refuse"] == 1.0
    assert result["fabrication"]["facts_not_in_records"] == 0
    assert result["fabrication"]["answers_checked"] >= 3


@pytest.mark.shared
def test_the_bench_runs_end_to_end_without_fabrication() -> None:
    result = evaluate_assistant(
        [shared_file("bench", "catalog.jsonld")],
        shared_file("bench", "taxonomy.ttl"),
        shared_file("bench", "queries.jsonl"),
        shared_file("bench", "qrels", "dev.tsv"),
        make_embedder("hash"),
    )
    assert result["in_scope"]["n"] > 500 and result["out_of_scope"]["n"] > 0
    assert result["fabrication"]["facts_not_in_records"] == 0
    assert result["in_scope"]["error"] == 0
