from __future__ import annotations

import pytest

from bawaba.text.variety import VARIETIES, Detection, detect


@pytest.mark.parametrize(
    ("text", "variety"),
    [
        ("comment obtenir un extrait d'acte de naissance", "fr"),
        ("l'ecole, l'hopital et l'universite d'etat", "fr"),
        ("renouvellement passeport biometrique", "fr"),
        ("how do I renew my national ID card", "en"),
        ("lost passport abroad what to do", "en"),
        ("como renovar el pasaporte marroqui", "es"),
        ("necesito un certificado de nacimiento", "es"),
        ("ما هي الوثائق المطلوبة لعقد الزواج", "ar"),
        ("فقدت بطاقتي الوطنية فماذا أفعل", "ar"),
        ("بغيت نجدد البطاقة الوطنية", "ary_arab"),
        ("عافاك شنو الوراق اللي خاصين", "ary_arab"),
        ("الباطرون ما كيصرحش بيا فالضمان", "ary_arab"),
        ("kifach njded la carte", "ary_latn"),
        ("carte nationale f consulat bruxelles rdv", "ary_latn"),
        ("3afak chno lwra9 dyal zwaj", "ary_latn"),
        ("tsre9 lia lpasspor f fransa", "ary_latn"),
        ("l'administration ma bghatch trdd 3liya", "ary_latn"),
        ("ⴰⵣⵓⵍ ⴼⵍⴰⴽ", "zgh"),
        ("azul fellawen, tanmirt ɣef tallalt", "zgh"),
    ],
)
def test_detect_examples(text: str, variety: str) -> None:
    assert detect(text).variety == variety


def test_detection_carries_script_and_confidence() -> None:
    result = detect("bghit nkhrej lpasspor")
    assert result == Detection(result.variety, "Latn", result.confidence)
    assert result.variety == "ary_latn"
    assert 0.5 < result.confidence <= 1.0
    assert detect("بغيت").script == "Arab"
    assert detect("ⵣ").script == "Tfng"


def test_text_without_letters_is_undetermined() -> None:
    assert detect("") == Detection("und", "Zyyy", 0.0)
    assert detect("2025 ?!").variety == "und"


def test_arabic_without_cues_defaults_to_msa_with_low_confidence() -> None:
    result = detect("جواز")
    assert result.variety == "ar"
    assert result.confidence < 0.5


def test_detection_is_frozen() -> None:
    result = detect("test")
    with pytest.raises(AttributeError):
        result.variety = "en"  # type: ignore[misc]
    assert result.variety in VARIETIES
