"""From raw text to index tokens and query variants, on top of `bawaba.text`.

Documents are analysed in their own language. A query is analysed in every form that can
meet the documents: its own language, its Arabic-script transliteration (Arabizi), and the
French and Arabic equivalents that the Darija lexicon and the administrative glossary give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from bawaba.text import lexicon
from bawaba.text.arabizi import arabizi_to_arabic
from bawaba.text.glossary import Glossary
from bawaba.text.pseudo import pseudo_translate
from bawaba.text.stemming import analyze
from bawaba.text.variety import detect

# Languages whose analyser the documents were indexed with; others fall back to folding only.
DOCUMENT_LANGUAGES = ("fr", "ar", "en", "es")


def analyze_field(text: str, lang: str) -> list[str]:
    """Index-time tokens of one field in language `lang` (BCP-47 primary tag)."""
    primary = lang.split("-")[0].lower()
    if primary in {"ary", "arq"}:
        primary = "ar"
    return analyze(text, primary if primary in DOCUMENT_LANGUAGES else None)


def expand_darija(text: str) -> tuple[list[str], list[str]]:
    """MSA and French equivalents of the Darija words in `text` (the project's lexicon)."""
    words = text.split()
    return lexicon.expand(words, ("msa",)), lexicon.expand(words, ("fr",))


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    return Glossary.load()


@dataclass(frozen=True)
class AnalyzedQuery:
    text: str
    variety: str
    script: str
    confidence: float
    transliterated: str | None = None
    expansion_fr: list[str] = field(default_factory=list)
    expansion_ar: list[str] = field(default_factory=list)
    matched_terms: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    expansion_tokens: list[str] = field(default_factory=list)

    @property
    def interpreted(self) -> str:
        """What we understood, for display: transliteration and French equivalents."""
        parts = [self.transliterated] if self.transliterated else []
        parts += self.expansion_fr[:6]
        return " · ".join(p for p in parts if p)

    renderings: tuple[str, ...] = ()

    def dense_texts(self) -> list[str]:
        """Texts embedded for the dense side (their similarities are averaged).

        Darija is embedded through its MSA and French pseudo-translations, which the
        multilingual model understands far better than Darija itself (docs/adr/0004).
        """
        return list(self.renderings) if self.renderings else [self.text]


_OWN_ANALYSER = {
    "fr": ("fr",),
    "en": ("en", "fr"),
    "es": ("es", "fr"),
    "ar": ("ar",),
    "ary_arab": ("ar",),
    "ary_latn": ("fr",),
    "zgh": (),
}


@lru_cache(maxsize=4096)
def analyze_query(text: str, lang_hint: str | None = None) -> AnalyzedQuery:
    """Detect the query's variety and derive everything the ranker needs."""
    det = detect(text)
    variety = det.variety
    if lang_hint in {"fr", "en", "es", "ar"} and variety not in {"ary_arab", "ary_latn"}:
        variety = lang_hint
    tokens: list[str] = []
    for lang in _OWN_ANALYSER.get(variety, ("fr", "ar")):
        tokens += analyze(text, lang)
    transliterated = None
    if variety == "ary_latn":
        transliterated = arabizi_to_arabic(text)
        tokens += analyze(transliterated, "ar")
    darija = expand_darija(text) if variety in {"ary_arab", "ary_latn"} else ([], [])
    gloss = glossary().expand(text if transliterated is None else f"{text} {transliterated}")
    fr = list(dict.fromkeys([*darija[1], *gloss.fr]))
    ar = list(dict.fromkeys([*darija[0], *gloss.ar]))
    expansion_tokens = [t for phrase in fr for t in analyze(phrase, "fr")]
    expansion_tokens += [t for phrase in ar for t in analyze(phrase, "ar")]
    renderings: tuple[str, ...] = ()
    if variety in {"ary_arab", "ary_latn"}:
        renderings = (pseudo_translate(text, "msa"), pseudo_translate(text, "fr"))
    return AnalyzedQuery(
        text=text,
        renderings=renderings,
        variety=variety,
        script=det.script,
        confidence=det.confidence,
        transliterated=transliterated,
        expansion_fr=fr,
        expansion_ar=ar,
        matched_terms=list(gloss.matched),
        tokens=list(dict.fromkeys(tokens)),
        expansion_tokens=[t for t in dict.fromkeys(expansion_tokens) if t not in tokens],
    )
