from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bawaba.cli import app
from bawaba.errors import InvalidInputError
from bawaba.evaluation.beir_eval import corpus_languages, evaluate_beir
from bawaba.evaluation.crosslingual import PoolParams
from tests.evaluation.conftest import LANGS, TOPICS, PoolEmbedder


def _write_pool(folder: Path) -> tuple[Path, Path, Path]:
    """A BEIR folder over the toy pool: every language's passage on a topic is relevant."""
    corpus = folder / "corpus.jsonl"
    queries = folder / "queries.jsonl"
    qrels = folder / "qrels.tsv"
    for path, prefix in ((corpus, "t"), (queries, "q")):
        lines = [
            {
                "_id": f"{lang}:{prefix}{t}",
                "text": f"{prefix}{t}|{lang}",
                "metadata": {"lang": lang},
            }
            for t in range(TOPICS)
            for lang in LANGS
        ]
        path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    rows = [f"{ql}:q{t}\t{dl}:t{t}\t1" for t in range(TOPICS) for ql in LANGS for dl in LANGS]
    qrels.write_text("query-id\tcorpus-id\tscore\n" + "\n".join(rows) + "\n")
    return corpus, queries, qrels


def test_language_neutral_ranking_beats_raw_cosine(tmp_path: Path) -> None:
    corpus, queries, qrels = _write_pool(tmp_path)
    result = evaluate_beir(corpus, queries, qrels, ["map@20", "ndcg@10"], PoolEmbedder())
    assert result["n_queries"] == TOPICS * len(LANGS)
    assert result["n_documents"] == TOPICS * len(LANGS)
    assert result["neighbours"] == len(LANGS)  # one per corpus language
    assert result["metrics"]["map@20"] == pytest.approx(1.0)
    assert result["baselines"]["dense"]["map@20"] < 0.8
    assert set(result["latency_ms_excluding_query_embedding"]) == {"p50", "p95"}


def test_each_step_can_be_switched_off(tmp_path: Path) -> None:
    corpus, queries, qrels = _write_pool(tmp_path)
    plain = PoolParams(center=False, feedback_weight=0.0, neighbour_weight=0.0)
    result = evaluate_beir(corpus, queries, qrels, ["map@20"], PoolEmbedder(), params=plain)
    assert result["neighbours"] == 1
    # With every step off, Bawaba's run is the raw dense baseline.
    assert result["metrics"] == result["baselines"]["dense"]


def test_a_malformed_query_line_names_the_file_and_line(tmp_path: Path) -> None:
    corpus, queries, qrels = _write_pool(tmp_path)
    queries.write_text('{"_id": "x", "text": "q1|en"}\n{"text": "no id"}\n')
    with pytest.raises(InvalidInputError, match=r"queries\.jsonl:2"):
        evaluate_beir(corpus, queries, qrels, ["map@20"], PoolEmbedder())


def test_a_few_stray_passages_do_not_make_a_corpus_multilingual() -> None:
    assert corpus_languages(["en"] * 990 + ["fr"] * 9 + ["es"]) == 1
    assert corpus_languages(["en"] * 50 + ["fr"] * 50) == 2
    assert corpus_languages([]) == 1


def test_cli_switches_each_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, queries, qrels = _write_pool(tmp_path)
    monkeypatch.setenv("BAWABA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BAWABA_EMBEDDER", "hash")
    files = ["--corpus", str(corpus), "--queries", str(queries), "--qrels", str(qrels)]
    plain = CliRunner().invoke(
        app,
        ["eval", "beir", *files, "--no-center", "--feedback-weight", "0",
         "--neighbour-weight", "0", "--json"],
    )  # fmt: skip
    assert plain.exit_code == 0, plain.output
    result = json.loads(plain.stdout)
    assert result["feedback_weight"] == 0.0 and result["neighbours"] == 1
    assert result["metrics"] == result["baselines"]["dense"]
    default = json.loads(CliRunner().invoke(app, ["eval", "beir", *files, "--json"]).stdout)
    assert default["feedback_weight"] == 2.0 and default["neighbour_weight"] == 0.7
    assert default["neighbours"] == len(LANGS)
