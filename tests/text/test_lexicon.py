from __future__ import annotations

import pytest

from bawaba.text.lexicon import COLUMNS, entries, expand, lookup, parse_lexicon


def test_packaged_lexicon_is_well_formed() -> None:
    table = entries()
    assert len(table) >= 300
    for entry in table:
        for column in COLUMNS:
            assert entry.column(column), (entry, column)


def test_lookup_in_both_scripts() -> None:
    [latin] = lookup("lpermis")
    [arabic] = lookup("البيرمي")
    assert latin == arabic
    assert "رخصة السياقة" in latin.msa
    assert "permis de conduire" in latin.fr


@pytest.mark.parametrize(
    ("word", "msa"),
    [
        ("lwra9", "وثائق"),
        ("lwraq", "وثائق"),
        ("wra9i", "وثائق"),
        ("kifach", "كيف"),
        ("fin", "أين"),
        ("tonobil", "سيارة"),
        ("tla9", "طلاق"),
        ("zwaj", "زواج"),
        ("sbitar", "مستشفى"),
        ("lmo9ata3a", "مقاطعة"),
        ("فالمقاطعة", "مقاطعة"),
        ("الباسبور", "جواز السفر"),
        ("ديالي", "لي"),
    ],
)
def test_lookup_variants_and_clitics(word: str, msa: str) -> None:
    assert any(msa in entry.msa for entry in lookup(word))


def test_unknown_word() -> None:
    assert lookup("xyzzy") == ()


def test_expand_query() -> None:
    out = expand(["kifach", "njded", "lpermis"])
    assert out[:2] == ["كيف", "comment"]
    assert "تجديد" in out
    assert "renouveler" in out
    assert "رخصة السياقة" in out
    assert "permis de conduire" in out


def test_expand_matches_multiword_entries_first() -> None:
    out = expand(["bghit", "carte", "grise", "jdida"], targets=("fr",))
    assert "carte grise" in out
    assert "carte nationale d'identité" not in out


def test_expand_arabic_script_darija() -> None:
    out = expand(["ضاع", "ليا", "الباسبور"], targets=("msa", "en"))
    assert "جواز السفر" in out
    assert "passport" in out


def test_expand_rejects_unknown_target() -> None:
    with pytest.raises(ValueError, match="unknown target"):
        expand(["lwra9"], targets=("de",))


def test_parse_lexicon_checks_header_and_columns() -> None:
    header = "\t".join(COLUMNS)
    [entry] = parse_lexicon(f"{header}\nbghit|bgit\tبغيت\tأريد\tje veux\tI want\n")
    assert entry.darija_latn == ("bghit", "bgit")
    with pytest.raises(ValueError, match="header"):
        parse_lexicon("a\tb\n")
    with pytest.raises(ValueError, match="line 2"):
        parse_lexicon(f"{header}\nbghit\tبغيت\n")


@pytest.mark.parametrize(
    ("word", "msa"),
    [
        ("b9rat", "أبقار"),
        ("lb9ra", "أبقار"),
        ("ghnem", "أغنام"),
        ("m3za", "ماعز"),
        ("nsiyed", "صيد"),
        ("lbouhayra", "بحيرة"),
        ("البحيرة", "بحيرة"),
        ("nkri", "أكتري"),
        ("kankri", "أكتري"),
        ("lkerray", "مكتر"),
        ("ykharjni", "إفراغ"),
        ("nsjelhom", "أسجل"),
        ("khrej", "خرج"),
        ("nkhrej", "استخراج"),
        ("l7out", "سمك"),
        ("الحوت", "سمك"),
        ("lmo9addem", "عون السلطة"),
        ("tl9ni", "طلاق"),
        ("twffa", "وفاة"),
        ("nwertou", "إرث"),
        ("lfatora", "فاتورة"),
        ("therrsat", "كسر"),
        ("makhlsounich", "لم يدفعوا لي أجري"),
        ("l7ri9", "حريق"),
        ("lmosta3jalat", "المستعجلات"),
    ],
)
def test_everyday_vocabulary(word: str, msa: str) -> None:
    assert any(msa in entry.msa for entry in lookup(word))


@pytest.mark.parametrize(
    ("word", "fr"),
    [("fabor", "gratuit"), ("sbitar", "hôpital"), ("l9iyada", "caïdat"), ("batel", "gratuit")],
)
def test_french_administrative_wording(word: str, fr: str) -> None:
    assert any(fr in entry.fr for entry in lookup(word))


@pytest.mark.parametrize(
    "word",
    # French/English/Spanish words near Darija spellings, and MSA words whose clitic-stripped
    # forms look like Darija entries (السنة → السن, طريقة → طريق, فيديو → يدي, رحلة → رحل).
    [
        "not",
        "pompe",
        "radio",
        "por",
        "tard",
        "mia",
        "sour",
        "السنة",
        "طريقة",
        "فيديو",
        "البيئة",
        "رحلة",
        "التبني",
        "المقدمة",
        "كتابة",
        "الكرة",
        "tmenya",
        "chabi",
    ],
)
def test_false_friends_stay_unknown(word: str) -> None:
    assert lookup(word) == ()


def test_pseudo_translation_of_everyday_darija() -> None:
    from bawaba.text.pseudo import pseudo_translate

    fr = pseudo_translate("3ndi b9rat jdad w bghit nsjelhom", "fr")
    assert fr.startswith("j'ai vaches")
    assert "s'inscrire" in fr
    assert pseudo_translate("rajli khrej mn dar", "msa").split()[:2] == ["زوجي", "خرج"]
    assert "lac" in pseudo_translate("bghit nsiyed f lbouhayra", "fr")
