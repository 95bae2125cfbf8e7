"""The finding categories: stable codes shared by the upload form, the checker and metrics.

The upload service may not import the processor, yet it must accept exactly
the codes the checker reports; both read this one list.
"""

from __future__ import annotations

from typing import Final

# Code → (German label, English label); the labels open each comment.
CATEGORY_LABELS: Final[dict[str, tuple[str, str]]] = {
    "spelling": ("Rechtschreibung", "Spelling"),
    "capitalization": ("Groß-/Kleinschreibung", "Capitalization"),
    "compound": ("Getrennt-/Zusammenschreibung", "Compounds and hyphens"),
    "comma": ("Komma", "Comma"),
    "das_dass": ("das/dass", "das/dass"),
    "agreement": ("Kongruenz", "Agreement"),
    "repeated_word": ("Wortwiederholung", "Repeated word"),
    "colloquial": ("Umgangssprache", "Colloquial"),
    "first_person": ("Ich-Form", "First person"),
    "long_sentence": ("Langer Satz", "Long sentence"),
    "passive": ("Passiv", "Passive voice"),
    "quotes": ("Anführungszeichen", "Quotation marks"),
    "spacing": ("Leerzeichen", "Spacing"),
    "citation_style": ("Zitierweise", "Citation style"),
    "consistency": ("Einheitlichkeit", "Consistency"),
}

CATEGORIES: Final[tuple[str, ...]] = tuple(CATEGORY_LABELS)

LANGUAGES: Final[tuple[str, ...]] = ("auto", "de", "en")

# How suggestions reach the document: comments only, or also as Word tracked changes.
SUGGESTION_MODES: Final[tuple[str, ...]] = ("comments", "tracked")


def label(category: str, language: str) -> str:
    """How a comment names its category, in the paragraph's language."""
    german, english = CATEGORY_LABELS[category]
    return english if language == "en" else german
