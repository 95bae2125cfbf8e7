"""``korrektur check``: upload a thesis, watch it being checked live, fetch the result."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rich.console import Console

from contracts.state import JobState, apply
from korrektur.api import KorrekturClient
from korrektur.errors import CliError, JobCancelledError, JobFailedError
from korrektur.labels import category_label, duration, stage_label, text
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
    speaks: str = "de",
) -> JobState:
    """Run one job to its end; raises :class:`JobFailedError` when the job fails.

    ``language`` is the thesis's, ``speaks`` the user's: what the terminal says.
    """
    if not source.is_file():
        raise CliError(text("not_found", speaks, path=source))
    target = output or default_output(source)
    async with KorrekturClient(server, speaks=speaks) as client:
        submission = await client.submit(source, language)
        uploaded = text("uploaded", speaks, name=source.name, job_id=submission.job_id)
        console.print(uploaded, highlight=False)
        state = JobState()
        try:
            with view_for(console, speaks) as view:
                async for frame in client.frames(submission):
                    state = apply(state, frame.event)
                    view.show(state)
        except asyncio.CancelledError:
            # Ctrl-C stops watching only; the job goes on unless its owner cancels it.
            console.print(
                f"{text('detached', speaks)}\n"
                f"  curl -X DELETE -H 'Authorization: Bearer {submission.token}' "
                f"{client.server}{submission.status_url}",
                highlight=False,
                markup=False,
            )
            raise
        if state.status == "cancelled":
            stage = next((n for n, st in state.stages.items() if st.status == "cancelled"), None)
            where = (
                text("in_stage", speaks, stage=stage_label(stage, speaks))
                if stage
                else text("before_start", speaks)
            )
            raise JobCancelledError(text("cancelled_where", speaks, where=where))
        if state.status == "failed" and state.error is not None:
            error = state.error
            raise JobFailedError(
                text(
                    "failed_where",
                    speaks,
                    stage=stage_label(error.stage, speaks) if error.stage else "–",
                    code_stage=error.stage or "-",
                    message=error.message,
                    code=error.code,
                )
            )
        await client.download(submission, target)
    print_summary(console, state, target, speaks)
    return state


def print_summary(console: Console, state: JobState, target: Path, speaks: str = "de") -> None:
    metrics = state.metrics
    done = text("done_in", speaks, duration=duration(state.processing_time_s), target=target)
    console.print(done, highlight=False)
    if metrics is None:
        return
    console.print(text("words", speaks, count=metrics.words), highlight=False)
    console.print(text("comments", speaks, count=metrics.comments_inserted), highlight=False)
    if metrics.findings:
        console.print(text("findings", speaks), highlight=False)
        for category, count in sorted(metrics.findings.items(), key=lambda item: -item[1]):
            name = category_label(category, speaks)
            console.print(f"    {name:<28} {count:>5}", highlight=False)
    else:
        console.print(text("no_findings", speaks), highlight=False)
