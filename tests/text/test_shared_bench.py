"""Detection and transliteration quality on ../shared data, when the machine has it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bawaba.text.translit_eval import evaluate_transliteration, read_pairs
from bawaba.text.variety_eval import evaluate_detection, read_labelled_queries

SHARED = Path(os.environ.get("BAWABA_SHARED", Path(__file__).resolve().parents[3] / "shared"))
pytestmark = pytest.mark.shared


def _shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present: this test needs the shared benchmark material")
    return path


def test_detection_accuracy_per_variety_on_bench_queries() -> None:
    report = evaluate_detection(read_labelled_queries(_shared("bench", "queries.jsonl")))
    assert report.accuracy() >= 0.9
    for variety in report.total:
        assert report.accuracy(variety) >= 0.85, variety


def test_transliteration_on_doda_sentences() -> None:
    pairs = read_pairs(_shared("external", "doda", "sentences-dev.tsv"))[:500]
    result = evaluate_transliteration(pairs)
    assert result["cer"] < 0.1
    assert result["cross_script_recall@1"] > 0.9
