"""The portal's pages: every type renders in every language, with the right lang and dir."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bawaba.web.i18n import COOKIE, LANGUAGES
from tests.web.pagecheck import Doc

SERVICE = "cnie-renouvellement"
PAGES = [
    "/",
    "/search?q=passeport",
    "/search",
    f"/services/{SERVICE}",
    "/themes/",
    "/themes/identite-etat-civil",
    "/life-events/",
    "/life-events/naissance",
    "/audiences/",
    "/audiences/citoyen",
    "/regions/",
    "/regions/MA-01",
    "/authorities/",
    "/authorities/dgsn",
    "/accessibility",
    "/privacy",
    "/ask",
]


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_lang_dir_and_one_h1(client: TestClient, lang: str, path: str) -> None:
    r = client.get(f"/{lang}{path}")
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-language"] == lang
    doc = Doc.parse(r.text)
    html = doc.first("html")
    assert html.attrs["lang"] == lang
    assert html.attrs["dir"] == LANGUAGES[lang].dir
    assert len(doc.find_all("h1")) == 1
    # The skip link leads to the main landmark.
    assert doc.tags[[t.name for t in doc.tags].index("body") + 1].attrs["href"] == "#main"
    assert doc.first("main").attrs["id"] == "main"
    # The switcher offers this same page in every other language.
    switch = [t.attrs["href"] for t in doc.find_all("a") if "hreflang" in t.attrs]
    assert len(switch) == len(LANGUAGES) - 1
    assert all(h.split("/", 2)[2].startswith(path.lstrip("/").split("?")[0]) for h in switch)


def test_interface_strings_follow_the_language(client: TestClient) -> None:
    assert "Rechercher" in client.get("/fr/").text
    assert "بحث" in client.get("/ar/").text
    assert ">Search<" in client.get("/en/").text
    assert "ⵔⵣⵓ" in client.get("/zgh/").text


def test_root_redirects_by_accept_language_then_cookie(client: TestClient) -> None:
    r = client.get(
        "/", headers={"Accept-Language": "ar-MA,ar;q=0.9,fr;q=0.8"}, follow_redirects=False
    )
    assert r.status_code == 302 and r.headers["location"] == "/ar/"
    assert "Accept-Language" in r.headers["vary"]
    client.cookies.set(COOKIE, "zgh")
    r = client.get("/", headers={"Accept-Language": "ar"}, follow_redirects=False)
    assert r.headers["location"] == "/zgh/"


def test_a_prefixed_page_remembers_the_language(client: TestClient) -> None:
    r = client.get("/en/")
    assert r.cookies.get(COOKIE) == "en"
    assert "httponly" in r.headers["set-cookie"].lower()
    r = client.get("/search?q=passeport", follow_redirects=False)
    assert r.headers["location"] == "/en/search?q=passeport"


def test_language_url_without_slash_and_unknown_language(client: TestClient) -> None:
    assert client.get("/ar", follow_redirects=False).headers["location"] == "/ar/"
    assert client.get("/de/").status_code == 404


def test_record_without_the_interface_language_says_so(client: TestClient) -> None:
    fr = Doc.parse(client.get(f"/fr/services/{SERVICE}").text)
    assert not fr.find_all("p", class_="notice")
    en = client.get(f"/en/services/{SERVICE}").text
    doc = Doc.parse(en)
    notice = doc.first("p", class_="notice")
    assert "not yet available in English" in notice.text and "French" in notice.text
    # The French content is marked as French, left-to-right.
    h1 = doc.first("h1")
    assert h1.attrs["lang"] == "fr" and h1.attrs["dir"] == "ltr"
    # Tamazight readers get the Arabic text, marked right-to-left inside a left-to-right page.
    zgh = Doc.parse(client.get(f"/zgh/services/{SERVICE}").text)
    assert zgh.first("h1").attrs == {"lang": "ar", "dir": "rtl"}
    assert zgh.first("p", class_="notice")


def test_service_page_shows_every_field(client: TestClient) -> None:
    svc = client.get(f"/api/v1/services/{SERVICE}").json()
    html = client.get(f"/fr/services/{SERVICE}").text
    doc = Doc.parse(html)
    steps = doc.first("ol", class_="steps")
    assert steps
    for step in svc["steps"]:
        assert step["fr"].replace("'", "&#39;") in html
    for document in svc["documents"]:
        assert document["title"]["fr"].replace("'", "&#39;") in html
    for law in svc.get("legal_basis", []):
        assert law["fr"].replace("'", "&#39;") in html
    for heading in ("Étapes", "Documents à fournir", "Coût", "Délai", "Où s'adresser"):
        assert heading in html.replace("&#39;", "'")
    assert doc.find_all("a", href=svc["online_url"], rel="external")
    assert doc.first("time").attrs["datetime"] == svc["last_verified"]
    assert f'action="/fr/services/{SERVICE}/feedback"' in html


def test_feedback_is_thanked_without_javascript(client: TestClient) -> None:
    r = client.post(
        f"/ar/services/{SERVICE}/feedback", data={"helpful": "yes"}, follow_redirects=False
    )
    assert r.status_code == 303
    assert r.headers["location"] == f"/ar/services/{SERVICE}?helpful=yes#feedback"
    page = client.get(r.headers["location"]).text
    assert "شكرا" in page and 'role="status"' in page
    assert (
        client.post(f"/ar/services/{SERVICE}/feedback", data={"helpful": "maybe"}).status_code
        == 422
    )


def test_unknown_service_is_a_helpful_404(client: TestClient) -> None:
    r = client.get("/ar/services/no-such-thing")
    assert r.status_code == 404
    doc = Doc.parse(r.text)
    assert doc.first("html").attrs["dir"] == "rtl"
    assert doc.first("h1").text == "الصفحة غير موجودة"
    assert doc.find_all("form", role="search")
    assert client.get("/fr/nowhere/at/all").status_code == 404
    assert client.get("/fr/themes/not-a-theme").status_code == 404


def test_results_page_without_query_lists_everything_with_pagination(client: TestClient) -> None:
    doc = Doc.parse(client.get("/fr/search?page=2").text)
    assert len(doc.first("ol", class_="results").attrs) >= 0
    nav = doc.first("nav", class_="pagination")
    assert nav.attrs["aria-label"] == "Pagination"
    assert doc.find_all("a", rel="prev") and doc.find_all("a", rel="next")
    current = [t for t in doc.find_all("a") if t.attrs.get("aria-current") == "page"]
    assert current and current[0].text == "2"


def test_results_page_filters_work_without_javascript(client: TestClient) -> None:
    r = client.get("/fr/search?theme=identite-etat-civil&online=true")
    doc = Doc.parse(r.text)
    checked = [t for t in doc.find_all("input") if "checked" in t.attrs]
    assert {(t.attrs["name"], t.attrs["value"]) for t in checked} == {
        ("theme", "identite-etat-civil"),
        ("online", "true"),
    }
    # Each active filter can be removed with a plain link.
    chips = doc.first("ul", class_="chips")
    assert chips
    assert any(
        "online=true" in a.attrs["href"] and "theme" not in a.attrs["href"]
        for a in doc.find_all("a")
        if "href" in a.attrs
    )
    labels = {t.attrs.get("for") for t in doc.find_all("label")}
    assert all(
        t.attrs.get("id") in labels
        for t in doc.find_all("input")
        if t.attrs.get("type") == "checkbox"
    )
    assert doc.first("select", name="region")


def test_bad_search_parameters_are_ignored_on_pages(client: TestClient) -> None:
    assert client.get("/fr/search?page=abc&online=maybe").status_code == 200


def test_security_headers_and_no_inline_script(client: TestClient) -> None:
    r = client.get(f"/fr/services/{SERVICE}")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    doc = Doc.parse(r.text)
    for script in doc.find_all("script"):
        assert script.attrs.get("src") or script.attrs.get("type") == "application/ld+json"
    assert not [t for t in doc.tags if "style" in t.attrs or t.name == "style"]


@pytest.mark.parametrize("path", ["/fr/", "/ar/search?q=passeport", f"/ar/services/{SERVICE}"])
def test_no_third_party_resource(client: TestClient, path: str) -> None:
    doc = Doc.parse(client.get(path).text)
    for tag in doc.tags:
        for attr in ("src", "srcset", "action", "formaction"):
            if attr in tag.attrs:
                assert tag.attrs[attr].startswith("/"), (tag.name, tag.attrs)
        if tag.name == "link" and tag.attrs.get("rel") not in {"canonical", "alternate"}:
            assert tag.attrs["href"].startswith("/"), tag.attrs


def test_pages_are_gzipped_and_static_files_cached(client: TestClient) -> None:
    r = client.get("/fr/", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    doc = Doc.parse(r.text)
    css = doc.first("link", rel="stylesheet").attrs["href"]
    assert "?v=" in css
    s = client.get(css)
    assert s.status_code == 200
    assert "immutable" in s.headers["cache-control"]
    assert (
        client.get("/static/fonts/noto-sans-arabic-400.woff2").headers["content-type"]
        == "font/woff2"
    )


def test_assistant_link_only_when_the_assistant_exists(client: TestClient) -> None:
    import importlib.util

    from bawaba.web.app import ASSISTANT_MODULE

    present = importlib.util.find_spec(ASSISTANT_MODULE) is not None
    assert ('href="/fr/ask"' in client.get("/fr/").text) is present
