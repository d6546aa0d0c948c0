"""Page weight as a phone on a slow link pays it: gzip'd HTML, CSS and JS, and used fonts."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field

from fastapi.testclient import TestClient

from tests.web.pagecheck import Doc

_FACE = re.compile(r"@font-face\s*{([^}]*)}", re.S)
_LANG_FAMILY = re.compile(r":lang\((\w+)\)\s*{[^}]*font-family:\s*\"([^\"]+)\"")


@dataclass
class Weight:
    parts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.parts.values())

    def __str__(self) -> str:
        detail = ", ".join(f"{k} {v / 1000:.1f}" for k, v in self.parts.items())
        return f"{self.total / 1000:.1f} KB ({detail})"


def gz(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6))


def _ranges(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(","):
        part = part.strip().upper().removeprefix("U+")
        lo, _, hi = part.partition("-")
        out.append((int(lo, 16), int(hi or lo, 16)))
    return out


def fonts_used(css: str, doc: Doc) -> list[str]:
    """Font files a browser downloads: a face whose family the text's language uses and
    whose unicode-range covers some of that text's characters."""
    families = {lang: family for lang, family in _LANG_FAMILY.findall(css)}
    used: list[str] = []
    for block in _FACE.findall(css):
        family = re.search(r'font-family:\s*"([^"]+)"', block)
        src = re.search(r"url\(([^)]+)\)", block)
        ranges = re.search(r"unicode-range:\s*([^;]+);", block)
        assert family and src and ranges, block
        for lang, text in doc.text_by_lang.items():
            if families.get(lang.split("-")[0]) != family.group(1):
                continue
            spans = _ranges(ranges.group(1))
            if any(lo <= ord(ch) <= hi for ch in set(text) for lo, hi in spans):
                used.append("/static/" + src.group(1).removeprefix("../"))
                break
    return used


def page_weight(client: TestClient, url: str) -> Weight:
    r = client.get(url)
    assert r.status_code == 200, url
    doc = Doc.parse(r.text)
    weight = Weight({"html": gz(r.content)})
    css_text = ""
    for link in doc.find_all("link", rel="stylesheet"):
        body = client.get(link.attrs["href"]).content
        css_text += body.decode()
        weight.parts["css"] = weight.parts.get("css", 0) + gz(body)
    for script in doc.find_all("script"):
        if "src" in script.attrs:
            weight.parts["js"] = weight.parts.get("js", 0) + gz(
                client.get(script.attrs["src"]).content
            )
    preloaded = [t.attrs["href"] for t in doc.find_all("link", rel="preload")]
    for font in dict.fromkeys([*preloaded, *fonts_used(css_text, doc)]):
        body = client.get(font.split("?")[0]).content
        weight.parts["fonts"] = weight.parts.get("fonts", 0) + min(len(body), gz(body))
    return weight
