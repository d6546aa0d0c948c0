from __future__ import annotations

import pytest

from bawaba.text.script import ARAB, LATN, TFNG, ZYYY, char_script, dominant_script


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("بغيت نجدد البيرمي", ARAB),
        ("bghit njded lpermis", LATN),
        ("ⴰⵣⵓⵍ", TFNG),
        ("azul ⵣ", TFNG),
        ("التسجيل فالتجنيد tajnid", ARAB),
        ("carte grise ديال", LATN),
        ("123 ?!", ZYYY),
        ("", ZYYY),
        ("٢٠٢٥", ZYYY),
    ],
)
def test_dominant_script(text: str, script: str) -> None:
    assert dominant_script(text) == script


def test_char_script() -> None:
    assert char_script("a") == LATN
    assert char_script("ɣ") == LATN
    assert char_script("ب") == ARAB
    assert char_script("ⵣ") == TFNG
    assert char_script("3") == ZYYY
    assert char_script("،") == ZYYY
