"""The words a job's events speak: German, or English for an English thesis.

The job's language is the one chosen at upload, or, with "auto", the one
most of the document is written in, known once parsing has read it.
"""

from __future__ import annotations

from typing import Final

STAGE_MESSAGES: Final = {
    "de": {
        "parsing": "Dokument wird gelesen",
        "analyzing": "Text wird geprüft",
        "integrating": "Kommentare werden eingefügt",
        "formatting": "Ergebnis wird gespeichert",
    },
    "en": {
        "parsing": "Reading the document",
        "analyzing": "Checking the text",
        "integrating": "Inserting comments",
        "formatting": "Saving the result",
    },
}


def job_language(chosen: str) -> str:
    """The language of the job's messages before the document is read: German unless English."""
    return "en" if chosen == "en" else "de"


def stage_message(stage: str, language: str) -> str:
    return STAGE_MESSAGES[job_language(language)][stage]
