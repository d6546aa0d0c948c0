"""URLs without a language prefix (/search?q=…, /ask) lead to the reader's language."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from bawaba.errors import NotFoundError
from bawaba.web.deps import negotiated_language
from bawaba.web.i18n import LANGUAGES

router = APIRouter(include_in_schema=False)

_PAGES = (
    "search",
    "services",
    "ask",
    "themes",
    "life-events",
    "audiences",
    "regions",
    "authorities",
    "accessibility",
    "privacy",
)


@router.get("/{first}/{rest:path}")
@router.get("/{first}")
def unprefixed(request: Request, first: str, rest: str = "") -> RedirectResponse:
    if first in LANGUAGES and not rest:
        return RedirectResponse(f"/{first}/", status_code=301)
    if first not in _PAGES:
        raise NotFoundError(f"no page at {request.url.path}")
    lang = negotiated_language(request)
    target = f"/{lang.code}{request.url.path}"
    if request.url.query:
        target += f"?{request.url.query}"
    response = RedirectResponse(target, status_code=302)
    response.headers["Vary"] = "Accept-Language, Cookie"
    return response
