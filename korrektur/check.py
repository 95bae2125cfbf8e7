"""``korrektur check``: upload a thesis, watch it being checked live, fetch the result."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rich.console import Console

from contracts.state import JobState, apply
from korrektur.api import KorrekturClient
from korrektur.errors import CliError, JobCancelledError, JobFailedError
from korrektur.labels import category_label, duration, stage_label
from korrektur.progress import view_for


def default_output(source: Path) -> Path:
    return source.with_name(f"{source.stem}-korrigiert.docx")


async def check(
    source: Path,
    output: Path | None,
    *,
    server: str,
    language: str = "auto",
    console: Console,
) -> JobState:
    """Run one job to its end; raises :class:`JobFailedError` when the job fails."""
    if not source.is_file():
        raise CliError(f"Datei nicht gefunden: {source}")
    target = output or default_output(source)
    async with KorrekturClient(server) as client:
        submission = await client.submit(source, language)
        console.print(f"Hochgeladen: {source.name} (Job {submission.job_id})", highlight=False)
        state = JobState()
        try:
            with view_for(console) as view:
                async for frame in client.frames(submission):
                    state = apply(state, frame.event)
                    view.show(state)
        except asyncio.CancelledError:
            # Ctrl-C stops watching only; the job goes on unless its owner cancels it.
            console.print(
                f"Beobachtung beendet; der Job läuft auf dem Server weiter. Abbrechen mit:\n"
                f"  curl -X DELETE -H 'Authorization: Bearer {submission.token}' "
                f"{client.server}{submission.status_url}",
                highlight=False,
                markup=False,
            )
            raise
        if state.status == "cancelled":
            stage = next((n for n, st in state.stages.items() if st.status == "cancelled"), None)
            where = f"in Phase »{stage_label(stage)}«" if stage else "vor dem Start"
            raise JobCancelledError(f"Abgebrochen {where}: der Job wurde auf Wunsch gestoppt.")
        if state.status == "failed" and state.error is not None:
            where = stage_label(state.error.stage) if state.error.stage else "vor dem Start"
            raise JobFailedError(
                f"Fehlgeschlagen in Phase »{where}« ({state.error.stage or '-'}): "
                f"{state.error.message} [{state.error.code}]"
            )
        await client.download(submission, target)
    print_summary(console, state, target)
    return state


def print_summary(console: Console, state: JobState, target: Path) -> None:
    metrics = state.metrics
    console.print(f"Fertig in {duration(state.processing_time_s)} → {target}", highlight=False)
    if metrics is None:
        return
    console.print(f"  Wörter: {metrics.words}", highlight=False)
    console.print(f"  Kommentare eingefügt: {metrics.comments_inserted}", highlight=False)
    if metrics.findings:
        console.print("  Befunde:", highlight=False)
        for category, count in sorted(metrics.findings.items(), key=lambda item: -item[1]):
            console.print(f"    {category_label(category):<20} {count:>5}", highlight=False)
    else:
        console.print("  Keine Befunde.", highlight=False)
