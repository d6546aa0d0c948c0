"""Evaluation commands: search quality, BEIR data sets, transliteration, the assistant."""
