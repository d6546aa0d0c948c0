"""A small HTML reader for the tests: tags with their attributes, and text by language."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass
class Tag:
    name: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class Doc(HTMLParser):
    tags: list[Tag] = field(default_factory=list)
    text_by_lang: dict[str, str] = field(default_factory=dict)
    """Visible text per `lang` in force, leaving out the language switcher (system fonts)."""

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[Tag, str, bool]] = []

    @classmethod
    def parse(cls, html: str) -> Doc:
        doc = cls()
        doc.feed(html)
        doc.close()
        return doc

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        element = Tag(tag, values)
        self.tags.append(element)
        if tag in VOID:
            return
        lang = values.get("lang") or (self._stack[-1][1] if self._stack else "")
        hidden = (self._stack[-1][2] if self._stack else False) or tag in {
            "script",
            "style",
            "title",
        }
        hidden = hidden or "langs" in values.get("class", "").split()
        self._stack.append((element, lang, hidden))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0].name == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if not self._stack:
            return
        element, lang, hidden = self._stack[-1]
        element.text += data
        if not hidden:
            self.text_by_lang[lang] = self.text_by_lang.get(lang, "") + data

    def find_all(self, name: str, /, **attrs: str) -> list[Tag]:
        return [
            t
            for t in self.tags
            if t.name == name and all(t.attrs.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]

    def first(self, name: str, /, **attrs: str) -> Tag:
        found = self.find_all(name, **attrs)
        assert found, f"no <{name} {attrs}>"
        return found[0]
