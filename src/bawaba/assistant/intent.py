"""What kind of message a question is, before any retrieval: rules over cue phrases.

The rules only ever decide the clear cases (a greeting alone, a request for someone's file,
a request for legal advice, a recipe). Everything else is a question for the catalog, and
retrieval scores decide whether the catalog answers it (see `assistant.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from bawaba.assistant import phrases as P
from bawaba.assistant.cues import covered, words
from bawaba.privacy.redact import CIN, CNSS, IBAN, ICE, ID, MASSAR, NUMBER, PASSPORT, RIB
from bawaba.text.stopwords import (
    ARABIC,
    DARIJA_ARABIC,
    DARIJA_LATIN,
    ENGLISH,
    FRENCH,
    SPANISH,
)

# Question words carry no topic: "combien ?" alone does not say which procedure.
_QUESTION_WORDS = frozenset(words(
    "combien quoi comment pourquoi quand quel quelle quels quelles faut il est ce "
    "how what which when why much many does do cuanto cuanta como que cual cuando donde "
    "كم ماذا كيف متى لماذا هل ما شنو شحال كيفاش واش علاش فوقاش امتى ch7al chhal chno ach "
    "kifach wach 3lach imta fo9ach et and y w o ok alors donc also tambien aussi"
))  # fmt: skip
_STOP = FRENCH | ENGLISH | SPANISH | ARABIC | DARIJA_ARABIC | DARIJA_LATIN | _QUESTION_WORDS
# Identifiers that point at one person's file (a phone or an e-mail does not).
_FILE_IDS = (CIN, CNSS, MASSAR, PASSPORT, ID, NUMBER, RIB, IBAN, ICE)


class Kind(StrEnum):
    QUESTION = "question"
    EMPTY = "empty"
    GREETING = "greeting"
    THANKS = "thanks"
    CHIT_CHAT = "chit_chat"
    OFF_TOPIC = "off_topic"
    PERSONAL_FILE = "personal_file"
    LEGAL_ADVICE = "legal_advice"


@dataclass(frozen=True)
class Intent:
    kind: Kind
    focus: tuple[str, ...] = ()
    """Fields asked about ("cost", "documents", "delay", "where", "online"), in that order."""
    variants: frozenset[str] = field(default_factory=frozenset)
    """Variants the question names ("first", "renewal", "loss", "minor", "abroad", "change")."""
    content: tuple[str, ...] = ()
    """Words left once greetings, politeness, field and variant cues are set aside."""
    leisure: bool = False
    """A weak sign of a consumer or leisure question (decided with retrieval scores)."""
    admin: bool = False
    """The question names an administrative thing (a permit, a certificate, a tax...)."""
    choice: int | None = None
    """An ordinal answer to a clarifying question ("the second one" → 2)."""


_ORDINALS = {
    1: "1 premier premiere first primero primera الاول الاولى لول lowl lwla",
    2: "2 deuxieme second segundo segunda الثاني الثانيه tani tanya",
    3: "3 troisieme third tercero tercera الثالث الثالثه talt talta",
    4: "4 quatrieme fourth cuarto cuarta الرابع الرابعه rab3",
    5: "5 cinquieme fifth quinto quinta الخامس الخامسه",
}
_ORDINAL_OF = {w: n for n, forms in _ORDINALS.items() for w in words(forms)}


def _ordinal(toks: list[str]) -> int | None:
    """The number of a short answer that picks an option by rank ("the second one")."""
    picked = {_ORDINAL_OF[t] for t in toks if t in _ORDINAL_OF}
    return picked.pop() if len(picked) == 1 and len(toks) <= 4 else None


def read_intent(redacted: str) -> Intent:
    """Classify an already-redacted question (placeholders such as [CIN] mark identifiers)."""
    toks = words(redacted)
    if not toks:
        return Intent(Kind.EMPTY)
    social = covered(toks, (P.GREETING, P.THANKS, P.POLITE))
    cued = social | covered(toks, (*P.FIELDS, *P.VARIANTS, P.STEPS))
    admin = P.ADMIN.found(toks)

    def make(kind: Kind, leisure: bool = False) -> Intent:
        return Intent(
            kind,
            focus=tuple(c.name for c in P.FIELDS if c.found(toks)),
            variants=frozenset(c.name for c in P.VARIANTS if c.found(toks)),
            content=tuple(t for i, t in enumerate(toks) if i not in cued and t not in _STOP),
            leisure=leisure,
            admin=admin,
            choice=_ordinal([t for i, t in enumerate(toks) if i not in social]),
        )

    if all(i in social for i in range(len(toks))):
        greeted = P.GREETING.found(toks)
        return make(Kind.THANKS if P.THANKS.found(toks) and not greeted else Kind.GREETING)
    if P.PERSONAL_FILE.found(toks) or (
        any(p in redacted for p in _FILE_IDS) and P.LOOKUP.found(toks) and not P.STEPS.found(toks)
    ):
        return make(Kind.PERSONAL_FILE)
    if P.LEGAL_ADVICE.found(toks):
        return make(Kind.LEGAL_ADVICE)
    if P.CHIT_CHAT.found(toks) and not admin:
        return make(Kind.CHIT_CHAT)
    opening = P.OPENING.found(toks)
    if not admin and (P.OFF_TOPIC.found(toks) or (P.COMMERCE.found(toks) and not opening)):
        return make(Kind.OFF_TOPIC)
    return make(Kind.QUESTION, P.LEISURE.found(toks) and not admin and not opening)
