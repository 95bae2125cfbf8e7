"""One realistic instance of every event type, for round-trips and fold narratives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from contracts.events import (
    AnyEvent,
    CancelRequested,
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

JOB = "0123456789abcdef0123456789abcdef"
# The wire tags are public API: clients and other languages match on these names.
PUBLIC_EVENT_NAMES = frozenset(
    {
        "job_created",
        "job_started",
        "stage_started",
        "progress_update",
        "stage_completed",
        "job_completed",
        "job_failed",
        "cancel_requested",
        "job_cancelled",
        "findings_reported",
        "finding_dismissed",
        "revision_requested",
        "revision_completed",
        "revision_failed",
    }
)
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def created(job_id: str = JOB) -> JobCreated:
    return JobCreated(
        job_id=job_id,
        at=at(0),
        filename="thesis.docx",
        size=12345,
        sha256="ab" * 32,
        token_sha256="cd" * 32,
        language="de",
        categories=["spelling"],
    )


def started(job_id: str = JOB, *, attempt: int = 1) -> JobStarted:
    return JobStarted(
        job_id=job_id,
        at=at(1),
        stages=list(STAGES),
        stage_weights=dict(STAGE_WEIGHTS),
        worker_id="worker-1",
        estimated_duration_s=12.5,
        estimated_margin_s=6.0,
        attempt=attempt,
    )


def progress(
    stage: str, stage_progress: float, overall: float, eta: float | None = 3.0, *, job_id: str = JOB
) -> ProgressUpdate:
    return ProgressUpdate(
        job_id=job_id,
        at=at(2),
        stage=stage,
        stage_progress=stage_progress,
        progress=overall,
        message=f"{stage} {stage_progress:.0f} %",
        eta_s=eta,
        eta_margin_s=None if eta is None else eta / 8,
        elapsed_s=1.5,
    )


def stage_started(stage: str, *, job_id: str = JOB) -> StageStarted:
    return StageStarted(job_id=job_id, at=at(2), stage=stage)


def stage_completed(stage: str, next_stage: str | None, *, job_id: str = JOB) -> StageCompleted:
    return StageCompleted(
        job_id=job_id, at=at(3), stage=stage, duration_s=0.5, next_stage=next_stage
    )


def completed(job_id: str = JOB) -> JobCompleted:
    return JobCompleted(
        job_id=job_id,
        at=at(9),
        processing_time_s=8.0,
        result_name="thesis-korrigiert.docx",
        metrics=Metrics(words=1000, findings={"spelling": 3, "spacing": 1}, comments_inserted=4),
    )


def failed(stage: str | None = "parsing") -> JobFailed:
    return JobFailed(
        job_id=JOB,
        at=at(4),
        code="corrupt_document",
        message="Die Datei ist beschädigt.",
        stage=stage,
    )


def cancel_requested() -> CancelRequested:
    return CancelRequested(job_id=JOB, at=at(3))


def cancelled(stage: str | None = "analyzing") -> JobCancelled:
    return JobCancelled(job_id=JOB, at=at(4), stage=stage)


def finding(index: int = 0, suggestion: str | None = "Ergebnis") -> ReportedFinding:
    return ReportedFinding(
        id=f"{index}-4-13-spelling",
        category="spelling",
        paragraph=index,
        start=4,
        end=13,
        text="Ergebniss",
        context="Die Auswertung liefert ein klares Ergebniss.",
        message="Rechtschreibung: »Ergebniss« → »Ergebnis«?",
        suggestion=suggestion,
    )


def findings_reported(*findings: ReportedFinding, job_id: str = JOB) -> FindingsReported:
    return FindingsReported(job_id=job_id, at=at(2.5), findings=list(findings or [finding()]))


def finding_dismissed(finding_id: str = "0-4-13-spelling", job_id: str = JOB) -> FindingDismissed:
    return FindingDismissed(job_id=job_id, at=at(10), finding_id=finding_id)


def revision_requested(number: int = 1, job_id: str = JOB) -> RevisionRequested:
    return RevisionRequested(job_id=job_id, at=at(20), revision=number)


def revision_completed(number: int = 1, job_id: str = JOB) -> RevisionCompleted:
    return RevisionCompleted(
        job_id=job_id,
        at=at(22),
        revision=number,
        result_name=f"thesis-korrigiert-{number + 1}.docx",
        comments_inserted=3,
    )


def revision_failed(number: int = 1, job_id: str = JOB) -> RevisionFailed:
    return RevisionFailed(
        job_id=job_id,
        at=at(22),
        revision=number,
        code="upload_missing",
        message="Die hochgeladene Datei ist nicht mehr vorhanden.",
    )


def one_of_each() -> list[AnyEvent]:
    return [
        created(),
        started(),
        stage_started("parsing"),
        progress("parsing", 50, 7.5),
        stage_completed("parsing", "analyzing"),
        completed(),
        failed(),
        cancel_requested(),
        cancelled(),
        findings_reported(),
        finding_dismissed(),
        revision_requested(),
        revision_completed(),
        revision_failed(),
    ]


def happy_path() -> list[AnyEvent]:
    """A whole successful job, the way a processor writes it."""
    events: list[AnyEvent] = [created(), started()]
    done = 0.0
    for index, stage in enumerate(STAGES):
        weight = STAGE_WEIGHTS[stage]
        events.append(stage_started(stage))
        events.append(progress(stage, 50, done + weight / 2))
        if stage == "analyzing":
            events.append(findings_reported(finding(0), finding(1, suggestion=None)))
        done += weight
        following = STAGES[index + 1] if index + 1 < len(STAGES) else None
        events.append(stage_completed(stage, following))
    events.append(completed())
    return events
