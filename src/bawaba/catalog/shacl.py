"""SHACL validation of CPSV-AP exports against the official shapes (pyshacl)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SH


@dataclass(frozen=True)
class ShaclReport:
    conforms: bool
    violations: int
    warnings: int
    summary: list[tuple[int, str]]  # (count, "path: message") most frequent first

    def text(self) -> str:
        head = (
            f"conforms: {self.conforms}; violations: {self.violations}; warnings: {self.warnings}"
        )
        return "\n".join([head, *(f"  {n} × {what}" for n, what in self.summary)])


def validate(data: Graph, shapes: Path) -> ShaclReport:
    import pyshacl

    shapes_graph = Graph().parse(shapes)
    _, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, inference="none", allow_warnings=True
    )
    counts: Counter[str] = Counter()
    violations = warnings = 0
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        if severity == SH.Violation:
            violations += 1
        else:
            warnings += 1
        path = results.value(r, SH.resultPath)
        counts[f"{path}: {results.value(r, SH.resultMessage)}"] += 1
    return ShaclReport(
        conforms=violations == 0,
        violations=violations,
        warnings=warnings,
        summary=[(n, what) for what, n in counts.most_common(20)],
    )
