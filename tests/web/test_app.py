"""The app as `bawaba serve` builds it, its boundaries, and what it never writes to logs."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import bawaba
from bawaba.web.app import create_app_from_env
from bawaba.web.middleware import DropQueryString

SRC = Path(bawaba.__file__).parent
CSS = SRC / "web" / "static" / "css" / "site.css"


def test_create_app_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BAWABA_HOME", str(tmp_path))
    monkeypatch.setenv("BAWABA_EMBEDDER", "hash")
    app = create_app_from_env()
    assert app.state.settings.home == tmp_path
    # No schema yet: the portal says so instead of crashing.
    with TestClient(app) as client:
        r = client.get("/fr/")
        assert r.status_code == 503
        assert "Service momentanément indisponible" in r.text
        assert client.get("/api/v1/search").json()["error"]["status"] == 503


def test_only_the_web_package_imports_the_web_framework() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+(fastapi|starlette)\b", re.M)
    offenders = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if "web" not in p.relative_to(SRC).parts[:1] and pattern.search(p.read_text())
    ]
    assert offenders == []


def test_access_log_drops_query_strings() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/fr/search?q=CIN+AB123456", "1.1", 200),
        None,
    )
    assert DropQueryString().filter(record)
    assert "AB123456" not in record.getMessage()
    assert "/fr/search" in record.getMessage()


def test_searches_and_feedback_leave_no_query_in_logs(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.get("/fr/search", params={"q": "ma CIN AB123456 perdue"})
    client.get("/api/v1/search", params={"q": "ma CIN AB123456 perdue"})
    client.post("/fr/services/cnie-perte-vol/feedback", data={"helpful": "no"})
    # What the server logs (the test client's own request log is not the server's).
    server = [r.getMessage() for r in caplog.records if not r.name.startswith("httpx")]
    assert not [m for m in server if "AB123456" in m]
    assert "helpful service=cnie-perte-vol answer=no" in server


def test_stylesheet_uses_logical_properties_only() -> None:
    css = CSS.read_text()
    physical = re.compile(
        r"(?<![\w-])(margin|padding|border)-(left|right)\b|(?<![\w-])(left|right)\s*:"
        r"|text-align:\s*(left|right)|float:\s*(left|right)|\[dir=|:dir\("
    )
    assert not physical.findall(css), physical.findall(css)


def test_fonts_ship_with_their_licence() -> None:
    fonts = SRC / "web" / "static" / "fonts"
    woff2 = sorted(fonts.glob("*.woff2"))
    assert len(woff2) == 3
    notice = (fonts / "NOTICE.md").read_text()
    assert all(f.name in notice for f in woff2)
    assert "SIL Open Font License" in (fonts / "OFL.txt").read_text()
    for f in woff2:
        assert f"url(../fonts/{f.name})" in CSS.read_text()
        assert f.stat().st_size < 12_000


def test_font_subsets_cover_their_unicode_range() -> None:
    pytest.importorskip("brotli", reason="fontTools needs brotli to read woff2")
    from fontTools.ttLib import TTFont

    fonts = SRC / "web" / "static" / "fonts"
    arabic = set(range(0x0621, 0x063B)) | set(range(0x0641, 0x0653)) | {0x060C, 0x061B, 0x061F}
    for name in ("noto-sans-arabic-400.woff2", "noto-sans-arabic-700.woff2"):
        assert arabic <= set(TTFont(fonts / name).getBestCmap()), name
    tifinagh = set(range(0x2D30, 0x2D68))
    cmap = set(TTFont(fonts / "noto-sans-tifinagh-400.woff2").getBestCmap())
    assert tifinagh <= cmap
