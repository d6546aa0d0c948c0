"""Regenerate the portal's font subsets (a maintainer's tool; not used at run time).

    npm install --prefix var/npm @fontsource/noto-sans-arabic@5 @fontsource/noto-sans-tifinagh@5
    pip install fonttools brotli
    python -m bawaba.web.fontsubset var/npm/node_modules

Keeps only what Moroccan Arabic and Tifinagh text needs (Arabic letters with their joining
forms, lam-alef ligatures and marks; the Tifinagh block), so that an Arabic page's two weights
weigh under 20 KB. The unicode-range of each @font-face in static/css/site.css must match.
"""

from __future__ import annotations

import sys
from pathlib import Path

ARABIC = (
    "U+0020,U+00A0,U+060C,U+061B,U+061F,U+0621-063A,U+0640-0652,U+0660-066D,U+0670,"
    "U+06A4,U+06A7,U+06AD,U+06CC,U+200C-200F"
)
TIFINAGH = "U+0020,U+00A0,U+2D30-2D7F"
ARABIC_FEATURES = "init,medi,fina,isol,rlig,liga,calt,mark,mkmk,ccmp"

# (output name, fontsource package, file, unicodes, layout features)
FONTS = [
    (
        "noto-sans-arabic-400.woff2",
        "noto-sans-arabic",
        "arabic-400-normal",
        ARABIC,
        ARABIC_FEATURES,
    ),
    (
        "noto-sans-arabic-700.woff2",
        "noto-sans-arabic",
        "arabic-700-normal",
        ARABIC,
        ARABIC_FEATURES,
    ),
    ("noto-sans-tifinagh-400.woff2", "noto-sans-tifinagh", "tifinagh-400-normal", TIFINAGH, "*"),
]


def main(argv: list[str]) -> int:
    from fontTools import subset

    node_modules = Path(argv[0] if argv else "var/npm/node_modules")
    out = Path(__file__).parent / "static" / "fonts"
    for name, package, variant, unicodes, features in FONTS:
        source = node_modules / "@fontsource" / package / "files" / f"{package}-{variant}.woff2"
        subset.main(
            [
                str(source),
                f"--unicodes={unicodes}",
                f"--layout-features={features}",
                "--flavor=woff2",
                "--no-hinting",
                "--desubroutinize",
                f"--output-file={out / name}",
            ]
        )
        print(f"{name}: {(out / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
