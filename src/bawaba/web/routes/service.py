"""One service's page, and its "was this helpful?" answer."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from bawaba.web.contexts import href, service_path
from bawaba.web.deps import BawabaDep, LanguageDep, RendererDep, TranslationsDep, VocabularyDep
from bawaba.web.service_context import service_page

router = APIRouter()
log = logging.getLogger("bawaba.web.feedback")


@router.get("/{lang}/services/{service_id}", response_class=HTMLResponse, include_in_schema=False)
def service(
    request: Request,
    service_id: str,
    lang: LanguageDep,
    tr: TranslationsDep,
    bawaba: BawabaDep,
    vocab: VocabularyDep,
    renderer: RendererDep,
) -> HTMLResponse:
    svc = bawaba.service(service_id)
    page = service_page(
        svc,
        vocab,
        lang,
        tr,
        base_url=str(request.base_url),
        feedback=request.query_params.get("helpful"),
    )
    return renderer.response(request, page)


@router.post("/{lang}/services/{service_id}/feedback", include_in_schema=False)
def feedback(
    service_id: str,
    lang: LanguageDep,
    bawaba: BawabaDep,
    helpful: Annotated[str, Form(pattern="^(yes|no)$")],
) -> RedirectResponse:
    svc = bawaba.service(service_id)
    # Only the service and the answer: nothing about who answered.
    log.info("helpful service=%s answer=%s", svc.id, helpful)
    target = href(lang, service_path(svc.id)) + f"?helpful={helpful}#feedback"
    return RedirectResponse(target, status_code=303)
