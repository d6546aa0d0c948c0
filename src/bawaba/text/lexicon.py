"""The curated Darija lexicon: Darija words (both scripts) → MSA, French and English.

The data file is hand-written for Bawaba (function words, family words and the
vocabulary of administrative procedures). Each cell may hold several spellings
separated by "|"; lookups are by folded Latin or normalized Arabic form.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bawaba.text.arabic import normalize_arabic
from bawaba.text.latin import fold_latin
from bawaba.text.script import ARAB, dominant_script

COLUMNS = ("darija_latn", "darija_arab", "msa", "fr", "en")
TARGETS = ("darija_latn", "darija_arab", "msa", "fr", "en")
_MAX_PHRASE = 4
_LATIN_PREFIXES = ("l", "el", "al", "fl", "fel", "f", "bl", "b", "w", "d", "dl")
_LATIN_SUFFIXES = ("i", "ek", "k", "o", "ou", "ha", "na", "kom", "hom", "ya")
_ARABIC_PREFIXES = ("ال", "فال", "بال", "وال", "لل", "و", "ف", "ب", "ل")
_ARABIC_SUFFIXES = ("ي", "ك", "ه", "ها", "نا", "كم", "هم", "و")


@dataclass(frozen=True, slots=True)
class Entry:
    """One sense: its Darija spellings and its MSA, French and English equivalents."""

    darija_latn: tuple[str, ...]
    darija_arab: tuple[str, ...]
    msa: tuple[str, ...]
    fr: tuple[str, ...]
    en: tuple[str, ...]

    def column(self, name: str) -> tuple[str, ...]:
        """The spellings of one column, by its TSV name."""
        if name not in COLUMNS:
            raise ValueError(f"unknown lexicon column {name!r}; expected one of {COLUMNS}")
        values: tuple[str, ...] = getattr(self, name)
        return values


def parse_lexicon(text: str) -> tuple[Entry, ...]:
    """Parse the TSV (header `darija_latn darija_arab msa fr en`, "|" between variants)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise ValueError(f"lexicon header must be the tab-separated columns {COLUMNS}")
    parsed = []
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"lexicon line {number}: expected {len(COLUMNS)} columns")
        variants = [tuple(v.strip() for v in cell.split("|") if v.strip()) for cell in cells]
        parsed.append(Entry(*variants))
    return tuple(parsed)


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """The packaged lexicon, parsed once."""
    data = resources.files("bawaba.text").joinpath("data/darija_lexicon.tsv")
    return parse_lexicon(data.read_text(encoding="utf-8"))


def key(text: str) -> str:
    """Lookup form: normalized Arabic or folded Latin, whichever script `text` uses."""
    if dominant_script(text) == ARAB:
        return normalize_arabic(text)
    return fold_latin(text)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for position, entry in enumerate(entries()):
        for spelling in entry.darija_latn + entry.darija_arab:
            positions = index.setdefault(key(spelling), [])
            if position not in positions:
                positions.append(position)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=65536)
def lookup(word: str) -> tuple[Entry, ...]:
    """Entries for a Darija word or phrase, trying clitic-stripped forms when needed.

    Darija glues articles, prepositions and possessives to words (lwra9 / wra9i /
    فالمقاطعة), so an unknown form is retried without one prefix and/or suffix.
    """
    form = key(word)
    for candidate in _candidates(form):
        found = _index().get(candidate)
        if found:
            table = entries()
            return tuple(table[i] for i in found)
    return ()


def expand(tokens: Sequence[str], targets: Iterable[str] = ("msa", "fr")) -> list[str]:
    """Equivalents of the Darija words in `tokens`, in the `targets` columns.

    Multi-word entries (carte grise, l7ala lmadaniya) are matched greedily, longest
    first. Returns phrases in query order without duplicates: "kifach njded lpermis"
    gives كيف, comment, تجديد, ..., renouveler, رخصة السياقة, permis de conduire.
    """
    wanted = tuple(targets)
    for target in wanted:
        if target not in TARGETS:
            raise ValueError(f"unknown target {target!r}; expected some of {TARGETS}")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + size])
            found = _index().get(key(phrase)) if size > 1 else None
            matched = lookup(phrase) if size == 1 else _entries_at(found)
            if matched:
                for entry in matched:
                    for target in wanted:
                        out.extend(v for v in entry.column(target) if v not in out)
                i += size
                break
        else:
            i += 1
    return out


def _entries_at(positions: tuple[int, ...] | None) -> tuple[Entry, ...]:
    if not positions:
        return ()
    table = entries()
    return tuple(table[i] for i in positions)


def _candidates(form: str) -> list[str]:
    """The form itself, then forms with one clitic prefix and/or suffix removed."""
    arabic = dominant_script(form) == ARAB
    prefixes = _ARABIC_PREFIXES if arabic else _LATIN_PREFIXES
    suffixes = _ARABIC_SUFFIXES if arabic else _LATIN_SUFFIXES
    # Short Latin remainders collide with other words (mardi → mard "illness"): demand more.
    shortest = 2 if arabic else 4
    out = [form]
    stems = [form]
    for prefix in prefixes:
        if form.startswith(prefix) and len(form) - len(prefix) >= shortest - (len(prefix) > 1):
            stems.append(form[len(prefix) :])
    for stem in stems:
        for suffix in suffixes:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= shortest:
                out.append(stem[: -len(suffix)])
    out.extend(stems[1:])
    if not arabic and len(form) >= 3:
        out.append("l" + form)  # the lexicon lists many nouns with their article
    return out


def phrase_entries(phrase: str) -> tuple[Entry, ...]:
    """Entries for one word (clitics stripped as needed) or an exact multi-word phrase."""
    if " " not in phrase.strip():
        return lookup(phrase)
    return _entries_at(_index().get(key(phrase)))
