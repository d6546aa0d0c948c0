"""Export → import is an identity, and CPSV-AP exports satisfy the official SHACL shapes."""

from __future__ import annotations

import csv
import io

import pytest
from rdflib import Graph

from bawaba.catalog.exporter import export
from bawaba.catalog.reader import parse_bytes, read_file
from bawaba.catalog.shacl import validate
from bawaba.catalog.store import CatalogStore
from tests.conftest import FIXTURES, shared_file


@pytest.mark.parametrize("fmt", ["jsonld", "ttl", "json"])
def test_reimporting_an_export_changes_nothing(loaded_store: CatalogStore, fmt: str) -> None:
    rev = loaded_store.revision()
    first = export(loaded_store.bundle(), fmt)
    result = loaded_store.apply(parse_bytes(first.encode(), f"export.{fmt}"), source="re")
    assert not result.changed, (result.created, result.updated)
    assert loaded_store.revision() == rev
    assert export(loaded_store.bundle(), fmt) == first


def test_csv_has_one_row_per_service(loaded_store: CatalogStore) -> None:
    rows = list(csv.DictReader(io.StringIO(export(loaded_store.bundle(), "csv"))))
    assert [r["id"] for r in rows] == ["cnie-renouvellement", "permis-duplicata"]
    assert rows[0]["title_ar"] == "تجديد البطاقة الوطنية للتعريف"
    assert rows[0]["cost_mad"] == "75"


@pytest.mark.shared
@pytest.mark.parametrize("fmt", ["jsonld", "ttl"])
def test_export_conforms_to_official_shapes(loaded_store: CatalogStore, fmt: str) -> None:
    shapes = shared_file("cpsv-ap", "cpsv-ap-SHACL.ttl")
    graph = Graph().parse(
        data=export(loaded_store.bundle(), fmt), format="json-ld" if fmt == "jsonld" else "turtle"
    )
    report = validate(graph, shapes)
    assert report.violations == 0, report.text()


@pytest.mark.shared
def test_official_example_and_finnish_records_import() -> None:
    for path in [
        shared_file("cpsv-ap", "example-rdf_public_service.jsonld"),
        shared_file("cpsv-ap", "example-rdf_public_service.ttl"),
        *sorted(shared_file("external", "cpsv-ap-instances").glob("*.ttl")),
    ]:
        bundle = read_file(path, 10**8)
        assert bundle.services, path
        for svc in bundle.services:
            assert svc.title and svc.description


def test_fixture_export_is_deterministic(loaded_store: CatalogStore) -> None:
    assert export(loaded_store.bundle(), "ttl") == export(loaded_store.bundle(), "ttl")
    assert read_file(FIXTURES / "catalog.jsonld", 10**7).services
