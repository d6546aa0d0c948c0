"""Measure Arabizi → Arabic transliteration against reference pairs.

Usage: python -m bawaba.text translit-eval pairs.tsv [more.tsv ...]
(TSV with a header holding the columns `latin` and `arabic`).
"""

from __future__ import annotations

import csv
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from bawaba.text.arabic import normalize_arabic
from bawaba.text.arabizi import arabizi_to_arabic
from bawaba.text.distance import levenshtein

Transliterator = Callable[[str], str]


def evaluate_transliteration(
    pairs: Sequence[tuple[str, str]], transliterate: Transliterator = arabizi_to_arabic
) -> dict[str, float]:
    """Word accuracy, character error rate and cross-script recall@1 of `transliterate`.

    Both sides are compared after `normalize_arabic`, so hamza, ta marbuta and shadda
    choices a reader would not notice are not counted as errors.

    - word_accuracy: when a line and its reference have the same number of words they
      are aligned word by word and each word counts once; otherwise the whole line is
      one unit that is right only if it matches exactly. This keeps a split or merged
      word (ma 3ndich / ماعنديش) from shifting every later word into an error.
    - cer: mean over lines of edit distance / reference length.
    - cross_script_recall@1: each transliterated line is matched against all distinct
      reference lines by TF-IDF cosine over character 2-4-grams; a hit is its own
      reference ranking strictly first. References are deduplicated because word lists
      repeat one Arabic spelling for several Latin variants (7awl, 7aawel → حاول).
    """
    hypotheses = [normalize_arabic(transliterate(latin)) for latin, _ in pairs]
    references = [normalize_arabic(arabic) for _, arabic in pairs]
    correct = units = 0
    cer_total = 0.0
    for hyp, ref in zip(hypotheses, references, strict=True):
        hyp_words, ref_words = hyp.split(), ref.split()
        if len(hyp_words) == len(ref_words):
            correct += sum(h == r for h, r in zip(hyp_words, ref_words, strict=True))
            units += len(ref_words)
        else:
            correct += hyp == ref
            units += 1
        cer_total += levenshtein(hyp, ref) / max(1, len(ref))
    n = len(pairs)
    return {
        "n": n,
        "word_accuracy": correct / units if units else 0.0,
        "cer": cer_total / n if n else 0.0,
        "cross_script_recall@1": recall_at_1(hypotheses, references),
    }


def char_ngrams(text: str, sizes: tuple[int, ...] = (2, 3, 4)) -> Counter[str]:
    """Character n-grams of each word padded with spaces, so word edges count."""
    grams: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        for size in sizes:
            grams.update(padded[i : i + size] for i in range(len(padded) - size + 1))
    return grams


def recall_at_1(queries: Sequence[str], targets: Sequence[str]) -> float:
    """Share of queries whose target text is the strict best TF-IDF match among all targets.

    Pure Python with an inverted index: the shared data are a few thousand short lines,
    and a dense matrix of all n-grams would not fit comfortably in memory.
    """
    if not queries:
        return 0.0
    documents = list(dict.fromkeys(targets))
    position = {text: i for i, text in enumerate(documents)}
    doc_grams = [char_ngrams(d) for d in documents]
    df: Counter[str] = Counter()
    for grams in doc_grams:
        df.update(grams.keys())
    n_docs = len(documents)
    idf = {g: math.log((1 + n_docs) / (1 + count)) + 1.0 for g, count in df.items()}
    postings: dict[str, list[tuple[int, float]]] = {}
    for index, grams in enumerate(doc_grams):
        vector = _unit({g: c * idf[g] for g, c in grams.items()})
        for gram, weight in vector.items():
            postings.setdefault(gram, []).append((index, weight))
    hits = 0
    for query, target in zip(queries, targets, strict=True):
        index = position[target]
        vector = _unit({g: c * idf[g] for g, c in char_ngrams(query).items() if g in idf})
        scores: dict[int, float] = {}
        for gram, weight in vector.items():
            for doc, doc_weight in postings[gram]:
                scores[doc] = scores.get(doc, 0.0) + weight * doc_weight
        own = scores.get(index, 0.0)
        if own > 0.0 and all(s < own for d, s in scores.items() if d != index):
            hits += 1
    return hits / len(queries)


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {g: w / norm for g, w in vector.items()} if norm else {}


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(latin, arabic) pairs from a TSV file whose header names those two columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not reader.fieldnames or not {"latin", "arabic"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: the header must name the columns 'latin' and 'arabic'")
        return [(row["latin"], row["arabic"]) for row in reader if row["latin"] and row["arabic"]]


def main(argv: Sequence[str]) -> int:
    """Print the metrics of each TSV file given on the command line."""
    if not argv:
        print("usage: python -m bawaba.text translit-eval pairs.tsv [...]", file=sys.stderr)
        return 2
    for name in argv:
        result = evaluate_transliteration(read_pairs(Path(name)))
        metrics = ", ".join(f"{k}={v:.3f}" for k, v in result.items() if k != "n")
        print(f"{name}: n={int(result['n'])}, {metrics}")
    return 0
