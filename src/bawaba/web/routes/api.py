"""JSON API v1: search and service records (the same views the pages render)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from bawaba.web.contexts import MAX_QUERY, SearchParams, run_search
from bawaba.web.deps import BawabaDep
from bawaba.web.i18n import LANGUAGES

router = APIRouter(prefix="/api/v1", tags=["api"])

Repeated = Annotated[list[str], Query(max_length=20)]


@router.get("/search")
def search(
    bawaba: BawabaDep,
    q: Annotated[str, Query(max_length=MAX_QUERY, description="What the user typed")] = "",
    lang: Annotated[
        str | None,
        Query(
            pattern="^(ar|fr|en|zgh)$",
            description="Language of the highlights and of the hits' page URLs",
        ),
    ] = None,
    theme: Repeated = [],  # noqa: B006 - FastAPI copies defaults per request
    life_event: Repeated = [],  # noqa: B006
    audience: Repeated = [],  # noqa: B006
    authority: Repeated = [],  # noqa: B006
    region: Repeated = [],  # noqa: B006
    online: bool | None = None,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=50)] = 10,
) -> dict[str, Any]:
    """Search the catalog; filters are repeatable and combine (OR within one, AND across)."""
    params = SearchParams(
        q=" ".join(q.split()),
        theme=tuple(theme),
        life_event=tuple(life_event),
        audience=tuple(audience),
        authority=tuple(authority),
        region=tuple(region),
        online=online,
        page=page,
    )
    display = lang if lang in LANGUAGES else "fr"
    return run_search(bawaba, params, display, per_page=per_page).to_json()


@router.get("/services/{service_id}")
def service(service_id: str, bawaba: BawabaDep) -> dict[str, Any]:
    """One published service, in Bawaba's native JSON shape (docs/catalog-format.md)."""
    return bawaba.service(service_id).model_dump(mode="json", exclude_none=True)
