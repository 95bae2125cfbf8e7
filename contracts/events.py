"""The job events: the facts a job's log is made of.

Each event is a msgspec Struct with an explicit wire tag on ``type``, so renaming
a class never changes the wire format. Evolution rules: new fields get a
default, fields are never retyped, tags are never reused, and decoders skip
unknown fields so old readers survive new writers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import msgspec

UtcTime = Annotated[datetime, msgspec.Meta(tz=True)]
Percent = Annotated[float, msgspec.Meta(ge=0, le=100)]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Event(msgspec.Struct, tag_field="type", frozen=True, kw_only=True):
    """Common to every event: which job, and when (aware UTC)."""

    job_id: str
    at: UtcTime = msgspec.field(default_factory=utc_now)


class JobCreated(Event, tag="job_created", frozen=True):
    filename: str
    size: int
    sha256: str
    token_sha256: str
    language: str = "auto"
    # Empty means every category the checker knows.
    categories: list[str] = []
    # "comments", or "tracked": a finding with one suggestion is also a Word tracked change.
    suggestions: str = "comments"
    # Bytes of text in the document's body, measured at validation: the first ETA's yardstick.
    text_bytes: int = 0


class JobStarted(Event, tag="job_started", frozen=True):
    stages: list[str]
    stage_weights: dict[str, float]
    worker_id: str
    # None until the service has learned rates from earlier jobs.
    estimated_duration_s: float | None = None
    # How far off the estimate may be (about one standard deviation).
    estimated_margin_s: float | None = None
    attempt: int = 1


class StageStarted(Event, tag="stage_started", frozen=True):
    stage: str
    attempt: int = 1


class ProgressUpdate(Event, tag="progress_update", frozen=True):
    stage: str
    stage_progress: Percent
    progress: Percent
    message: str = ""
    eta_s: float | None = None
    # How far off eta_s may be (about one standard deviation); wide while little is known.
    eta_margin_s: float | None = None
    elapsed_s: float = 0.0


class StageCompleted(Event, tag="stage_completed", frozen=True):
    stage: str
    duration_s: float
    next_stage: str | None = None


class Metrics(msgspec.Struct, frozen=True, kw_only=True):
    words: int = 0
    findings: dict[str, int] = {}
    comments_inserted: int = 0


class JobCompleted(Event, tag="job_completed", frozen=True):
    processing_time_s: float
    result_name: str
    metrics: Metrics = Metrics()


class JobFailed(Event, tag="job_failed", frozen=True):
    code: str
    message: str
    stage: str | None = None


class ReportedFinding(msgspec.Struct, frozen=True, kw_only=True):
    """One thing the checker would comment on, as the student sees it before the document."""

    # Stable within the job (and across its retries): what a dismissal names.
    id: str
    category: str
    # Index in python-docx's ``Document.paragraphs``; ``start``/``end`` index its text.
    paragraph: int
    start: int
    end: int
    # The flagged words, and the sentence around them.
    text: str
    context: str
    message: str
    # A single replacement for ``text``, or None where the fix is not one string.
    suggestion: str | None = None


class FindingsReported(Event, tag="findings_reported", frozen=True):
    """Findings of one unit of analyzing work, appended as soon as that unit is done."""

    findings: list[ReportedFinding]


class FindingDismissed(Event, tag="finding_dismissed", frozen=True):
    """The owner judged a finding wrong or not worth a comment."""

    finding_id: str


class RevisionRequested(Event, tag="revision_requested", frozen=True):
    """The owner asked for the result again, from the findings not dismissed; nothing re-checked."""

    revision: int


class RevisionCompleted(Event, tag="revision_completed", frozen=True):
    revision: int
    result_name: str
    comments_inserted: int


class RevisionFailed(Event, tag="revision_failed", frozen=True):
    revision: int
    code: str
    message: str


class CancelRequested(Event, tag="cancel_requested", frozen=True):
    """The owner asked to stop the job; the processor running it answers with ``job_cancelled``."""


class JobCancelled(Event, tag="job_cancelled", frozen=True):
    stage: str | None = None


AnyEvent = (
    JobCreated
    | JobStarted
    | StageStarted
    | ProgressUpdate
    | StageCompleted
    | JobCompleted
    | JobFailed
    | CancelRequested
    | JobCancelled
    | FindingsReported
    | FindingDismissed
    | RevisionRequested
    | RevisionCompleted
    | RevisionFailed
)

EVENT_TYPES: tuple[type[Event], ...] = AnyEvent.__args__
TERMINAL_EVENTS: tuple[type[Event], ...] = (JobCompleted, JobFailed, JobCancelled)
# The owner's decisions about the result: recorded after the job ended, too.
DECISIONS: tuple[type[Event], ...] = (FindingDismissed, RevisionRequested)
# After these a job is at rest: nothing more comes unless the owner asks for a revision.
AT_REST: tuple[type[Event], ...] = (*TERMINAL_EVENTS, RevisionCompleted, RevisionFailed)


class Frame(msgspec.Struct, frozen=True):
    """One entry of a job's log as clients see it: the stream sequence and the event."""

    seq: int
    event: AnyEvent


_event_decoder: msgspec.json.Decoder[AnyEvent] = msgspec.json.Decoder(AnyEvent)
_frame_decoder = msgspec.json.Decoder(Frame)
_encoder = msgspec.json.Encoder()


def event_type(event: Event) -> str:
    """The wire tag of an event, e.g. ``"job_created"``."""
    return type(event).__struct_config__.tag  # type: ignore[return-value]


def is_terminal(event: Event) -> bool:
    return isinstance(event, TERMINAL_EVENTS)


def rest_after(event: Event) -> bool | None:
    """What ``event`` says about a job being at rest (nothing more to come until the owner asks).

    True after the end or a revision's end, False when a revision is requested,
    None when it says nothing (progress, findings, a dismissal).
    """
    if isinstance(event, AT_REST):
        return True
    if isinstance(event, RevisionRequested):
        return False
    return None


def encode(value: Event | Frame) -> bytes:
    return _encoder.encode(value)


def decode_event(data: bytes | str) -> AnyEvent:
    return _event_decoder.decode(data)


def decode_frame(data: bytes | str) -> Frame:
    return _frame_decoder.decode(data)


def event_schema() -> dict[str, object]:
    """The JSON Schema of the event union and the frame that carries it."""
    return msgspec.json.schema(Frame)
