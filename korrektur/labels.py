"""How the terminal names stages, phases and categories, in the user's language.

The user's language is the locale's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``):
English for an ``en`` locale, German otherwise, as the product is German first.
Category labels come from contracts, as the page and ``/docs`` read them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from contracts.categories import CATEGORY_LABELS, label
from contracts.state import JobState

# Stage code → (German, English).
STAGE_LABELS: dict[str, tuple[str, str]] = {
    "parsing": ("Dokument einlesen", "Reading the document"),
    "analyzing": ("Prüfung", "Checking"),
    "integrating": ("Kommentare einfügen", "Inserting comments"),
    "formatting": ("Fertigstellen", "Finishing"),
}
# Every sentence the terminal prints, German and English, with {fields}.
TEXTS: dict[str, tuple[str, str]] = {
    "queued": ("Warteschlange", "Queued"),
    "started": ("Gestartet", "Started"),
    "finishing": ("Abschluss", "Finishing"),
    "completed": ("Fertig", "Done"),
    "failed": ("Fehlgeschlagen", "Failed"),
    "cancelled": ("Abgebrochen", "Cancelled"),
    "remaining": ("Rest", "left"),
    "about": ("ca. {low}–{high}", "about {low}–{high}"),
    "uploaded": ("Hochgeladen: {name} (Job {job_id})", "Uploaded: {name} (job {job_id})"),
    "not_found": ("Datei nicht gefunden: {path}", "File not found: {path}"),
    "detached": (
        "Beobachtung beendet; der Job läuft auf dem Server weiter. Abbrechen mit:",
        "Stopped watching; the job goes on on the server. To cancel it:",
    ),
    "before_start": ("vor dem Start", "before it started"),
    "in_stage": ("in Phase »{stage}«", "in stage “{stage}”"),
    "cancelled_where": (
        "Abgebrochen {where}: der Job wurde auf Wunsch gestoppt.",
        "Cancelled {where}: the job was stopped on request.",
    ),
    "failed_where": (
        "Fehlgeschlagen in Phase »{stage}« ({code_stage}): {message} [{code}]",
        "Failed in stage “{stage}” ({code_stage}): {message} [{code}]",
    ),
    "done_in": ("Fertig in {duration} → {target}", "Done in {duration} → {target}"),
    "words": ("  Wörter: {count}", "  Words: {count}"),
    "comments": ("  Kommentare eingefügt: {count}", "  Comments inserted: {count}"),
    "findings": ("  Befunde:", "  Findings:"),
    "no_findings": ("  Keine Befunde.", "  No findings."),
    "error": ("Fehler: {message}", "Error: {message}"),
    "finding_list": ("Befunde im Einzelnen ({count}):", "Findings one by one ({count}):"),
    "paragraph": ("Absatz {number}", "paragraph {number}"),
    "refused": ("Der Server lehnte ab (HTTP {status}).", "The server refused (HTTP {status})."),
    "download_failed": (
        "Download von {server} fehlgeschlagen: {error}",
        "Download from {server} failed: {error}",
    ),
    "live_refused": (
        "Der Server verweigert den Live-Zugang ({why}).",
        "The server refuses live access ({why}).",
    ),
    "live_unreachable": (
        "Keine Verbindung zu {server} für Live-Ereignisse.",
        "No connection to {server} for live events.",
    ),
    "unreachable": (
        "Der Server {server} ist nicht erreichbar ({error}). Läuft `make run`?",
        "The server {server} cannot be reached ({error}). Is `make run` running?",
    ),
}


def user_language(environ: Mapping[str, str] = os.environ) -> str:
    """ "en" for an English locale, else "de"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"


def text(key: str, language: str, **fields: object) -> str:
    german, english = TEXTS[key]
    return (english if language == "en" else german).format(**fields)


def stage_label(stage: str | None, language: str = "de") -> str:
    if stage is None:
        return "–"
    german, english = STAGE_LABELS.get(stage, (stage, stage))
    return english if language == "en" else german


def phase_label(state: JobState, language: str = "de") -> str:
    """What the job is doing now, in one or two words."""
    match state.status:
        case "completed" | "failed" | "cancelled":
            return text(state.status, language)
        case "running" if state.current_stage is not None:
            return stage_label(state.current_stage, language)
        case "running":
            return text("finishing" if state.progress > 0 else "started", language)
    return text("queued", language)


def category_label(category: str, language: str = "de") -> str:
    """The label from contracts; a code this version does not know is shown as it is."""
    return label(category, language) if category in CATEGORY_LABELS else category


# From this margin relative to the ETA, a range says more honestly what is known.
WIDE_MARGIN = 0.25


def remaining(eta_s: float | None, margin_s: float | None, speaks: str = "de") -> str:
    """The ETA as one number, or as a range while its margin is wide (a kind never seen)."""
    if eta_s is None or margin_s is None or margin_s < WIDE_MARGIN * max(eta_s, 1.0):
        return duration(eta_s)
    low, high = duration(max(eta_s - margin_s, 1.0)), duration(eta_s + margin_s)
    return text("about", speaks, low=low, high=high)


def duration(seconds: float | None) -> str:
    """``12 s`` or ``3:05 min`` for an ETA or a run time; ``–`` when unknown."""
    if seconds is None:
        return "–"
    if seconds < 10:
        return f"{max(seconds, 0.0):.1f} s"
    whole = round(seconds)
    return f"{whole} s" if whole < 60 else f"{whole // 60}:{whole % 60:02d} min"
