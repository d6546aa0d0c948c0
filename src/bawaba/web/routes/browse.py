"""Browsing without a query: by theme, life event, audience, region and competent authority."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from babel.support import NullTranslations
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from bawaba.catalog.model import Scheme
from bawaba.errors import NotFoundError
from bawaba.runtime import Bawaba
from bawaba.web.contexts import (
    BROWSE_PATHS,
    BrowseIndexPage,
    BrowsePage,
    Link,
    SearchParams,
    authority_items,
    concept_items,
    concept_label,
    href,
    organisation_label,
    paginate,
    result_items,
    run_search,
)
from bawaba.web.deps import BawabaDep, LanguageDep, RendererDep, TranslationsDep, VocabularyDep
from bawaba.web.display import pick
from bawaba.web.i18n import Language
from bawaba.web.vocabulary import Vocabulary

router = APIRouter()

_SLUGS = {path.strip("/"): scheme for scheme, path in BROWSE_PATHS.items()}
# Query-string name of each scheme's filter.
_PARAM = {
    Scheme.THEME: "theme",
    Scheme.LIFE_EVENT: "life_event",
    Scheme.AUDIENCE: "audience",
    Scheme.REGION: "region",
}


def _headings(tr: NullTranslations) -> dict[Scheme | str, tuple[str, str]]:
    _ = tr.gettext
    return {
        Scheme.THEME: (_("Démarches par thème"), _("Choisissez un domaine.")),
        Scheme.LIFE_EVENT: (
            _("Démarches par situation de vie"),
            _("Ce qui vous arrive, et les démarches qui vont avec."),
        ),
        Scheme.AUDIENCE: (
            _("Démarches par public"),
            _("Citoyens, entreprises, Marocains du monde…"),
        ),
        Scheme.REGION: (
            _("Démarches par région"),
            _("Les démarches nationales sont proposées dans toutes les régions."),
        ),
        "authorities": (
            _("Démarches par administration"),
            _("L'administration compétente pour chaque démarche."),
        ),
    }


@router.get("/{lang}/{kind}/", response_class=HTMLResponse, include_in_schema=False)
def browse_index(
    request: Request,
    kind: str,
    lang: LanguageDep,
    tr: TranslationsDep,
    vocab: VocabularyDep,
    renderer: RendererDep,
) -> HTMLResponse:
    if kind == "authorities":
        heading, intro = _headings(tr)["authorities"]
        items = authority_items(vocab, lang)
    elif kind in _SLUGS:
        heading, intro = _headings(tr)[_SLUGS[kind]]
        items = concept_items(vocab, _SLUGS[kind], lang)
    else:
        raise NotFoundError(f"no page at /{lang.code}/{kind}/")
    page = BrowseIndexPage(
        lang=lang,
        title=heading,
        path=f"/{kind}/",
        crumbs=[Link(tr.gettext("Accueil"), href(lang, "/"))],
        heading=heading,
        intro=intro,
        items=items,
    )
    return renderer.response(request, page)


@router.get("/{lang}/{kind}/{value}", response_class=HTMLResponse, include_in_schema=False)
def browse(
    request: Request,
    kind: str,
    value: str,
    lang: LanguageDep,
    tr: TranslationsDep,
    bawaba: BawabaDep,
    vocab: VocabularyDep,
    renderer: RendererDep,
) -> HTMLResponse:
    page_raw = request.query_params.get("page", "1")
    page_number = int(page_raw) if page_raw.isascii() and page_raw.isdecimal() else 1
    page = browse_page(bawaba, vocab, lang, tr, kind, value, page_number)
    return renderer.response(request, page)


def browse_page(
    bawaba: Bawaba,
    vocab: Vocabulary,
    lang: Language,
    tr: NullTranslations,
    kind: str,
    value: str,
    page_number: int,
) -> BrowsePage:
    homepage = None
    if kind == "authorities":
        org = vocab.require_organisation(value)
        heading = organisation_label(org, value, lang)
        definition = None
        homepage = org.homepage
        params = SearchParams(authority=(value,), page=page_number)
    elif kind in _SLUGS:
        scheme = _SLUGS[kind]
        concept = vocab.require_concept(scheme, value)
        heading = concept_label(concept, value, lang)
        definition = pick(concept.definition, lang)
        chosen: dict[str, Any] = {_PARAM[scheme]: (value,)}
        params = replace(SearchParams(page=page_number), **chosen)
    else:
        raise NotFoundError(f"no page at /{lang.code}/{kind}/{value}")
    view = run_search(bawaba, params, lang.code, per_page=20)
    base = href(lang, f"/{kind}/{value}")
    index_title = _headings(tr)["authorities" if kind == "authorities" else _SLUGS[kind]][0]
    return BrowsePage(
        lang=lang,
        title=heading.value,
        path=f"/{kind}/{value}",
        crumbs=[
            Link(tr.gettext("Accueil"), href(lang, "/")),
            Link(index_title, href(lang, f"/{kind}/")),
        ],
        heading=heading,
        definition=definition,
        homepage=homepage,
        results=result_items(view, lang),
        total=view.total,
        pagination=paginate(
            view.page, view.total, view.per_page, lambda n: base + (f"?page={n}" if n > 1 else "")
        ),
        search_href=href(lang, "/search?" + params.query_string()),
    )
