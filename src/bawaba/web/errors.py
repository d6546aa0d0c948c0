"""One place that turns errors into responses: JSON under /api, an HTML page elsewhere."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from bawaba.errors import BawabaError
from bawaba.web import i18n
from bawaba.web.contexts import ErrorPage, Link, href
from bawaba.web.i18n import LANGUAGES, Language
from bawaba.web.rendering import Renderer

log = logging.getLogger("bawaba.web")


def _language(request: Request) -> Language:
    first = request.url.path.strip("/").split("/")[0]
    code = i18n.negotiate(
        first,
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
        request.app.state.settings.default_language,
    )
    return LANGUAGES[code]


def _texts(status: int, lang: Language) -> tuple[str, str]:
    _ = i18n.translations(lang.code).gettext
    if status == 404:
        return _("Page introuvable"), _(
            "Cette adresse ne correspond à aucune page. Si vous l'avez saisie, vérifiez-la ; "
            "sinon, cherchez la démarche ci-dessous ou parcourez les thèmes."
        )
    if status in (400, 413, 415, 422):
        return _("Demande incorrecte"), _(
            "Certaines informations envoyées ne sont pas valides. Revenez en arrière et réessayez."
        )
    if status == 503:
        return _("Service momentanément indisponible"), _(
            "Le catalogue des démarches n'est pas disponible pour le moment. "
            "Réessayez dans quelques minutes."
        )
    return _("Une erreur s'est produite"), _(
        "Nous n'avons pas pu afficher cette page. Réessayez dans quelques minutes."
    )


def error_response(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    lang = _language(request)
    heading, text = _texts(status, lang)
    page = ErrorPage(
        lang=lang,
        title=heading,
        path="/",
        crumbs=[Link(i18n.translations(lang.code).gettext("Accueil"), href(lang, "/"))],
        noindex=True,
        status=status,
        heading=heading,
        message=text,
    )
    renderer: Renderer = request.app.state.renderer
    return renderer.response(request, page, status=status, remember=False)


def install(app: FastAPI) -> None:
    @app.exception_handler(BawabaError)
    async def bawaba_error(request: Request, exc: BawabaError) -> Response:
        if exc.status >= 500:
            log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc.message)
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        return error_response(request, 422, f"invalid parameters: {problems}")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "internal error")
