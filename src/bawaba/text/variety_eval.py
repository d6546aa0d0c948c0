"""Measure variety detection against labelled queries.

Usage: python -m bawaba.text variety-eval queries.jsonl [...]
(BEIR queries whose `metadata.variety` holds the expected label).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bawaba.text.variety import detect


@dataclass(frozen=True, slots=True)
class DetectionReport:
    """Accuracy per expected variety, overall, and the confusions (expected, got) → count."""

    total: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def accuracy(self, variety: str | None = None) -> float:
        """Accuracy for one expected variety, or over everything when `variety` is None."""
        if variety is None:
            total = sum(self.total.values())
            return sum(self.correct.values()) / total if total else 0.0
        return self.correct[variety] / self.total[variety] if self.total[variety] else 0.0


def evaluate_detection(labelled: Iterable[tuple[str, str]]) -> DetectionReport:
    """Run `detect` on each (text, expected variety) pair."""
    report = DetectionReport()
    for text, expected in labelled:
        got = detect(text).variety
        report.total[expected] += 1
        if got == expected:
            report.correct[expected] += 1
        else:
            report.confusions[(expected, got)] += 1
    return report


def read_labelled_queries(path: Path) -> list[tuple[str, str]]:
    """(text, metadata.variety) from a BEIR queries.jsonl; unlabelled lines are skipped."""
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                variety = (record.get("metadata") or {}).get("variety")
                if variety:
                    pairs.append((record["text"], variety))
    return pairs


def main(argv: Sequence[str]) -> int:
    """Print per-variety accuracy and confusions for each file."""
    if not argv:
        print("usage: python -m bawaba.text variety-eval queries.jsonl [...]", file=sys.stderr)
        return 2
    for name in argv:
        report = evaluate_detection(read_labelled_queries(Path(name)))
        print(f"{name}: overall {report.accuracy():.3f}")
        for variety in sorted(report.total):
            print(
                f"  {variety:9} {report.accuracy(variety):.3f} "
                f"({report.correct[variety]}/{report.total[variety]})"
            )
        for (expected, got), count in report.confusions.most_common():
            print(f"  confused {expected} → {got}: {count}")
    return 0
