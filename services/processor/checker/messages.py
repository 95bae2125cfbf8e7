"""Comment texts: category label first, in the paragraph's language, plain and specific."""

from __future__ import annotations

from contracts.categories import label


def say(category: str, language: str, german: str, english: str = "") -> str:
    """``"Komma: …"`` for German paragraphs, ``"Comma: …"`` for English ones."""
    text = english if language == "en" and english else german
    return f"{label(category, language)}: {text}"
