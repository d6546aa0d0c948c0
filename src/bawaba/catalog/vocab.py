"""RDF namespaces and the IRIs Bawaba mints for its own records."""

from __future__ import annotations

from rdflib import Namespace

CPSV = Namespace("http://purl.org/vocab/cpsv#")
CV = Namespace("http://data.europa.eu/m8g/")
DCT = Namespace("http://purl.org/dc/terms/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SCHEMA = Namespace("https://schema.org/")
SCHEMA_HTTP = Namespace("http://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ADMS = Namespace("http://www.w3.org/ns/adms#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
# Extensions for what CPSV-AP lacks (ordered steps, last verified date, editorial sources).
BW = Namespace("https://data.bawaba.ma/ns#")

BASE = "https://data.bawaba.ma/"
EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
EU_CURRENCY = "http://publications.europa.eu/resource/authority/currency/"
EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/"

# ISO 639-2/B (EU authority table) ↔ BCP-47 primary tags for the languages we meet.
LANGUAGE_CODES: dict[str, str] = {
    "ARA": "ar",
    "FRA": "fr",
    "ENG": "en",
    "SPA": "es",
    "ZGH": "zgh",
    "BER": "ber",
    "FIN": "fi",
    "SWE": "sv",
    "EST": "et",
    "DEU": "de",
    "NLD": "nl",
    "ITA": "it",
    "POR": "pt",
    "RUS": "ru",
}
LANGUAGE_IRIS: dict[str, str] = {v: k for k, v in LANGUAGE_CODES.items()}


def service_iri(service_id: str) -> str:
    return f"{BASE}service/{service_id}"


def organisation_iri(org_id: str) -> str:
    return f"{BASE}organisation/{org_id}"


def concept_iri(scheme: str, notation: str) -> str:
    return f"{BASE}concept/{scheme}/{notation}"


def scheme_iri(scheme: str) -> str:
    return f"{BASE}scheme/{scheme}"
