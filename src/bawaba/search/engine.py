"""Ranking: lexical and dense evidence fused by how much the lexical side can be trusted."""

from __future__ import annotations

import html
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from threading import Lock

import numpy as np
import numpy.typing as npt

from bawaba.search.analysis import AnalyzedQuery, analyze_field, analyze_query
from bawaba.search.documents import IndexedService
from bawaba.search.embedder import Embedder, Matrix
from bawaba.search.fusion import convex, minmax
from bawaba.search.index import SearchIndex

Vector = npt.NDArray[np.float64]
FACETS = ("themes", "life_events", "audiences", "authority", "regions", "online")


@dataclass(frozen=True)
class Filters:
    themes: tuple[str, ...] = ()
    life_events: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    authorities: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    online: bool | None = None

    def matches(self, s: IndexedService) -> bool:
        if self.themes and not set(self.themes) & set(s.themes):
            return False
        if self.life_events and not set(self.life_events) & set(s.life_events):
            return False
        if self.audiences and not set(self.audiences) & set(s.audiences):
            return False
        if self.authorities and s.authority not in self.authorities:
            return False
        # A national service (no region) is available in every region.
        if self.regions and s.regions and not set(self.regions) & set(s.regions):
            return False
        return self.online is None or s.online == self.online


@dataclass(frozen=True)
class RankingParams:
    """Fusion parameters; chosen by measurement on the dev set (docs/adr/0004)."""

    lexical_weight: float = 0.5
    expansion_weight: float = 0.6
    body_weight: float = 1.0
    min_coverage: float = 0.0
    pool: int = 50
    # Below this cosine, with no word in common, nothing in the catalog answers the query.
    dense_floor: float = 0.80
    # Results kept: those within this fused-score distance of the best one.
    relative_floor: float = 0.45
    # A record's dense score mixes its best passage with the mean of its passages (one per
    # language, saying the same thing): the mean damps one passage's accidental similarity.
    passage_mean_weight: float = 0.5


@dataclass(frozen=True)
class Hit:
    id: str
    title: dict[str, str]
    score: float
    highlights: dict[str, str]
    lexical: float
    dense: float


@dataclass(frozen=True)
class SearchResult:
    query: str
    variety: str
    script: str
    transliterated: str | None
    interpreted: str
    hits: list[Hit]
    total: int
    page: int
    per_page: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    lexical_weight: float = 0.0
    suggestion: str | None = None


class QueryEmbeddingCache:
    """LRU of query vectors: government queries repeat heavily."""

    def __init__(self, embedder: Embedder, size: int = 4096) -> None:
        self.embedder = embedder
        self.size = size
        self._data: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._lock = Lock()
        self.hits = self.misses = 0

    def get(self, texts: list[str]) -> Matrix:
        out: list[npt.NDArray[np.float32] | None] = []
        missing: list[str] = []
        with self._lock:
            for t in texts:
                v = self._data.get(t)
                if v is not None:
                    self._data.move_to_end(t)
                    self.hits += 1
                else:
                    missing.append(t)
                    self.misses += 1
                out.append(v)
        if missing:
            vectors = self.embedder.embed_queries(list(dict.fromkeys(missing)))
            fresh = dict(zip(dict.fromkeys(missing), vectors, strict=True))
            with self._lock:
                for t, v in fresh.items():
                    self._data[t] = v
                    if len(self._data) > self.size:
                        self._data.popitem(last=False)
            out = [v if v is not None else fresh[t] for t, v in zip(texts, out, strict=True)]
        return np.stack([v for v in out if v is not None])


def lexical_coverage(index: SearchIndex, tokens: list[str]) -> float:
    """IDF-weighted share of the query's own tokens that the catalog's vocabulary contains.

    When a query shares no words with the documents' languages (an English query over
    French and Arabic records), this is ~0 and the fusion leans on the dense side.
    """
    if not tokens:
        return 0.0
    n = max(len(index), 1)
    total = found = 0.0
    for t in tokens:
        df = index.head.document_frequency(t) + index.body.document_frequency(t)
        idf = np.log(1 + n / (1 + df)) if df else np.log(1 + n)
        total += idf
        if df:
            found += idf
    return float(found / total) if total else 0.0


class Searcher:
    """Answers queries against one `SearchIndex`."""

    def __init__(self, index: SearchIndex, params: RankingParams | None = None) -> None:
        self.index = index
        self.params = params or RankingParams()
        self.query_cache = QueryEmbeddingCache(index.embedder)

    def warm_up(self) -> None:
        """Load lazily built tables (stemmers, lexicon, glossary, speller) before traffic."""
        for sample in (
            "bghit njded lbasbor dyali",
            "renouvellement du passeport",
            "تجديد جواز السفر",
        ):
            self._analyse(sample, None)
        self.index.speller().warm_up()
        self.index.skeletons()

    # -- scoring ----------------------------------------------------------------------------

    def expansion_tokens(self, q: AnalyzedQuery) -> list[str]:
        """The query's expansions, plus, for Darija, the catalog's Arabic words that share
        a consonant skeleton with its words (search/skeletons.py)."""
        if q.variety not in {"ary_arab", "ary_latn"}:
            return q.expansion_tokens
        arabic = q.transliterated if q.variety == "ary_latn" else q.text
        known = {*q.tokens, *q.expansion_tokens}
        extra = [t for t in self.index.skeletons().expand(arabic or "") if t not in known]
        return [*q.expansion_tokens, *extra]

    def lexical_scores(self, q: AnalyzedQuery) -> Vector:
        idx, p = self.index, self.params
        own = idx.head.scores(q.tokens) + p.body_weight * idx.body.scores(q.tokens)
        expansion = self.expansion_tokens(q)
        if not expansion:
            return own
        exp = idx.head.scores(expansion) + p.body_weight * idx.body.scores(expansion)
        return own + p.expansion_weight * exp

    def dense_scores(self, q: AnalyzedQuery) -> Vector:
        """Best passage cosine per record (what similarity thresholds are calibrated on)."""
        return self._dense_parts(q)[0]

    def _dense_parts(self, q: AnalyzedQuery) -> tuple[Vector, Vector]:
        vectors = self.query_cache.get(q.dense_texts())
        return self.index.dense.best_and_mean(vectors, len(self.index))

    def fused(
        self, q: AnalyzedQuery, mask: npt.NDArray[np.bool_]
    ) -> tuple[Vector, Vector, Vector, float]:
        """Fused score, lexical score, best passage cosine, and the lexical weight used."""
        lex = self.lexical_scores(q)
        best, mean = self._dense_parts(q)
        m = self.params.passage_mean_weight
        dense = (1.0 - m) * best + m * mean if m else best
        coverage = lexical_coverage(self.index, q.tokens)
        if q.expansion_tokens:
            coverage = max(coverage, 0.5 * (1.0 + coverage))
        w = self.params.lexical_weight * (coverage if coverage >= self.params.min_coverage else 0.0)
        score = convex(minmax(lex, mask), minmax(dense, mask), w)
        return score, lex, best, w

    # -- public -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        lang: str | None = None,
        filters: Filters | None = None,
        page: int = 1,
        per_page: int = 10,
        display_language: str = "fr",
    ) -> SearchResult:
        filters = filters or Filters()
        services = self.index.services
        if filters == Filters():
            mask = np.ones(len(services), dtype=bool)  # no per-service Python loop at 10^5
        else:
            mask = np.array([filters.matches(s) for s in services], dtype=bool)
        query = " ".join(query.split())[:500]
        if not query:
            return self._browse(mask, filters, page, per_page, display_language)
        q, suggestion = self._analyse(query, lang)
        score, lex, dense, w = self.fused(q, mask)
        score = np.where(mask, score, -np.inf)
        order = [int(i) for i in np.argsort(-score, kind="stable") if mask[i]]
        pool = self._relevant(order, score, lex, dense)
        facets = self._facets([services[i] for i in pool])
        start = (max(page, 1) - 1) * per_page
        marks = set(q.tokens) | set(self.expansion_tokens(q))
        hits = [
            Hit(
                id=services[i].id,
                title=services[i].title,
                score=round(float(score[i]), 6),
                highlights=self._highlights(services[i], marks, display_language),
                lexical=round(float(lex[i]), 6),
                dense=round(float(dense[i]), 6),
            )
            for i in pool[start : start + per_page]
        ]
        return SearchResult(
            query=query,
            variety=q.variety,
            script=q.script,
            transliterated=q.transliterated,
            interpreted=q.interpreted,
            hits=hits,
            total=len(pool),
            page=max(page, 1),
            per_page=per_page,
            facets=facets,
            lexical_weight=round(w, 4),
            suggestion=suggestion,
        )

    def _analyse(self, query: str, lang: str | None) -> tuple[AnalyzedQuery, str | None]:
        """Analyse the query; correct typos in standard languages (Darija spelling varies
        too freely for edit distance to mean a typo)."""
        q = analyze_query(query, lang)
        if q.variety not in {"fr", "ar", "en", "es"}:
            return q, None
        suggestion = self.index.speller().suggest(query, q.variety)
        return (analyze_query(suggestion, lang), suggestion) if suggestion else (q, None)

    def _relevant(self, order: list[int], score: Vector, lex: Vector, dense: Vector) -> list[int]:
        """The head of the ranking that plausibly answers the query (maybe nothing)."""
        if not order:
            return []
        p = self.params
        if float(lex[order].max()) <= 0 and float(dense[order].max()) < p.dense_floor:
            return []
        best = float(score[order[0]])
        kept = [i for i in order[: p.pool] if float(score[i]) >= best - p.relative_floor]
        return kept

    def rank(self, query: str, lang: str | None = None, k: int = 10) -> list[tuple[str, float]]:
        """Top-k (id, score) without facets or highlights (what evaluation needs)."""
        q, _ = self._analyse(" ".join(query.split())[:500], lang)
        mask = np.ones(len(self.index), dtype=bool)
        score, _, _, _ = self.fused(q, mask)
        order = np.argsort(-score, kind="stable")[:k]
        return [(self.index.services[i].id, float(score[i])) for i in order]

    def _browse(
        self, mask: npt.NDArray[np.bool_], filters: Filters, page: int, per_page: int, lang: str
    ) -> SearchResult:
        services = self.index.services
        chosen = [s for s, m in zip(services, mask, strict=True) if m]
        chosen.sort(key=lambda s: s.title.get(lang) or next(iter(s.title.values())))
        start = (max(page, 1) - 1) * per_page
        hits = [
            Hit(id=s.id, title=s.title, score=0.0, highlights={}, lexical=0.0, dense=0.0)
            for s in chosen[start : start + per_page]
        ]
        return SearchResult(
            query="",
            variety="",
            script="",
            transliterated=None,
            interpreted="",
            hits=hits,
            total=len(chosen),
            page=max(page, 1),
            per_page=per_page,
            facets=self._facets(chosen),
        )

    @staticmethod
    def _facets(services: list[IndexedService]) -> dict[str, dict[str, int]]:
        counts: dict[str, Counter[str]] = {f: Counter() for f in FACETS}
        for s in services:
            counts["themes"].update(s.themes)
            counts["life_events"].update(s.life_events)
            counts["audiences"].update(s.audiences)
            counts["regions"].update(s.regions)
            if s.authority:
                counts["authority"][s.authority] += 1
            counts["online"]["true" if s.online else "false"] += 1
        return {f: dict(c.most_common()) for f, c in counts.items()}

    @staticmethod
    def _highlights(s: IndexedService, marks: set[str], lang: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, text in (("title", s.title), ("description", s.description)):
            value_lang = lang if lang in text else next(iter(text), None)
            if value_lang is None:
                continue
            out[name] = _mark(text[value_lang], marks, value_lang, clip=name == "description")
        return out


_WORD = re.compile(r"\w+", re.UNICODE)
_SNIPPET = 240


@lru_cache(maxsize=262144)
def _term(word: str, lang: str) -> str:
    analysed = analyze_field(word, lang)
    return analysed[0] if analysed else ""


def _mark(text: str, marks: set[str], lang: str, clip: bool) -> str:
    """HTML-escaped text with <mark> around words whose analysed form the query contains.

    Long descriptions are cut to a snippet that starts near the first match (slow links).
    """
    words = list(_WORD.finditer(text))
    prefix = suffix = ""
    if clip and len(text) > _SNIPPET:
        first = next((m.start() for m in words if _term(m.group(0), lang) in marks), 0)
        begin = 0 if first < _SNIPPET // 2 else text.rfind(" ", 0, first - 40) + 1
        end = text.rfind(" ", begin, begin + _SNIPPET)
        end = begin + _SNIPPET if end <= begin else end
        prefix = "… " if begin > 0 else ""
        suffix = " …" if end < len(text) else ""
        words = [m for m in words if begin <= m.start() and m.end() <= end]
    else:
        begin, end = 0, len(text)
    pieces: list[str] = [prefix]
    last = begin
    for m in words:
        if _term(m.group(0), lang) in marks:
            pieces.append(html.escape(text[last : m.start()]))
            pieces.append(f"<mark>{html.escape(m.group(0))}</mark>")
            last = m.end()
    pieces.append(html.escape(text[last:end]))
    pieces.append(suffix)
    return "".join(pieces)
