from __future__ import annotations

import pytest

from bawaba.text.arabic import has_arabic_marks, normalize_arabic


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مُحَمَّدٌ", "محمد"),
        ("الْمَغْرِبِ", "المغرب"),
        ("كتــــاب", "كتاب"),
        ("أحمد إلى آخر ٱلله", "احمد الي اخر الله"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مؤسسة رئيس", "موسسه رييس"),
        ("ڭاراج", "كاراج"),
        ("گليمة", "كليمه"),
        ("ڤيزا", "فيزا"),
        ("پاسپور", "باسبور"),
        ("٢٠٢٥ و ۱۲", "2025 و 12"),
        ("واش، كاين؟ نعم؛ «لا»", "واش كاين نعم لا"),
        ("هٰذا", "هذا"),
        ("ﻻ", "لا"),
    ],
)
def test_normalize_arabic_examples(raw: str, expected: str) -> None:
    assert normalize_arabic(raw) == expected


def test_latin_text_passes_through() -> None:
    assert normalize_arabic("CNSS  carte   grise") == "CNSS carte grise"


def test_has_arabic_marks() -> None:
    assert has_arabic_marks("مُحَمَّد")
    assert has_arabic_marks("كتــاب")
    assert not has_arabic_marks("محمد")
