from __future__ import annotations

from pathlib import Path

import pytest

from bawaba.text.__main__ import main


def test_dispatches_to_a_measurement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("latin\tarabic\nbghit\tبغيت\n")
    assert main(["translit-eval", str(path)]) == 0
    assert "n=1" in capsys.readouterr().out


def test_unknown_command_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nope"]) == 2
    assert "variety-eval" in capsys.readouterr().err
