"""Interface languages: negotiation, and catalogs that leave no string untranslated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from bawaba.web import i18n
from bawaba.web.i18n import LANGUAGES, TRANSLATED, catalog_path, locale_dir, negotiate

WEB = Path(i18n.__file__).parent
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _source_msgids() -> set[str | tuple[str, str]]:
    """Every translatable string in the web package, as Babel extracts it today."""
    method_map = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
    options = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    found: set[str | tuple[str, str]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(WEB), method_map=method_map, options_map=options
    ):
        found.add(tuple(message) if isinstance(message, tuple | list) else message)  # type: ignore[arg-type]
    return found


@pytest.fixture(scope="module")
def msgids() -> set[str | tuple[str, str]]:
    return _source_msgids()


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_interface_string_is_translated(
    code: str, msgids: set[str | tuple[str, str]]
) -> None:
    with catalog_path(code).open("rb") as fh:
        catalog = read_po(fh, locale=LANGUAGES[code].locale)
    missing, untranslated, fuzzy = [], [], []
    for msgid in msgids:
        key = msgid[0] if isinstance(msgid, tuple) else msgid
        message = catalog.get(key)
        if message is None:
            missing.append(key)
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated.append(key)
        if message.fuzzy:
            fuzzy.append(key)
    hint = "run pybabel extract/update (src/bawaba/locale/babel.cfg) and translate"
    assert not missing, f"{code}: msgids missing from the catalog ({hint}): {missing}"
    assert not untranslated, f"{code}: empty translations: {untranslated}"
    assert not fuzzy, f"{code}: fuzzy translations are not shown: {fuzzy}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_their_placeholders(code: str) -> None:
    with catalog_path(code).open("rb") as fh:
        catalog = read_po(fh, locale=LANGUAGES[code].locale)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(PLACEHOLDER.findall(" ".join(str(i) for i in ids))) - {"num"}
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for s in strings:
            found = set(PLACEHOLDER.findall(str(s))) - {"num"}
            assert found == wanted, (code, message.id, s)


def test_the_template_matches_the_sources(msgids: set[str | tuple[str, str]]) -> None:
    with (locale_dir() / "messages.pot").open("rb") as fh:
        template = read_po(fh)
    in_template = {m.id if not isinstance(m.id, list) else tuple(m.id) for m in template if m.id}
    assert in_template == msgids, "messages.pot is stale: run pybabel extract"


def test_arabic_has_its_six_plural_forms() -> None:
    t = i18n.translations("ar")
    forms = {
        n: t.ngettext("%(num)d jour", "%(num)d jours", n) % {"num": n}
        for n in (0, 1, 2, 5, 11, 100)
    }
    assert forms[1] == "يوم واحد"
    assert forms[2] == "يومان"
    assert forms[5] == "5 أيام"
    assert forms[11] == "11 يومًا"
    assert forms[100] == "100 يوم"


@pytest.mark.parametrize(
    ("prefix", "cookie", "header", "expected"),
    [
        ("ar", "fr", "en", "ar"),
        (None, "zgh", "ar", "zgh"),
        (None, "xx", "en-GB,en;q=0.8", "en"),
        (None, None, "de-DE, fr;q=0.5, ar;q=0.9", "ar"),
        (None, None, "ary-MA", "ar"),
        (None, None, "shi, fr;q=0.5", "zgh"),
        (None, None, "tzm-Latn-MA", "zgh"),
        (None, None, "de, it;q=0.5", "fr"),
        (None, None, "ar;q=0, fr", "fr"),
        (None, None, "", "fr"),
        ("nope", None, None, "fr"),
    ],
)
def test_negotiation_order(
    prefix: str | None, cookie: str | None, header: str | None, expected: str
) -> None:
    assert negotiate(prefix, cookie, header, "fr") == expected


@given(st.text(max_size=200), st.sampled_from(list(LANGUAGES)))
def test_any_accept_language_header_gives_a_language(header: str, default: str) -> None:
    assert negotiate(None, None, header, default) in LANGUAGES
