"""Latin-script folding: case, accents, ligatures and apostrophes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose but that readers treat as plain letters.
_SPECIAL = str.maketrans(
    {
        "œ": "oe",
        "æ": "ae",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ł": "l",
        "ı": "i",
        "ŧ": "t",
        "þ": "th",
    }
)
# Apostrophes and look-alikes separate elided articles: "l'acte" must index "acte".
_APOSTROPHES = re.compile("['’‘ʼʻ`´′]")
_SPACES = re.compile(r"\s+")


def fold_latin(text: str) -> str:
    """Casefold, strip accents (NFKD), expand ligatures, turn apostrophes into spaces.

    Casefolding runs on both sides of the decomposition because some characters only
    fold once decomposed and vice versa (Unicode's compatibility caseless matching).
    All nonspacing marks go, so Arabic harakat are dropped too.
    """
    folded = unicodedata.normalize("NFKD", text).casefold()
    folded = unicodedata.normalize("NFKD", folded).casefold().translate(_SPECIAL)
    folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not _is_mark(c))
    folded = _APOSTROPHES.sub(" ", folded)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", folded)).strip()


@lru_cache(maxsize=65536)
def fold_latin_token(token: str) -> str:
    """`fold_latin` memoized for single tokens."""
    return fold_latin(token)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"
