"""Ranking behaviour on the demo catalog (fake embedder: these test the plumbing and the
lexical side; quality with the real model is measured by `bawaba eval search`)."""

from __future__ import annotations

from bawaba.search.engine import Filters, Searcher


def test_french_query_finds_the_passport_renewal(searcher: Searcher) -> None:
    top = [h.id for h in searcher.search("renouvellement du passeport").hits[:3]]
    assert "passeport-renouvellement" in top


def test_arabic_query_with_diacritics_and_hamza_forms(searcher: Searcher) -> None:
    result = searcher.search("تَجْدِيدُ جَوَازِ السَّفَرِ")
    assert result.variety == "ar"
    assert "passeport-renouvellement" in [h.id for h in result.hits[:3]]


def test_arabizi_is_detected_and_transliterated(searcher: Searcher) -> None:
    result = searcher.search("bghit njded lpasspor")
    assert result.variety == "ary_latn"
    assert result.transliterated and any("\u0600" <= c <= "\u06ff" for c in result.transliterated)
    assert any(h.id.startswith("passeport") for h in result.hits[:5])


def test_filters_restrict_results_and_facets_count_them(searcher: Searcher) -> None:
    result = searcher.search("demande", filters=Filters(themes=("transport-vehicules",)))
    assert result.hits
    assert set(result.facets["themes"]) >= {"transport-vehicules"}
    index = {s.id: s for s in searcher.index.services}
    assert all("transport-vehicules" in index[h.id].themes for h in result.hits)


def test_empty_query_browses_filtered_services(searcher: Searcher) -> None:
    result = searcher.search("", filters=Filters(themes=("sante",)))
    assert result.total >= 8 and result.variety == ""


def test_highlights_escape_html_and_mark_terms(searcher: Searcher) -> None:
    hit = searcher.search("<b>passeport</b>").hits[0]
    assert "<b>" not in hit.highlights.get("title", "")
    assert "<mark>" in hit.highlights.get("title", "") + hit.highlights.get("description", "")


def test_pagination_is_stable(searcher: Searcher) -> None:
    first = searcher.search("certificat", per_page=5, page=1)
    second = searcher.search("certificat", per_page=5, page=2)
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


def test_query_embeddings_are_cached(searcher: Searcher) -> None:
    searcher.search("permis de conduire perdu")
    misses = searcher.query_cache.misses
    searcher.search("permis de conduire perdu")
    assert searcher.query_cache.misses == misses
