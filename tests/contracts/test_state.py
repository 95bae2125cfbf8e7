"""Fold narratives: given these events, then the state is …"""

from __future__ import annotations

import msgspec

from contracts.stages import STAGES
from contracts.state import JobState, apply, fold
from tests.contracts.samples import (
    JOB,
    cancel_requested,
    cancelled,
    completed,
    created,
    failed,
    happy_path,
    progress,
    stage_completed,
    stage_started,
    started,
)


def test_nothing_yet_is_unknown() -> None:
    state = fold([])
    assert (state.status, state.progress, state.events) == ("unknown", 0.0, 0)


def test_a_created_job_is_queued_with_its_file() -> None:
    state = fold([created()])
    assert state.status == "queued"
    assert (state.job_id, state.filename, state.size, state.language) == (
        JOB,
        "thesis.docx",
        12345,
        "de",
    )


def test_a_started_job_runs_and_knows_its_first_estimate() -> None:
    state = fold([created(), started(), stage_started("parsing")])
    assert state.status == "running"
    assert state.current_stage == "parsing"
    assert state.eta_s == 12.5
    assert state.stages["parsing"].status == "running"
    assert state.stages["analyzing"].status == "waiting"


def test_progress_never_goes_backwards() -> None:
    # Given a job at 40 % overall, when a late, lower update arrives
    state = fold(
        [created(), started(), stage_started("analyzing"), progress("analyzing", 40, 40.0)]
    )
    state = apply(state, progress("analyzing", 30, 33.0))
    # then overall and stage progress hold, while the newest message and ETA win
    assert state.progress == 40.0
    assert state.stages["analyzing"].progress == 40.0
    assert state.message == "analyzing 30 %"


def test_every_step_of_a_whole_job_is_monotonic_and_ends_done() -> None:
    seen: list[float] = []
    state = JobState()
    for event in happy_path():
        state = apply(state, event)
        seen.append(state.progress)
    assert seen == sorted(seen)
    assert state.status == "completed" and state.progress == 100.0
    assert all(state.stages[stage].status == "done" for stage in STAGES)
    assert state.metrics is not None and state.metrics.comments_inserted == 4
    assert state.result_name == "thesis-korrigiert.docx"
    assert state.eta_s == 0.0 and state.current_stage is None


def test_a_completed_stage_counts_its_full_weight() -> None:
    state = fold(
        [created(), started(), stage_started("parsing"), stage_completed("parsing", "analyzing")]
    )
    assert state.progress == 15.0
    assert state.current_stage == "analyzing"
    assert state.stages["parsing"].status == "done"


def test_a_failure_names_the_stage_and_keeps_the_progress_reached() -> None:
    state = fold(
        [created(), started(), stage_started("parsing"), progress("parsing", 60, 9.0), failed()]
    )
    assert state.status == "failed" and state.finished
    assert state.error is not None
    assert (state.error.code, state.error.stage) == ("corrupt_document", "parsing")
    assert state.stages["parsing"].status == "failed"
    assert state.progress == 9.0 and state.eta_s is None


def test_a_failure_before_any_stage_has_no_stage() -> None:
    state = fold([created(), failed(stage=None)])
    assert state.status == "failed"
    assert state.error is not None and state.error.stage is None


def test_duplicates_after_a_terminal_event_change_nothing_but_the_count() -> None:
    finished = fold(happy_path())
    again = fold([progress("formatting", 10, 1.0), failed(), completed()], finished)
    assert again.events == finished.events + 3
    assert msgspec.structs.replace(again, events=finished.events) == finished


def test_a_failed_job_stays_failed_when_a_late_completion_arrives() -> None:
    state = fold([created(), started(), failed(), completed()])
    assert state.status == "failed" and state.result_name is None


def test_a_cancel_request_is_remembered_while_the_job_still_runs() -> None:
    state = fold([created(), started(), stage_started("parsing"), cancel_requested()])
    assert state.status == "running" and state.cancel_requested and not state.finished


def test_a_cancelled_job_is_finished_and_marks_the_stage_it_stopped_in() -> None:
    state = fold(
        [
            created(),
            started(),
            stage_started("analyzing"),
            cancel_requested(),
            cancelled("analyzing"),
        ]
    )
    assert state.status == "cancelled" and state.finished
    assert state.stages["analyzing"].status == "cancelled"
    assert state.current_stage is None and state.eta_s is None
