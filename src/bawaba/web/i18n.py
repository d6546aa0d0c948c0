"""Interface languages: which one a request gets, and its gettext catalog.

Catalogs are the `.po` files under `bawaba/locale/`, read at start-up (no compiled `.mo` is
committed). French is the source language of every msgid, so it needs no catalog.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

SOURCE_LANGUAGE = "fr"
COOKIE = "bawaba_lang"


@dataclass(frozen=True)
class Language:
    code: str
    """URL prefix and `lang` attribute."""
    name: str
    """Endonym, shown in the language switcher."""
    dir: str
    locale: str
    """Babel locale for dates and numbers."""
    fallbacks: tuple[str, ...]
    """Content languages to show, best first, when a record lacks this one."""


LANGUAGES: dict[str, Language] = {
    "ar": Language("ar", "العربية", "rtl", "ar_MA", ("ar", "fr", "en")),
    "fr": Language("fr", "Français", "ltr", "fr_MA", ("fr", "ar", "en")),
    "en": Language("en", "English", "ltr", "en", ("en", "fr", "ar")),
    "zgh": Language("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ltr", "zgh_MA", ("zgh", "ar", "fr")),
}
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)

# Accept-Language tags that map onto an interface language (Darija readers get Arabic,
# speakers of the Moroccan Amazigh varieties get Standard Moroccan Tamazight).
_ALIASES = {"ary": "ar", "tzm": "zgh", "shi": "zgh", "rif": "zgh", "ber": "zgh"}
_RTL_LANGS = {"ar", "ary", "arq", "fa", "he", "ur"}


def text_direction(tag: str) -> str:
    """`rtl` or `ltr` for a content language tag such as `ar`, `ary-Arab`, `fr`."""
    primary, _, rest = tag.lower().partition("-")
    if rest.startswith("latn"):
        return "ltr"
    return "rtl" if primary in _RTL_LANGS else "ltr"


def locale_dir() -> Path:
    return Path(str(resources.files("bawaba") / "locale"))


def catalog_path(code: str) -> Path:
    return locale_dir() / code / "LC_MESSAGES" / "messages.po"


@cache
def translations(code: str) -> NullTranslations:
    """The gettext catalog of interface language `code`, compiled in memory from its .po."""
    if code == SOURCE_LANGUAGE or code not in LANGUAGES:
        return NullTranslations()
    with catalog_path(code).open("rb") as fh:
        catalog = read_po(fh, locale=LANGUAGES[code].locale, domain="messages")
    buf = io.BytesIO()
    write_mo(buf, catalog)  # fuzzy entries are left out, as msgfmt does
    buf.seek(0)
    return Translations(fp=buf, domain="messages")


def negotiate(
    prefix: str | None, cookie: str | None, accept_language: str | None, default: str
) -> str:
    """URL prefix, then the remembered cookie, then Accept-Language, then `default`."""
    for candidate in (prefix, cookie):
        if candidate in LANGUAGES:
            return candidate
    for tag in _accepted(accept_language or ""):
        code = _match(tag)
        if code is not None:
            return code
    return default if default in LANGUAGES else SOURCE_LANGUAGE


def _accepted(header: str) -> list[str]:
    """Language tags of an Accept-Language header, by decreasing q (stable for ties)."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag and q > 0:
            ranked.append((-q, i, tag.strip().lower()))
    return [tag for _, _, tag in sorted(ranked)]


def _match(tag: str) -> str | None:
    primary = tag.split("-")[0]
    if primary in LANGUAGES:
        return primary
    return _ALIASES.get(primary)


# -- the current catalog, for templates ------------------------------------------------------

_current: ContextVar[str] = ContextVar("bawaba_interface_language", default=SOURCE_LANGUAGE)


@contextmanager
def using(code: str) -> Iterator[None]:
    """Make `code` the language that template gettext calls translate into."""
    token = _current.set(code)
    try:
        yield
    finally:
        _current.reset(token)


def current_gettext(message: str) -> str:
    return translations(_current.get()).gettext(message)


def current_ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).ngettext(singular, plural, n)


def current_pgettext(context: str, message: str) -> str:
    return str(translations(_current.get()).pgettext(context, message))
