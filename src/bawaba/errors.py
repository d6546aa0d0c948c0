"""Domain errors. Each carries its HTTP status and CLI exit code; one handler per adapter maps them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class BawabaError(Exception):
    """Base class: a message that tells the user what was wrong and what to do."""

    status: int = 500
    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigurationError(BawabaError):
    status = 500
    exit_code = 78  # EX_CONFIG


class NotFoundError(BawabaError):
    status = 404
    exit_code = 4


class InvalidInputError(BawabaError):
    """Input rejected as a whole; `problems` names each node and what is wrong with it."""

    status = 422
    exit_code = 65  # EX_DATAERR

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []

    def __str__(self) -> str:
        return self.report(limit=5)

    def report(self, limit: int = 50) -> str:
        lines = [self.message]
        lines += [f"  - {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  … and {len(self.problems) - limit} more problem(s)")
        return "\n".join(lines)


class InputTooLargeError(InvalidInputError):
    status = 413


class UnsupportedFormatError(InvalidInputError):
    status = 415


class DatabaseNotReadyError(BawabaError):
    status = 503
    exit_code = 69  # EX_UNAVAILABLE
