"""Tifinagh ↔ Latin transliteration following the IRCAM standard alphabet."""

from __future__ import annotations

import unicodedata

# IRCAM Tifinagh (Unicode U+2D30..U+2D7F) and its official Latin transcription.
# Labialized gʷ/kʷ are the base letter plus the tamatart ⵯ, which maps to ʷ.
IRCAM: tuple[tuple[str, str], ...] = (
    ("ⴰ", "a"),
    ("ⴱ", "b"),
    ("ⴳ", "g"),
    ("ⴷ", "d"),
    ("ⴹ", "ḍ"),
    ("ⴻ", "e"),
    ("ⴼ", "f"),
    ("ⴽ", "k"),
    ("ⵀ", "h"),
    ("ⵃ", "ḥ"),
    ("ⵄ", "ɛ"),
    ("ⵅ", "x"),
    ("ⵇ", "q"),
    ("ⵉ", "i"),
    ("ⵊ", "j"),
    ("ⵍ", "l"),
    ("ⵎ", "m"),
    ("ⵏ", "n"),
    ("ⵓ", "u"),
    ("ⵔ", "r"),
    ("ⵕ", "ṛ"),
    ("ⵖ", "ɣ"),
    ("ⵙ", "s"),
    ("ⵚ", "ṣ"),
    ("ⵛ", "c"),
    ("ⵜ", "t"),
    ("ⵟ", "ṭ"),
    ("ⵡ", "w"),
    ("ⵢ", "y"),
    ("ⵣ", "z"),
    ("ⵥ", "ẓ"),
    ("ⵯ", "ʷ"),
)
# Letters outside IRCAM's 33 that still turn up in Moroccan text (loans, Tuareg forms).
_EXTENDED: tuple[tuple[str, str], ...] = (
    ("ⵒ", "p"),
    ("ⵠ", "v"),
    ("ⴵ", "ǧ"),
    ("ⵞ", "č"),
    ("ⴸ", "ḏ"),
    ("ⵝ", "ṯ"),
)
# Common stand-ins for IRCAM letters in typed Latin Tamazight.
_LATIN_ALIASES = {"ε": "ⵄ", "γ": "ⵖ", "ğ": "ⴵ"}

_TO_LATIN = {t: lat for t, lat in IRCAM + _EXTENDED}
_TO_TIFINAGH = {lat: t for t, lat in IRCAM + _EXTENDED} | _LATIN_ALIASES


def tifinagh_to_latin(text: str) -> str:
    """Transliterate Tifinagh letters to IRCAM Latin; other characters pass through."""
    return "".join(_TO_LATIN.get(char, char) for char in text)


def latin_to_tifinagh(text: str) -> str:
    """Transliterate IRCAM Latin (ḍ ḥ ɛ ɣ ṛ ṣ ṭ ẓ, ʷ) to Tifinagh.

    Input is lowercased and NFC-composed so that "ḍ" typed as d + combining dot matches.
    ASCII digraphs such as "gh" are deliberately not read as ɣ: they would make the
    transliteration ambiguous (ⴳⵀ is a real sequence) and break the round trip.
    """
    composed = unicodedata.normalize("NFC", text.lower())
    return "".join(_TO_TIFINAGH.get(char, char) for char in composed)
