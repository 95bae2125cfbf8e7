"""The progress reporter: coalescing, monotonic progress, stage 100 % always, terminals never held back.

A hand-turned clock drives time here: these are pure decisions, nothing sleeps.
"""

from __future__ import annotations

import pytest

from contracts.events import (
    Event,
    JobCompleted,
    JobFailed,
    JobStarted,
    Metrics,
    ProgressUpdate,
    StageCompleted,
    StageStarted,
)
from contracts.stages import STAGES
from services.processor import eta
from services.processor.errors import StopRequested
from services.processor.reporter import ProgressReporter
from services.processor.stopping import StopSignal


class HandClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def reporter(**options: object) -> tuple[ProgressReporter, list[Event], HandClock]:
    events: list[Event] = []
    clock = HandClock()
    options.setdefault("size", 10_000)
    options.setdefault("stop", StopSignal("job"))
    return (
        ProgressReporter("job", events.append, clock=clock, interval_s=0.1, **options),
        events,
        clock,
    )  # type: ignore[arg-type]


def updates(events: list[Event]) -> list[ProgressUpdate]:
    return [e for e in events if isinstance(e, ProgressUpdate)]


def test_updates_within_the_interval_are_coalesced() -> None:
    progress, events, clock = reporter()
    progress.begin_stage("analyzing", total=100)
    for _ in range(50):
        clock.now += 0.01
        progress.advance()
    # 50 units over 0.5 s at one update per 0.1 s: the first, then about one per interval.
    assert 5 <= len(updates(events)) <= 6


def test_a_new_stage_shows_its_first_unit_at_once_with_its_own_message() -> None:
    progress, events, clock = reporter()
    progress.begin_stage("parsing", total=2)
    progress.advance(2, "Dokument wird gelesen")
    progress.finish_stage("Dokument wird gelesen")
    progress.begin_stage("analyzing", total=10)
    # Still inside the coalescing interval of the last update
    clock.now += 0.01
    progress.advance(1, "Text wird geprüft")
    assert updates(events)[-1].stage == "analyzing"
    assert updates(events)[-1].message == "Text wird geprüft"


def test_the_final_update_of_a_stage_is_100_and_comes_before_stage_completed() -> None:
    progress, events, _clock = reporter()
    progress.begin_stage("parsing", total=3)
    progress.advance()
    progress.advance()  # coalesced: same instant
    progress.finish_stage()
    kinds = [type(e) for e in events]
    assert kinds == [StageStarted, ProgressUpdate, ProgressUpdate, StageCompleted]
    assert updates(events)[-1].stage_progress == 100.0


def test_a_stage_without_units_still_reports_100() -> None:
    progress, events, _ = reporter()
    progress.begin_stage("integrating", total=0)
    progress.finish_stage()
    assert [u.stage_progress for u in updates(events)] == [100.0]


def test_overall_progress_follows_the_weights_and_never_goes_back() -> None:
    progress, events, clock = reporter(floor=40.0)  # a retry after an attempt that reached 40 %
    for stage in STAGES:
        progress.begin_stage(stage, total=4)
        for _ in range(4):
            clock.now += 0.2
            progress.advance()
        progress.finish_stage()
    values = [u.progress for u in updates(events)]
    assert values == sorted(values)
    assert values[0] == 40.0 and values[-1] == 100.0
    completed = [e for e in events if isinstance(e, StageCompleted)]
    assert [c.next_stage for c in completed] == ["analyzing", "integrating", "formatting", None]
    assert all(c.duration_s == pytest.approx(0.8) for c in completed)


def test_stage_and_terminal_events_are_never_coalesced() -> None:
    progress, events, _ = reporter()
    progress.started("worker-1")
    progress.begin_stage("parsing", total=1)
    progress.finish_stage()
    progress.begin_stage("analyzing", total=1)
    progress.failed("check_failed", "Die Prüfung ist fehlgeschlagen.", "analyzing")
    assert [type(e) for e in events] == [
        JobStarted,
        StageStarted,
        ProgressUpdate,
        StageCompleted,
        StageStarted,
        JobFailed,
    ]
    progress.completed("a-korrigiert.docx", Metrics(words=1))
    assert isinstance(events[-1], JobCompleted)


def test_the_eta_comes_from_the_measured_rate_of_the_stage() -> None:
    progress, events, clock = reporter()
    progress.begin_stage("formatting", total=4)
    clock.now += 1.0
    progress.advance()  # 1 unit per second, 3 to go, nothing after formatting
    assert updates(events)[-1].eta_s == pytest.approx(3.0)


def test_job_started_estimates_from_learned_rates_or_says_none() -> None:
    unknown, events, _ = reporter()
    unknown.started("w")
    assert isinstance(events[0], JobStarted) and events[0].estimated_duration_s is None
    learned = eta.StageRates(per_byte={stage: 0.0001 for stage in STAGES}, jobs=1)
    known, events, _ = reporter(rates=learned, attempt=2)
    known.started("w")
    started = events[0]
    assert isinstance(started, JobStarted)
    assert started.estimated_duration_s == pytest.approx(4.0) and started.attempt == 2


def test_attempt_is_carried_on_every_stage_start() -> None:
    progress, events, _ = reporter(attempt=3)
    progress.begin_stage("parsing")
    assert events == [StageStarted(job_id="job", stage="parsing", attempt=3, at=events[0].at)]


def test_a_cancelled_job_stops_at_the_next_unit() -> None:
    stop = StopSignal("job")
    progress, _, _ = reporter(stop=stop)
    progress.begin_stage("analyzing", total=10)
    stop.cancel()
    with pytest.raises(StopRequested):
        progress.advance()
    assert stop.cancelled


def test_a_superseded_attempt_stops_too_but_is_not_a_cancellation() -> None:
    stop = StopSignal("job")
    progress, _, _ = reporter(stop=stop)
    stop.supersede()
    with pytest.raises(StopRequested):
        progress.begin_stage("parsing")
    assert not stop.cancelled
