"""Cue phrases: how people ask for a field, name a variant, greet, or ask what a portal can't do.

Phrases are written in their natural spelling and folded like queries are (case, accents,
Arabic letter forms), so one list serves French, English, Spanish, Arabic and Darija in
both scripts. A pattern token ending in `*` matches any word it starts; Arabic words also
match after their usual proclitics (و ف ب ل ال) are removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bawaba.text.arabic import normalize_arabic
from bawaba.text.latin import fold_latin

_WORD = re.compile(r"\w+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


def fold(text: str) -> str:
    return fold_latin(normalize_arabic(text))


@lru_cache(maxsize=65536)
def _forms(token: str) -> tuple[str, ...]:
    forms = [token]
    if _ARABIC.match(token):
        for p in _PROCLITICS:
            if token.startswith(p) and len(token) - len(p) >= 2:
                forms.append(token[len(p) :])
                for q in ("ال",):
                    rest = token[len(p) :]
                    if rest.startswith(q) and len(rest) - len(q) >= 2:
                        forms.append(rest[len(q) :])
    return tuple(dict.fromkeys(forms))


def words(text: str) -> list[str]:
    """Folded words of `text`."""
    return _WORD.findall(fold(text))


@dataclass(frozen=True)
class Pattern:
    tokens: tuple[str, ...]

    def matches_at(self, toks: list[str], i: int) -> bool:
        if i + len(self.tokens) > len(toks):
            return False
        for j, p in enumerate(self.tokens):
            forms = _forms(toks[i + j])
            if p.endswith("*"):
                stem = p[:-1]
                if not any(f.startswith(stem) for f in forms):
                    return False
            elif p not in forms:
                return False
        return True


class Cues:
    """A named list of cue phrases."""

    def __init__(self, name: str, phrases: Iterable[str]) -> None:
        self.name = name
        patterns = []
        for phrase in phrases:
            toks: list[str] = []
            for raw in phrase.split():
                folded = words(raw.rstrip("*"))
                if folded and raw.endswith("*"):
                    folded[-1] += "*"
                toks += folded
            if toks:
                patterns.append(Pattern(tuple(toks)))
        self.patterns = tuple(patterns)
        self._by_first: dict[str, list[Pattern]] | None = None
        self._starred: list[Pattern] = []

    def _candidates(self, token: str) -> list[Pattern]:
        """Patterns whose first token can match `token` (an index keeps matching fast)."""
        if self._by_first is None:
            self._by_first = {}
            self._starred = []
            for p in self.patterns:
                if p.tokens[0].endswith("*"):
                    self._starred.append(p)
                else:
                    self._by_first.setdefault(p.tokens[0], []).append(p)
        out: list[Pattern] = []
        for form in _forms(token):
            out += self._by_first.get(form, ())
        return out + self._starred

    def spans(self, toks: list[str]) -> list[tuple[int, int]]:
        """(start, end) token spans of every match."""
        out = []
        for i, tok in enumerate(toks):
            for p in self._candidates(tok):
                if p.matches_at(toks, i):
                    out.append((i, i + len(p.tokens)))
        return out

    def found(self, toks: list[str]) -> bool:
        return any(p.matches_at(toks, i) for i, t in enumerate(toks) for p in self._candidates(t))


def covered(toks: list[str], cue_sets: Iterable[Cues]) -> set[int]:
    """Indices of the tokens that some cue of `cue_sets` matches."""
    hit: set[int] = set()
    for cues in cue_sets:
        for start, end in cues.spans(toks):
            hit.update(range(start, end))
    return hit
