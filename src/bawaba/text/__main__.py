"""Measurement commands of the text pipeline, until the project CLI exposes them.

python -m bawaba.text variety-eval queries.jsonl [...]
python -m bawaba.text translit-eval pairs.tsv [...]
"""

from __future__ import annotations

import sys

from bawaba.text import translit_eval, variety_eval

_COMMANDS = {"variety-eval": variety_eval.main, "translit-eval": translit_eval.main}


def main(argv: list[str]) -> int:
    """Dispatch to one measurement command."""
    if not argv or argv[0] not in _COMMANDS:
        print(f"usage: python -m bawaba.text {{{'|'.join(_COMMANDS)}}} FILE...", file=sys.stderr)
        return 2
    return _COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
