"""The search results page: facets, filters, interpretation, suggestions, empty state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from babel.support import NullTranslations

from bawaba.catalog.model import Scheme
from bawaba.web.contexts import (
    FACET_OF_PARAM,
    Item,
    Link,
    Page,
    Pagination,
    ResultItem,
    SearchParams,
    SearchView,
    concept_items,
    concept_label,
    href,
    organisation_label,
    paginate,
    result_items,
)
from bawaba.web.display import Text
from bawaba.web.i18n import Language
from bawaba.web.vocabulary import FACET_SCHEMES, Vocabulary


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str | Text
    count: int
    checked: bool


@dataclass(frozen=True)
class FacetGroup:
    param: str
    legend: str
    options: list[FacetOption]


@dataclass(frozen=True)
class Interpretation:
    variety: str
    transliterated: str | None
    """The query in Arabic script, when it was written in Latin letters (Arabizi)."""
    terms: Text | None
    """The French equivalents the search also used."""


@dataclass(frozen=True, kw_only=True)
class ResultsPage(Page):
    template: ClassVar[str] = "results.html"
    params: SearchParams
    search: SearchView
    results: list[ResultItem]
    facets: list[FacetGroup]
    regions: list[FacetOption]
    active: list[Link]
    clear_href: str
    pagination: Pagination | None
    interpretation: Interpretation | None
    suggestion: Link | None
    themes: list[Item]


def _variety_name(variety: str, tr: NullTranslations) -> str:
    _ = tr.gettext
    names = {
        "fr": _("français"),
        "ar": _("arabe"),
        "en": _("anglais"),
        "es": _("espagnol"),
        "zgh": _("tamazight"),
        "ary_arab": _("darija en lettres arabes"),
        "ary_latn": _("darija en lettres latines"),
    }
    return names.get(variety, variety)


def results_page(
    view: SearchView,
    params: SearchParams,
    vocab: Vocabulary,
    lang: Language,
    tr: NullTranslations,
) -> ResultsPage:
    _ = tr.gettext
    base = href(lang, "/search")

    def at(qs: str) -> str:
        return f"{base}?{qs}" if qs else base

    legends = {
        "theme": _("Thème"),
        "life_event": _("Situation de vie"),
        "audience": _("Public"),
        "authority": _("Administration"),
    }
    groups = []
    for param, legend in legends.items():
        counts = view.facets.get(FACET_OF_PARAM[param], {})
        chosen = getattr(params, param)
        values = list(counts) + [v for v in chosen if v not in counts]
        options = [
            FacetOption(v, _value_label(vocab, param, v, lang), counts.get(v, 0), v in chosen)
            for v in values
        ]
        options = [o for o in options if o.checked or o.count][:12]
        if options:
            groups.append(FacetGroup(param, legend, options))
    online_counts = view.facets.get("online", {})
    if online_counts.get("true") or params.online:
        groups.append(
            FacetGroup(
                "online",
                _("En ligne"),
                [
                    FacetOption(
                        "true",
                        _("Démarche possible en ligne"),
                        online_counts.get("true", 0),
                        params.online is True,
                    )
                ],
            )
        )
    regions = [
        FacetOption(c.notation, concept_label(c, c.notation, lang), 0, c.notation in params.region)
        for c in vocab.concepts.get(Scheme.REGION, [])
    ]
    active = [
        Link(
            _value_label(vocab, name, value, lang)
            if name != "online"
            else _("Démarche possible en ligne"),
            at(params.query_string(drop=(name, value))),
        )
        for name, value in params.selected()
    ]
    pagination = paginate(
        view.page, view.total, view.per_page, lambda n: at(params.query_string(page=n))
    )
    interpretation = None
    if view.query and (view.interpreted or view.variety not in {"", lang.code}):
        terms = [t for t in view.interpreted.split(" · ") if t and t != view.transliterated]
        interpretation = Interpretation(
            variety=_variety_name(view.variety, tr),
            transliterated=view.transliterated,
            terms=Text(", ".join(terms), "fr") if terms else None,
        )
    suggestion = None
    if view.suggestion:
        suggestion = Link(view.suggestion, at(SearchParams(q=view.suggestion).query_string()))
    title = (
        _("« %(query)s » : résultats de recherche") % {"query": params.q}
        if params.q
        else _("Toutes les démarches")
    )
    return ResultsPage(
        lang=lang,
        title=title,
        path=_with_query("/search", params.query_string(page=view.page)),
        crumbs=[Link(_("Accueil"), href(lang, "/"))],
        noindex=True,
        params=params,
        search=view,
        results=result_items(view, lang),
        facets=groups,
        regions=regions,
        active=active,
        clear_href=at(SearchParams(q=params.q).query_string()),
        pagination=pagination,
        interpretation=interpretation,
        suggestion=suggestion,
        themes=concept_items(vocab, Scheme.THEME, lang) if not view.hits else [],
    )


def _with_query(path: str, query: str) -> str:
    return f"{path}?{query}" if query else path


def _value_label(vocab: Vocabulary, param: str, value: str, lang: Language) -> Text:
    if param == "authority":
        return organisation_label(vocab.organisation(value), value, lang)
    scheme = FACET_SCHEMES[FACET_OF_PARAM[param]]
    return concept_label(vocab.concept(scheme, value), value, lang)
