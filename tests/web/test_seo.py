"""What crawlers read: JSON-LD, sitemap.xml, robots.txt and OpenSearch descriptions."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from bawaba.web.i18n import LANGUAGES
from tests.web.pagecheck import Doc

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
OS = "{http://a9.com/-/spec/opensearch/1.1/}"


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_service_page_carries_government_service_json_ld(client: TestClient, lang: str) -> None:
    html = client.get(f"/{lang}/services/cnie-renouvellement").text
    scripts = [
        s
        for s in Doc.parse(html).find_all("script")
        if s.attrs.get("type") == "application/ld+json"
    ]
    assert len(scripts) == 1
    data = json.loads(scripts[0].text)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["url"] == f"http://bawaba.test/{lang}/services/cnie-renouvellement"
    assert data["name"] and data["description"]
    assert data["provider"]["@type"] == "GovernmentOrganization"
    assert data["areaServed"]["@type"] in {"Country", "AdministrativeArea"}
    assert all(
        o["@type"] == "Offer" and o["priceCurrency"] == "MAD" for o in data.get("offers", [])
    )


def test_json_ld_cannot_close_its_script_element() -> None:
    from bawaba.catalog.model import Service
    from bawaba.web.i18n import LANGUAGES
    from bawaba.web.jsonld import government_service
    from bawaba.web.vocabulary import Vocabulary

    svc = Service(
        id="x", title={"fr": "</script><script>alert(1)</script>"}, description={"fr": "d"}
    )
    vocab = Vocabulary(revision=1, concepts={}, organisations=[], counts={})
    text = str(government_service(svc, vocab, LANGUAGES["fr"], url="http://x/fr/services/x"))
    assert "</script" not in text and "<" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script>"


def test_sitemap_lists_every_service_in_every_language(client: TestClient) -> None:
    r = client.get("/sitemap.xml")
    assert r.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(r.content)
    locs = [u.findtext(f"{SM}loc") for u in root.findall(f"{SM}url")]
    services = client.get("/api/v1/search", params={"per_page": 1}).json()["total"]
    service_locs = [loc for loc in locs if loc and "/services/" in loc]
    assert len(service_locs) == services * len(LANGUAGES)
    assert "http://bawaba.test/ar/services/cnie-renouvellement" in locs
    first = root.find(f"{SM}url")
    assert first is not None
    assert {a.get("hreflang") for a in first.findall(f"{XHTML}link")} == set(LANGUAGES)
    for loc in locs[:: max(1, len(locs) // 25)]:
        assert loc is not None
        assert client.get(loc.removeprefix("http://bawaba.test")).status_code == 200, loc


def test_robots_points_to_the_sitemap(client: TestClient) -> None:
    text = client.get("/robots.txt").text
    assert "Sitemap: http://bawaba.test/sitemap.xml" in text
    assert "Disallow: /api/" in text and "Disallow: /fr/search" in text


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_opensearch_description(client: TestClient, lang: str) -> None:
    r = client.get(f"/{lang}/opensearch.xml")
    assert r.headers["content-type"].startswith("application/opensearchdescription+xml")
    root = ET.fromstring(r.content)
    assert root.tag == f"{OS}OpenSearchDescription"
    urls = {u.get("type"): u.get("template") for u in root.findall(f"{OS}Url")}
    assert urls["text/html"] == f"http://bawaba.test/{lang}/search?q={{searchTerms}}"
    assert root.findtext(f"{OS}ShortName")
    page = Doc.parse(client.get(f"/{lang}/").text)
    link = page.first("link", rel="search")
    assert link.attrs["href"] == f"/{lang}/opensearch.xml"
