"""Darija words matched to the catalog's own Arabic words by consonant skeleton.

Transliterating Arabizi cannot know the short vowels that Arabic does not write:
"tabarro3at" becomes تاباروعات while the records say تبرعات, and Darija written in Arabic
script spells words its own way. Both share the consonant skeleton ("tbr3t"), so the
catalog's vocabulary, not a guess, decides the spelling: each Darija word brings the
index terms of the catalog words with the same skeleton (the most frequent ones).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from bawaba.text.arabic import normalize_arabic
from bawaba.text.arabizi import arabic_skeleton
from bawaba.text.stemming import analyze

_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
# Shorter skeletons collide across unrelated words.
MIN_CONSONANTS = 3


class SkeletonVocabulary:
    """Skeleton → the catalog's index terms with that skeleton, most frequent first."""

    def __init__(self, terms: dict[str, list[str]]) -> None:
        self.terms = terms

    @classmethod
    def from_texts(cls, texts: Iterable[str], per_skeleton: int = 4) -> SkeletonVocabulary:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        seen: dict[str, tuple[str, str] | None] = {}
        for text in texts:
            for word in _ARABIC_WORD.findall(normalize_arabic(text)):
                if word not in seen:
                    key = arabic_skeleton(word)
                    term = analyze(word, "ar")
                    seen[word] = (key, term[0]) if len(key) >= MIN_CONSONANTS and term else None
                entry = seen[word]
                if entry is not None:
                    counts[entry[0]][entry[1]] += 1
        return cls({k: [t for t, _ in c.most_common(per_skeleton)] for k, c in counts.items()})

    def lookup(self, word: str, limit: int = 2) -> list[str]:
        """Index terms for one Arabic-script word. When its full skeleton is unknown, a final
        t (Arabizi "madrasat" for مدرسة in a construct) or a Darija verb prefix ("ntbarra3")
        may be dropped."""
        key = arabic_skeleton(normalize_arabic(word))
        if len(key) < MIN_CONSONANTS:
            return []
        for candidate in _candidates(key):
            found = self.terms.get(candidate)
            if found:
                return found[:limit]
        return []

    def expand(self, text: str, limit: int = 2) -> list[str]:
        """Index terms for every Arabic-script word of `text`, in order, without repeats."""
        out: dict[str, None] = {}
        for word in _ARABIC_WORD.findall(normalize_arabic(text)):
            out.update(dict.fromkeys(self.lookup(word, limit)))
        return list(out)

    def __len__(self) -> int:
        return len(self.terms)


# Darija verb prefixes as skeletons: ka-/ta- (present) + n-/t-/y- (person).
_VERB_PREFIXES = ("kn", "kt", "ky", "tn", "n", "t", "y")


def _candidates(key: str) -> list[str]:
    """The skeleton, then without a construct-state final t, then without a verb prefix."""
    out = [key]
    if key.endswith("t"):
        out.append(key[:-1])
    out += [key[len(p) :] for p in _VERB_PREFIXES if key.startswith(p)]
    return [k for k in dict.fromkeys(out) if len(k) >= MIN_CONSONANTS]
