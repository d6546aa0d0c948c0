"""The web adapter: the citizen portal (HTML) and the JSON API, over one `Bawaba` core."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware

from bawaba import __version__
from bawaba.errors import BawabaError
from bawaba.runtime import Bawaba
from bawaba.settings import Settings
from bawaba.web import errors
from bawaba.web.middleware import CachedStaticFiles, SecurityHeaders, quiet_access_log
from bawaba.web.rendering import Renderer, Site, package_dir
from bawaba.web.routes import api, browse, pages, seo, service, unprefixed
from bawaba.web.vocabulary import VocabularyCache

ASSISTANT_MODULE = "bawaba.web.routes.ask"
log = logging.getLogger("bawaba.web")


def warm_up(app: FastAPI) -> None:
    """Load the search index, the embedding model and the assistant's tables before traffic.

    Once per app: test clients that enter the app's lifespan again pay nothing. A portal that
    cannot warm up (no schema yet) still starts, and its pages say what to do.
    """
    state = app.state
    if state.warmed:
        return
    state.warmed = True
    started = time.perf_counter()
    try:
        state.bawaba.searcher()  # loads (or builds) the index, then `Searcher.warm_up`
        if state.renderer.site.assistant:
            importlib.import_module(ASSISTANT_MODULE).app_assistant(state).warm_up()
    except BawabaError as exc:
        log.warning("warm-up skipped: %s", exc.message)
        return
    except Exception:
        # Warming up only saves the first visitors' time: requests build what is missing.
        log.exception("warm-up failed")
        return
    log.info("warmed up in %.1f s", time.perf_counter() - started)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    await run_in_threadpool(warm_up, app)
    yield


def create_app(settings: Settings, bawaba: Bawaba | None = None) -> FastAPI:
    """Build the app; tests pass their own settings (and may pass a ready `Bawaba`)."""
    settings = settings.validate()
    core = bawaba or Bawaba(settings)
    production = settings.environment == "production"
    app = FastAPI(
        title="Bawaba API",
        version=__version__,
        description="Search and read Morocco's public services (CPSV-AP 3.2.0).",
        # The bundled docs UIs load scripts from a CDN: we serve no third-party code.
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.bawaba = core
    app.state.ready = False
    app.state.warmed = False
    app.state.vocabulary = VocabularyCache(core)
    # The assistant's router is written separately; mount it whenever it exists.
    has_assistant = importlib.util.find_spec(ASSISTANT_MODULE) is not None
    app.state.renderer = Renderer(Site(assistant=has_assistant, production=production))

    errors.install(app)
    app.mount("/static", CachedStaticFiles(directory=package_dir("static")), name="static")
    # Order matters: specific paths before the /{lang}/{kind}/{value} browse pattern.
    app.include_router(seo.router)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(service.router)
    if has_assistant:
        ask = importlib.import_module(ASSISTANT_MODULE)
        app.include_router(ask.router)
        from bawaba.web.routes import openai_compat

        app.include_router(openai_compat.router)
    app.include_router(browse.router)
    app.include_router(unprefixed.router)

    app.add_middleware(GZipMiddleware, minimum_size=500, compresslevel=6)
    app.add_middleware(SecurityHeaders, hsts=production)
    quiet_access_log()
    return app


def create_app_from_env() -> FastAPI:
    """Factory for `bawaba serve` (uvicorn --factory): settings from BAWABA_* variables."""
    return create_app(Settings.from_env())
