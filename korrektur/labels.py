"""How stages and categories are named for people in the terminal."""

from __future__ import annotations

from contracts.categories import CATEGORY_LABELS, label
from contracts.state import JobState

STAGE_LABELS: dict[str, str] = {
    "parsing": "Dokument einlesen",
    "analyzing": "Prüfung",
    "integrating": "Kommentare einfügen",
    "formatting": "Fertigstellen",
}


def stage_label(stage: str | None) -> str:
    return STAGE_LABELS.get(stage, stage) if stage is not None else "–"


def phase_label(state: JobState) -> str:
    """What the job is doing now, in one or two words."""
    match state.status:
        case "completed":
            return "Fertig"
        case "failed":
            return "Fehlgeschlagen"
        case "cancelled":
            return "Abgebrochen"
        case "running" if state.current_stage is not None:
            return stage_label(state.current_stage)
        case "running":
            return "Abschluss" if state.progress > 0 else "Gestartet"
    return "Warteschlange"


def category_label(category: str) -> str:
    """The German label from contracts; a code this version does not know is shown as it is."""
    return label(category, "de") if category in CATEGORY_LABELS else category


def duration(seconds: float | None) -> str:
    """``12 s`` or ``3:05 min`` for an ETA or a run time; ``–`` when unknown."""
    if seconds is None:
        return "–"
    if seconds < 10:
        return f"{max(seconds, 0.0):.1f} s"
    whole = round(seconds)
    return f"{whole} s" if whole < 60 else f"{whole // 60}:{whole % 60:02d} min"
