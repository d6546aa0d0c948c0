"""The assistant: the /ask page (no JavaScript needed) and POST /api/v1/ask.

One view, two renderings: the page shows the `Answer` the API returns.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape
from pydantic import BaseModel, Field

from bawaba.assistant.assistant import MAX_QUESTION, Assistant
from bawaba.assistant.compose import duration_words
from bawaba.assistant.messages import text
from bawaba.assistant.model import Answer
from bawaba.privacy import redact
from bawaba.web.contexts import Link, Page, href
from bawaba.web.deps import LanguageDep, RendererDep
from bawaba.web.i18n import Language

router = APIRouter()
_LOCK = threading.Lock()


def get_assistant(request: Request) -> Assistant:
    """The app's one `Assistant`, built on first use over the app's `Bawaba` core."""
    assistant: Assistant | None = getattr(request.app.state, "assistant", None)
    if assistant is None:
        with _LOCK:
            assistant = getattr(request.app.state, "assistant", None)
            if assistant is None:
                state = request.app.state
                assistant = Assistant.from_settings(state.bawaba, state.settings)
                state.assistant = assistant
    return assistant


# -- JSON API ---------------------------------------------------------------------------------


class AskRequest(BaseModel):
    question: str = Field("", max_length=MAX_QUESTION, description="What the user asked")
    language: str | None = Field(
        None,
        pattern="^(ar|fr|en|es|zgh|ary)$",
        description="Interface language; the answer is written in it (Darija gets Arabic)",
    )
    conversation_id: str | None = Field(
        None, max_length=64, description="From the previous answer, to ask a follow-up"
    )
    service_id: str | None = Field(
        None, max_length=200, description="A choice among the options of a clarifying answer"
    )


@router.post("/api/v1/ask", tags=["assistant"])
def ask_api(body: AskRequest, request: Request) -> dict[str, Any]:
    """Ask the assistant; every fact of the answer is quoted from a catalog record.

    `status` is answered, clarify (pick one of `services`), no_match (see `suggestions`),
    refused (not something a portal of procedures does) or error.
    """
    answer = get_assistant(request).ask(
        body.question, body.language, body.conversation_id, body.service_id
    )
    return answer.to_json()


# -- the page ---------------------------------------------------------------------------------

# The page's own words; the answer's come from the assistant in the same language.
_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Poser une question",
        "lede": "Décrivez votre démarche ou votre situation, dans la langue de votre choix, "
        "darija comprise. Les réponses citent les fiches officielles du catalogue.",
        "question": "Votre question",
        "hint": "Par exemple : renouveler mon passeport, bghit lpermis, شهادة السكنى. "
        "N'écrivez aucune donnée personnelle.",
        "submit": "Envoyer",
        "asked": "Votre question",
        "answer": "Réponse",
        "services": "Démarches citées",
        "facts": "Informations citées et leur source",
        "suggestions": "Pour aller plus loin",
        "choices": "Choisissez votre cas",
        "follow_up": "Poser une autre question",
        "new": "Nouvelle conversation",
    },
    "ar": {
        "title": "اطرح سؤالاً",
        "lede": "صف مسطرتك أو وضعيتك باللغة التي تختارها، بما فيها الدارجة. تستند الأجوبة إلى "
        "البطاقات الرسمية للدليل.",
        "question": "سؤالك",
        "hint": "مثلاً: تجديد جواز السفر، bghit lpermis، شهادة السكنى. لا تكتب أي معطيات شخصية.",
        "submit": "إرسال",
        "asked": "سؤالك",
        "answer": "الجواب",
        "services": "المساطر المذكورة",
        "facts": "المعلومات المقتبسة ومصدرها",
        "suggestions": "للمزيد",
        "choices": "اختر حالتك",
        "follow_up": "اطرح سؤالاً آخر",
        "new": "محادثة جديدة",
    },
    "en": {
        "title": "Ask a question",
        "lede": "Describe your procedure or situation in any language, Darija included. "
        "Answers quote the official records of the catalogue.",
        "question": "Your question",
        "hint": "For example: renew my passport, bghit lpermis, شهادة السكنى. "
        "Do not type any personal data.",
        "submit": "Send",
        "asked": "Your question",
        "answer": "Answer",
        "services": "Procedures quoted",
        "facts": "Quoted information and its source",
        "suggestions": "Going further",
        "choices": "Choose your case",
        "follow_up": "Ask another question",
        "new": "New conversation",
    },
}
_FIELD_NAMES: dict[str, dict[str, str]] = {
    "fr": {"title": "intitulé", "authority": "administration", "steps": "étape",
           "documents": "pièce", "costs": "coût", "processing_time": "délai",
           "processing_time_text": "délai", "channels": "canal", "online_url": "en ligne",
           "contact": "contact"},
    "ar": {"title": "العنوان", "authority": "الإدارة", "steps": "مرحلة", "documents": "وثيقة",
           "costs": "التكلفة", "processing_time": "الأجل", "processing_time_text": "الأجل",
           "channels": "القناة", "online_url": "عبر الإنترنت", "contact": "الاتصال"},
    "en": {"title": "title", "authority": "authority", "steps": "step", "documents": "document",
           "costs": "cost", "processing_time": "processing time",
           "processing_time_text": "processing time", "channels": "channel",
           "online_url": "online", "contact": "contact"},
}  # fmt: skip


def labels(lang: Language) -> dict[str, str]:
    return _LABELS.get(lang.code, _LABELS["fr"])


_LINK = re.compile(r"(https?://[^\s<>()]+|(?<![\w/])/(?:ar|fr|en|zgh)/[^\s<>()]+)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _inline(line: str) -> Markup:
    """Escape one line, then make its links clickable and its **bold** bold."""
    out: list[str] = []
    last = 0
    for m in _LINK.finditer(line):
        out.append(str(escape(line[last : m.start()])))
        url = m.group(0).rstrip(".,;:")
        tail = m.group(0)[len(url) :]
        external = ' rel="noopener"' if url.startswith("http") else ""
        out.append(f'<a href="{escape(url)}"{external} dir="ltr">{escape(url)}</a>{escape(tail)}')
        last = m.end()
    out.append(str(escape(line[last:])))
    return Markup(_BOLD.sub(r"<strong>\1</strong>", "".join(out)))


def answer_html(text: str) -> Markup:
    """The answer's plain text (short paragraphs, "- " and "1. " lists) as safe HTML."""
    blocks: list[str] = []
    items: list[Markup] = []
    kind = ""

    def flush() -> None:
        nonlocal items, kind
        if items:
            blocks.append(f"<{kind}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{kind}>")
        items, kind = [], ""

    for raw in text.splitlines():
        line = raw.strip()
        bullet = re.match(r"^- (.*)$", line)
        number = re.match(r"^\d+\. (.*)$", line)
        if bullet or number:
            wanted = "ul" if bullet else "ol"
            if kind != wanted:
                flush()
                kind = wanted
            items.append(_inline((bullet or number).group(1)))  # type: ignore[union-attr]
            continue
        flush()
        if line:
            blocks.append(f"<p>{_inline(line)}</p>")
    flush()
    return Markup("\n".join(blocks))


@dataclass(frozen=True)
class FactView:
    service: str
    field: str
    value: str


@dataclass(frozen=True, kw_only=True)
class AskPage(Page):
    template: ClassVar[str] = "ask.html"
    labels: dict[str, str]
    question: str = ""
    answer: Answer | None = None
    answer_html: Markup = field(default_factory=Markup)
    facts: list[FactView] = field(default_factory=list)
    conversation_id: str = ""

    @property
    def answer_dir(self) -> str:
        return "rtl" if self.answer is not None and self.answer.language == "ar" else "ltr"


def _shown(field_name: str, value: str, lang: str) -> str:
    """A fact's value as readers say it (a channel's name, a duration in words)."""
    if field_name == "channels":
        return text(lang, f"channel.{value}")
    if field_name == "processing_time":
        return duration_words(value, lang) or value
    return value


def ask_page(lang: Language, question: str = "", answer: Answer | None = None) -> AskPage:
    words = labels(lang)
    names = _FIELD_NAMES.get(lang.code, _FIELD_NAMES["fr"])
    titles = {s.id: s.title for s in answer.services} if answer else {}
    facts = [
        FactView(
            titles.get(f.service_id, f.service_id),
            names.get(f.field, f.field),
            _shown(f.field, f.value, answer.language if answer else lang.code),
        )
        for f in (answer.facts if answer else [])
        if f.field != "title"
    ]
    return AskPage(
        lang=lang,
        title=words["title"],
        path="/ask",
        crumbs=[Link(words["title"], href(lang, "/ask"))],
        noindex=answer is not None,
        labels=words,
        question=question,
        answer=answer,
        answer_html=answer_html(answer.answer) if answer else Markup(""),
        facts=facts,
        conversation_id=answer.conversation_id if answer else "",
    )


@router.get("/{lang}/ask", response_class=HTMLResponse, include_in_schema=False)
def ask_form(
    request: Request,
    lang: LanguageDep,
    renderer: RendererDep,
    conversation_id: Annotated[str | None, Query(max_length=64)] = None,
    service_id: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    """The empty form, or the answer for a choice made among a clarifying question's links."""
    answer = None
    if service_id:
        answer = get_assistant(request).ask("", lang.code, conversation_id, service_id)
    return renderer.response(request, ask_page(lang, answer=answer))


@router.post("/{lang}/ask", response_class=HTMLResponse, include_in_schema=False)
def ask_submit(
    request: Request,
    lang: LanguageDep,
    renderer: RendererDep,
    question: Annotated[str, Form(max_length=MAX_QUESTION)] = "",
    conversation_id: Annotated[str | None, Form(max_length=64)] = None,
) -> HTMLResponse:
    # A POST keeps the question out of URLs, and so out of access logs and browser history.
    answer = get_assistant(request).ask(question, lang.code, conversation_id or None)
    # The page shows the question as it was understood: redacted, like everything kept.
    return renderer.response(request, ask_page(lang, redact(question), answer))
