"""Serialise the catalog: CPSV-AP JSON-LD and Turtle, Bawaba JSON, and a flat CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from bawaba.catalog.model import CatalogBundle, LangText
from bawaba.catalog.rdf_export import graph_from_bundle
from bawaba.catalog.reader import NATIVE_FORMAT
from bawaba.errors import BawabaError

EXPORT_FORMATS = ("jsonld", "ttl", "json", "csv")

_JSONLD_CONTEXT: dict[str, Any] = {
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "bw": "https://data.bawaba.ma/ns#",
}


class UnknownExportFormatError(BawabaError):
    status = 400
    exit_code = 2


def _joined(text: LangText) -> str:
    return " | ".join(f"{k}: {v}" for k, v in sorted(text.items()))


def to_csv(bundle: CatalogBundle) -> str:
    """One row per service, one column per language for titles and descriptions."""
    langs = sorted({lang for s in bundle.services for lang in (*s.title, *s.description)})
    header = ["id", "status", "authority", "themes", "life_events", "audiences", "regions"]
    header += [f"title_{lang}" for lang in langs] + [f"description_{lang}" for lang in langs]
    header += [
        "documents",
        "steps",
        "cost_mad",
        "processing_time",
        "channels",
        "online_url",
        "last_verified",
    ]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for s in bundle.services:
        amounts = [c.amount for c in s.costs if c.amount is not None and c.currency == "MAD"]
        w.writerow(
            [
                s.id,
                s.status.value,
                s.authority or "",
                ";".join(s.themes),
                ";".join(s.life_events),
                ";".join(s.audiences),
                ";".join(s.regions),
            ]
            + [s.title.get(lang, "") for lang in langs]
            + [s.description.get(lang, "") for lang in langs]
            + [
                " ;; ".join(_joined(d.title) for d in s.documents),
                " ;; ".join(_joined(st) for st in s.steps),
                f"{sum(amounts):g}" if amounts else "",
                s.processing_time or "",
                ";".join(c.value for c in s.channels),
                s.online_url or "",
                s.last_verified.isoformat() if s.last_verified else "",
            ]
        )
    return out.getvalue()


def to_json(bundle: CatalogBundle) -> str:
    payload = {"format": NATIVE_FORMAT, "version": 1, **bundle.model_dump(mode="json")}
    return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def export(bundle: CatalogBundle, fmt: str) -> str:
    """Serialise `bundle`; the output is deterministic for the same catalog."""
    if fmt == "json":
        return to_json(bundle)
    if fmt == "csv":
        return to_csv(bundle)
    if fmt == "ttl":
        return graph_from_bundle(bundle).serialize(format="turtle")
    if fmt == "jsonld":
        g = graph_from_bundle(bundle)
        return g.serialize(format="json-ld", context=_JSONLD_CONTEXT, indent=1, sort_keys=True)
    raise UnknownExportFormatError(
        f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}"
    )
