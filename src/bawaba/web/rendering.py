"""Templates: one Jinja2 environment, gettext through the request's interface language."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bawaba.web import i18n
from bawaba.web.contexts import Page
from bawaba.web.display import Text
from bawaba.web.i18n import LANGUAGES, Language

ONE_YEAR = 365 * 24 * 3600
# Fonts the interface language's text needs at once; others load only if content needs them.
PRELOADED_FONTS = {
    "ar": ("/static/fonts/noto-sans-arabic-400.woff2", "/static/fonts/noto-sans-arabic-700.woff2"),
    "zgh": ("/static/fonts/noto-sans-tifinagh-400.woff2",),
}


def package_dir(name: str) -> Path:
    return Path(str(resources.files("bawaba.web") / name))


@cache
def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def static_url(name: str) -> str:
    """`/static/NAME?v=HASH`: cached for a year, refreshed when the file's content changes."""
    path = package_dir("static") / name
    return f"/static/{name}?v={_fingerprint(path)}"


def lang_attrs(text: Text | str | None, page_lang: Language) -> Markup:
    """` lang=".." dir=".."` when a value is not in the page's language, else nothing."""
    if not isinstance(text, Text) or text.lang == page_lang.code or text.lang == "und":
        return Markup("")
    return Markup(' lang="{}" dir="{}"').format(text.lang, text.dir)


@dataclass
class Site:
    """What the shell (header, navigation, footer) needs to know about the running portal."""

    name: str = "Bawaba"
    assistant: bool = False
    production: bool = False
    extra_nav: list[tuple[str, str]] = field(default_factory=list)


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(package_dir("templates"))),
        autoescape=select_autoescape(["html", "xml"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n.current_gettext,
        ngettext=i18n.current_ngettext,
        pgettext=i18n.current_pgettext,
        newstyle=True,
    )
    env.globals.update(
        static_url=static_url,
        lang_attrs=lang_attrs,
        languages=LANGUAGES,
        text_direction=i18n.text_direction,
    )
    return env


class Renderer:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.env = make_environment()

    def html(self, page: Page, base_url: str = "", **extra: Any) -> str:
        template = self.env.get_template(page.template)
        with i18n.using(page.lang.code):
            return template.render(
                page=page,
                site=self.site,
                base_url=base_url.rstrip("/"),
                fonts=PRELOADED_FONTS.get(page.lang.code, ()),
                **extra,
            )

    def response(
        self, request: Request, page: Page, status: int = 200, remember: bool = True
    ) -> HTMLResponse:
        response = HTMLResponse(self.html(page, str(request.base_url)), status_code=status)
        response.headers["Content-Language"] = page.lang.code
        response.headers["Cache-Control"] = "no-cache"
        if remember and request.cookies.get(i18n.COOKIE) != page.lang.code:
            # Remember the language the reader chose, for URLs that carry none.
            response.set_cookie(
                i18n.COOKIE,
                page.lang.code,
                max_age=ONE_YEAR,
                httponly=True,
                samesite="lax",
                secure=self.site.production,
            )
        return response
