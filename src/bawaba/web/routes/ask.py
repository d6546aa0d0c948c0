"""The assistant: the /ask page (no JavaScript needed) and POST /api/v1/ask.

One view, two renderings: the page shows the `Answer` the API returns. The page's own words
(labels, headings, notices) are gettext strings like every other page's; the answer's words
come from the assistant, in the answer's language.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

from babel.support import NullTranslations
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape
from pydantic import BaseModel, Field
from starlette.datastructures import State

from bawaba.assistant.assistant import MAX_QUESTION, Assistant
from bawaba.assistant.compose import duration_words
from bawaba.assistant.messages import text
from bawaba.assistant.model import Answer, Status, Suggestion
from bawaba.privacy import redact
from bawaba.web.contexts import Link, Page, href
from bawaba.web.deps import LanguageDep, RendererDep, TranslationsDep
from bawaba.web.display import language_name
from bawaba.web.i18n import Language, text_direction

router = APIRouter()
_LOCK = threading.Lock()


def app_assistant(state: State) -> Assistant:
    """The app's one `Assistant`, built on first use over the app's `Bawaba` core."""
    assistant: Assistant | None = getattr(state, "assistant", None)
    if assistant is None:
        with _LOCK:
            assistant = getattr(state, "assistant", None)
            if assistant is None:
                assistant = Assistant.from_settings(state.bawaba, state.settings)
                state.assistant = assistant
    return assistant


def get_assistant(request: Request) -> Assistant:
    return app_assistant(request.app.state)


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


# -- the answer's text as HTML ----------------------------------------------------------------

_LINK = re.compile(r"(https?://[^\s<>()]+|(?<![\w/])/(?:ar|fr|en|zgh)/[^\s<>()]+)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_NUMBERED = re.compile(r"^\d+\. (.*)$")


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


def answer_html(text: str, numbered: bool = True) -> Markup:
    """The answer's plain text (short paragraphs, "- " and "1. " lists) as safe HTML.

    `numbered=False` leaves the numbered lines out (the page shows a clarifying question's
    choices as links instead).
    """
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
        number = _NUMBERED.match(line)
        if number and not numbered:
            continue
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


# -- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactGroup:
    """What the answer quotes from one record: its fields' values, under the page's labels."""

    service: str
    href: str
    fields: list[tuple[str, list[str]]]


@dataclass(frozen=True, kw_only=True)
class AskPage(Page):
    template: ClassVar[str] = "ask.html"
    question: str = ""
    answer: Answer | None = None
    heading: str = ""
    """The answer's status in words: answered, clarify, no_match, refused or error."""
    answer_html: Markup = field(default_factory=Markup)
    answer_lang: str = ""
    """The answer's language when it is not the page's (else empty: no attribute needed)."""
    language_note: str = ""
    facts: list[FactGroup] = field(default_factory=list)
    choices: list[Suggestion] = field(default_factory=list)
    """A clarifying question's options, each a link that answers it."""
    suggestions: list[Suggestion] = field(default_factory=list)
    conversation_id: str = ""

    @property
    def answer_attrs(self) -> Markup:
        """` lang=".." dir=".."` for the answer's words when they are not in the page's language."""
        if not self.answer_lang:
            return Markup("")
        return Markup(' lang="{}" dir="{}"').format(
            self.answer_lang, text_direction(self.answer_lang)
        )


def _headings(tr: NullTranslations) -> dict[Status, str]:
    _ = tr.gettext
    return {
        Status.ANSWERED: _("Réponse"),
        Status.CLARIFY: _("Précisez votre demande"),
        Status.NO_MATCH: _("Aucune démarche trouvée"),
        Status.REFUSED: _("Ce que l'assistant peut faire"),
        Status.ERROR: _("Réponse indisponible"),
    }


def _field_labels(tr: NullTranslations) -> dict[str, str]:
    """Labels of the `Fact` fields, as the service page names them."""
    _ = tr.gettext
    return {
        "authority": _("Administration compétente"),
        "steps": _("Étapes"),
        "documents": _("Documents à fournir"),
        "costs": _("Coût"),
        "processing_time": _("Délai"),
        "processing_time_text": _("Délai"),
        "channels": _("Canaux"),
        "online_url": _("En ligne"),
        "contact": _("Contact"),
    }


def _shown(field_name: str, value: str, lang: str) -> str:
    """A fact's value as readers say it (a channel's name, a duration in words)."""
    if field_name == "channels":
        return text(lang, f"channel.{value}")
    if field_name == "processing_time":
        return duration_words(value, lang) or value
    return value


def fact_groups(answer: Answer, tr: NullTranslations) -> list[FactGroup]:
    """The answer's facts by record, then by field, in the order the answer states them."""
    labels = _field_labels(tr)
    refs = {s.id: s for s in answer.services}
    grouped: dict[str, dict[str, list[str]]] = {}
    for f in answer.facts:
        if f.field == "title":
            continue  # the group's heading already says it
        label = labels.get(f.field, f.field)
        values = grouped.setdefault(f.service_id, {}).setdefault(label, [])
        shown = _shown(f.field, f.value, answer.language)
        if shown not in values:
            values.append(shown)
    return [
        FactGroup(
            service=refs[sid].title if sid in refs else sid,
            href=refs[sid].url if sid in refs else "",
            fields=list(by_label.items()),
        )
        for sid, by_label in grouped.items()
    ]


def ask_page(
    lang: Language, tr: NullTranslations, question: str = "", answer: Answer | None = None
) -> AskPage:
    title = tr.gettext("Poser une question")
    common: dict[str, Any] = {
        "lang": lang,
        "title": title,
        "path": "/ask",
        "crumbs": [Link(tr.gettext("Accueil"), href(lang, "/"))],
    }
    if answer is None:
        return AskPage(**common)
    other = answer.language if answer.language != lang.code else ""
    cited = {s.url for s in answer.services}
    return AskPage(
        **common,
        noindex=True,
        question=question,
        answer=answer,
        heading=_headings(tr)[answer.status],
        answer_html=answer_html(answer.answer, numbered=answer.status != Status.CLARIFY),
        answer_lang=other,
        language_note=(
            tr.gettext("Cette réponse est rédigée en %(language)s.")
            % {"language": language_name(other, tr)}
            if other
            else ""
        ),
        facts=fact_groups(answer, tr),
        choices=[s for s in answer.suggestions if s.kind == "choice"],
        # Links the sources list already gives are not repeated.
        suggestions=[s for s in answer.suggestions if s.kind != "choice" and s.url not in cited],
        conversation_id=answer.conversation_id,
    )


@router.get("/{lang}/ask", response_class=HTMLResponse, include_in_schema=False)
def ask_form(
    request: Request,
    lang: LanguageDep,
    tr: TranslationsDep,
    renderer: RendererDep,
    conversation_id: Annotated[str | None, Query(max_length=64)] = None,
    service_id: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    """The empty form, or the answer for a choice made among a clarifying question's links."""
    answer = None
    if service_id:
        answer = get_assistant(request).ask("", lang.code, conversation_id, service_id)
    return renderer.response(request, ask_page(lang, tr, answer=answer))


@router.post("/{lang}/ask", response_class=HTMLResponse, include_in_schema=False)
def ask_submit(
    request: Request,
    lang: LanguageDep,
    tr: TranslationsDep,
    renderer: RendererDep,
    question: Annotated[str, Form(max_length=MAX_QUESTION)] = "",
    conversation_id: Annotated[str | None, Form(max_length=64)] = None,
) -> HTMLResponse:
    # A POST keeps the question out of URLs, and so out of access logs and browser history.
    answer = get_assistant(request).ask(question, lang.code, conversation_id or None)
    # The page shows the question as it was understood: redacted, like everything kept.
    return renderer.response(request, ask_page(lang, tr, redact(question), answer))
