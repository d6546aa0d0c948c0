"""Word-by-word pseudo-translation of Darija into MSA or French through the lexicon.

Multilingual embedders understand MSA and French far better than Darija, so the query
"bnti 3ndha 2 chhour" is also embedded as "ابنتي لديها 2 شهر" and "ma fille … 2 mois".
Phrases are matched greedily, longest first; unknown Latin words are transliterated when
the target is Arabic script, and kept as they are otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bawaba.text import lexicon
from bawaba.text.arabizi import arabizi_to_arabic

_WORD = re.compile(r"[\w']+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
_MAX_PHRASE = 4


@lru_cache(maxsize=8192)
def pseudo_translate(text: str, target: str) -> str:
    """Render `text` in `target` ("msa" or "fr"), replacing every word the lexicon knows."""
    words = _WORD.findall(text)
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            matched = lexicon.phrase_entries(" ".join(words[i : i + size]))
            if matched:
                values = matched[0].column(target)
                if values:
                    out.append(values[0])
                i += size
                break
        else:
            word = words[i]
            if target == "msa" and _LATIN.search(word):
                word = arabizi_to_arabic(word)
            out.append(word)
            i += 1
    return " ".join(out)
