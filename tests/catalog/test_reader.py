"""Parsing of every accepted format, and the rejection paths with their messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from bawaba.catalog.reader import parse_bytes, read_file
from bawaba.errors import InputTooLargeError, InvalidInputError, UnsupportedFormatError
from tests.conftest import FIXTURES

_CTX = (
    '"@context": {"cpsv": "http://purl.org/vocab/cpsv#", "dct": "http://purl.org/dc/terms/",'
    ' "cv": "http://data.europa.eu/m8g/", "xsd": "http://www.w3.org/2001/XMLSchema#"}'
)


def _jsonld(body: str) -> bytes:
    return ("{" + _CTX + ', "@graph": [' + body + "]}").encode()


def test_jsonld_maps_every_part_of_a_service() -> None:
    bundle = read_file(FIXTURES / "catalog.jsonld", 10**7)
    svc = next(s for s in bundle.services if s.id == "cnie-renouvellement")
    assert svc.title["ar"] == "تجديد البطاقة الوطنية للتعريف"
    assert svc.authority == "dgsn"
    assert [d.title["fr"] for d in svc.documents] == ["Ancienne carte", "Photo d'identité"]
    assert [s["fr"] for s in svc.steps] == [
        "Pré-demande en ligne",
        "Dépôt au commissariat",
        "Retrait de la carte",
    ]
    assert svc.steps[1]["ar"] == "إيداع الملف بمفوضية الشرطة"
    assert svc.costs[0].amount == 75.0 and svc.costs[0].currency == "MAD"
    assert svc.processing_time == "P15D"
    assert [c.value for c in svc.channels] == ["office", "online"]
    assert svc.online_url == "https://www.cnie.ma"


def test_cpsv_ap_2x_turtle_imports_with_fallbacks() -> None:
    bundle = read_file(FIXTURES / "services-2x.ttl", 10**7)
    (svc,) = bundle.services
    assert svc.id == "Day-care"
    assert svc.title == {"und": "Day care for preschoolers"}
    assert svc.authority == "Mikkeli"  # owner of its channel
    assert svc.themes == ["education"]
    assert svc.life_events == ["StartingEducation"]
    assert [c.value for c in svc.channels] == ["phone"]
    assert svc.costs[0].description == {"en": "subject to charge"}


def test_rdf_xml_imports() -> None:
    (svc,) = read_file(FIXTURES / "service.rdf", 10**7).services
    assert svc.title == {"en": "Start-up grant", "et": "Starditoetus"}
    assert svc.authority == "eas"


def test_truncated_json_names_line_and_column() -> None:
    raw = (FIXTURES / "catalog.jsonld").read_bytes()[:700]
    with pytest.raises(InvalidInputError, match=r"malformed JSON at line \d+, column \d+"):
        parse_bytes(raw, "cut.jsonld")


def test_wrong_datatype_names_the_node_and_property() -> None:
    body = (
        '{"@id": "urn:s", "@type": "cpsv:PublicService", "dct:identifier": "s",'
        ' "dct:title": "T", "dct:description": "D", "cv:hasCost": {"@id": "urn:c"}},'
        ' {"@id": "urn:c", "@type": "cv:Cost", "cv:hasValue": {"@value": "cheap", "@type": "xsd:double"}}'
    )
    with pytest.raises(InvalidInputError) as info:
        parse_bytes(_jsonld(body), "bad.jsonld")
    assert "<urn:c>: cv:hasValue: 'cheap' is not a valid double" in info.value.report()


def test_invalid_duration_is_rejected() -> None:
    body = (
        '{"@id": "urn:s", "@type": "cpsv:PublicService", "dct:identifier": "s",'
        ' "dct:title": "T", "dct:description": "D", "cv:processingTime": "deux semaines"}'
    )
    with pytest.raises(InvalidInputError, match="ISO 8601 duration"):
        parse_bytes(_jsonld(body), "bad.jsonld")


def test_missing_mandatory_properties_are_listed() -> None:
    body = '{"@id": "urn:s", "@type": "cpsv:PublicService", "dct:identifier": "s"}'
    with pytest.raises(InvalidInputError) as info:
        parse_bytes(_jsonld(body), "bad.jsonld")
    report = info.value.report()
    assert "missing mandatory dct:title" in report
    assert "missing mandatory dct:description" in report


def test_remote_context_is_refused_without_fetching() -> None:
    raw = b'{"@context": "https://evil.example/ctx.jsonld", "@id": "urn:x"}'
    with pytest.raises(InvalidInputError) as info:
        parse_bytes(raw, "remote.jsonld")
    assert "is not fetched" in info.value.report()


def test_official_cpsv_ap_context_is_served_from_the_package() -> None:
    raw = (
        b'{"@context": "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/'
        b'context/cpsv-ap.jsonld", "@id": "urn:s", "@type": "PublicService",'
        b' "PublicService.identifier": "s", "PublicService.name": {"@language": "en", "@value": "T"},'
        b' "PublicService.description": {"@language": "en", "@value": "D"}}'
    )
    (svc,) = parse_bytes(raw, "official.jsonld").services
    assert svc.id == "s"


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonld"
    big.write_bytes(b" " * 2048)
    with pytest.raises(InputTooLargeError, match="larger than"):
        read_file(big, max_bytes=1024)


def test_unknown_extension_and_empty_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError):
        parse_bytes(b"x", "catalog.docx")
    with pytest.raises(InvalidInputError, match="empty"):
        parse_bytes(b"  \n", "empty.ttl")
    with pytest.raises(InvalidInputError, match="not UTF-8"):
        parse_bytes(b"\xff\xfe{", "bin.json")
    with pytest.raises(InvalidInputError, match="not valid turtle"):
        parse_bytes(b"<a> <b> .", "broken.ttl")


def test_native_json_errors_name_the_service_and_field() -> None:
    raw = (
        b'{"format": "bawaba-catalog", "version": 1, "services": [{"id": "x", "title": {"fr": "T"},'
        b' "description": {"fr": "D"}, "channels": ["pigeon"]}]}'
    )
    with pytest.raises(InvalidInputError) as info:
        parse_bytes(raw, "native.json")
    assert "service 'x' (services.0.channels.0)" in info.value.report()


def test_injection_like_text_is_kept_as_inert_data() -> None:
    raw = (
        b'{"format": "bawaba-catalog", "version": 1, "services": [{"id": "x",'
        b' "title": {"fr": "<script>alert(1)</script>\'); DROP TABLE services;--"},'
        b' "description": {"fr": "D"}}]}'
    )
    (svc,) = parse_bytes(raw, "native.json").services
    assert svc.title["fr"].startswith("<script>")
