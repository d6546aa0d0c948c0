"""Home, search results, and the accessibility and privacy statements."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from bawaba.web.contexts import (
    Link,
    SearchParams,
    StatementPage,
    home_page,
    href,
    run_search,
)
from bawaba.web.deps import (
    BawabaDep,
    LanguageDep,
    RendererDep,
    TranslationsDep,
    VocabularyDep,
    negotiated_language,
)
from bawaba.web.results_context import results_page

router = APIRouter()


@router.get("/", include_in_schema=False)
def root(request: Request) -> RedirectResponse:
    lang = negotiated_language(request)
    response = RedirectResponse(f"/{lang.code}/", status_code=302)
    response.headers["Vary"] = "Accept-Language, Cookie"
    return response


@router.get("/{lang}/", response_class=HTMLResponse, include_in_schema=False)
def home(
    request: Request,
    lang: LanguageDep,
    tr: TranslationsDep,
    vocab: VocabularyDep,
    renderer: RendererDep,
) -> HTMLResponse:
    return renderer.response(request, home_page(vocab, lang, tr))


@router.get("/{lang}/search", response_class=HTMLResponse, include_in_schema=False)
def search(
    request: Request,
    lang: LanguageDep,
    tr: TranslationsDep,
    bawaba: BawabaDep,
    vocab: VocabularyDep,
    renderer: RendererDep,
) -> HTMLResponse:
    qp = request.query_params
    params = SearchParams.from_multi(qp.get, qp.getlist)
    view = run_search(bawaba, params, lang.code)
    return renderer.response(request, results_page(view, params, vocab, lang, tr))


@router.get("/{lang}/accessibility", response_class=HTMLResponse, include_in_schema=False)
def accessibility(
    request: Request, lang: LanguageDep, tr: TranslationsDep, renderer: RendererDep
) -> HTMLResponse:
    page = StatementPage(
        lang=lang,
        title=tr.gettext("Déclaration d'accessibilité"),
        path="/accessibility",
        kind="accessibility",
        crumbs=[Link(tr.gettext("Accueil"), href(lang, "/"))],
    )
    return renderer.response(request, page)


@router.get("/{lang}/privacy", response_class=HTMLResponse, include_in_schema=False)
def privacy(
    request: Request, lang: LanguageDep, tr: TranslationsDep, renderer: RendererDep
) -> HTMLResponse:
    page = StatementPage(
        lang=lang,
        title=tr.gettext("Données personnelles et cookies"),
        path="/privacy",
        kind="privacy",
        crumbs=[Link(tr.gettext("Accueil"), href(lang, "/"))],
    )
    return renderer.response(request, page)
