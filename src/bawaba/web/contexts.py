"""Typed page contexts: one per page type, built from core calls, rendered by a template.

"One view, two renderings": the HTML templates render these objects and the JSON API returns
the same data (`SearchView.to_json`), so the two can never disagree.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar
from urllib.parse import quote, urlencode

from babel.support import NullTranslations
from markupsafe import Markup

from bawaba.catalog.model import Concept, Organisation, Scheme
from bawaba.runtime import Bawaba
from bawaba.search.engine import Filters, SearchResult
from bawaba.web.display import Text, language_name, pick
from bawaba.web.i18n import Language
from bawaba.web.vocabulary import FACET_SCHEMES, Vocabulary

PER_PAGE = 10
MAX_QUERY = 500
# Query-string names of the filters (repeatable), in the order facets are shown.
FILTER_PARAMS = ("theme", "life_event", "audience", "authority", "region")
FACET_OF_PARAM = {
    "theme": "themes",
    "life_event": "life_events",
    "audience": "audiences",
    "authority": "authority",
    "region": "regions",
}


def href(lang: Language | str, path: str) -> str:
    """A URL in interface language `lang`; `path` starts with "/"."""
    code = lang if isinstance(lang, str) else lang.code
    return f"/{code}{path}"


def service_path(service_id: str) -> str:
    return f"/services/{quote(service_id, safe='')}"


# -- building blocks --------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    label: str | Text
    href: str


@dataclass(frozen=True)
class Item:
    """A concept, authority or service in a list, with how many services it leads to."""

    label: Text
    href: str
    count: int = 0
    note: Text | None = None


@dataclass(frozen=True)
class Pagination:
    page: int
    pages: int
    previous: str | None
    next: str | None
    numbers: list[tuple[int | None, str | None]]
    """(page number, href); a None number is a gap ("…")."""


def paginate(page: int, total: int, per_page: int, link: Any) -> Pagination | None:
    """Pages around the current one, with first and last; `link(n)` gives page n's URL."""
    pages = max(1, -(-total // per_page))
    if pages == 1:
        return None
    page = min(max(page, 1), pages)
    shown = sorted({1, pages, *range(max(1, page - 1), min(pages, page + 1) + 1)})
    numbers: list[tuple[int | None, str | None]] = []
    for i, n in enumerate(shown):
        if i and n - shown[i - 1] > 1:
            numbers.append((None, None))
        numbers.append((n, link(n)))
    return Pagination(
        page=page,
        pages=pages,
        previous=link(page - 1) if page > 1 else None,
        next=link(page + 1) if page < pages else None,
        numbers=numbers,
    )


# -- pages ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Page:
    """What every page has: language, title, where it is, and its language-neutral path."""

    template: ClassVar[str] = ""
    lang: Language
    title: str
    path: str
    """The page's path without the language prefix (query string included)."""
    crumbs: list[Link] = field(default_factory=list)
    description: str = ""
    noindex: bool = False


@dataclass(frozen=True, kw_only=True)
class HomePage(Page):
    template: ClassVar[str] = "home.html"
    themes: list[Item]
    life_events: list[Item]
    featured: list[Item]
    total: int


@dataclass(frozen=True)
class SearchParams:
    """The query and filters of a search, as the URL carries them."""

    q: str = ""
    theme: tuple[str, ...] = ()
    life_event: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    authority: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    online: bool | None = None
    page: int = 1

    @classmethod
    def from_multi(cls, get: Any, get_list: Any) -> SearchParams:
        """Lenient parsing for HTML pages: bad values are dropped, never an error."""
        page_raw = get("page") or "1"
        # isdecimal, not isdigit: "²" is a digit that int() refuses.
        page = int(page_raw) if page_raw.isascii() and page_raw.isdecimal() else 1
        online_raw = (get("online") or "").lower()
        online = {"true": True, "1": True, "false": False, "0": False}.get(online_raw)
        lists = {
            name: tuple(dict.fromkeys(v.strip() for v in get_list(name) if v.strip()))[:20]
            for name in FILTER_PARAMS
        }
        return cls(
            q=" ".join((get("q") or "").split())[:MAX_QUERY],
            online=online,
            page=min(max(page, 1), 1000),
            **lists,
        )

    def filters(self) -> Filters:
        return Filters(
            themes=self.theme,
            life_events=self.life_event,
            audiences=self.audience,
            authorities=self.authority,
            regions=self.region,
            online=self.online,
        )

    def selected(self) -> list[tuple[str, str]]:
        pairs = [(name, v) for name in FILTER_PARAMS for v in getattr(self, name)]
        if self.online is not None:
            pairs.append(("online", "true" if self.online else "false"))
        return pairs

    def query_string(
        self, page: int = 1, drop: tuple[str, str] | None = None, keep_query: bool = True
    ) -> str:
        pairs = [("q", self.q)] if self.q and keep_query else []
        pairs += [p for p in self.selected() if p != drop]
        if page > 1:
            pairs.append(("page", str(page)))
        return urlencode(pairs)


@dataclass(frozen=True)
class HitView:
    id: str
    title: dict[str, str]
    score: float
    highlights: dict[str, str]
    url: str


@dataclass(frozen=True)
class SearchView:
    """A search as the API returns it; the results page renders the same object."""

    query: str
    variety: str
    script: str
    transliterated: str | None
    interpreted: str
    total: int
    page: int
    per_page: int
    hits: list[HitView]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None

    @classmethod
    def from_result(cls, result: SearchResult, url_lang: str) -> SearchView:
        return cls(
            query=result.query,
            variety=result.variety,
            script=result.script,
            transliterated=result.transliterated,
            interpreted=result.interpreted,
            total=result.total,
            page=result.page,
            per_page=result.per_page,
            hits=[
                HitView(
                    id=h.id,
                    title=dict(h.title),
                    score=h.score,
                    highlights=dict(h.highlights),
                    url=href(url_lang, service_path(h.id)),
                )
                for h in result.hits
            ],
            facets=result.facets,
            suggestion=result.suggestion,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def run_search(
    bawaba: Bawaba, params: SearchParams, display: str, per_page: int = PER_PAGE
) -> SearchView:
    result = bawaba.search(
        params.q,
        filters=params.filters(),
        page=params.page,
        per_page=per_page,
        display_language=display,
    )
    return SearchView.from_result(result, display)


@dataclass(frozen=True)
class ResultItem:
    title: Text
    title_marked: Markup | None
    href: str
    snippet: Markup | None
    snippet_lang: str | None


@dataclass(frozen=True, kw_only=True)
class BrowseIndexPage(Page):
    template: ClassVar[str] = "browse_index.html"
    heading: str
    intro: str
    items: list[Item]


@dataclass(frozen=True, kw_only=True)
class BrowsePage(Page):
    template: ClassVar[str] = "browse.html"
    heading: Text
    definition: Text | None
    homepage: str | None
    results: list[ResultItem]
    total: int
    pagination: Pagination | None
    search_href: str


@dataclass(frozen=True, kw_only=True)
class StatementPage(Page):
    template: ClassVar[str] = "statement.html"
    kind: str
    """accessibility or privacy: which statement the template shows."""


@dataclass(frozen=True, kw_only=True)
class ErrorPage(Page):
    template: ClassVar[str] = "error.html"
    status: int
    heading: str
    message: str


# -- builders ---------------------------------------------------------------------------------


def concept_label(concept: Concept | None, notation: str, lang: Language) -> Text:
    label = pick(concept.label, lang) if concept is not None else None
    return label or Text(notation, "und", fallback=True)


def organisation_label(org: Organisation | None, org_id: str, lang: Language) -> Text:
    label = pick(org.name, lang) if org is not None else None
    return label or Text(org_id, "und", fallback=True)


def sort_key(text: str) -> str:
    """Dictionary order without a collation library: "École" sorts with "E", not after "Z"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _by_label(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda i: sort_key(i.label.value))


BROWSE_PATHS: dict[Scheme, str] = {
    Scheme.THEME: "/themes/",
    Scheme.LIFE_EVENT: "/life-events/",
    Scheme.AUDIENCE: "/audiences/",
    Scheme.REGION: "/regions/",
}


def concept_items(vocab: Vocabulary, scheme: Scheme, lang: Language) -> list[Item]:
    facet = next(f for f, s in FACET_SCHEMES.items() if s == scheme)
    counts = vocab.counts.get(facet, {})
    return _by_label(
        [
            Item(
                label=concept_label(c, c.notation, lang),
                href=href(lang, BROWSE_PATHS[scheme] + quote(c.notation, safe="")),
                count=counts.get(c.notation, 0),
                note=pick(c.definition, lang),
            )
            for c in vocab.concepts.get(scheme, [])
            # Regions apply to every national service, so list them all.
            if counts.get(c.notation) or scheme == Scheme.REGION
        ]
    )


def authority_items(vocab: Vocabulary, lang: Language) -> list[Item]:
    counts = vocab.counts.get("authority", {})
    return _by_label(
        [
            Item(
                label=organisation_label(o, o.id, lang),
                href=href(lang, "/authorities/" + quote(o.id, safe="")),
                count=counts.get(o.id, 0),
            )
            for o in vocab.organisations
            if counts.get(o.id)
        ]
    )


def home_page(vocab: Vocabulary, lang: Language, tr: NullTranslations) -> HomePage:
    _ = tr.gettext
    return HomePage(
        lang=lang,
        title=_("Bawaba, le portail des services publics"),
        path="/",
        description=_(
            "Trouvez la bonne démarche administrative au Maroc : étapes, documents, coût, "
            "délai et où s'adresser, en arabe, en français, en darija et en tamazight."
        ),
        themes=concept_items(vocab, Scheme.THEME, lang),
        life_events=concept_items(vocab, Scheme.LIFE_EVENT, lang),
        featured=[
            Item(label=pick(title, lang) or Text(sid, "und"), href=href(lang, service_path(sid)))
            for sid, title in vocab.featured
        ],
        total=vocab.total,
    )


def result_items(view: SearchView, lang: Language) -> list[ResultItem]:
    items = []
    for hit in view.hits:
        title = pick(hit.title, lang) or Text(hit.id, "und")
        # The engine marks the title in the display language, or in the record's first one.
        marked_lang = lang.code if lang.code in hit.title else next(iter(hit.title), None)
        marked = hit.highlights.get("title")
        snippet = hit.highlights.get("description")
        # Highlights are escaped by the engine, which adds nothing but <mark> elements.
        items.append(
            ResultItem(
                title=title,
                title_marked=Markup(marked) if marked and marked_lang == title.lang else None,
                href=hit.url,
                snippet=Markup(snippet) if snippet else None,
                snippet_lang=marked_lang,
            )
        )
    return items


def language_notice(texts: list[Text | None], lang: Language, tr: NullTranslations) -> str | None:
    """A sentence saying which languages stand in for the interface's, if any do."""
    used = list(dict.fromkeys(t.lang for t in texts if t is not None and t.fallback))
    if not used:
        return None
    names = ", ".join(language_name(tag, tr) for tag in used)
    return tr.gettext(
        "Cette fiche n'est pas encore disponible en français : elle est affichée en %(languages)s."
    ) % {"languages": names}
