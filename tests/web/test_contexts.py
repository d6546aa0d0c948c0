"""Page contexts and display helpers, without HTTP."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st
from starlette.datastructures import QueryParams

from bawaba.catalog.model import Cost
from bawaba.search.engine import Hit, SearchResult
from bawaba.web import i18n
from bawaba.web.contexts import SearchParams, SearchView, paginate, sort_key
from bawaba.web.display import Text, amount, duration, long_date, pick
from bawaba.web.i18n import LANGUAGES
from bawaba.web.rendering import Renderer, Site
from bawaba.web.results_context import results_page
from bawaba.web.vocabulary import Vocabulary

AR, FR, EN, ZGH = (LANGUAGES[c] for c in ("ar", "fr", "en", "zgh"))


def test_pick_prefers_the_interface_language_then_its_fallbacks() -> None:
    text = {"fr": "Passeport", "ar": "جواز السفر"}
    assert pick(text, AR) == Text("جواز السفر", "ar", fallback=False)
    assert pick(text, EN) == Text("Passeport", "fr", fallback=True)
    assert pick(text, ZGH) == Text("جواز السفر", "ar", fallback=True)
    assert pick({"es": "Pasaporte"}, FR) == Text("Pasaporte", "es", fallback=True)
    assert pick({}, FR) is None
    assert pick({"ary-Latn": "l'passport"}, AR) == Text("l'passport", "ary-Latn", fallback=True)
    assert Text("x", "ary-Latn").dir == "ltr" and Text("x", "ary").dir == "rtl"


def test_durations_costs_and_dates_in_each_language() -> None:
    assert duration("P15D", i18n.translations("fr")) == "15 jours"
    assert duration("P1M2D", i18n.translations("ar")) == "شهر واحد يومان"
    assert duration("PT48H", i18n.translations("en")) == "48 hours"
    assert duration("P1W", i18n.translations("zgh")) == "1 ⵉⵎⴰⵍⴰⵙ"
    assert duration("nonsense", i18n.translations("fr")) is None
    assert amount(Cost(amount=75), FR, i18n.translations("fr")) == "75 DH"
    assert amount(Cost(amount=1250.5), AR, i18n.translations("ar")) == "1.250,5 درهم"
    assert amount(Cost(amount=0), EN, i18n.translations("en")) == "Free"
    assert amount(Cost(description={"fr": "variable"}), FR, i18n.translations("fr")) is None
    assert long_date(date(2025, 3, 4), FR) == "4 mars 2025"
    assert long_date(date(2025, 3, 4), AR) == "4 مارس 2025"


def test_pagination_window() -> None:
    assert paginate(1, 10, 10, str) is None
    p = paginate(5, 100, 10, str)
    assert p is not None
    assert [n for n, _ in p.numbers] == [1, None, 4, 5, 6, None, 10]
    assert p.previous == "4" and p.next == "6"
    last = paginate(99, 30, 10, str)
    assert last is not None and last.page == 3 and last.next is None


def test_search_params_from_a_query_string_and_back() -> None:
    qp = QueryParams("q=%20bghit%20%20lpermis&theme=a&theme=a&theme=b&online=true&page=3&region=")
    params = SearchParams.from_multi(qp.get, qp.getlist)
    assert params.q == "bghit lpermis" and params.theme == ("a", "b") and params.region == ()
    assert params.online is True and params.page == 3
    assert params.filters().themes == ("a", "b")
    assert params.query_string(page=2) == "q=bghit+lpermis&theme=a&theme=b&online=true&page=2"
    assert params.query_string(drop=("theme", "a")) == "q=bghit+lpermis&theme=b&online=true"


@given(st.text(max_size=80), st.text(max_size=5), st.text(max_size=5))
@example(q="x", page="²", online="")  # a Unicode digit that int() refuses
@example(q="x", page="٣", online="")  # Arabic-Indic digits are not page numbers either
def test_any_query_string_parses(q: str, page: str, online: str) -> None:
    qp = QueryParams([("q", q), ("page", page), ("online", online), ("theme", q)])
    params = SearchParams.from_multi(qp.get, qp.getlist)
    assert 1 <= params.page <= 1000 and len(params.q) <= 500


def test_sort_key_ignores_accents() -> None:
    words = ["Zakat", "École", "Eau", "état civil"]
    assert sorted(words, key=sort_key) == ["Eau", "École", "état civil", "Zakat"]


def _result(**changes: object) -> SearchResult:
    base: dict[str, object] = dict(
        query="pasport",
        variety="fr",
        script="Latn",
        transliterated=None,
        interpreted="",
        hits=[Hit("x", {"fr": "Passeport"}, 1.0, {"title": "<mark>Passeport</mark>"}, 1.0, 0.0)],
        total=1,
        page=1,
        per_page=10,
        facets={},
    )
    base.update(changes)
    return SearchResult(**base)  # type: ignore[arg-type]


def test_did_you_mean_and_interpretation_are_rendered() -> None:
    result = _result(suggestion="passeport")
    view = SearchView.from_result(result, "fr")
    assert view.suggestion == "passeport" and view.to_json()["suggestion"] == "passeport"
    vocab = Vocabulary(revision=1, concepts={}, organisations=[], counts={})
    page = results_page(view, SearchParams(q="pasport"), vocab, FR, i18n.translations("fr"))
    html = Renderer(Site()).html(page)
    assert 'Vouliez-vous dire : <a href="/fr/search?q=passeport">passeport</a>' in html
    arabizi = _result(
        query="bghit lpermis",
        variety="ary_latn",
        transliterated="بغيت البيرمي",
        interpreted="بغيت البيرمي · permis de conduire",
    )
    page = results_page(
        SearchView.from_result(arabizi, "fr"),
        SearchParams(q="bghit lpermis"),
        vocab,
        FR,
        i18n.translations("fr"),
    )
    html = Renderer(Site()).html(page)
    assert "Recherche écrite en darija en lettres latines." in html
    assert '<q class="understood" lang="ar" dir="rtl">بغيت البيرمي</q>' in html
    assert '<span class="understood">(permis de conduire)</span>' in html
    page = results_page(
        SearchView.from_result(arabizi, "ar"),
        SearchParams(q="bghit lpermis"),
        vocab,
        AR,
        i18n.translations("ar"),
    )
    assert '<span class="understood" lang="fr" dir="ltr">(permis de conduire)</span>' in Renderer(
        Site()
    ).html(page)


def test_empty_results_help_the_reader() -> None:
    vocab = Vocabulary(revision=1, concepts={}, organisations=[], counts={})
    view = SearchView.from_result(_result(hits=[], total=0), "ar")
    page = results_page(
        view, SearchParams(q="zzz", theme=("t",)), vocab, AR, i18n.translations("ar")
    )
    html = Renderer(Site(assistant=True)).html(page)
    assert "لا توجد مسطرة مطابقة" in html
    assert "أزيلوا عوامل التصفية" in html and 'href="/ar/ask"' in html
