"""Which language a paragraph is written in: its function words, and words only one language has.

Function words alone misread short paragraphs: "Diese Anforderungen konnten
anschließend in einzelne Teilaufgaben zusammengefasst werden:" has only
"in" (English too) and a "werden:" with its colon. So punctuation is
stripped, and every word that only one of the two dictionaries lists counts
as well. With too little evidence either way, the document's language holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from services.processor.checker.dictionary import speller

_PUNCTUATION = ".,;:!?()[]{}\"'„“”»«‚‘’–—-/"
# A function word is surer evidence than a content word a dictionary happens to lack.
_FUNCTION_WEIGHT = 2
_MIN_CONTENT_WORD = 3
# How much more evidence one language needs before it overrides the document's.
_MARGIN = 2

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
        # in both languages: they weigh for neither
        "in",
        "an",
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


# Function words of one language only: "der", "the", not "in".
_ONE_LANGUAGE_ONLY = _GERMAN ^ _ENGLISH
# ... of which these are function words of other European languages too: French "a", "des",
# "on", "or"; the "a" of Italian, Spanish and Hungarian; Portuguese "as", "das"; "den" in
# Danish, Swedish and Dutch. They tell a third language from German or English nothing.
_SHARED_WITH_OTHERS = frozenset(["a", "as", "das", "des", "den", "on", "or"])
_OWN_FUNCTION_WORDS = _ONE_LANGUAGE_ONLY - _SHARED_WITH_OTHERS


def is_german_function_word(word: str) -> bool:
    """ "der", "aus", "EIN": a German function word, in any case."""
    return word.lower() in _GERMAN


def function_words(words: Iterable[str]) -> int:
    """How many of ``words`` are function words of German or English alone ("der", "the"),
    and of no other language near them (not "des", "a")."""
    return sum(1 for word in words if word.lower() in _OWN_FUNCTION_WORDS)


def detect(words: Sequence[str], default: str = "de") -> str:
    """``"de"`` or ``"en"``; ``default`` unless the words lean one way by a clear margin."""
    german = english = 0
    spellers = None
    for position, word in enumerate(words):
        lower = word.strip(_PUNCTUATION).lower()
        if lower in _GERMAN or lower in _ENGLISH:
            german += _FUNCTION_WEIGHT * (lower in _GERMAN)
            english += _FUNCTION_WEIGHT * (lower in _ENGLISH)
            continue
        if len(lower) < _MIN_CONTENT_WORD or not lower.isalpha():
            continue
        spellers = spellers or (speller("de"), speller("en"))
        text = word.strip(_PUNCTUATION)
        in_german, in_english = spellers[0].listed(text), spellers[1].listed(text)
        german += in_german and not in_english
        # a capital inside the sentence marks an English word as a name or a title's
        # ("Open Group Base Specifications"), which German cites as readily as English
        english += in_english and not in_german and not (position and text[:1].isupper())
    if german == 0 and english > 0:
        return "en"  # "Text variables", "Place Off-Board Footprints": nothing German at all
    if abs(german - english) < _MARGIN:
        return default
    return "de" if german > english else "en"
