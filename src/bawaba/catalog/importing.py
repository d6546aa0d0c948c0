"""Import files into the store: each file is parsed whole, then applied in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bawaba.catalog.reader import read_file
from bawaba.catalog.store import ApplyResult, CatalogStore


@dataclass(frozen=True)
class FileReport:
    path: Path
    result: ApplyResult
    services: int


def import_files(
    store: CatalogStore,
    paths: Sequence[Path],
    *,
    max_bytes: int,
    actor: str = "cli",
    on_file: Callable[[Path], None] | None = None,
) -> list[FileReport]:
    """Import `paths` in order; the first invalid file stops the run and is left unapplied.

    Files before it stay imported (each is its own transaction), so the report tells the
    user exactly which file failed and that nothing of it was written.
    """
    store.check()
    reports = []
    for path in paths:
        if on_file is not None:
            on_file(path)
        bundle = read_file(path, max_bytes)
        result = store.apply(bundle, source=f"file:{path.name}", actor=actor)
        reports.append(FileReport(path=path, result=result, services=len(bundle.services)))
    return reports
