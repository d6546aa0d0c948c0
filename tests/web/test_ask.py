"""The /ask page in each interface language: its own words come from the gettext catalogs."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bawaba.assistant.assistant import Assistant
from bawaba.assistant.conversation import MemoryConversations
from bawaba.assistant.model import Answer, Status
from bawaba.runtime import Bawaba
from bawaba.settings import Settings
from bawaba.web import i18n
from bawaba.web.app import create_app
from bawaba.web.i18n import LANGUAGES
from bawaba.web.rendering import Renderer, Site
from bawaba.web.routes.ask import answer_html, ask_page
from tests.web.pagecheck import Doc

# The page's words, as msgids; each language's page shows their translation.
FORM = [
    "Poser une question",
    "Votre question",
    "Envoyer",
    "Décrivez votre démarche ou votre situation, dans la langue de votre choix, darija comprise. "
    "Les réponses citent les fiches officielles du catalogue.",
    "Par exemple : « renouveler mon passeport » ou « bghit lpermis ». N'écrivez aucune donnée "
    "personnelle (numéro de CIN, téléphone…) : elle n'est pas nécessaire.",
]
ANSWERED = [
    "Réponse",
    "Votre question",
    "Démarches citées",
    "Informations citées et leur source",
    "Pour aller plus loin",
    "Poser une autre question",
    "Nouvelle conversation",
    "Étapes",
    "Documents à fournir",
]
HEADINGS = {
    Status.ANSWERED: "Réponse",
    Status.CLARIFY: "Précisez votre demande",
    Status.NO_MATCH: "Aucune démarche trouvée",
    Status.REFUSED: "Ce que l'assistant peut faire",
    Status.ERROR: "Réponse indisponible",
}


def say(lang: str, msgid: str) -> str:
    """`msgid` as the page in `lang` shows it."""
    return i18n.translations(lang).gettext(msgid)


def _visible(html: str) -> str:
    """The page's text, entities decoded, as a reader sees it."""
    return " ".join(" ".join(Doc.parse(html).text_by_lang.values()).split())


def _form_label(html: str) -> str:
    match = re.search(r'<label for="question">([^<]+)</label>', html)
    assert match is not None
    return match.group(1)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_form_speaks_the_interface_language(client: TestClient, lang: str) -> None:
    r = client.get(f"/{lang}/ask")
    assert r.status_code == 200
    doc = Doc.parse(r.text)
    assert doc.first("html").attrs == {"lang": lang, "dir": LANGUAGES[lang].dir}
    assert doc.first("h1").text == say(lang, "Poser une question")
    text = _visible(r.text)
    for msgid in FORM:
        assert say(lang, msgid) in text, (lang, msgid)
    assert _form_label(r.text) == say(lang, "Votre question")
    assert doc.first("button", type="submit").text == say(lang, "Envoyer")


@pytest.mark.parametrize("lang", ["ar", "zgh"])
def test_no_french_or_english_words_on_the_arabic_and_tamazight_forms(
    client: TestClient, lang: str
) -> None:
    text = _visible(client.get(f"/{lang}/ask").text)
    for msgid in FORM:
        assert msgid not in text, msgid
        assert say("en", msgid) not in text, msgid


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_an_answer_is_framed_in_the_interface_language(client: TestClient, lang: str) -> None:
    r = client.post(f"/{lang}/ask", data={"question": "renouveler mon passeport"})
    assert r.status_code == 200
    doc = Doc.parse(r.text)
    assert doc.first("html").attrs == {"lang": lang, "dir": LANGUAGES[lang].dir}
    answer = doc.first("section", **{"data-status": "answered"})
    assert "ask__answer--answered" in answer.attrs["class"]
    assert doc.first("h2", id="answer-heading").text == say(lang, "Réponse")
    assert doc.first("summary").text == say(lang, "Informations citées et leur source")
    assert _form_label(r.text) == say(lang, "Poser une autre question")
    text = _visible(r.text)
    for msgid in ANSWERED:
        assert say(lang, msgid) in text, (lang, msgid)
    if lang in ("ar", "zgh"):
        labels = [t.text for t in doc.find_all("h2") + doc.find_all("dt") + doc.find_all("label")]
        for msgid in ANSWERED:
            assert msgid not in labels and say("en", msgid) not in labels, (lang, msgid)


def test_a_tamazight_reader_is_told_the_answer_is_in_french(client: TestClient) -> None:
    html = client.post("/zgh/ask", data={"question": "renouveler mon passeport"}).text
    doc = Doc.parse(html)
    assert doc.first("div", **{"class": "ask__text"}).attrs["lang"] == "fr"
    note = say("zgh", "Cette réponse est rédigée en %(language)s.") % {
        "language": say("zgh", "français")
    }
    assert note in _visible(html)
    # The page's own labels stay in Tifinagh, outside the French answer.
    assert doc.first("h2", id="answer-heading").text == "ⵜⴰⵔⵉⵔⵉⵜ"
    assert "lang" not in doc.first("h2", id="answer-heading").attrs


def test_an_answer_in_the_page_language_needs_no_note(client: TestClient) -> None:
    html = client.post("/ar/ask", data={"question": "renouveler mon passeport"}).text
    assert "lang" not in Doc.parse(html).first("div", **{"class": "ask__text"}).attrs
    assert 'class="ask__note"' in html  # the "full record prevails" notice only
    assert say("ar", "Cette réponse est rédigée en %(language)s.")[:10] not in html


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_clarifying_question_lists_its_choices_once(client: TestClient, lang: str) -> None:
    html = client.post(f"/{lang}/ask", data={"question": "passeport"}).text
    doc = Doc.parse(html)
    assert doc.first("h2", id="answer-heading").text == say(lang, "Précisez votre demande")
    assert doc.first("h2", id="choices-heading").text == say(lang, "Choisissez votre cas")
    choices = re.findall(r'<li><a href="(/\w+/ask\?conversation_id=[^"]+)"', html)
    assert len(choices) >= 2
    # The answer's numbered list became the links: no second, unlinked copy of it.
    answer = html[html.index('class="ask__text"') : html.index("</section>")]
    assert "<ol>" not in answer
    chosen = client.get(choices[0].replace("&amp;", "&"))
    assert 'data-status="answered"' in chosen.text


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("status", list(Status))
def test_every_status_has_a_heading_in_every_language(lang: str, status: Status) -> None:
    answer = Answer(status=status, answer="…", language="fr", conversation_id="c" * 24)
    tr = i18n.translations(lang)
    page = ask_page(LANGUAGES[lang], tr, "question", answer)
    heading = tr.gettext(HEADINGS[status])
    assert page.heading == heading
    if lang != "fr":
        assert heading != HEADINGS[status]
    html = Renderer(Site(assistant=True)).html(page)
    assert f'<h2 id="answer-heading" class="ask__label">{heading}</h2>' in html.replace(
        "&#39;", "'"
    )
    assert f'data-status="{status.value}"' in html


def test_links_already_cited_are_not_suggested_again(client: TestClient) -> None:
    html = client.post("/fr/ask", data={"question": "où en est ma demande de passeport ?"}).text
    assert 'data-status="refused"' in html
    page = html[html.index('<div class="ask">') : html.index('<form class="ask__form"')]
    hrefs = re.findall(r'<li><a href="([^"]+)"', page)
    assert hrefs and len(hrefs) == len(set(hrefs))


def test_numbered_lines_can_be_left_to_the_page() -> None:
    html = str(answer_html("Laquelle ?\n1. Un\n2. Deux", numbered=False))
    assert html == "<p>Laquelle ?</p>"


def test_starting_the_app_warms_the_assistant_once(
    monkeypatch: pytest.MonkeyPatch, portal_settings: Settings, bawaba_core: Bawaba
) -> None:
    calls: list[Any] = []
    monkeypatch.setattr(Assistant, "warm_up", lambda self: calls.append(self))
    app: FastAPI = create_app(portal_settings, bawaba_core)
    for _ in range(2):
        with TestClient(app) as client:
            assert client.get("/fr/ask").status_code == 200
    assert len(calls) == 1
    assert calls[0] is app.state.assistant


def test_warming_up_leaves_no_trace(bawaba_core: Bawaba) -> None:
    events: list[Any] = []
    conversations = MemoryConversations()
    assistant = Assistant(bawaba_core, conversations=conversations, on_answer=events.append)
    assistant.warm_up()
    assert events == [] and len(conversations) == 0
    assert assistant.ask("renouveler mon passeport", "fr").status == Status.ANSWERED
