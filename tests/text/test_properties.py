"""Invariants of the normalizers and transliterators, checked on generated text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bawaba.text.arabic import has_arabic_marks, normalize_arabic
from bawaba.text.arabizi import arabizi_to_arabic, has_latin_letters
from bawaba.text.latin import fold_latin
from bawaba.text.stemming import analyze
from bawaba.text.tifinagh import IRCAM, latin_to_tifinagh, tifinagh_to_latin
from bawaba.text.variety import VARIETIES, detect

ARABIC_BLOCK = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
arabic_text = st.text(st.one_of(ARABIC_BLOCK, st.sampled_from(" \u0640\ufefb\u0671\u0654")))
latin_only = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ',?.-éèçàœ")
)
ircam_words = st.lists(st.sampled_from([t for t, _ in IRCAM if t != "ⵯ"]), min_size=1).map("".join)


@given(st.text())
def test_normalize_arabic_is_idempotent(text: str) -> None:
    once = normalize_arabic(text)
    assert normalize_arabic(once) == once


@given(arabic_text)
def test_normalize_arabic_is_idempotent_on_arabic(text: str) -> None:
    once = normalize_arabic(text)
    assert normalize_arabic(once) == once


@given(st.text())
def test_normalize_arabic_leaves_no_diacritics_or_tatweel(text: str) -> None:
    assert not has_arabic_marks(normalize_arabic(text))


@given(st.text())
def test_fold_latin_is_idempotent(text: str) -> None:
    once = fold_latin(text)
    assert fold_latin(once) == once


@given(st.text())
def test_fold_latin_leaves_no_nonspacing_marks_or_uppercase_ascii(text: str) -> None:
    folded = fold_latin(text)
    assert not any(unicodedata.category(c) == "Mn" for c in folded)
    assert not any("A" <= c <= "Z" for c in folded)


@settings(deadline=None)  # the first call loads the lexicon and Snowball
@given(latin_only)
def test_arabizi_output_has_no_latin_letters(text: str) -> None:
    assert not has_latin_letters(arabizi_to_arabic(text))


@given(ircam_words)
def test_tifinagh_round_trip_on_ircam_letters(word: str) -> None:
    assert latin_to_tifinagh(tifinagh_to_latin(word)) == word


@given(st.sampled_from(["ⴳ", "ⴽ"]))
def test_tifinagh_round_trip_labialized(letter: str) -> None:
    word = letter + "ⵯ"
    assert latin_to_tifinagh(tifinagh_to_latin(word)) == word


@settings(deadline=None)  # the first call loads the lexicon and Snowball
@given(st.text())
def test_detect_never_raises_and_returns_a_known_variety(text: str) -> None:
    result = detect(text)
    assert result.variety in VARIETIES
    assert 0.0 <= result.confidence <= 1.0


@settings(deadline=None)  # the first call loads the lexicon and Snowball
@given(st.text(max_size=200))
def test_analyze_never_raises_and_returns_nonempty_terms(text: str) -> None:
    assert all(term for term in analyze(text))
