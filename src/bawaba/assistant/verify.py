"""Check a generated answer against the records it must be grounded on.

Every amount, number, duration, link, document and authority the text mentions must be
found in the records (or in the composed draft, itself built from them). The checks are
deliberately strict: a false alarm costs a nicer wording, a miss would cost a citizen a
wasted trip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bawaba.assistant.cues import Cues, fold, words
from bawaba.assistant.model import Fact
from bawaba.catalog.model import Organisation, Service

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()\"'«»]+|"
    r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ma|com|org|net|gov|fr|info|io)\b(?:/[^\s<>()\"'«»]*)?|"
    r"(?<![\w/])/(?:ar|fr|en|zgh|es)/[^\s<>()\"'«»]+",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LIST_MARKER = re.compile(r"^\s*\d{1,2}[.)]\s", re.MULTILINE)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
_ISO_PART = re.compile(r"(\d+)([YMWDH])")
_PAGE_LANGS = ("ar", "fr", "en", "zgh", "es")
_COMMON_ACRONYMS = frozenset({"ID", "OK", "DH", "MAD", "AM", "PM"})

# Time units per class, in the answer languages; "M" is months.
_UNITS: dict[str, str] = {
    "D": r"jours?|days?|d[ií]as?|يوما|يوم|أيام|ايام|أياما",
    "W": r"semaines?|weeks?|semanas?|أسبوعا|أسبوع|أسابيع|اسبوع|اسابيع",
    "M": r"mois|months?|mes(?:es)?|شهرا|شهر|أشهر|اشهر|شهور",
    "Y": r"ans?|années?|years?|años?|سنة|سنوات|سنين|عاما|أعوام",
    "H": r"heures?|hours?|horas?|ساعة|ساعات",
}
_DURATION = re.compile(
    r"(\d+)\s*(" + "|".join(f"(?P<{k}>{v})" for k, v in _UNITS.items()) + r")\b", re.IGNORECASE
)
_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "soixante": 60, "cent": 100, "mille": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "fifteen": 15,
    "twenty": 20, "thirty": 30, "واحد": 1, "اثنان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4,
    "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "عشرين": 20, "ثلاثين": 30, "ستين": 60,
}  # fmt: skip

# Kinds of supporting document, across languages: mentioning one the records do not name is
# inventing a requirement.
DOCUMENT_KINDS: tuple[Cues, ...] = (
    Cues("birth", ["acte de naissance", "extrait de naissance", "birth certificate", "partida de nacimiento", "acta de nacimiento", "رسم الولادة", "عقد الازدياد", "عقد الولادة"]),
    Cues("residence", ["certificat de residence", "justificatif de residence", "proof of residence", "certificate of residence", "certificado de residencia", "شهادة السكنى"]),
    Cues("photo", ["photo*", "photograph*", "fotografia*", "foto", "fotos", "صور", "صورة", "الصور"]),
    Cues("criminal", ["casier judiciaire", "criminal record", "antecedentes penales", "السجل العدلي", "بطاقة السوابق"]),
    Cues("medical", ["certificat medical", "medical certificate", "certificado medico", "شهادة طبية"]),
    Cues("family_book", ["livret de famille", "family book", "family record book", "libro de familia", "الدفتر العائلي", "دفتر الحالة المدنية"]),
    Cues("marriage", ["acte de mariage", "marriage certificate", "acta de matrimonio", "عقد الزواج", "رسم الزواج"]),
    Cues("death", ["acte de deces", "death certificate", "acta de defuncion", "رسم الوفاة", "شهادة الوفاة"]),
    Cues("diploma", ["diplome*", "diploma*", "degree certificate", "titulo", "الدبلوم", "شهادة الباكالوريا"]),
    Cues("transcript", ["releve de notes", "releves de notes", "transcript*", "expediente academico", "كشف النقط"]),
    Cues("payslip", ["bulletin de paie", "bulletins de paie", "fiche de paie", "payslip*", "pay slip*", "nomina", "ورقة الأداء"]),
    Cues("work_cert", ["attestation de travail", "work certificate", "employment certificate", "certificado de trabajo", "شهادة العمل"]),
    Cues("bank", ["rib", "releve d identite bancaire", "bank details", "iban", "datos bancarios", "شهادة الحساب البنكي", "رقم الحساب البنكي"]),
    Cues("power_of_attorney", ["procuration", "power of attorney", "poder notarial", "وكالة"]),
    Cues("land_title", ["titre foncier", "land title", "titulo de propiedad", "الرسم العقاري"]),
    Cues("lease", ["contrat de bail", "bail", "lease", "rental agreement", "contrato de alquiler", "عقد الكراء"]),
    Cues("invoice", ["facture*", "invoice*", "factura*", "فاتورة", "فواتير"]),
    Cues("passport", ["passeport*", "passport*", "pasaporte*", "جواز السفر", "جواز"]),
    Cues("id_card", ["cnie", "cin", "carte nationale", "carte d identite", "id card", "identity card", "national identity", "dni", "البطاقة الوطنية", "بطاقة التعريف"]),
    Cues("driving", ["permis de conduire", "driving licence", "driving license", "driver s license", "permiso de conducir", "رخصة السياقة"]),
    Cues("registration", ["carte grise", "vehicle registration", "registration certificate", "permiso de circulacion", "البطاقة الرمادية"]),
    Cues("stamp", ["timbre*", "stamp duty", "tax stamp", "fiscal stamp", "sello fiscal", "تنبر", "التنبر", "طابع"]),
    Cues("insurance", ["attestation d assurance", "insurance certificate", "certificado de seguro", "شهادة التأمين"]),
    Cues("judgment", ["jugement", "judgment", "judgement", "sentencia", "الحكم", "حكم"]),
)  # fmt: skip


@dataclass(frozen=True)
class Grounds:
    """Everything a grounded answer may mention, gathered from its records and draft."""

    numbers: frozenset[str]
    durations: frozenset[tuple[int, str]]
    urls: frozenset[str]
    documents: frozenset[str]
    acronyms: frozenset[str]
    folded_text: str


def _numbers(text: str) -> set[str]:
    out = {_canon_number(n) for n in _NUMBER.findall(text.translate(_ARABIC_DIGITS))}
    for w in words(text):
        if w in _NUMBER_WORDS:
            out.add(str(_NUMBER_WORDS[w]))
    # "300 000" and "300.000" are one amount in French and Arabic typography.
    for m in re.finditer(r"\d{1,3}(?:[ .\u202f\u00a0]\d{3})+", text.translate(_ARABIC_DIGITS)):
        out.add(re.sub(r"\D", "", m.group(0)))
    return out


def _canon_number(n: str) -> str:
    n = n.replace(",", ".")
    if "." in n:
        n = n.rstrip("0").rstrip(".")
    return n.lstrip("0") or "0"


def _canon_url(url: str) -> str:
    url = url.strip().rstrip(".,;:!?)»").lower()
    url = re.sub(r"^https?://", "", url)
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


def _durations(text: str) -> set[tuple[int, str]]:
    out = set()
    for m in _DURATION.finditer(text.translate(_ARABIC_DIGITS)):
        unit = next(k for k in _UNITS if m.group(k))
        out.add((int(m.group(1)), unit))
    return out


def record_texts(s: Service, organisations: dict[str, Organisation] | None = None) -> list[str]:
    """Every human-readable value of a record, in every language."""
    texts: list[str] = [*s.title.values(), *s.description.values(), *s.keywords.values()]
    for d in s.documents:
        texts += [*d.title.values(), *d.description.values()]
    for step in s.steps:
        texts += step.values()
    for c in s.costs:
        texts += c.description.values()
        if c.amount is not None:
            texts.append(f"{c.amount:g} {c.currency}")
    texts += s.processing_time_text.values()
    for ref in s.legal_basis:
        texts += ref.values()
    if s.online_url:
        texts.append(s.online_url)
    if s.contact is not None:
        texts += [v for v in (s.contact.phone, s.contact.email, s.contact.page) if v]
        texts += s.contact.opening_hours.values()
    if organisations and s.authority in organisations:
        org = organisations[s.authority]
        texts += org.name.values()
        if org.homepage:
            texts.append(org.homepage)
    return texts


def grounds(
    records: Iterable[Service],
    organisations: dict[str, Organisation] | None = None,
    draft: str = "",
) -> Grounds:
    records = list(records)
    texts: list[str] = [draft]
    durations: set[tuple[int, str]] = set()
    for s in records:
        texts += record_texts(s, organisations)
        if s.processing_time:
            date_part, _, time_part = s.processing_time[1:].partition("T")
            durations |= {(int(n), u) for n, u in _ISO_PART.findall(date_part)}
            durations |= {(int(n), u) for n, u in _ISO_PART.findall(time_part) if u == "H"}
            if "W" in date_part:  # weeks are often said in days
                durations |= {
                    (int(n) * 7, "D") for n, u in _ISO_PART.findall(date_part) if u == "W"
                }
    # The portal's own page of each record may always be linked.
    portal = {_canon_url(f"/{lang}/services/{s.id}") for s in records for lang in _PAGE_LANGS}
    joined = "\n".join(texts)
    numbers = _numbers(joined)
    numbers |= {str(n) for n, _ in durations}
    durations |= _durations(joined)
    toks = words(joined)
    return Grounds(
        numbers=frozenset(numbers),
        durations=frozenset(durations),
        urls=frozenset(_canon_url(u) for u in _URL.findall(joined)) | portal,
        documents=frozenset(c.name for c in DOCUMENT_KINDS if c.found(toks)),
        acronyms=frozenset(_ACRONYM.findall(joined)),
        folded_text=fold(joined),
    )


def verify(
    text: str,
    facts: list[Fact],
    records: Iterable[Service],
    organisations: dict[str, Organisation] | None = None,
    draft: str = "",
) -> list[str]:
    """The claims of `text` that the records do not support (empty when it is grounded).

    `facts` are the composed answer's facts; their values are part of what may be said.
    """
    records = list(records)
    g = grounds(records, organisations, draft + "\n" + "\n".join(f.value for f in facts))
    problems: list[str] = []
    urls = _URL.findall(text)
    for url in urls:
        if _canon_url(url) not in g.urls:
            problems.append(f"link {url!r} is not in the records")
    bare = _URL.sub(" ", text)
    bare = _LIST_MARKER.sub(" ", bare)
    for n, unit in sorted(_durations(bare)):
        if (n, unit) not in g.durations:
            problems.append(f"duration {n} {unit} is not in the records")
    for number in sorted(_numbers(_DURATION.sub(" ", bare)) - g.numbers):
        problems.append(f"number {number} is not in the records")
    toks = words(bare)
    for kind in DOCUMENT_KINDS:
        if kind.name not in g.documents and kind.found(toks):
            problems.append(f"document {kind.name!r} is not in the records")
    for acronym in sorted(set(_ACRONYM.findall(bare)) - g.acronyms - _COMMON_ACRONYMS):
        if fold(acronym) not in g.folded_text:
            problems.append(f"name {acronym!r} is not in the records")
    if organisations:
        named = {o.id: o for o in organisations.values()}
        allowed = {s.authority for s in records if s.authority}
        for org_id, org in named.items():
            if org_id in allowed:
                continue
            for name in org.name.values():
                if len(name) > 12 and fold(name) in fold(bare) and fold(name) not in g.folded_text:
                    problems.append(f"authority {name!r} is not the records' authority")
    return problems
