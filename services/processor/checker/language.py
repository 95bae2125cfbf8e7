"""Which language a paragraph is written in, from its most common function words."""

from __future__ import annotations

from collections.abc import Sequence

_GERMAN = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ein",
        "eine",
        "einer",
        "eines",
        "dem",
        "den",
        "des",
        "zu",
        "mit",
        "sich",
        "auf",
        "für",
        "von",
        "im",
        "auch",
        "wird",
        "werden",
        "wurde",
        "als",
        "bei",
        "dass",
        "oder",
        "aus",
        "nach",
        "wie",
        "sind",
        "kann",
        "durch",
        "über",
        "zum",
        "zur",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "is",
        "are",
        "not",
        "a",
        "an",
        "of",
        "to",
        "with",
        "on",
        "for",
        "from",
        "in",
        "by",
        "this",
        "that",
        "which",
        "was",
        "were",
        "be",
        "as",
        "at",
        "or",
        "it",
        "its",
        "can",
        "has",
        "have",
        "been",
        "these",
        "those",
    ]
)


def detect(words: Sequence[str], default: str = "de") -> str:
    """``"de"`` or ``"en"``; ``default`` when the words give no evidence either way."""
    german = english = 0
    for word in words:
        lower = word.lower()
        german += lower in _GERMAN
        english += lower in _ENGLISH
    if german == english:
        return default
    return "de" if german > english else "en"
