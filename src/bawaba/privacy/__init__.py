"""Privacy: nothing a citizen types reaches a log, a store or analytics before `redact`."""

from bawaba.privacy.redact import PLACEHOLDERS, redact

__all__ = ["PLACEHOLDERS", "redact"]
