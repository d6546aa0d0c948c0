"""Typo tolerance: correct query words the catalog does not know to words it does.

The vocabulary is every folded word of titles, keywords and descriptions (both scripts).
A word is corrected only when it is long enough to carry a typo (≥ 5 letters), unknown to
the catalog, and within a Damerau-free Levenshtein distance of 1 (5–7 letters) or 2 (≥ 8).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bawaba.text.arabic import normalize_arabic
from bawaba.text.latin import fold_latin

_WORD = re.compile(r"\w+", re.UNICODE)


def fold_word(word: str) -> str:
    return normalize_arabic(fold_latin(word)).strip()


def vocabulary(texts: Iterable[str]) -> list[str]:
    words: set[str] = set()
    for text in texts:
        words.update(fold_word(w) for w in _WORD.findall(text) if len(w) >= 3 and not w.isdigit())
    return sorted(w for w in words if w)


class Speller:
    def __init__(self, words: list[str], known: Callable[[str], bool] | None = None) -> None:
        """`known` says whether a word is meaningful although absent from the catalog
        (a Darija or glossary word): such words are never "corrected"."""
        self.words = words
        self._known = set(words)
        self._is_known = known or (lambda _w: False)

    def correct_word(self, word: str) -> str | None:
        folded = fold_word(word)
        if len(folded) < 5 or folded in self._known or folded.isdigit():
            return None
        if self._is_known(word):
            return None
        limit = 1 if len(folded) < 8 else 2
        match = process.extractOne(
            folded, self.words, scorer=Levenshtein.distance, score_cutoff=limit
        )
        return str(match[0]) if match is not None else None

    def suggest(self, query: str) -> str | None:
        """The query with its misspelt words corrected, or None when nothing changed."""
        changed = False
        out: list[str] = []
        last = 0
        pieces: list[str] = []
        for m in _WORD.finditer(query):
            fixed = self.correct_word(m.group(0))
            pieces.append(query[last : m.start()])
            pieces.append(fixed if fixed is not None else m.group(0))
            last = m.end()
            changed = changed or fixed is not None
        pieces.append(query[last:])
        out.append("".join(pieces))
        return out[0] if changed else None
