from __future__ import annotations

from dataclasses import fields

import pytest

from bawaba.errors import ConfigurationError
from bawaba.settings import Settings


def test_every_setting_is_documented() -> None:
    for f in fields(Settings):
        assert f.metadata.get("help"), f"setting {f.name} has no help text"


def test_placeholder_secret_refused_in_production() -> None:
    with pytest.raises(ConfigurationError, match="BAWABA_SECRET_KEY"):
        Settings.from_env({"BAWABA_ENVIRONMENT": "production"})


def test_values_are_parsed_and_checked() -> None:
    s = Settings.from_env({"BAWABA_MAX_IMPORT_BYTES": "1000", "BAWABA_HOME": "/tmp/x"})
    assert s.max_import_bytes == 1000
    assert s.resolved_database_url == "sqlite:////tmp/x/bawaba.db"
    with pytest.raises(ConfigurationError, match="BAWABA_MAX_IMPORT_BYTES"):
        Settings.from_env({"BAWABA_MAX_IMPORT_BYTES": "lots"})
