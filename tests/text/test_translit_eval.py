from __future__ import annotations

from pathlib import Path

import pytest

from bawaba.text.translit_eval import (
    char_ngrams,
    evaluate_transliteration,
    main,
    read_pairs,
    recall_at_1,
)


def test_perfect_transliterator_scores_perfectly() -> None:
    pairs = [("a", "بغيت نمشي"), ("b", "واش كاين"), ("c", "دابا")]
    result = evaluate_transliteration(pairs, transliterate=dict(pairs).__getitem__)
    assert result == {"n": 3, "word_accuracy": 1.0, "cer": 0.0, "cross_script_recall@1": 1.0}


def test_word_accuracy_aligns_words_when_counts_match_else_scores_the_line() -> None:
    outputs = {"x": "بغيت نمشا", "y": "واشكاين"}
    pairs = [("x", "بغيت نمشي"), ("y", "واش كاين")]
    result = evaluate_transliteration(pairs, transliterate=outputs.__getitem__)
    assert result["word_accuracy"] == pytest.approx(1 / 3)  # 1 of 2 words + 0 of 1 line
    assert result["cer"] == pytest.approx((1 / 9 + 1 / 8) / 2)


def test_comparison_is_after_normalization() -> None:
    result = evaluate_transliteration([("x", "مدرسة")], transliterate=lambda _: "مَدْرَسه")
    assert result["word_accuracy"] == 1.0


def test_recall_counts_identical_references_once() -> None:
    assert recall_at_1(["حاول", "حاول"], ["حاول", "حاول"]) == 1.0
    assert recall_at_1(["كتاب"], ["قلم"]) == 0.0
    assert recall_at_1([], []) == 0.0


def test_char_ngrams_pad_words() -> None:
    grams = char_ngrams("ab")
    assert grams[" a"] == 1
    assert grams["ab "] == 1
    assert grams[" ab "] == 1


def test_read_pairs_and_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("latin\tarabic\tenglish\nbghit\tبغيت\tI want\ndaba\tدابا\tnow\n")
    assert read_pairs(path) == [("bghit", "بغيت"), ("daba", "دابا")]
    assert main([str(path)]) == 0
    assert "word_accuracy=1.000" in capsys.readouterr().out
    bad = tmp_path / "bad.tsv"
    bad.write_text("x\ty\n")
    with pytest.raises(ValueError, match="latin"):
        read_pairs(bad)
    assert main([]) == 2
