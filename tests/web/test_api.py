"""JSON API v1: the same search the results page shows, and the service records."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.pagecheck import Doc

KEYS = {
    "query",
    "variety",
    "script",
    "transliterated",
    "interpreted",
    "total",
    "page",
    "per_page",
    "hits",
    "facets",
}


def test_search_returns_the_documented_shape(client: TestClient) -> None:
    r = client.get("/api/v1/search", params={"q": "passeport", "lang": "fr"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= KEYS
    assert body["query"] == "passeport" and body["page"] == 1 and body["per_page"] == 10
    assert body["total"] >= len(body["hits"]) > 0
    hit = body["hits"][0]
    assert set(hit) == {"id", "title", "score", "highlights", "url"}
    assert hit["url"] == f"/fr/services/{hit['id']}"
    assert isinstance(hit["title"], dict) and "fr" in hit["title"]
    assert set(body["facets"]) >= {
        "themes",
        "life_events",
        "audiences",
        "authority",
        "regions",
        "online",
    }
    assert any("<mark>" in h["highlights"].get("title", "") for h in body["hits"])


def test_repeatable_filters_narrow_the_results(client: TestClient) -> None:
    everything = client.get("/api/v1/search").json()
    themes = everything["facets"]["themes"]
    two = sorted(themes)[:2]
    r = client.get(
        "/api/v1/search", params=[("theme", two[0]), ("theme", two[1]), ("per_page", "50")]
    )
    body = r.json()
    assert body["total"] == themes[two[0]] + themes[two[1]] or body["total"] <= 50
    online = client.get("/api/v1/search", params={"online": "true"}).json()
    assert online["total"] == everything["facets"]["online"].get("true", 0)


def test_the_results_page_renders_the_api_view(client: TestClient) -> None:
    """One view, two renderings: the page lists exactly the hits the API returns."""
    api = client.get("/api/v1/search", params={"q": "acte de naissance", "lang": "ar"}).json()
    doc = Doc.parse(client.get("/ar/search", params={"q": "acte de naissance"}).text)
    links = [
        a.attrs["href"]
        for a in doc.find_all("a")
        if a.attrs.get("href", "").startswith("/ar/services/")
    ]
    assert links == [h["url"] for h in api["hits"]]


def test_invalid_parameters_are_a_json_422(client: TestClient) -> None:
    r = client.get("/api/v1/search", params={"page": "0"})
    assert r.status_code == 422
    assert r.json()["error"]["status"] == 422
    assert "page" in r.json()["error"]["message"]
    assert client.get("/api/v1/search", params={"lang": "xx"}).status_code == 422


def test_service_json_and_404(client: TestClient) -> None:
    body = client.get("/api/v1/services/cnie-renouvellement").json()
    assert body["id"] == "cnie-renouvellement" and body["steps"]
    r = client.get("/api/v1/services/nope")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert "nope" in r.json()["error"]["message"]


def test_openapi_is_served_and_no_cdn_docs(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/search" in spec["paths"]
    assert not any(p.startswith("/{lang}") for p in spec["paths"])
    assert client.get("/docs").status_code == 404
