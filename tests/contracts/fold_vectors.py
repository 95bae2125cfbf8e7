"""The shared fold vectors: event sequences and the state each must fold to.

Both folds pass them: ``contracts.state.fold`` (Python) and the page's
``services/upload/web/fold.js``. The scenarios are written here; the expected
states are the Python fold's answers, reviewed once and then pinned in
``fold_vectors.json``. After an intended change to the fold, regenerate with
``python -m tests.contracts.fold_vectors`` and review the diff.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import msgspec

from contracts.events import (
    AnyEvent,
    CancelRequested,
    JobCancelled,
    JobCreated,
    JobFailed,
    JobStarted,
    ProgressUpdate,
    StageCompleted,
    StageStarted,
    decode_event,
)
from contracts.stages import STAGE_WEIGHTS, STAGES
from contracts.state import fold
from tests.contracts.samples import (
    JOB,
    at,
    completed,
    created,
    failed,
    finding,
    finding_dismissed,
    findings_reported,
    happy_path,
    progress,
    revision_completed,
    revision_failed,
    revision_requested,
    stage_completed,
    stage_started,
    started,
)

VECTORS = Path(__file__).with_name("fold_vectors.json")
Wire = dict[str, Any]


def wire(event: AnyEvent, *, drop: tuple[str, ...] = ()) -> Wire:
    """The event as JSON on the wire; ``drop`` leaves out fields an older writer lacked."""
    data: Wire = msgspec.to_builtins(event)
    for name in drop:
        del data[name]
    return data


def wires(*events: AnyEvent) -> list[Wire]:
    return [wire(event) for event in events]


def _happy_path() -> list[Wire]:
    return wires(*happy_path())


def _queued_by_an_old_writer() -> list[Wire]:
    # language and categories did not always exist; the defaults fill in
    return [wire(created(), drop=("language", "categories"))]


def _midway_through_analysis() -> list[Wire]:
    return wires(
        created(),
        started(),
        stage_started("parsing"),
        progress("parsing", 100, 15.0),
        stage_completed("parsing", "analyzing"),
        stage_started("analyzing"),
        progress("analyzing", 40, 39.0, eta=7.25),
    )


def _progress_never_goes_backwards() -> list[Wire]:
    quiet = ProgressUpdate(
        job_id=JOB, at=at(2.5), stage="analyzing", stage_progress=20, progress=27.0, message=""
    )
    return [
        wire(created()),
        wire(started()),
        wire(stage_started("analyzing")),
        wire(progress("analyzing", 50, 45.0)),
        # lower numbers, no message, no ETA: progress holds, the message stays, the ETA is unknown
        wire(quiet, drop=("eta_s", "elapsed_s")),
    ]


def _a_stage_completes_without_progress() -> list[Wire]:
    return wires(
        created(),
        started(),
        stage_started("parsing"),
        stage_completed("parsing", "analyzing"),
        stage_started("analyzing"),
        stage_completed("analyzing", "integrating"),
    )


def _failed_in_a_stage() -> list[Wire]:
    return wires(
        created(),
        started(),
        stage_started("parsing"),
        progress("parsing", 30, 4.5),
        failed("parsing"),
    )


def _failed_before_any_stage() -> list[Wire]:
    return [wire(created()), wire(failed(None), drop=("stage",))]


def _nothing_changes_after_the_end() -> list[Wire]:
    return [
        *_happy_path(),
        wire(progress("formatting", 10, 3.0)),
        wire(failed("formatting")),
        wire(stage_started("parsing")),
    ]


def _completed_by_an_old_writer() -> list[Wire]:
    return [wire(created()), wire(started()), wire(completed(), drop=("metrics",))]


def _a_retry_starts_again() -> list[Wire]:
    again = JobStarted(
        job_id=JOB,
        at=at(30),
        stages=list(STAGES),
        stage_weights=dict(STAGE_WEIGHTS),
        worker_id="worker-2",
        estimated_duration_s=4.0,
        attempt=2,
    )
    return [
        wire(created()),
        wire(started(), drop=("estimated_duration_s", "attempt")),
        wire(stage_started("parsing")),
        wire(progress("parsing", 80, 12.0, eta=None)),
        wire(again),
        wire(StageStarted(job_id=JOB, at=at(31), stage="parsing", attempt=2)),
    ]


def _an_extra_stage_with_its_own_weight() -> list[Wire]:
    weights = {
        "parsing": 10.0,
        "ocr": 12.5,
        "analyzing": 52.5,
        "integrating": 20.0,
        "formatting": 5.0,
    }
    return [
        wire(
            JobCreated(
                job_id=JOB,
                at=at(0.25),
                filename="scan.docx",
                size=1,
                sha256="ab" * 32,
                token_sha256="cd" * 32,
            )
        ),
        wire(
            JobStarted(
                job_id=JOB,
                at=at(1.125),
                stages=["parsing", "ocr", *STAGES[1:]],
                stage_weights=weights,
                worker_id="w",
            )
        ),
        wire(stage_started("parsing")),
        wire(
            StageCompleted(job_id=JOB, at=at(2), stage="parsing", duration_s=0.1, next_stage="ocr")
        ),
        wire(StageStarted(job_id=JOB, at=at(2), stage="ocr")),
        wire(
            ProgressUpdate(
                job_id=JOB, at=at(2), stage="ocr", stage_progress=50, progress=16.25, eta_s=None
            )
        ),
        wire(
            StageCompleted(job_id=JOB, at=at(3), stage="ocr", duration_s=1.0), drop=("next_stage",)
        ),
        wire(
            JobFailed(
                job_id=JOB,
                at=at(3) + timedelta(microseconds=1),
                code="internal",
                message="Etwas ist schiefgegangen.",
                stage="analyzing",
            )
        ),
    ]


def _cancelled_while_analyzing() -> list[Wire]:
    return [
        *_midway_through_analysis(),
        wire(CancelRequested(job_id=JOB, at=at(5))),
        wire(JobCancelled(job_id=JOB, at=at(6), stage="analyzing")),
        wire(progress("analyzing", 90, 60.0)),
    ]


def _cancel_asked_while_queued() -> list[Wire]:
    return [
        wire(created()),
        wire(CancelRequested(job_id=JOB, at=at(1))),
        wire(JobCancelled(job_id=JOB, at=at(2)), drop=("stage",)),
    ]


def _findings_listed_and_one_dismissed_after_the_end() -> list[Wire]:
    # A retry reports finding 0 again; an older writer's finding has no suggestion field;
    # a dismissal counts once, also after completion; an unknown id is ignored.
    old_writer = wire(findings_reported(finding(2)))
    del old_writer["findings"][0]["suggestion"]
    return [
        *wires(created(), started(), stage_started("analyzing")),
        *wires(findings_reported(finding(0), finding(1)), findings_reported(finding(0))),
        old_writer,
        *wires(completed(), finding_dismissed("1-4-13-spelling")),
        *wires(finding_dismissed("1-4-13-spelling"), finding_dismissed("no-such-finding")),
    ]


def _a_revision_after_the_end() -> list[Wire]:
    # A second request while one runs is ignored; a stale stage from before the end is not
    # the revision's; the second revision fails.
    return wires(
        *happy_path(),
        revision_requested(1),
        revision_requested(2),
        stage_started("integrating"),
        progress("integrating", 50, 85.0),
        stage_completed("integrating", "formatting"),
        stage_started("formatting"),
        progress("formatting", 100, 100.0),
        revision_completed(1),
        progress("formatting", 100, 100.0),
        revision_requested(2),
        stage_started("integrating"),
        revision_failed(2),
    )


SCENARIOS: dict[str, Callable[[], list[Wire]]] = {
    "nothing yet": list,
    "queued by an old writer (defaults fill in)": _queued_by_an_old_writer,
    "a whole successful job": _happy_path,
    "midway through the analysis": _midway_through_analysis,
    "progress never goes backwards; an empty message keeps the last one": (
        _progress_never_goes_backwards
    ),
    "a stage completes without any progress update": _a_stage_completes_without_progress,
    "failed in a stage": _failed_in_a_stage,
    "failed before any stage": _failed_before_any_stage,
    "nothing changes after the terminal event": _nothing_changes_after_the_end,
    "completed by an old writer (no metrics)": _completed_by_an_old_writer,
    "a retry starts again": _a_retry_starts_again,
    "an extra stage with its own weight": _an_extra_stage_with_its_own_weight,
    "cancelled while analyzing; nothing after counts": _cancelled_while_analyzing,
    "cancel asked while queued": _cancel_asked_while_queued,
    "findings listed, one dismissed after the end (a finding without suggestion field)": (
        _findings_listed_and_one_dismissed_after_the_end
    ),
    "a revision after the end, then a second that fails": _a_revision_after_the_end,
}


def python_state(events: list[Wire]) -> Wire:
    """What ``contracts.state.fold`` makes of wire events, as JSON builtins."""
    state: Wire = msgspec.to_builtins(fold(decode_event(json.dumps(event)) for event in events))
    return state


def build() -> list[Wire]:
    vectors = []
    for name, scenario in SCENARIOS.items():
        events = scenario()
        vectors.append({"name": name, "events": events, "state": python_state(events)})
    return vectors


def main() -> None:
    VECTORS.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {VECTORS}")


if __name__ == "__main__":
    main()
