from __future__ import annotations

import pytest

from bawaba.search.spelling import Speller, is_common_word, vocabulary

FRENCH = vocabulary(
    [
        "Renouvellement du passeport biométrique",
        "Certificat de résidence",
        "Détenir une arme de chasse",
    ]
)
ARABIC = vocabulary(["تجديد جواز السفر", "أعمال تجارية", "تركيب العداد"])


@pytest.fixture
def speller() -> Speller:
    return Speller({"fr": FRENCH, "ar": ARABIC, "es": []})


@pytest.mark.parametrize(
    ("query", "language", "expected"),
    [
        ("renouvelement du passeport", "fr", "renouvellement du passeport"),
        ("renouveler mon pasport", "fr", "renouveler mon passeport"),  # 7 letters: distance 2
        ("certificat de residance", "fr", "certificat de residence"),
        ("تجدييد جواز السفر", "ar", "تجديد جواز السفر"),
    ],
)
def test_typos_are_corrected_to_catalog_words(
    speller: Speller, query: str, language: str, expected: str
) -> None:
    assert speller.suggest(query, language) == expected


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("devenir français", "fr"),  # a word, not a typo of "détenir"
        ("المال", "ar"),  # "money", not a typo of "أعمال"
        ("السفر إلى تركيا", "ar"),  # Turkey, not "تركيب"
        ("pasaporte en Tánger", "es"),  # no Spanish text in the catalog: nothing to correct to
        ("renouvelement", "en"),  # the catalog has no English words either
    ],
)
def test_words_of_the_language_and_other_languages_are_left_alone(
    speller: Speller, query: str, language: str
) -> None:
    assert speller.suggest(query, language) is None


def test_short_words_digits_and_known_words_are_left_alone() -> None:
    speller = Speller(
        {"fr": vocabulary(["passeport numéro 12345"])}, known=lambda w: w == "pasport"
    )
    assert speller.suggest("pasport 12346 pass", "fr") is None


def test_the_frequency_check_can_be_replaced() -> None:
    words = {"fr": vocabulary(["détenir"])}
    assert Speller(words, common=lambda _w, _l: False).suggest("devenir", "fr") == "detenir"
    assert Speller(words).suggest("devenir", "fr") is None


def test_word_frequencies_cover_the_portal_languages() -> None:
    for word, language in [
        ("passeport", "fr"),
        ("جواز", "ar"),
        ("passport", "en"),
        ("pasaporte", "es"),
    ]:
        assert is_common_word(word, language)
    assert not is_common_word("renouvelement", "fr")
    assert not is_common_word("ⴰⵎⴰⵢⵏⵓ", "zgh")  # no list for Tamazight: never "a word"


def test_speller_languages_skip_empty_vocabularies(speller: Speller) -> None:
    assert speller.languages == {"fr", "ar"}
    speller.warm_up()  # loads the frequency lists; no error for any catalog language
