"""Replace personal identifiers in free text by typed placeholders such as `[CIN]`.

Used on everything the assistant logs, keeps or counts. Redaction is idempotent (a
placeholder never matches again) and errs towards removing too much: a false positive
costs a word of a question, a false negative leaks a citizen's identity.

Moroccan formats covered: CIN/CNIE (1–2 letters + digits), phone numbers (+212, 00212,
05/06/07/08), e-mail, RIB (24 digits) and IBAN, ICE (15 digits), passport numbers,
CNSS numbers (9 digits), Massar codes (letter + 9 digits), full dates (birth dates), and
names introduced by cue words in French, English, Spanish, Arabic and Darija.
"""

from __future__ import annotations

import re

EMAIL, IBAN, RIB, ICE, PHONE, CNSS, MASSAR, PASSPORT, CIN, ID, DATE, NUMBER, NAME = (
    "[EMAIL]", "[IBAN]", "[RIB]", "[ICE]", "[PHONE]", "[CNSS]", "[MASSAR]", "[PASSPORT]",
    "[CIN]", "[ID]", "[DATE]", "[NUMBER]", "[NAME]",
)  # fmt: skip
PLACEHOLDERS = (EMAIL, IBAN, RIB, ICE, PHONE, CNSS, MASSAR, PASSPORT, CIN, ID, DATE, NUMBER, NAME)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?!\d)")
# A letter prefix glued to digits ("AB123456"), or uppercase letters, one space, 4+ digits.
_LETTERED = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<a>[A-Za-z]{1,2})-?(?P<ad>\d{3,10})|(?P<b>[A-Z]{1,2}) (?P<bd>\d{4,10}))"
    r"(?!\d)"
)
# Digit runs with single separators; an international prefix is kept with the run.
_DIGITS = re.compile(
    r"(?<![\d+])(?P<intl>(?:\+\s?\d{1,3}|00\s?212)\s?(?:\(0\)\s?)?)?\d(?:[ .-]?\d)*(?!\d)"
)
_CNSS_CUE = re.compile(r"(cnss|ضمان|immatricul|matricule)", re.IGNORECASE)

_LATIN_CUES = (
    r"je m['’]appelle|moi c['’]est|mon (?:pr[ée]nom|nom)(?: complet)? (?:est|c['’]est)|"
    r"my name is|my name's|i am called|i['’]m called|me llamo|mi nombre es|"
    r"ana smiti|ana smiyti|ismi|esmi|smiti|smiyti|smyti"
)
_ARABIC_CUES = r"اسمي|إسمي|أسمي|سميتي|أدعى|ادعى"
_LATIN_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*"
_ARABIC_WORD = r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF]+"
_LATIN_NAME = re.compile(
    rf"(?<![\w])(?P<cue>{_LATIN_CUES})(?P<sep>\s*:?\s+)(?P<name>{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,2}})",
    re.IGNORECASE,
)
_ARABIC_NAME = re.compile(
    rf"(?<![\w])(?P<cue>{_ARABIC_CUES})(?:\s+هو)?(?P<sep>\s*:?\s+)(?P<name>{_ARABIC_WORD}(?:\s+{_ARABIC_WORD})?)"
)
_PARTICLES = {"ben", "bin", "ibn", "el", "al", "ould", "ait", "aït", "bent", "bint", "de", "la"}
_STOP_LATIN = {
    "et", "and", "y", "w", "o", "je", "j", "i", "im", "i'm", "mon", "ma", "my", "mi", "est",
    "is", "es", "bghit", "bghina", "baghi", "3andi", "andi", "wach", "kifach", "fin", "chno",
    "j'ai", "jai", "veux", "want", "need", "quiero", "necesito", "pour", "for", "para", "from",
    "de", "la", "le", "les", "un", "une", "a", "an", "the", "el", "al", "svp", "please", "at",
    "f", "fi", "b", "dyal", "dial", "3la", "l", "ta3", "m3a", "mktoub", "ghalat",
    "on", "au", "sur", "en", "in", "to", "with", "avec", "con",
}  # fmt: skip
_STOP_ARABIC = {
    "و", "أريد", "اريد", "بغيت", "ابغيت", "عندي", "من", "في", "أنا", "انا", "نريد", "بدي",
    "كيف", "كيفاش", "واش", "شنو", "فين", "هل", "ما", "ماذا", "لدي", "وأريد", "واريد",
    "وبغيت", "باغي", "حاب", "كنبغي", "ولدي", "بنتي", "ابني", "على", "عن", "هو",
    "العائلي", "العائلية", "الشخصي", "الكامل", "غير", "مكتوب", "خطأ", "خاطئ", "فيه", "ديالي",
    "ف", "فالبطاقة", "ماشي", "مشي",
}  # fmt: skip


def _lettered(m: re.Match[str]) -> str:
    letters = m.group("a") or m.group("b") or ""
    digits = m.group("ad") or m.group("bd") or ""
    if len(letters) == 1 and len(digits) == 9:
        return MASSAR
    if len(digits) in (7, 8):
        return PASSPORT
    if len(digits) <= 6:
        return CIN
    return ID


def _classify_digits(m: re.Match[str], text: str) -> str:
    raw = m.group(0)
    digits = re.sub(r"\D", "", raw)
    n = len(digits)
    if m.group("intl"):
        return PHONE if n >= 8 else raw
    if n == 10 and digits[0] == "0" and digits[1] in "5678":
        return PHONE
    if n == 24:
        return RIB
    if n == 15:
        return ICE
    if n == 9:
        cue = _CNSS_CUE.search(text[max(0, m.start() - 30) : m.start()])
        return PHONE if digits[0] in "5678" and not cue else CNSS
    if n >= 7:
        return NUMBER
    return raw


def _latin_name(m: re.Match[str]) -> str:
    tokens = list(re.finditer(r"\S+", m.group("name")))
    end = 0
    for i, t in enumerate(tokens):
        low = t.group(0).lower()
        if i == 0:
            if low in _STOP_LATIN:
                return m.group(0)
            end = t.end()
            continue
        if not (t.group(0)[:1].isupper() or low in _PARTICLES) or (
            low in _STOP_LATIN and low not in _PARTICLES
        ):
            break
        end = t.end()
    name = m.group("name")
    return f"{m.group('cue')}{m.group('sep')}{NAME}{name[end:]}"


def _arabic_name(m: re.Match[str]) -> str:
    tokens = list(re.finditer(r"\S+", m.group("name")))
    if tokens[0].group(0) in _STOP_ARABIC:
        return m.group(0)
    end = tokens[0].end()
    if len(tokens) > 1 and tokens[1].group(0) not in _STOP_ARABIC:
        end = tokens[1].end()
    prefix = m.group(0)[: m.start("name") - m.start(0)]
    return f"{prefix}{NAME}{m.group('name')[end:]}"


def redact(text: str) -> str:
    """`text` with every personal identifier replaced by its typed placeholder."""
    text = _EMAIL.sub(EMAIL, text)
    text = _IBAN.sub(IBAN, text)
    text = _DATE.sub(DATE, text)
    text = _LETTERED.sub(_lettered, text)
    text = _DIGITS.sub(lambda m: _classify_digits(m, text), text)
    text = _LATIN_NAME.sub(_latin_name, text)
    return _ARABIC_NAME.sub(_arabic_name, text)


def contains_identifier(text: str) -> bool:
    """Whether `text` carries anything `redact` would remove (a personal-file signal)."""
    return redact(text) != text
