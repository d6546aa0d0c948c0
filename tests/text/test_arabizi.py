from __future__ import annotations

import pytest

from bawaba.text.arabic import normalize_arabic
from bawaba.text.arabizi import arabizi_to_arabic, consonant_key, has_latin_letters


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("bghit", "بغيت"),
        ("kifach", "كيفاش"),
        ("3afak", "عافاك"),
        ("7ta", "حتا"),
        ("chkoun", "شكون"),
        ("khoya", "خويا"),
        ("ghadi", "غادي"),
        ("lwra9", "الوراق"),
        ("ddar", "الدار"),
        ("ssbitar", "السبيطار"),
        ("l2ajnabi", "الاجنبي"),
        ("3a2ila", "عايله"),
        ("ghla2", "غلاء"),
        ("khdma", "خدمه"),
        ("bghina", "بغينا"),
        ("kteb", "كتب"),
        ("weldi", "ولدي"),
        ("ana", "انا"),
        ("ouled", "ولد"),
        ("khallaS", "خالاص"),
        ("xi", "شي"),
        ("dyal", "ديال"),
        ("16", "16"),
    ],
)
def test_words(latin: str, arabic: str) -> None:
    assert normalize_arabic(arabizi_to_arabic(latin)) == arabic


def test_sentence_keeps_numbers_punctuation_and_arabic() -> None:
    out = arabizi_to_arabic("weldi kmel 16 3am, fin ymchi? الله")
    assert out == "ولدي كمل 16 عام, فين يمشي? الله"


def test_lexicon_gives_loan_word_spellings() -> None:
    assert normalize_arabic(arabizi_to_arabic("lpasspor")) in {"الباسبور", "الباسبورت"}
    assert normalize_arabic(arabizi_to_arabic("passeport")) == "باسبور"


def test_capitalized_names_are_not_read_as_emphatics() -> None:
    assert arabizi_to_arabic("Tanja") == arabizi_to_arabic("tanja")


def test_no_latin_left() -> None:
    assert not has_latin_letters(arabizi_to_arabic("Ça coûte 200 DH œuvre, naïve façade"))


def test_consonant_key_matches_across_scripts() -> None:
    assert consonant_key("lwra9") == consonant_key("الوراق")
    assert consonant_key("chahada") == consonant_key("شهادة")
    assert consonant_key("bghit") == consonant_key("بغيت")
    assert consonant_key("khdma") == consonant_key("الخدمة")
