from __future__ import annotations

from bawaba.text.tifinagh import IRCAM, latin_to_tifinagh, tifinagh_to_latin


def test_ircam_table_covers_the_33_letters() -> None:
    # 31 simple letters + the tamatart ⵯ, which writes the labialized gʷ and kʷ.
    assert len(IRCAM) == 32
    assert all(0x2D30 <= ord(t) <= 0x2D7F for t, _ in IRCAM)
    assert len({lat for _, lat in IRCAM}) == len(IRCAM)


def test_tifinagh_to_latin() -> None:
    assert tifinagh_to_latin("ⴰⵣⵓⵍ") == "azul"
    assert tifinagh_to_latin("ⵜⴰⵎⴰⵣⵉⵖⵜ") == "tamaziɣt"
    assert tifinagh_to_latin("ⴰⴳⵯⵎⴰⵔ") == "agʷmar"
    assert tifinagh_to_latin("ⵜⴰⵎⴷⵉⵏⵜ 2025") == "tamdint 2025"


def test_latin_to_tifinagh() -> None:
    assert latin_to_tifinagh("Azul") == "ⴰⵣⵓⵍ"
    assert latin_to_tifinagh("tamaziɣt") == "ⵜⴰⵎⴰⵣⵉⵖⵜ"
    assert latin_to_tifinagh("taḍṣa") == "ⵜⴰⴹⵚⴰ"
    assert latin_to_tifinagh("ta\u1e0d") == latin_to_tifinagh("tad\u0323")
    assert latin_to_tifinagh("tamaziγt") == "ⵜⴰⵎⴰⵣⵉⵖⵜ"
