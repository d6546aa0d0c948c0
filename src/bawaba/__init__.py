"""Bawaba (بوابة): the unified portal of public services."""

__version__ = "0.1.0"
