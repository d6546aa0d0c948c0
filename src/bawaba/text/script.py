"""Writing-system detection (ISO 15924 codes: Arab, Latn, Tfng, Zyyy)."""

from __future__ import annotations

import re
from collections import Counter

ARAB = "Arab"
LATN = "Latn"
TFNG = "Tfng"
ZYYY = "Zyyy"  # undetermined: digits, punctuation, emoji or other scripts only
SCRIPTS = (ARAB, LATN, TFNG, ZYYY)

# Letters only: Arabic digits, punctuation and marks are not evidence of the script.
_LETTERS = {
    ARAB: re.compile(
        "[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9"
        "\ufb50-\ufdfb\ufe70-\ufefc]"
    ),
    LATN: re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff]"),
    TFNG: re.compile("[\u2d30-\u2d7f]"),
}


def char_script(char: str) -> str:
    """Script of one character; anything that is not a letter of our three scripts is Zyyy."""
    for script, letters in _LETTERS.items():
        if letters.match(char):
            return script
    return ZYYY


def script_counts(text: str) -> Counter[str]:
    """Number of letters per script (Zyyy not counted)."""
    counts: Counter[str] = Counter()
    for script, letters in _LETTERS.items():
        found = len(letters.findall(text))
        if found:
            counts[script] = found
    return counts


def dominant_script(text: str) -> str:
    """The script most letters are written in; any Tifinagh wins, since it is never incidental."""
    if _LETTERS[TFNG].search(text):
        return TFNG
    counts = script_counts(text)
    if not counts:
        return ZYYY
    return ARAB if counts[ARAB] >= counts[LATN] else LATN
