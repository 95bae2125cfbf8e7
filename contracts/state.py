"""Job state as a pure fold over the job's events.

This is the only place state is derived. The HTTP status endpoint, the gateway,
the CLI and the tests all call :func:`fold` (or :func:`apply`, its single step),
so they can never disagree about what a log means.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Literal

import msgspec

from contracts.events import (
    CancelRequested,
    Event,
    FindingDismissed,
    FindingsReported,
    JobCancelled,
    JobCompleted,
    JobCreated,
    JobFailed,
    JobStarted,
    Metrics,
    ProgressUpdate,
    ReportedFinding,
    RevisionCompleted,
    RevisionFailed,
    RevisionRequested,
    StageCompleted,
    StageStarted,
)
from contracts.stages import STAGE_WEIGHTS, STAGES

JobStatus = Literal["unknown", "queued", "running", "completed", "failed", "cancelled"]
StageStatus = Literal["waiting", "running", "done", "failed", "cancelled"]


class StageState(msgspec.Struct, frozen=True, kw_only=True):
    status: StageStatus = "waiting"
    progress: float = 0.0
    duration_s: float | None = None
    attempt: int = 0


class Failure(msgspec.Struct, frozen=True, kw_only=True):
    """Why a job failed, as its ``job_failed`` event said."""

    code: str
    message: str
    stage: str | None = None


class RevisionState(msgspec.Struct, frozen=True, kw_only=True):
    """The newest rebuild of the result from the findings left (integrating + formatting)."""

    number: int
    status: Literal["running", "completed", "failed"] = "running"
    stage: str | None = None
    progress: float = 0.0
    result_name: str | None = None
    comments_inserted: int | None = None
    error: Failure | None = None


class JobState(msgspec.Struct, frozen=True, kw_only=True):
    job_id: str = ""
    status: JobStatus = "unknown"
    filename: str | None = None
    size: int | None = None
    language: str | None = None
    stages: dict[str, StageState] = msgspec.field(
        default_factory=lambda: {stage: StageState() for stage in STAGES}
    )
    stage_weights: dict[str, float] = msgspec.field(default_factory=lambda: dict(STAGE_WEIGHTS))
    current_stage: str | None = None
    progress: float = 0.0
    message: str = ""
    eta_s: float | None = None
    # How far off the ETA may be (about one standard deviation); wide while little is known.
    eta_margin_s: float | None = None
    elapsed_s: float = 0.0
    estimated_duration_s: float | None = None
    attempt: int = 0
    created_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    result_name: str | None = None
    processing_time_s: float | None = None
    metrics: Metrics | None = None
    error: Failure | None = None
    cancel_requested: bool = False
    # Every finding reported, by id in report order, and the ids the owner dismissed.
    findings: dict[str, ReportedFinding] = {}
    dismissed: list[str] = []
    revision: RevisionState | None = None
    events: int = 0

    @property
    def finished(self) -> bool:
        return self.status in ("completed", "failed", "cancelled")


def _with_stage(state: JobState, stage: str, **changes: object) -> dict[str, StageState]:
    stages = dict(state.stages)
    stages[stage] = msgspec.structs.replace(stages.get(stage, StageState()), **changes)
    return stages


def _ended(
    state: JobState,
    event: Event,
    status: Literal["failed", "cancelled"],
    *,
    stage: str | None,
    **changes: object,
) -> JobState:
    """A job that stopped short: the stage it stopped in is marked, and no ETA remains."""
    stages = state.stages if stage is None else _with_stage(state, stage, status=status)
    return msgspec.structs.replace(
        state,
        status=status,
        stages=stages,
        eta_s=None,
        eta_margin_s=None,
        finished_at=event.at,
        **changes,
    )


def apply(state: JobState, event: Event) -> JobState:
    """The state after one more event. Never mutates ``state``."""
    replace = msgspec.structs.replace
    state = replace(state, job_id=event.job_id, events=state.events + 1)
    if isinstance(event, FindingDismissed):
        # A decision about the result, so it counts after the job ended too; once is enough.
        if event.finding_id in state.dismissed or event.finding_id not in state.findings:
            return state
        return replace(state, dismissed=[*state.dismissed, event.finding_id])
    if state.status == "completed":
        return _revised(state, event)
    if state.finished:
        # A terminal event is final; anything after it (a late duplicate) changes nothing.
        return state
    match event:
        case JobCreated():
            return replace(
                state,
                status="queued",
                filename=event.filename,
                size=event.size,
                language=event.language,
                created_at=event.at,
            )
        case JobStarted():
            return replace(
                state,
                status="running",
                stage_weights=dict(event.stage_weights),
                estimated_duration_s=event.estimated_duration_s,
                eta_s=event.estimated_duration_s if state.eta_s is None else state.eta_s,
                eta_margin_s=(
                    event.estimated_margin_s if state.eta_s is None else state.eta_margin_s
                ),
                attempt=event.attempt,
                started_at=state.started_at or event.at,
            )
        case StageStarted():
            return replace(
                state,
                status="running",
                current_stage=event.stage,
                stages=_with_stage(state, event.stage, status="running", attempt=event.attempt),
            )
        case ProgressUpdate():
            stage = state.stages.get(event.stage, StageState())
            return replace(
                state,
                current_stage=event.stage,
                progress=max(state.progress, event.progress),
                message=event.message or state.message,
                eta_s=event.eta_s,
                eta_margin_s=event.eta_margin_s,
                elapsed_s=event.elapsed_s,
                stages=_with_stage(
                    state, event.stage, progress=max(stage.progress, event.stage_progress)
                ),
            )
        case StageCompleted():
            done_weight = sum(
                state.stage_weights.get(name, 0.0)
                for name, stage in state.stages.items()
                if stage.status == "done" or name == event.stage
            )
            return replace(
                state,
                current_stage=event.next_stage,
                progress=max(state.progress, min(done_weight, 100.0)),
                stages=_with_stage(
                    state, event.stage, status="done", progress=100.0, duration_s=event.duration_s
                ),
            )
        case JobCompleted():
            stages = {
                name: replace(stage, status="done", progress=100.0)
                for name, stage in state.stages.items()
            }
            return replace(
                state,
                status="completed",
                stages=stages,
                current_stage=None,
                progress=100.0,
                eta_s=0.0,
                eta_margin_s=0.0,
                result_name=event.result_name,
                processing_time_s=event.processing_time_s,
                metrics=event.metrics,
                finished_at=event.at,
            )
        case JobFailed():
            return _ended(
                state,
                event,
                "failed",
                stage=event.stage,
                message=event.message,
                error=Failure(code=event.code, message=event.message, stage=event.stage),
            )
        case CancelRequested():
            return replace(state, cancel_requested=True)
        case FindingsReported():
            # A retried unit reports the same ids again: the later report replaces the earlier.
            findings = dict(state.findings)
            findings.update((finding.id, finding) for finding in event.findings)
            return replace(state, findings=findings)
        case JobCancelled():
            return _ended(state, event, "cancelled", stage=event.stage, current_stage=None)
    return state


def _revised(state: JobState, event: Event) -> JobState:
    """After completion only a revision moves: requested, its stages, its end."""
    replace = msgspec.structs.replace
    revision = state.revision
    running = revision is not None and revision.status == "running"
    if isinstance(event, RevisionRequested):
        return state if running else replace(state, revision=RevisionState(number=event.revision))
    if revision is None or not running:
        return state  # anything else after the end (a late duplicate) changes nothing
    match event:
        case StageStarted():
            return replace(state, revision=replace(revision, stage=event.stage))
        case ProgressUpdate():
            progress = max(revision.progress, event.progress)
            return replace(state, revision=replace(revision, stage=event.stage, progress=progress))
        case RevisionCompleted() if event.revision == revision.number:
            done = replace(
                revision,
                status="completed",
                stage=None,
                progress=100.0,
                result_name=event.result_name,
                comments_inserted=event.comments_inserted,
            )
            return replace(state, revision=done, result_name=event.result_name)
        case RevisionFailed() if event.revision == revision.number:
            error = Failure(code=event.code, message=event.message, stage=revision.stage)
            return replace(state, revision=replace(revision, status="failed", error=error))
    return state


def fold(events: Iterable[Event], state: JobState | None = None) -> JobState:
    """The state a sequence of events leads to, from nothing (or from ``state``)."""
    state = state if state is not None else JobState()
    for event in events:
        state = apply(state, event)
    return state
