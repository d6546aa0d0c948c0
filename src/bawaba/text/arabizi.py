"""Arabizi (Latin-script Darija) → Arabic-script transliteration, rule based.

Conventions follow how Moroccans write Darija in Arabic script: digits stand for
letters Latin lacks (3 ع, 7 ح, 9 ق, 2 ء, 5 خ, 6 ط, 8 ه), "e" is a schwa and is not
written, long vowels a/i/ou become ا/ي/و, a word-initial l- or geminated sun letter
is the article ال, doubled letters are written once (no shadda). Mixed-case words
such as "khallaS" use capitals for emphatics (S ص, T ط, D ض, Z ظ, H ح).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bawaba.text.arabic import normalize_arabic
from bawaba.text.distance import levenshtein
from bawaba.text.latin import fold_latin

# Frequent words whose spelling the rules cannot guess (short vowels, fixed spellings).
EXCEPTIONS: dict[str, str] = {
    "f": "ف",
    "fi": "في",
    "l": "ل",
    "w": "و",
    "ou": "و",
    "o": "و",
    "wa": "و",
    "b": "ب",
    "d": "د",
    "ana": "أنا",
    "nta": "نتا",
    "nti": "نتي",
    "hna": "هنا",
    "7na": "حنا",
    "daba": "دابا",
    "dba": "دبا",
    "bla": "بلا",
    "3la": "على",
    "3ala": "على",
    "m3a": "مع",
    "ma3a": "مع",
    "wla": "ولا",
    "ola": "ولا",
    "ila": "إلا",
    "ghda": "غدا",
    "la": "لا",
    "ma": "ما",
    "mn": "من",
    "men": "من",
    "min": "من",
    "3nd": "عند",
    "had": "هاد",
    "hada": "هادا",
    "hadchi": "هادشي",
    "li": "لي",
    "lli": "اللي",
    "elli": "اللي",
    "chi": "شي",
    "ach": "آش",
    "wach": "واش",
    "fin": "فين",
    "kifach": "كيفاش",
    "3lach": "علاش",
    "dyal": "ديال",
    "dial": "ديال",
    "bach": "باش",
    "bzaf": "بزاف",
    "mazal": "مازال",
    "ghadi": "غادي",
    "gha": "غا",
    "rah": "راه",
    "liya": "ليا",
    "lia": "ليا",
    "lina": "لينا",
    "liha": "ليها",
    "homa": "هوما",
    "howa": "هو",
    "hiya": "هي",
    "chno": "شنو",
    "achno": "اشنو",
    "ch7al": "شحال",
    "chhal": "شحال",
    "inchallah": "إن شاء الله",
    "nchallah": "إن شاء الله",
    "allah": "الله",
    "lah": "الله",
    "salam": "السلام",
    "saha": "صحة",
}

_VOWELS = frozenset("aeiouy")
_SUN = frozenset("tdrzsnl")
_CONSONANTS = {
    "b": "ب",
    "d": "د",
    "f": "ف",
    "g": "ڭ",
    "h": "ه",
    "j": "ج",
    "k": "ك",
    "l": "ل",
    "m": "م",
    "n": "ن",
    "p": "ب",
    "q": "ق",
    "r": "ر",
    "s": "س",
    "t": "ت",
    "v": "ڤ",
    "w": "و",
    "x": "ش",  # Moroccan texting: xi, wax, 3lax
    "z": "ز",
    "3": "ع",
    "5": "خ",
    "6": "ط",
    "7": "ح",
    "8": "ه",
    "9": "ق",
}
_EMPHATIC = {"s": "ص", "t": "ط", "d": "ض", "z": "ظ", "h": "ح"}
_DIGRAPHS = {
    "ch": "ش",
    "sh": "ش",
    "kh": "خ",
    "gh": "غ",
    "ph": "ف",
    "dj": "ج",
    "ck": "ك",
    "ou": "و",
    "oo": "و",
    "ee": "ي",
}
_LONG_VOWEL = {"a": "ا", "i": "ي", "y": "ي", "o": "و", "u": "و"}
_ACCENTED_E = str.maketrans("éèêëÉÈÊË", "iiiiIIII")
_WORD = re.compile(r"[^\W_]+")
_APOSTROPHE = re.compile("['’‘ʼ`]")
_LATIN_LETTER = re.compile(r"[a-z]")


def arabizi_to_arabic(text: str) -> str:
    """Transliterate Latin-script Darija to Arabic script; Arabic words pass through."""
    text = _APOSTROPHE.sub(" ", text)
    return _WORD.sub(lambda match: transliterate_word(match.group()), text)


@lru_cache(maxsize=65536)
def transliterate_word(word: str) -> str:
    """One word: lexicon exception if known, otherwise the letter rules."""
    if word.isdigit() or not any(_is_latin_letter(c) for c in word):
        return word
    emphatic = _emphatic_flags(word)
    folded = _fold_keep_length(word)
    if folded in EXCEPTIONS:
        return EXCEPTIONS[folded]
    loan = _lexicon_spellings().get(folded)
    if loan is not None:
        return loan
    return _rules(folded, emphatic)


def _emphatic_flags(word: str) -> list[bool]:
    # Only a mixed-case word signals emphatics; "Rabat" or "CNSS" are just capitalized.
    mixed = any(c.isupper() for c in word[1:]) and not word.isupper()
    return [mixed and c.isupper() for c in word]


def _fold_keep_length(word: str) -> str:
    """Lowercase and strip accents one character at a time so flags stay aligned."""
    out = []
    for char in word.translate(_ACCENTED_E):
        folded = fold_latin(char)
        out.append(folded[:1] if folded else char.lower())
    return "".join(out)


def _rules(word: str, emphatic: list[bool]) -> str:
    out: list[str] = []
    n = len(word)
    i = _article(word, out)
    stem_start = i
    while i < n:
        char = word[i]
        pair = word[i : i + 2]
        if i + 1 < n and word[i + 1] == char:
            i += 1  # doubled letter: written once
            continue
        if char == "2":
            i = _hamza(word, i, stem_start, out)
            continue
        if word.startswith("tch", i):
            out.append("تش")
            i += 3
            continue
        if i == stem_start and char in _VOWELS:
            i = _initial_vowel(word, i, out)
            continue
        if pair in _DIGRAPHS and not (pair == "ee" and i + 2 == n):
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        if char in _VOWELS:
            out.append(_vowel(word, i))
            i += 1
            continue
        if char == "c":
            out.append("س" if word[i + 1 : i + 2] in ("e", "i", "y") else "ك")
        elif emphatic[i] and char in _EMPHATIC:
            out.append(_EMPHATIC[char])
        elif char in _CONSONANTS:
            out.append(_CONSONANTS[char])
        elif _is_latin_letter(char):
            pass  # no Arabic counterpart: dropping it keeps the output in one script
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _article(word: str, out: list[str]) -> int:
    """Emit ال for l-/el-/al- or a geminated sun letter; return where the stem starts."""
    n = len(word)
    if n >= 3 and word[0] == "l" and word[1] not in _VOWELS:
        out.append("ال")
        return 1
    if n >= 4 and word[0] == word[1] and word[0] in _SUN:
        out.append("ال")
        return 1
    if n >= 5 and word[:2] in ("el", "al") and word[2] not in _VOWELS and word[2] != word[3]:
        out.append("ال")
        return 2
    return 0


def _initial_vowel(word: str, i: int, out: list[str]) -> int:
    if word.startswith("ou", i):
        out.append("و")
        return i + 2
    if word[i] == "y":
        out.append("ي")
        return i + 1
    out.append("ا")
    return i + 1


def _hamza(word: str, i: int, stem_start: int, out: list[str]) -> int:
    nxt = word[i + 1 : i + 2]
    if i == stem_start:
        out.append("ا")
        return i + 2 if nxt in ("a", "e") else i + 1
    if nxt in ("i", "y"):
        out.append("ي")
        return i + 2
    if nxt in ("o", "u"):
        out.append("و")
        return i + 3 if word.startswith("ou", i + 1) else i + 2
    if nxt == "a":
        out.append("ا")
        return i + 2
    out.append("ء")
    return i + 1


def _vowel(word: str, i: int) -> str:
    char = word[i]
    last = i == len(word) - 1
    if char == "e":
        return ""  # schwa is not written
    if char == "a" and last:
        return _final_a(word)
    return _LONG_VOWEL[char]


def _final_a(word: str) -> str:
    # Final -a of a noun of three or more consonants is the feminine ة (khdma, wra9a);
    # elsewhere (pronoun suffixes -na/-ha, short words) it is written ا.
    consonants = sum(1 for c in word[:-1] if c not in _VOWELS)
    if consonants >= 3 and word[-2] not in ("n", "h", "k", "w", "y"):
        return "ة"
    return "ا"


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


@lru_cache(maxsize=1)
def _lexicon_spellings() -> dict[str, str]:
    """Latin variant → Arabic spelling, taken from the Darija lexicon when close enough.

    A lexicon row lists spellings in both scripts without aligning them, so each Latin
    variant takes the Arabic variant nearest to what the rules produce; a row whose
    Arabic side is a translation rather than a spelling (cin → البطاقة الوطنية) is
    too far and the rules win.
    """
    from bawaba.text.lexicon import entries

    spellings: dict[str, str] = {}
    for entry in entries():
        arabic = [a for a in entry.darija_arab if " " not in a]
        for latin in entry.darija_latn:
            if " " in latin or latin in EXCEPTIONS or latin in spellings:
                continue
            guess = normalize_arabic(_rules(latin, [False] * len(latin)))
            best = min(arabic, key=lambda a: levenshtein(guess, normalize_arabic(a)), default="")
            if best and _same_word(guess, normalize_arabic(best)):
                spellings[latin] = best
    return spellings


def _same_word(guess: str, spelling: str) -> bool:
    """Whether a lexicon spelling is the guessed word spelled better, not another word.

    The article and the first letter (often a person prefix: n-, y-, t-) must agree.
    """
    if guess[:1] != spelling[:1] or guess.startswith("ال") != spelling.startswith("ال"):
        return False
    return levenshtein(guess, spelling) <= max(1, len(guess) // 4) or (
        arabic_skeleton(guess) == arabic_skeleton(spelling)
    )


def has_latin_letters(text: str) -> bool:
    """Whether any ASCII Latin letter is left (used by tests and callers as a guard)."""
    return bool(_LATIN_LETTER.search(text.lower()))


# Consonant classes that survive spelling variation across scripts: emphatic and plain
# pairs merge (Arabizi rarely marks emphasis), ق/ك/ڭ merge (the Moroccan g comes from
# both), long vowels, glides, alef, hamza and final ة/ه are dropped.
_SKELETON = str.maketrans(
    {
        "ب": "b",
        "ت": "t",
        "ط": "t",
        "ث": "t",
        "ج": "j",
        "ح": "h",
        "ه": "h",
        "خ": "x",
        "د": "d",
        "ض": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "z",
        "ظ": "z",
        "س": "s",
        "ص": "s",
        "ش": "c",
        "ع": "3",
        "غ": "g",
        "ف": "f",
        "ق": "k",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ا": None,
        "و": None,
        "ي": None,
        "ء": None,
    }
)
_REPEATS = re.compile(r"(.)\1+")


def consonant_key(text: str) -> str:
    """Consonant skeleton of `text`, the same for a word in Arabizi and in Arabic script.

    "lwra9", "wra9", "الوراق" and "وراق" all give "wrk"; useful to match spellings across scripts
    when neither the lexicon nor exact transliteration agrees.
    """
    keys = (arabic_skeleton(word) for word in normalize_arabic(arabizi_to_arabic(text)).split())
    return " ".join(key for key in keys if key)


def arabic_skeleton(word: str) -> str:
    """Consonant skeleton of one normalized Arabic-script word ("التبرعات" → "tbr3t")."""
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    if word.endswith("ه") and len(word) > 2:
        word = word[:-1]
    onset = {"و": "w", "ي": "y"}.get(word[:1], "")  # a glide opening a word is a consonant
    return _REPEATS.sub(r"\1", onset + word.translate(_SKELETON))
