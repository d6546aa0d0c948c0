"""Text pipeline: how Moroccans write, made searchable.

Detect the variety and script of a text, normalize Arabic and Latin spellings,
transliterate Arabizi and Tifinagh, expand Darija words to MSA and French, and turn
text into index terms. Everything here is a pure function of its input.
"""

from bawaba.text.arabic import normalize_arabic
from bawaba.text.arabizi import arabizi_to_arabic, consonant_key
from bawaba.text.latin import fold_latin
from bawaba.text.lexicon import Entry, expand, lookup
from bawaba.text.script import dominant_script
from bawaba.text.stemming import analyze, language_of, stem
from bawaba.text.tifinagh import latin_to_tifinagh, tifinagh_to_latin
from bawaba.text.translit_eval import evaluate_transliteration
from bawaba.text.variety import VARIETIES, Detection, detect

__all__ = [
    "VARIETIES",
    "Detection",
    "Entry",
    "analyze",
    "arabizi_to_arabic",
    "consonant_key",
    "detect",
    "dominant_script",
    "evaluate_transliteration",
    "expand",
    "fold_latin",
    "language_of",
    "latin_to_tifinagh",
    "lookup",
    "normalize_arabic",
    "stem",
    "tifinagh_to_latin",
]
