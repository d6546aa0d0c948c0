"""The CLI end to end on a temporary SQLite home: exit codes, messages, untouched catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bawaba.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BAWABA_HOME", str(tmp_path))
    monkeypatch.delenv("BAWABA_DATABASE_URL", raising=False)
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    return tmp_path


def _export(home: Path) -> bytes:
    out = home / "export.jsonld"
    result = runner.invoke(app, ["export", "--format", "jsonld", "--output", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_import_export_and_idempotent_reimport(home: Path) -> None:
    files = [str(FIXTURES / "taxonomy.ttl"), str(FIXTURES / "catalog.jsonld")]
    first = runner.invoke(app, ["import", *files])
    assert first.exit_code == 0, first.output
    assert "2 created" in first.output
    second = runner.invoke(app, ["import", *files])
    assert "0 created, 0 updated, 2 unchanged" in second.output
    exported = home / "export.jsonld"
    _export(home)
    third = runner.invoke(app, ["import", str(exported)])
    assert "revision 2" in third.output


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b'{"@context": {}, "@graph": [', "truncated.jsonld", "malformed JSON"),
        (b"@prefix x: <urn:x> .\n<a> <b>", "broken.ttl", "not valid turtle"),
        (b"%PDF-1.4", "file.pdf", "unknown file type"),
    ],
)
def test_bad_files_fail_with_a_message_and_leave_the_catalog_untouched(
    home: Path, tmp_path: Path, content: bytes, name: str, expected: str
) -> None:
    runner.invoke(app, ["import", str(FIXTURES / "taxonomy.ttl"), str(FIXTURES / "catalog.jsonld")])
    before = _export(home)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code in (65,), result.output
    assert expected in result.output
    assert _export(home) == before


def test_oversized_file_is_refused(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BAWABA_MAX_IMPORT_BYTES", "100")
    result = runner.invoke(app, ["import", str(FIXTURES / "catalog.jsonld")])
    assert result.exit_code == 65
    assert "larger than" in result.output


def test_commands_before_db_upgrade_say_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BAWABA_HOME", str(tmp_path / "fresh"))
    result = runner.invoke(app, ["export", "--format", "json"])
    assert result.exit_code == 69
    assert "bawaba db upgrade" in result.output


def test_unknown_export_format(home: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "xlsx"])
    assert result.exit_code == 2
    assert "jsonld, ttl, json, csv" in result.output


def test_history_lists_revisions(home: Path) -> None:
    runner.invoke(app, ["import", str(FIXTURES / "taxonomy.ttl"), str(FIXTURES / "catalog.jsonld")])
    result = runner.invoke(app, ["history", "cnie-renouvellement"])
    assert "r2" in result.output and "created" in result.output
