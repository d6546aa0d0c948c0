"""Answers composed from catalog records: every stated fact is a `Fact` copied from a field.

The templates add labels and layout only. A value that is missing from the record is said
to be missing, never guessed; a value quoted in another language than the answer's is
flagged as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urlencode

from bawaba.assistant.messages import CONTENT_FALLBACKS, plural, text
from bawaba.assistant.model import Fact, ServiceRef, Suggestion
from bawaba.catalog.model import LangText, Service

SECTIONS = ("authority", "steps", "documents", "cost", "delay", "where", "online")
# Interface languages the portal serves pages in; other answer languages link to French pages.
PAGE_LANGUAGES = ("ar", "fr", "en", "zgh")
_ISO = re.compile(r"(\d+)([YMWDHS])")


@dataclass(frozen=True)
class Links:
    """Where the portal's pages are; the web adapter can pass its own prefix."""

    prefix: str = ""
    page: str | None = None
    """The reader's interface language: links stay in it (a Tamazight reader answered in
    French keeps Tamazight pages)."""

    def for_page(self, interface: str | None) -> Links:
        code = (interface or "").split("-")[0].lower()
        return replace(self, page=code) if code in PAGE_LANGUAGES else self

    def _lang(self, lang: str) -> str:
        if self.page is not None:
            return self.page
        return lang if lang in PAGE_LANGUAGES else "fr"

    def service(self, lang: str, service_id: str) -> str:
        return f"{self.prefix}/{self._lang(lang)}/services/{quote(service_id, safe='')}"

    def search(self, lang: str, query: str) -> str:
        return f"{self.prefix}/{self._lang(lang)}/search?{urlencode({'q': query})}"

    def concept(self, lang: str, kind: str, notation: str) -> str:
        return f"{self.prefix}/{self._lang(lang)}/{kind}/{quote(notation, safe='')}"

    def themes(self, lang: str) -> str:
        return f"{self.prefix}/{self._lang(lang)}/themes/"

    def ask(self, lang: str, conversation_id: str, service_id: str) -> str:
        query = urlencode({"conversation_id": conversation_id, "service_id": service_id})
        return f"{self.prefix}/{self._lang(lang)}/ask?{query}"


def pick(value: LangText, lang: str) -> tuple[str, str] | None:
    """(text, language) of a multilingual value in the best language for `lang`."""
    for code in CONTENT_FALLBACKS.get(lang, CONTENT_FALLBACKS["fr"]):
        for tag, v in value.items():
            if tag == code or tag.startswith(f"{code}-"):
                return v, code
    if value:
        tag, v = next(iter(value.items()))
        return v, tag.split("-")[0]
    return None


def duration_words(iso: str, lang: str) -> str | None:
    """'P15D' → '15 jours'; None when the value is not a plain ISO 8601 duration."""
    if not iso.startswith("P"):
        return None
    date_part, _, time_part = iso[1:].partition("T")
    parts = [plural(lang, unit, int(n)) for n, unit in _ISO.findall(date_part)]
    parts += [
        plural(lang, "TM" if unit == "M" else unit, int(n))
        for n, unit in _ISO.findall(time_part)
        if unit != "S"
    ]
    return " ".join(parts) or None


def amount_value(amount: float, currency: str) -> str:
    """How a cost amount is quoted as a fact ('75 MAD'); the eval checks the same form."""
    return f"{amount:g} {currency}"


@dataclass
class Composition:
    text: str
    facts: list[Fact] = field(default_factory=list)
    quoted_languages: set[str] = field(default_factory=set)


class _Writer:
    def __init__(self, service: Service, lang: str) -> None:
        self.service = service
        self.lang = lang
        self.lines: list[str] = []
        self.facts: list[Fact] = []
        self.quoted: set[str] = set()

    def fact(self, field_name: str, value: str) -> str:
        self.facts.append(Fact(self.service.id, field_name, value))
        return value

    def multilingual(self, field_name: str, value: LangText) -> str | None:
        chosen = pick(value, self.lang)
        if chosen is None:
            return None
        self.quoted.add(chosen[1])
        return self.fact(field_name, chosen[0])


def compose_service(
    service: Service,
    lang: str,
    links: Links,
    *,
    authority_name: LangText | None = None,
    focus: tuple[str, ...] = (),
    intro: bool = True,
) -> Composition:
    """The answer about one procedure; `focus` limits it to the sections asked about."""
    w = _Writer(service, lang)
    title = w.multilingual("title", service.title) or service.id
    if intro:
        w.lines.append(text(lang, "intro"))
    w.lines.append(f"**{title}**")
    sections = _sections(focus)
    if "authority" in sections and authority_name:
        name = w.multilingual("authority", authority_name)
        if name:
            w.lines.append(_label(lang, "authority", name))
    for section in sections:
        if section != "authority":
            _SECTION_WRITERS[section](w, focus)
    page = links.service(lang, service.id)
    w.lines.append("")
    w.lines.append(_label(lang, "page", page))
    other = sorted(q for q in w.quoted if q != lang and q in CONTENT_FALLBACKS)
    if other:
        names = ", ".join(text(lang, f"language.{q}") for q in other)
        w.lines.append(text(lang, "quoted", language=names))
    return Composition("\n".join(w.lines).strip(), w.facts, w.quoted)


def _sections(focus: tuple[str, ...]) -> tuple[str, ...]:
    if not focus:
        return SECTIONS
    return tuple(s for s in SECTIONS if s in focus) or SECTIONS


def _label(lang: str, key: str, value: str) -> str:
    # French puts a space before a colon; the other languages do not.
    return f"{text(lang, key)} : {value}" if lang == "fr" else f"{text(lang, key)}: {value}"


def _steps(w: _Writer, focus: tuple[str, ...]) -> None:
    steps = [s for s in (w.multilingual("steps", step) for step in w.service.steps) if s]
    if steps:
        w.lines.append("")
        w.lines.append(_label(w.lang, "steps", "").rstrip())
        w.lines += [f"{i}. {s}" for i, s in enumerate(steps, 1)]


def _documents(w: _Writer, focus: tuple[str, ...]) -> None:
    docs = [d for d in (w.multilingual("documents", doc.title) for doc in w.service.documents) if d]
    if docs:
        w.lines.append("")
        w.lines.append(_label(w.lang, "documents", "").rstrip())
        w.lines += [f"- {d}" for d in docs]
    elif "documents" in focus:
        w.lines.append(text(w.lang, "missing.documents"))


def _cost(w: _Writer, focus: tuple[str, ...]) -> None:
    parts = []
    for cost in w.service.costs:
        described = w.multilingual("costs", cost.description) if cost.description else None
        if described:
            parts.append(described)
        elif cost.amount is not None:
            value = w.fact("costs", amount_value(cost.amount, cost.currency))
            parts.append(f"{value} ({text(w.lang, 'free')})" if cost.amount == 0 else value)
    if parts:
        w.lines.append("")
        w.lines.append(_label(w.lang, "cost", (" ; " if w.lang == "fr" else "; ").join(parts)))
    elif "cost" in focus:
        w.lines.append("")
        w.lines.append(text(w.lang, "missing.cost"))


def _delay(w: _Writer, focus: tuple[str, ...]) -> None:
    said = None
    if w.service.processing_time_text:
        said = w.multilingual("processing_time_text", w.service.processing_time_text)
    if said is None and w.service.processing_time:
        words = duration_words(w.service.processing_time, w.lang)
        if words:
            w.fact("processing_time", w.service.processing_time)
            said = words
    if said:
        w.lines.append("")
        w.lines.append(_label(w.lang, "delay", said))
    elif "delay" in focus:
        w.lines.append("")
        w.lines.append(text(w.lang, "missing.delay"))


def _where(w: _Writer, focus: tuple[str, ...]) -> None:
    channels = [w.fact("channels", c.value) for c in w.service.channels]
    contact = w.service.contact
    lines = []
    if channels:
        names = [text(w.lang, f"channel.{c}") for c in channels]
        lines.append(_label(w.lang, "where", text(w.lang, "comma").join(names)))
    if contact is not None:
        bits = [w.fact("contact", v) for v in (contact.phone, contact.email) if v]
        hours = w.multilingual("contact", contact.opening_hours) if contact.opening_hours else None
        if hours:
            bits.append(hours)
        if bits:
            lines.append(_label(w.lang, "contact", " · ".join(bits)))
    if lines:
        w.lines.append("")
        w.lines += lines
    elif "where" in focus:
        w.lines.append("")
        w.lines.append(text(w.lang, "missing.where"))


def _online(w: _Writer, focus: tuple[str, ...]) -> None:
    if w.service.online_url:
        w.lines.append(_label(w.lang, "online", w.fact("online_url", w.service.online_url)))
    elif "online" in focus:
        w.lines.append(text(w.lang, "missing.online"))


_SECTION_WRITERS = {
    "steps": _steps,
    "documents": _documents,
    "cost": _cost,
    "delay": _delay,
    "where": _where,
    "online": _online,
}


def compose_choices(
    services: list[Service], lang: str, links: Links, conversation_id: str
) -> tuple[str, list[Fact], list[ServiceRef], list[Suggestion]]:
    """A clarifying question listing `services` as numbered choices, each a link."""
    lines = [text(lang, "clarify")]
    facts, refs, suggestions = [], [], []
    for i, s in enumerate(services, 1):
        chosen = pick(s.title, lang)
        title = chosen[0] if chosen else s.id
        facts.append(Fact(s.id, "title", title))
        lines.append(f"{i}. {title}")
        refs.append(ServiceRef(s.id, title, links.service(lang, s.id)))
        suggestions.append(
            Suggestion(title, links.ask(lang, conversation_id, s.id), "choice", s.id)
        )
    return "\n".join(lines), facts, refs, suggestions


def service_refs(services: list[Service], lang: str, links: Links) -> list[ServiceRef]:
    refs = []
    for s in services:
        chosen = pick(s.title, lang)
        refs.append(ServiceRef(s.id, chosen[0] if chosen else s.id, links.service(lang, s.id)))
    return refs
