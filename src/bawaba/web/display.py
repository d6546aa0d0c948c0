"""Display values: multilingual text in the reader's language, durations, costs and dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal
from babel.support import NullTranslations

from bawaba.catalog.model import Cost, LangText
from bawaba.web.i18n import LANGUAGES, Language, text_direction


@dataclass(frozen=True)
class Text:
    """One value of a multilingual field, with the language it is actually written in."""

    value: str
    lang: str
    fallback: bool = False
    """True when shown in a language other than the interface's."""

    @property
    def dir(self) -> str:
        return text_direction(self.lang)

    def __str__(self) -> str:
        return self.value


def pick(text: LangText, lang: Language) -> Text | None:
    """The value in `lang`, else in its first available fallback, else any value."""
    if not text:
        return None
    for code in lang.fallbacks:
        for tag, value in text.items():
            if tag == code or tag.startswith(f"{code}-"):
                return Text(value, tag, fallback=code != lang.code)
    tag, value = next(iter(text.items()))
    return Text(value, tag, fallback=True)


def language_name(tag: str, tr: NullTranslations) -> str:
    """The name of a content language, in the interface language."""
    _ = tr.gettext
    names = {
        "ar": _("arabe"),
        "fr": _("français"),
        "en": _("anglais"),
        "es": _("espagnol"),
        "zgh": _("tamazight"),
        "ary": _("darija"),
    }
    return names.get(tag.split("-")[0].lower(), tag)


_DURATION = re.compile(
    r"^P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:\d+S)?)?$"
)


def duration(iso: str, tr: NullTranslations) -> str | None:
    """An ISO 8601 duration (P15D, PT48H, P1M) in words; None when it cannot be read."""
    m = _DURATION.match(iso)
    if m is None:
        return None
    parts: list[str] = []
    for name, value in m.groupdict().items():
        k = int(value or 0)
        if not k:
            continue
        if name == "years":
            word = tr.ngettext("%(num)d an", "%(num)d ans", k)
        elif name == "months":
            word = tr.ngettext("%(num)d mois", "%(num)d mois", k)
        elif name == "weeks":
            word = tr.ngettext("%(num)d semaine", "%(num)d semaines", k)
        elif name == "days":
            word = tr.ngettext("%(num)d jour", "%(num)d jours", k)
        elif name == "hours":
            word = tr.ngettext("%(num)d heure", "%(num)d heures", k)
        else:
            word = tr.ngettext("%(num)d minute", "%(num)d minutes", k)
        parts.append(word % {"num": k})
    return " ".join(parts) or None


def amount(cost: Cost, lang: Language, tr: NullTranslations) -> str | None:
    """'75 DH' / '75 درهم'; 'Gratuit' for a zero amount; None when no amount is known."""
    if cost.amount is None:
        return None
    if cost.amount == 0:
        return tr.gettext("Gratuit")
    number = format_decimal(cost.amount, locale=lang.locale, format="#,##0.##")
    if cost.currency == "MAD":
        return tr.gettext("%(amount)s DH") % {"amount": number}
    return f"{number} {cost.currency}"


def long_date(day: date, lang: Language) -> str:
    return format_date(day, format="long", locale=lang.locale)


def language_of(code: str) -> Language:
    return LANGUAGES[code]
