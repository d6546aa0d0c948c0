"""Budgets: home, results, service and assistant pages each at most 40 KB compressed, fonts
included."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.web.weight import page_weight

BUDGET = 40_000
QUERIES = {"ar": "جواز السفر", "fr": "passeport", "en": "passport", "zgh": "ⴰⵙⴼⵔ"}
PAGES = {
    "home": "/{lang}/",
    "results": "/{lang}/search?q={query}",
    "service": "/{lang}/services/cnie-premiere-demande",
    "ask": "/{lang}/ask",
    # An answer with every part: status, text, sources, quoted facts, suggestions.
    "answer": "/{lang}/ask?service_id=passeport-renouvellement",
}


@pytest.mark.parametrize("lang", ["ar", "fr", "en", "zgh"])
@pytest.mark.parametrize("kind", list(PAGES))
def test_page_fits_the_budget(client: TestClient, kind: str, lang: str) -> None:
    url = PAGES[kind].format(lang=lang, query=QUERIES[lang])
    weight = page_weight(client, url)
    print(f"{kind:8} {lang:3} {weight}")
    assert weight.total <= BUDGET, f"{url}: {weight}"


def test_a_french_page_downloads_no_arabic_or_tifinagh_font(client: TestClient) -> None:
    for url in (
        "/fr/",
        "/fr/search?q=passeport",
        "/fr/services/cnie-premiere-demande",
        "/fr/ask",
        "/fr/ask?service_id=passeport-renouvellement",
    ):
        assert "fonts" not in page_weight(client, url).parts, url


def test_an_arabic_page_downloads_only_the_arabic_font(client: TestClient) -> None:
    fonts = page_weight(client, "/ar/services/cnie-premiere-demande").parts["fonts"]
    assert 0 < fonts < 20_000
