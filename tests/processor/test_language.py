"""Which language a paragraph is in, when it is short, full of terms, or ends in punctuation."""

from __future__ import annotations

import pytest

from services.processor.checker.language import detect


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # German with only "in" among the function words, and "werden:" with its colon
        ("Die Vorgaben ließen sich danach in kleinere Arbeitspakete gliedern:", "de"),
        ("Maschinelles Lernen in der Praxis", "de"),
        ("The interviews were transcribed in full.", "en"),
        ("An overview is given in the appendix.", "en"),
        # English titles cited in a German sentence: their capitals mark them as names
        (
            "Weder The Open Group Base Specifications noch X/Open Curses erwähnen diese Befehle.",
            "de",
        ),
        ("The Open Group publishes the Base Specifications.", "en"),
    ],
)
def test_function_words_and_one_language_words_decide(text: str, language: str) -> None:
    assert detect(text.split(), "de") == language
    assert detect(text.split(), "en") == language


@pytest.mark.parametrize("text", ["Kapitel 3", "Machine Learning in der Praxis", "Ergebnisse"])
def test_too_little_evidence_keeps_the_documents_language(text: str) -> None:
    assert detect(text.split(), "de") == "de"
    assert detect(text.split(), "en") == "en"


@pytest.mark.parametrize("text", ["Place Footprints", "Remount the drive", "broken symlinks"])
def test_english_words_and_nothing_german_make_a_short_line_english(text: str) -> None:
    assert detect(text.split(), "de") == "en"
