"""How stages and categories are named for people in the terminal."""

from __future__ import annotations

STAGE_LABELS: dict[str, str] = {
    "parsing": "Dokument einlesen",
    "analyzing": "Prüfung",
    "integrating": "Kommentare einfügen",
    "formatting": "Fertigstellen",
}

CATEGORY_LABELS: dict[str, str] = {
    "spelling": "Rechtschreibung",
    "comma": "Komma",
    "das_dass": "das/dass",
    "repeated_word": "Wortwiederholung",
    "colloquial": "Umgangssprache",
    "first_person": "Ich-Form",
    "long_sentence": "Langer Satz",
    "passive": "Passiv",
    "quotes": "Anführungszeichen",
    "spacing": "Leerzeichen",
    "citation_style": "Zitierweise",
}


def stage_label(stage: str | None) -> str:
    if stage is None:
        return "Warteschlange"
    return STAGE_LABELS.get(stage, stage)


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)


def duration(seconds: float | None) -> str:
    """``m:ss`` for an ETA or a run time; ``–`` when unknown."""
    if seconds is None:
        return "–"
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
