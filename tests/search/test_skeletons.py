"""Darija words matched to catalog words by consonant skeleton."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bawaba.search.analysis import analyze_query
from bawaba.search.engine import Searcher
from bawaba.search.skeletons import SkeletonVocabulary
from bawaba.text.arabizi import arabizi_to_arabic
from bawaba.text.stemming import analyze

RECORDS = [
    "طلب الترخيص بجمع التبرعات من العموم",
    "التسجيل في مدرسة الفرصة الثانية",
    "جمع التبرعات",
]


def test_arabizi_with_vowels_finds_the_catalog_spelling() -> None:
    vocab = SkeletonVocabulary.from_texts(RECORDS)
    # تاباروعات: transliteration writes the vowels that Arabic leaves out.
    assert analyze("التبرعات", "ar")[0] in vocab.expand(arabizi_to_arabic("tabarro3at"))


def test_construct_state_t_falls_back_to_the_bare_word() -> None:
    vocab = SkeletonVocabulary.from_texts(RECORDS)
    assert analyze("مدرسة", "ar")[0] in vocab.expand(arabizi_to_arabic("madrasat"))


def test_most_frequent_term_comes_first_and_limit_applies() -> None:
    vocab = SkeletonVocabulary.from_texts(RECORDS)
    assert vocab.lookup("تبرعات", limit=1) == [analyze("التبرعات", "ar")[0]]
    assert vocab.lookup("تبرعات", limit=0) == []


def test_short_skeletons_and_latin_text_bring_nothing() -> None:
    vocab = SkeletonVocabulary.from_texts(["من في عن", "passport renewal"])
    assert len(vocab) == 0
    assert vocab.expand("passport") == [] and vocab.expand("في") == []


@given(st.text(max_size=40))
def test_expand_never_fails_and_only_returns_catalog_terms(text: str) -> None:
    vocab = SkeletonVocabulary.from_texts(RECORDS)
    catalog_terms = {t for terms in vocab.terms.values() for t in terms}
    assert set(vocab.expand(text)) <= catalog_terms


def test_darija_query_gets_skeleton_expansions_from_the_index(searcher: Searcher) -> None:
    q = analyze_query("kifach ndir tabarro3 b damm")
    terms = searcher.expansion_tokens(q)
    assert analyze("التبرع", "ar")[0] in terms
    # Other languages are left alone: skeletons are for Darija spelling only.
    fr = analyze_query("don du sang")
    assert searcher.expansion_tokens(fr) == fr.expansion_tokens


def test_darija_verb_prefix_is_dropped_when_the_whole_word_is_unknown() -> None:
    vocab = SkeletonVocabulary.from_texts(["التبرع بالدم"])
    # "ntbarra3" (I donate) → نتباراع → skeleton "ntbr3" → "tbr3".
    assert vocab.expand(arabizi_to_arabic("ntbarra3")) == analyze("التبرع", "ar")
