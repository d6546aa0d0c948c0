"""Intent rules: what a message is, before any retrieval."""

from __future__ import annotations

import pytest

from bawaba.assistant.intent import Kind, read_intent
from bawaba.privacy import redact


@pytest.mark.parametrize(("text", "kind"), [
    ("bonjour", Kind.GREETING),
    ("Salam 3afak", Kind.GREETING),
    ("السلام عليكم", Kind.GREETING),
    ("merci beaucoup !", Kind.THANKS),
    ("", Kind.EMPTY),
    ("qui es-tu ?", Kind.CHIT_CHAT),
    ("tell me a joke", Kind.CHIT_CHAT),
    ("عاودلي شي نكتة", Kind.CHIT_CHAT),
    ("où en est ma demande de passeport ?", Kind.PERSONAL_FILE),
    ("is my passport ready?", Kind.PERSONAL_FILE),
    ("wach la carte dyali wjdat?", Kind.PERSONAL_FILE),
    ("ما مآل طلبي رقم 12345678", Kind.PERSONAL_FILE),
    ("vérifiez mon dossier, CIN AB123456", Kind.PERSONAL_FILE),
    ("est-ce légal que mon patron ne me paie pas ?", Kind.LEGAL_ADVICE),
    ("will I win my case against my landlord?", Kind.LEGAL_ADVICE),
    ("واش قانوني يطردني مول الدار؟", Kind.LEGAL_ADVICE),
    ("recette msemen facile", Kind.OFF_TOPIC),
    ("quel temps fera-t-il demain à Agadir", Kind.OFF_TOPIC),
    ("wach lmountakhab ghadi yrb7 lkas?", Kind.OFF_TOPIC),
    ("كم سعر صرف اليورو اليوم", Kind.OFF_TOPIC),
    ("hoteles baratos en Chefchaouen", Kind.OFF_TOPIC),
])  # fmt: skip
def test_clear_cases_are_classified(text: str, kind: Kind) -> None:
    assert read_intent(redact(text)).kind == kind


@pytest.mark.parametrize("text", [
    "ma carte d'identité expire le mois prochain je fais quoi",
    "bghit nft7 restaurant f casa, chno lwra9?",
    "autorisation pour ouvrir un café",
    "comment suivre mon dossier judiciaire en ligne",
    "جمعيتنا تنظم دوري كرة القدم للأطفال ونحتاج تمويلاً",
    "verifier jours declares cnss releve",
    "المساعدة القضائية باش ناخد محامي فابور",
    "I can't afford a lawyer for my court case, is there free legal help",
])  # fmt: skip
def test_procedure_questions_are_questions(text: str) -> None:
    assert read_intent(redact(text)).kind == Kind.QUESTION


@pytest.mark.parametrize(("text", "focus"), [
    ("combien coûte le passeport ?", ("cost",)),
    ("bch7al lpaspor", ("cost",)),
    ("quels papiers pour la CNIE", ("documents",)),
    ("how long does it take?", ("delay",)),
    ("كم من الوقت يستغرق؟", ("delay",)),
    ("can I do it online?", ("online",)),
])  # fmt: skip
def test_field_focus(text: str, focus: tuple[str, ...]) -> None:
    assert read_intent(text).focus == focus


@pytest.mark.parametrize(("text", "variant"), [
    ("renouveler mon passeport", "renewal"),
    ("j'ai perdu ma carte grise", "loss"),
    ("tsr9at liya la carte", "loss"),
    ("passeport pour mon fils", "minor"),
    ("تجديد جواز السفر", "renewal"),
    ("first passport", "first"),
    ("CNIE au consulat", "abroad"),
])  # fmt: skip
def test_variants(text: str, variant: str) -> None:
    assert variant in read_intent(text).variants


def test_possessive_son_is_not_a_minor() -> None:
    assert "minor" not in read_intent("renouveler son passeport").variants


def test_a_follow_up_has_no_content_words() -> None:
    intent = read_intent("et ça coûte combien ?")
    assert intent.focus == ("cost",) and len(intent.content) <= 1
    assert read_intent("le deuxième").choice == 2
    assert read_intent("الثاني").choice == 2
