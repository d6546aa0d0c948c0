"""Typo tolerance: correct query words the catalog does not know to words it does.

A word is corrected only against the catalog's words *in the query's language* (titles,
keywords and descriptions, folded), so a Spanish query is never "corrected" into French
("Tánger" → "danger", "datos" → "dates") and an English one never into a French cognate.
It must also be long enough to carry a typo (≥ 5 letters), unknown to the catalog, not a
word of the language at all (by `wordfreq`'s frequency lists: "devenir", "المال" or
"تركيا" are words, not typos of "détenir", "أعمال" or "تركيب"), and within a Levenshtein
distance of 1 (5–6 letters) or 2 (≥ 7). docs/adr/0009-typo-tolerance.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bawaba.text.arabic import normalize_arabic
from bawaba.text.latin import fold_latin

_WORD = re.compile(r"\w+", re.UNICODE)

COMMON_ZIPF = 2.0
"""Zipf frequency (log10 of occurrences per billion words) from which a word is a word of
its language: 2.0 is once per ten million words; misspellings score ~0."""


def fold_word(word: str) -> str:
    return normalize_arabic(fold_latin(word)).strip()


def vocabulary(texts: Iterable[str]) -> list[str]:
    words: set[str] = set()
    for text in texts:
        words.update(fold_word(w) for w in _WORD.findall(text) if len(w) >= 3 and not w.isdigit())
    return sorted(w for w in words if w)


@lru_cache(maxsize=65536)
def is_common_word(word: str, language: str) -> bool:
    """Whether `word` is an attested word of `language` (wordfreq; unknown language: no)."""
    from wordfreq import available_languages, zipf_frequency

    if language not in available_languages():
        return False
    return zipf_frequency(word, language) >= COMMON_ZIPF


class Speller:
    def __init__(
        self,
        words: dict[str, list[str]],
        known: Callable[[str], bool] | None = None,
        common: Callable[[str, str], bool] = is_common_word,
    ) -> None:
        """`words`: the catalog's folded words per language. `known` says whether a word is
        meaningful although absent from the catalog (a Darija or glossary word); `common`
        whether it is a word of the language. Neither is ever "corrected"."""
        self.words = {lang: ws for lang, ws in words.items() if ws}
        self._vocab = {lang: set(ws) for lang, ws in self.words.items()}
        self._is_known = known or (lambda _w: False)
        self._is_common = common

    @property
    def languages(self) -> set[str]:
        return set(self.words)

    def warm_up(self) -> None:
        """Load the word-frequency lists of the catalog's languages before traffic."""
        for lang in self.words:
            self._is_common("warm", lang)

    def correct_word(self, word: str, language: str) -> str | None:
        words = self.words.get(language)
        folded = fold_word(word)
        if not words or len(folded) < 5 or folded in self._vocab[language] or folded.isdigit():
            return None
        if self._is_known(word) or self._is_common(word.casefold(), language):
            return None
        limit = 1 if len(folded) < 7 else 2
        match = process.extractOne(folded, words, scorer=Levenshtein.distance, score_cutoff=limit)
        return str(match[0]) if match is not None else None

    def suggest(self, query: str, language: str) -> str | None:
        """The query with its misspelt words corrected, or None when nothing changed."""
        changed = False
        pieces: list[str] = []
        last = 0
        for m in _WORD.finditer(query):
            fixed = self.correct_word(m.group(0), language)
            pieces.append(query[last : m.start()])
            pieces.append(fixed if fixed is not None else m.group(0))
            last = m.end()
            changed = changed or fixed is not None
        pieces.append(query[last:])
        return "".join(pieces) if changed else None
