"""FastAPI dependencies: the core facade, the renderer and the interface language."""

from __future__ import annotations

from typing import Annotated

from babel.support import NullTranslations
from fastapi import Depends, Request

from bawaba.errors import NotFoundError
from bawaba.runtime import Bawaba
from bawaba.web import i18n
from bawaba.web.i18n import LANGUAGES, Language
from bawaba.web.rendering import Renderer
from bawaba.web.vocabulary import Vocabulary, VocabularyCache


def get_bawaba(request: Request) -> Bawaba:
    """The core facade, once its database is known to have a schema (else a clear 503)."""
    bawaba: Bawaba = request.app.state.bawaba
    if not request.app.state.ready:
        bawaba.store.check()
        request.app.state.ready = True
    return bawaba


def get_renderer(request: Request) -> Renderer:
    renderer: Renderer = request.app.state.renderer
    return renderer


def get_vocabulary(request: Request, _: Annotated[Bawaba, Depends(get_bawaba)]) -> Vocabulary:
    cache: VocabularyCache = request.app.state.vocabulary
    return cache.get()


def interface_language(lang: str) -> Language:
    """The language of a /{lang}/ URL; any other first segment is a page we do not have."""
    if lang not in LANGUAGES:
        raise NotFoundError(f"no page at /{lang}/")
    return LANGUAGES[lang]


def get_translations(
    language: Annotated[Language, Depends(interface_language)],
) -> NullTranslations:
    return i18n.translations(language.code)


def negotiated_language(request: Request) -> Language:
    """For URLs without a language prefix: cookie, then Accept-Language, then the default."""
    code = i18n.negotiate(
        None,
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
        request.app.state.settings.default_language,
    )
    return LANGUAGES[code]


BawabaDep = Annotated[Bawaba, Depends(get_bawaba)]
RendererDep = Annotated[Renderer, Depends(get_renderer)]
VocabularyDep = Annotated[Vocabulary, Depends(get_vocabulary)]
LanguageDep = Annotated[Language, Depends(interface_language)]
TranslationsDep = Annotated[NullTranslations, Depends(get_translations)]
