from __future__ import annotations

from pathlib import Path

from bawaba.evaluation.beir_split import question_of, split_check
from bawaba.evaluation.data import Query
from tests.evaluation.conftest import LANGS, TOPICS, PoolEmbedder
from tests.evaluation.test_beir_eval import _write_pool


def test_translations_of_a_query_share_a_question() -> None:
    en = Query("en:56be", "how many?", {"lang": "en"})
    ar = Query("ar:56be", "كم؟", {"lang": "ar"})
    assert question_of(en) == question_of(ar) == "56be"
    assert question_of(Query("fr:1", "x")) == "fr:1"  # no language said: the id itself


def test_unseen_questions_exclude_every_translation_of_the_sample(tmp_path: Path) -> None:
    corpus, queries, qrels = _write_pool(tmp_path)
    result = split_check(corpus, queries, qrels, PoolEmbedder(), sample=4, seed=3)
    sizes = {name.split(" (")[0]: int(name.split("(")[1].rstrip(")")) for name in result}
    assert sizes["tuning sample"] == 4
    assert sizes["other queries"] == TOPICS * len(LANGS) - 4
    # Each sampled query removes its question's three language versions (1–4 questions).
    assert sizes["unseen questions"] % len(LANGS) == 0
    assert sizes["unseen questions"] <= (TOPICS - 1) * len(LANGS)
    for scores in result.values():
        assert scores["both"] >= scores["centering"] > scores["raw"]
