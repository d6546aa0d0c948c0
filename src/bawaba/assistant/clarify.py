"""Sibling procedures: the same thing in different cases (first issue, renewal, loss, minor…).

Two services are siblings when they share a theme and a distinctive title word (one that
few titles use, such as "passeport" or "grise"), and their titles name different cases.
When siblings compete for a question that names no case, the assistant asks which one.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from bawaba.assistant import phrases as P
from bawaba.assistant.cues import covered, words
from bawaba.search.documents import IndexedService
from bawaba.text.stopwords import ARABIC, ENGLISH, FRENCH, SPANISH

_STOP = FRENCH | ENGLISH | SPANISH | ARABIC
_TITLE_LANGS = ("fr", "ar", "en", "es")


def _title_words(s: IndexedService) -> tuple[set[str], frozenset[str]]:
    """Distinctive-word candidates and named cases of a service's titles."""
    keep: set[str] = set()
    variants: set[str] = set()
    for lang in _TITLE_LANGS:
        title = s.title.get(lang)
        if not title:
            continue
        toks = words(title)
        variants.update(c.name for c in P.VARIANTS if c.found(toks))
        cued = covered(toks, P.VARIANTS)
        keep.update(
            t for i, t in enumerate(toks) if i not in cued and len(t) > 2 and t not in _STOP
        )
    return keep, frozenset(variants)


@dataclass(frozen=True)
class Family:
    """A service's siblings, and the cases its own title names."""

    variants: frozenset[str]
    siblings: tuple[str, ...]


class Siblings:
    """Sibling relation over one index's services (rebuilt when the index changes).

    Title words are weighted by rarity (log N/df); two services sharing a theme are
    siblings when the words their titles share carry at least `min_overlap` of the weight
    of the shorter title (titles in every language count, so "CNIE" and "البطاقة الوطنية"
    both tie the identity-card procedures together).
    """

    def __init__(self, services: list[IndexedService], min_overlap: float = 0.4) -> None:
        titles = {s.id: _title_words(s) for s in services}
        df: Counter[str] = Counter()
        for toks, _ in titles.values():
            df.update(toks)
        n = max(len(services), 1)
        weight = {t: math.log(n / c) for t, c in df.items()}
        mass = {sid: sum(weight[t] for t in toks) for sid, (toks, _) in titles.items()}
        by_word: dict[str, list[str]] = {}
        for sid, (toks, _) in titles.items():
            for t in toks:
                if df[t] < n / 4:
                    by_word.setdefault(t, []).append(sid)
        themes = {s.id: set(s.themes) for s in services}
        self._families: dict[str, Family] = {}
        for s in services:
            own, variants = titles[s.id]
            shared: dict[str, float] = {}
            for t in own:
                for other in by_word.get(t, ()):
                    if other != s.id and themes[s.id] & themes[other]:
                        shared[other] = shared.get(other, 0.0) + weight[t]
            found = [
                o
                for o, w in sorted(shared.items(), key=lambda kv: -kv[1])
                if w / max(min(mass[s.id], mass[o]), 1e-9) >= min_overlap
            ]
            self._families[s.id] = Family(variants, tuple(found))

    def family(self, service_id: str) -> Family:
        return self._families.get(service_id, Family(frozenset(), ()))

    def siblings(self, service_id: str) -> tuple[str, ...]:
        return self.family(service_id).siblings

    def variants(self, service_id: str) -> frozenset[str]:
        return self.family(service_id).variants

    def with_variants(self, candidates: list[str], wanted: frozenset[str]) -> list[str]:
        """The candidates whose titles name every case in `wanted`."""
        return [c for c in candidates if wanted and wanted <= self.variants(c)]
