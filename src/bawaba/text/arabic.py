"""Arabic-script normalization shared by indexing, querying and evaluation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Harakat, tanwin, shadda, sukun, hamza/madda marks left over by NFKD, superscript alef,
# Quranic annotation signs and tatweel: none of them distinguish words in search.
_MARKS = (
    "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
    + "\u08d3\u08e3\u08e4\u08e5\u08e6\u08e7\u08e8\u08e9\u08ea\u08eb\u08ec\u08ed\u08ee\u08ef"
    + "\u08f0\u08f1\u08f2\u08f3\u08f4\u08f5\u08f6\u08f7\u08f8\u08f9\u08fa\u08fb\u08fc\u08fd"
    + "\u08fe\u08ff"
    + "\u0640"
)

_LETTERS = {
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0649": "\u064a",  # ى alef maqsura: writers swap it with ي at random
    "\u0629": "\u0647",  # ة ta marbuta: often typed as ه
    "\u06d5": "\u0647",  # ە (left over from ۀ)
    "\u06c1": "\u0647",  # ہ
    "\u06be": "\u0647",  # ھ
    "\u06cc": "\u064a",  # ی Persian ya
    "\u06d2": "\u064a",  # ے
    "\u06a9": "\u0643",  # ک Persian kaf
    # ڭ/گ write the Moroccan "g", which comes from ق or ك in cognates; ك is the letter
    # the same loan words take in MSA spelling (ڭاراج ~ كراج), so it keeps them matchable.
    "\u06ad": "\u0643",  # ڭ
    "\u06af": "\u0643",  # گ
    "\u08b4": "\u0643",  # ࢴ
    "\u0762": "\u0643",  # ݢ
    "\u06a4": "\u0641",  # ڤ v
    "\u06a5": "\u0641",  # ڥ (Maghrebi v)
    "\u067e": "\u0628",  # پ p
    "\u0686": "\u062c",  # چ
}
_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}
_PUNCTUATION = "،؛؟٪٫٬٭۔؍؞«»﴾﴿"

_TABLE: dict[int, str | None] = {ord(c): None for c in _MARKS}
_TABLE.update({ord(k): v for k, v in _LETTERS.items()})
_TABLE.update(_DIGITS)
_TABLE.update({ord(c): " " for c in _PUNCTUATION})

_SPACES = re.compile(r"\s+")


def normalize_arabic(text: str) -> str:
    """Fold Arabic spelling variation so that one word has one written form.

    NFKD first splits presentation forms and hamza-carrying letters (أ → ا + ٔ), so
    removing the marks also unifies alef and hamza forms; NFC at the end recomposes
    any Latin text passing through. Whitespace runs collapse to one space.
    """
    decomposed = unicodedata.normalize("NFKD", text).translate(_TABLE)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", decomposed)).strip()


@lru_cache(maxsize=65536)
def normalize_arabic_token(token: str) -> str:
    """`normalize_arabic` memoized for single tokens, which repeat heavily in a corpus."""
    return normalize_arabic(token)


def has_arabic_marks(text: str) -> bool:
    """Whether `text` carries diacritics or tatweel (what `normalize_arabic` removes)."""
    return any(c in _MARKS for c in text)
