"""Multilingual glossary of Moroccan administrative vocabulary, for query expansion.

Citizens search in English, Spanish, Darija (Arabic script and Latin-script "Arabizi"),
French and Arabic, while the procedures are written in French and Modern Standard
Arabic. `data/glossary.tsv` lists one concept per row, with `|`-separated variants in
six columns (fr, ar, en, es, ary_latn, ary_arab); `Glossary.expand` finds the variants
a query contains and returns the French and Arabic wording of the matched concepts, so
that a lexical index can also search "renouvellement passeport / تجديد جواز السفر" for
"njded lbasbor".

Matching runs on tokens of normalized text:

* Latin script: casefold, accents stripped, apostrophes, hyphens and other punctuation
  become token boundaries ("l'hôpital" → "l hopital").
* Arabic script: diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و,
  ئ → ي, Persian/Maghrebi letters folded (پ → ب, ڤ → ف, گ ڭ → ك), Eastern digits → ASCII.
* Darija and Arabic variants also match without their article: ال (and the clitic
  forms وال بال فال كال لل) and Latin "l", "el", "l2" or an assimilated doubled
  consonant ("ttasjil", "ddaw") are stripped on both sides, so "lbasbor" finds "basbor" and
  "الباسبور" finds "باسبور". A token is only stripped when at least three characters
  remain, hence variants shorter than three characters only ever match whole tokens.
* A query token that matches nothing may also carry a one-letter proclitic before the
  article: و ب ل ف ك in Arabic script ("لولدي", "وجواز"), the Darija genitive د before
  the article ("دالبطاقة"), f/b/d/w/k before "l" in Latin script ("flmdrasa",
  "dlbitaka"); it is then looked up without it among the Darija and Arabic variants.
* Multi-word variants match as phrases; the longest matches (in tokens, then in
  characters) win, matches never overlap, and remaining ties go to the leftmost.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

COLUMNS: tuple[str, ...] = ("fr", "ar", "en", "es", "ary_latn", "ary_arab")
"""Header of the glossary file, in order."""

# Columns whose variants may carry an Arabic or Darija article.
_ARTICLE_COLUMNS = frozenset({"ar", "ary_latn", "ary_arab"})
# A stripped token must keep at least this many characters.
_MIN_STEM = 3
_SEPARATOR = "|"

_FOLD = str.maketrans(
    {
        "\u0640": None,  # tatweel
        "\u0671": "\u0627",  # ٱ → ا
        "\u0649": "\u064a",  # ى → ي
        "\u0629": "\u0647",  # ة → ه
        "\u06cc": "\u064a",  # ی → ي
        "\u06d2": "\u064a",  # ے → ي
        "\u06c1": "\u0647",  # ہ → ه
        "\u06be": "\u0647",  # ھ → ه
        "\u06d5": "\u0647",  # ە → ه
        "\u06a9": "\u0643",  # ک → ك
        "\u06af": "\u0643",  # گ → ك
        "\u06ad": "\u0643",  # ڭ → ك
        "\u0762": "\u0643",  # ݢ → ك
        "\u08b4": "\u0643",  # ࢴ → ك
        "\u067e": "\u0628",  # پ → ب
        "\u06a4": "\u0641",  # ڤ → ف
        "\u06a5": "\u0641",  # ڥ → ف
        "\u0686": "\u062c",  # چ → ج
        "œ": "oe",
        "æ": "ae",
        "ø": "o",
        "ł": "l",
        "ı": "i",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_TOKEN = re.compile(r"[^\W_]+")
_ARABIC_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
_SUN_LETTERS = frozenset("tdrzsn")
_ARABIC_CLITICS = frozenset("وبلفك")
_LATIN_CLITICS = frozenset("fbdwk")


def _tokens(text: str) -> list[str]:
    """Normalized tokens of `text` (see the module docstring)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD)
    return _TOKEN.findall(folded)


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u08ff"


def _bare(token: str) -> str:
    """`token` without a leading Arabic or Darija article, when one is there."""
    if _is_arabic(token[0]):
        for article in _ARABIC_ARTICLES:
            if token.startswith(article) and len(token) - len(article) >= _MIN_STEM:
                return token[len(article) :]
        return token
    if token.startswith(("el", "l2")) and len(token) - 2 >= _MIN_STEM:
        return token[2:]
    if len(token) - 1 >= _MIN_STEM and (
        token[0] == "l" or (token[0] == token[1] and token[0] in _SUN_LETTERS)
    ):
        return token[1:]
    return token


def _unclitic(token: str) -> str | None:
    """`token` without a one-letter proclitic (then without its article), if it has one."""
    if len(token) - 1 < _MIN_STEM:
        return None
    first = token[0]
    if first == "د" and token.startswith("دال"):  # Darija genitive: "دالبطاقة"
        return _bare(token[1:])
    if first in _ARABIC_CLITICS or (first in _LATIN_CLITICS and token[1] == "l"):
        return _bare(token[1:])
    return None


@dataclass(frozen=True, slots=True)
class Concept:
    """One row of the glossary: the variants of one concept, per column."""

    fr: tuple[str, ...]
    ar: tuple[str, ...]
    en: tuple[str, ...]
    es: tuple[str, ...]
    ary_latn: tuple[str, ...]
    ary_arab: tuple[str, ...]

    def variants(self, column: str) -> tuple[str, ...]:
        """The variants of `column` (one of `COLUMNS`)."""
        value: tuple[str, ...] = getattr(self, column)
        return value


@dataclass(frozen=True)
class Expansion:
    """What `Glossary.expand` found: French and Arabic terms of the matched concepts.

    `fr` and `ar` hold all the variants of every matched concept, deduplicated, in file
    order; `matched` holds the glossary variants found in the text, in text order.
    """

    fr: list[str]
    ar: list[str]
    matched: list[str]

    def __bool__(self) -> bool:
        return bool(self.matched)


# A dictionary entry: the concepts (row indices) a key belongs to and the variant, as
# written in the file, that produced the key first.
_Entry = tuple[tuple[int, ...], str]


def _add(index: dict[tuple[str, ...], _Entry], key: tuple[str, ...], row: int, text: str) -> None:
    entry = index.get(key)
    if entry is None:
        index[key] = ((row,), text)
    elif row not in entry[0]:
        index[key] = ((*entry[0], row), entry[1])


def _split(cell: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for variant in cell.split(_SEPARATOR):
        variant = " ".join(variant.split())
        if variant:
            seen.setdefault(variant, None)
    return tuple(seen)


class Glossary:
    """The concepts of a glossary file and token indexes over their variants."""

    __slots__ = ("_bare", "_bare_prefixes", "_concepts", "_exact", "_exact_prefixes", "_longest")

    def __init__(self, concepts: tuple[Concept, ...]) -> None:
        self._concepts = concepts
        self._exact: dict[tuple[str, ...], _Entry] = {}
        self._bare: dict[tuple[str, ...], _Entry] = {}
        for row, concept in enumerate(concepts):
            for column in COLUMNS:
                stripped = column in _ARTICLE_COLUMNS
                for variant in concept.variants(column):
                    key = tuple(_tokens(variant))
                    if not key:
                        continue
                    _add(self._exact, key, row, variant)
                    if stripped:
                        _add(self._bare, tuple(_bare(t) for t in key), row, variant)
        self._longest = max((len(k) for k in self._exact), default=0)
        # Proper prefixes of the keys, so that the n-gram scan stops as soon as no longer
        # variant can start with the tokens seen so far.
        self._exact_prefixes = {k[:i] for k in self._exact for i in range(1, len(k))}
        self._bare_prefixes = {k[:i] for k in self._bare for i in range(1, len(k))}

    @classmethod
    def parse(cls, text: str) -> Glossary:
        """A glossary from the text of a TSV file with the `COLUMNS` header."""
        lines = text.lstrip("\ufeff").splitlines()
        if not lines or tuple(c.strip() for c in lines[0].split("\t")) != COLUMNS:
            raise ValueError(f"glossary header must be {chr(9).join(COLUMNS)!r}")
        concepts: list[Concept] = []
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) > len(COLUMNS):
                raise ValueError(f"glossary line {number}: {len(cells)} cells")
            cells += [""] * (len(COLUMNS) - len(cells))
            concepts.append(Concept(*(_split(cell) for cell in cells)))
        return cls(tuple(concepts))

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Glossary:
        """The glossary at `path`, or the packaged one (parsed once, then cached)."""
        if path is None:
            return _packaged()
        return cls.parse(Path(path).read_text(encoding="utf-8"))

    @property
    def concepts(self) -> tuple[Concept, ...]:
        """The rows of the glossary, in file order."""
        return self._concepts

    def __len__(self) -> int:
        return len(self._concepts)

    def expand(self, text: str) -> Expansion:
        """The French and Arabic terms of the concepts whose variants occur in `text`."""
        tokens = _tokens(text)
        if not tokens:
            return Expansion([], [], [])
        bare = [_bare(t) for t in tokens]
        count = len(tokens)
        candidates: list[tuple[int, int, int, _Entry]] = []
        for start in range(count):
            unclitic = _unclitic(tokens[start])
            chars = 0
            for length in range(1, min(self._longest, count - start) + 1):
                end = start + length
                chars += len(tokens[end - 1])
                exact_key = tuple(tokens[start:end])
                bare_key = tuple(bare[start:end])
                entry = self._exact.get(exact_key) or self._bare.get(bare_key)
                unclitic_key = None if unclitic is None else (unclitic, *bare_key[1:])
                if entry is None and unclitic_key is not None:
                    entry = self._bare.get(unclitic_key)
                if entry is not None:
                    candidates.append((-length, -chars, start, entry))
                if (
                    exact_key not in self._exact_prefixes
                    and bare_key not in self._bare_prefixes
                    and (unclitic_key is None or unclitic_key not in self._bare_prefixes)
                ):
                    break
        if not candidates:
            return Expansion([], [], [])
        candidates.sort(key=lambda c: c[:3])
        taken = [False] * count
        chosen: list[tuple[int, str]] = []
        rows: set[int] = set()
        for negative_length, _, start, (ids, variant) in candidates:
            length = -negative_length
            if any(taken[start : start + length]):
                continue
            taken[start : start + length] = [True] * length
            chosen.append((start, variant))
            rows.update(ids)
        chosen.sort()
        fr: dict[str, None] = {}
        ar: dict[str, None] = {}
        for row in sorted(rows):
            concept = self._concepts[row]
            fr.update(dict.fromkeys(concept.fr))
            ar.update(dict.fromkeys(concept.ar))
        return Expansion(list(fr), list(ar), [variant for _, variant in chosen])


@lru_cache(maxsize=1)
def _packaged() -> Glossary:
    source = resources.files("bawaba") / "text" / "data" / "glossary.tsv"
    return Glossary.parse(source.read_text(encoding="utf-8"))
