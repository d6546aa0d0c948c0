from __future__ import annotations

import pytest

from bawaba.text.latin import fold_latin


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("L'Acte de Naissance", "l acte de naissance"),
        ("Carte d’identité", "carte d identite"),
        ("Œuvre sociale", "oeuvre sociale"),
        ("Straße", "strasse"),
        ("año señor", "ano senor"),
        ("ÇA VA  À   Fès", "ca va a fes"),
        ("ﬁche", "fiche"),
        ("Łódź", "lodz"),
        ("3afak  lwra9", "3afak lwra9"),
    ],
)
def test_fold_latin_examples(raw: str, expected: str) -> None:
    assert fold_latin(raw) == expected
