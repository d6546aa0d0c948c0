from __future__ import annotations

import json
from pathlib import Path

import pytest

from bawaba.text.variety_eval import evaluate_detection, main, read_labelled_queries


def test_evaluate_detection() -> None:
    report = evaluate_detection([("bghit lpermis", "ary_latn"), ("le permis", "en")])
    assert report.accuracy("ary_latn") == 1.0
    assert report.accuracy("en") == 0.0
    assert report.accuracy() == 0.5
    assert report.confusions == {("en", "fr"): 1}


def test_read_labelled_queries_and_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "queries.jsonl"
    lines = [
        {"_id": "1", "text": "kifach njded la carte", "metadata": {"variety": "ary_latn"}},
        {"_id": "2", "text": "no label"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert read_labelled_queries(path) == [("kifach njded la carte", "ary_latn")]
    assert main([str(path)]) == 0
    assert "ary_latn  1.000" in capsys.readouterr().out
