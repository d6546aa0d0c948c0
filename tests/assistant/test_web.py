"""The /ask page (no JavaScript) and POST /api/v1/ask, through the portal's own app."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from bawaba.runtime import Bawaba
from bawaba.settings import Settings
from bawaba.web.app import create_app
from bawaba.web.routes.ask import answer_html


@pytest.fixture(scope="module")
def client(demo_settings: Settings, core: Bawaba) -> Iterator[TestClient]:
    with TestClient(create_app(demo_settings, core), base_url="http://bawaba.test") as c:
        yield c


def test_api_answers_with_the_documented_shape(client: TestClient) -> None:
    r = client.post("/api/v1/ask", json={"question": "renouveler mon passeport", "language": "fr"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"status", "answer", "services", "facts", "suggestions",
                         "detected_variety", "conversation_id"}  # fmt: skip
    assert body["status"] == "answered"
    assert body["services"][0] == {
        "id": "passeport-renouvellement",
        "title": "Renouveler son passeport",
        "url": "/fr/services/passeport-renouvellement",
    }
    follow = client.post(
        "/api/v1/ask",
        json={"question": "ça coûte combien ?", "conversation_id": body["conversation_id"]},
    )
    assert follow.json()["services"][0]["id"] == "passeport-renouvellement"
    assert follow.json()["conversation_id"] == body["conversation_id"]


def test_api_rejects_bad_input(client: TestClient) -> None:
    assert client.post("/api/v1/ask", json={"question": "x" * 5000}).status_code == 422
    assert client.post("/api/v1/ask", json={"question": "a", "language": "xx"}).status_code == 422


def test_the_page_is_a_form_that_works_without_javascript(client: TestClient) -> None:
    r = client.get("/fr/ask")
    assert r.status_code == 200
    html = r.text
    assert '<form class="ask__form" action="/fr/ask" method="post">' in html
    assert re.search(r'<label for="question">[^<]+</label>', html)
    assert '<textarea id="question" name="question"' in html
    assert 'type="submit"' in html


def test_posting_the_form_renders_the_answer(client: TestClient) -> None:
    r = client.post("/fr/ask", data={"question": "renouveler mon passeport"})
    assert r.status_code == 200
    html = r.text
    assert 'data-status="answered"' in html
    assert 'href="/fr/services/passeport-renouvellement"' in html
    assert '<input type="hidden" name="conversation_id" value="' in html
    assert "<details" in html  # the quoted facts, openable without JavaScript
    cid = re.search(r'name="conversation_id" value="([^"]+)"', html)
    assert cid is not None
    again = client.post(
        "/fr/ask", data={"question": "et pour mon fils ?", "conversation_id": cid.group(1)}
    )
    assert 'href="/fr/services/passeport-mineur"' in again.text


def test_a_clarifying_answer_offers_its_choices_as_links(client: TestClient) -> None:
    html = client.post("/ar/ask", data={"question": "passeport"}).text
    assert 'data-status="clarify"' in html and 'dir="rtl"' in html
    links = re.findall(r'href="(/ar/ask\?conversation_id=[^"]+)"', html)
    assert len(links) >= 2
    chosen = client.get(links[0].replace("&amp;", "&"))
    assert 'data-status="answered"' in chosen.text


def test_the_question_is_escaped(client: TestClient) -> None:
    html = client.post("/fr/ask", data={"question": "<script>alert(1)</script> passeport"}).text
    assert "<script>alert(1)</script>" not in html


def test_answer_text_becomes_safe_html() -> None:
    html = str(answer_html("**Titre** <b>\nÉtapes :\n1. Un\n2. Deux\n- Pièce\nVoir https://x.ma."))
    assert "<strong>Titre</strong> &lt;b&gt;" in html
    assert "<ol><li>Un</li><li>Deux</li></ol>" in html and "<ul><li>Pièce</li></ul>" in html
    assert '<a href="https://x.ma" rel="noopener" dir="ltr">https://x.ma</a>.' in html


def test_the_page_shows_the_question_redacted(client: TestClient) -> None:
    html = client.post(
        "/fr/ask", data={"question": "je m'appelle Ahmed, CIN AB123456, passeport"}
    ).text
    assert "Ahmed" not in html and "AB123456" not in html
    assert "[NAME]" in html and "[CIN]" in html
