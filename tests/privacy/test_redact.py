"""Redaction: every planted identifier disappears, placeholders are typed, and it is idempotent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bawaba.privacy import redact
from bawaba.privacy.redact import contains_identifier

# Surrounding text: words without digits, '@' or capitals, as people write around a number.
_WORD = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzéèàçابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=8
)
_TEXT = st.lists(_WORD, max_size=6).map(" ".join)
_DIGIT = st.sampled_from("0123456789")


def digits(n: int) -> st.SearchStrategy[str]:
    return st.lists(_DIGIT, min_size=n, max_size=n).map("".join)


_UPPER = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
CIN = st.tuples(st.lists(_UPPER, min_size=1, max_size=2).map("".join), st.integers(3, 6)).flatmap(
    lambda t: digits(t[1]).map(lambda d: t[0] + d)
)
PHONE = st.tuples(st.sampled_from(["05", "06", "07", "+2126", "+212 6", "00212 7"]), digits(8)).map(
    lambda t: t[0] + " ".join([t[1][:2], t[1][2:4], t[1][4:6], t[1][6:]])
)
EMAIL = st.tuples(
    st.from_regex(r"[a-z][a-z0-9._]{0,10}", fullmatch=True),
    st.sampled_from(["gmail.com", "menara.ma", "x.co"]),
).map("@".join)
RIB = digits(24).map(lambda d: " ".join([d[:3], d[3:6], d[6:22], d[22:]]))
ICE = digits(15)
MASSAR = st.tuples(_UPPER, digits(9)).map("".join)
PASSPORT = st.tuples(st.lists(_UPPER, min_size=2, max_size=2).map("".join), digits(7)).map("".join)
CNSS = digits(9).map(lambda d: "1" + d[1:])
NAME = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)
IDENTIFIERS = {
    "[CIN]": CIN, "[PHONE]": PHONE, "[EMAIL]": EMAIL, "[RIB]": RIB, "[ICE]": ICE,
    "[MASSAR]": MASSAR, "[PASSPORT]": PASSPORT, "[CNSS]": CNSS,
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [
    ("ma CIN est AB123456", "ma CIN est [CIN]"),
    ("appelez le 06 12 34 56 78", "appelez le [PHONE]"),
    ("tel +212 6 12 34 56 78", "tel [PHONE]"),
    ("mail: ahmed.b@gmail.com", "mail: [EMAIL]"),
    ("RIB 011 780 0000123456789012 34", "RIB [RIB]"),
    ("IBAN MA64 0117 8000 0012 3456 7890 1234", "IBAN [IBAN]"),
    ("ICE 001234567000089", "ICE [ICE]"),
    ("code massar R130123456", "code massar [MASSAR]"),
    ("passeport AB1234567", "passeport [PASSPORT]"),
    ("immatriculation cnss 123456789", "immatriculation cnss [CNSS]"),
    ("né le 12/05/1990", "né le [DATE]"),
    ("je m'appelle Ahmed Ben Salah et je veux un passeport", "je m'appelle [NAME] et je veux un passeport"),
    ("my name is John Smith, I need a visa", "my name is [NAME], I need a visa"),
    ("me llamo Lucía y quiero renovar", "me llamo [NAME] y quiero renovar"),
    ("ismi youssef w bghit passeport", "ismi [NAME] w bghit passeport"),
    ("اسمي محمد العلوي وأريد تجديد جواز السفر", "اسمي [NAME] وأريد تجديد جواز السفر"),
])  # fmt: skip
def test_known_identifiers_get_typed_placeholders(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "renouvellement de la CNIE, 75 DH de timbre",
    "combien coûte le passeport en 2024 ? 300 000 MAD",
    "اسمي العائلي مكتوب خطأ في رسم الولادة",
    "bac 2025, CM2 et CE1, formulaire A1",
    "ma carte d'identité expire le mois prochain je fais quoi",
])  # fmt: skip
def test_ordinary_questions_are_left_alone(text: str) -> None:
    assert redact(text) == text
    assert not contains_identifier(text)


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@given(
    st.sampled_from(sorted(IDENTIFIERS)).flatmap(lambda k: st.tuples(st.just(k), IDENTIFIERS[k])),
    _TEXT,
    _TEXT,
)
@settings(max_examples=400, deadline=None)
def test_planted_identifier_never_leaks(kind: tuple[str, str], before: str, after: str) -> None:
    placeholder, value = kind
    out = redact(f"{before} {value} {after}")
    assert value not in out
    tail = "".join(c for c in value if c.isdigit())[-6:]
    assert not tail or tail not in out.replace(" ", "")
    assert placeholder in out


@given(NAME, _TEXT, st.sampled_from(["je m'appelle", "my name is", "me llamo", "ismi", "smiti"]))
@settings(max_examples=200, deadline=None)
def test_planted_name_never_leaks(name: str, after: str, cue: str) -> None:
    out = redact(f"{cue} {name} {after}")
    assert name not in out
    assert "[NAME]" in out
