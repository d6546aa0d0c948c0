"""Reading BEIR-format judged queries."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bawaba.errors import InvalidInputError


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def variety(self) -> str:
        return str(self.metadata.get("variety", "unknown"))


def read_queries(path: Path) -> list[Query]:
    queries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            queries.append(
                Query(str(row["_id"]), str(row["text"]), dict(row.get("metadata") or {}))
            )
        except (json.JSONDecodeError, KeyError) as exc:
            raise InvalidInputError(f"{path}:{n}: not a BEIR query line ({exc})") from exc
    return queries


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    with path.open(encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader, None)
        if header is None:
            return {}
        if not (len(header) >= 2 and header[0] in {"query-id", "query_id", "qid"}):
            raise InvalidInputError(f"{path}: expected a header 'query-id corpus-id score'")
        for row in reader:
            if len(row) >= 3 and int(float(row[2])) > 0:
                qrels[row[0]][row[1]] = int(float(row[2]))
    return dict(qrels)


def read_corpus(path: Path) -> list[tuple[str, str]]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            title = row.get("title") or ""
            docs.append((str(row["_id"]), f"{title} {row.get('text', '')}".strip()))
    return docs


def read_corpus_metadata(path: Path) -> list[dict[str, str]]:
    """The `metadata` object of each corpus line (e.g. its language), in file order."""
    return [
        dict(json.loads(line).get("metadata") or {})
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
