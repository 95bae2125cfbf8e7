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


def test_without_a_model_the_job_speed_so_far_extrapolates() -> None:
    progress, events, clock = reporter()
    progress.begin_stage("parsing", total=4)
    clock.now += 1.0
    progress.advance()  # a quarter of parsing (15 %) in 1 s
    update = updates(events)[-1]
    assert update.eta_s == pytest.approx(1.0 / 3.75 * 96.25, rel=0.01)
    assert update.eta_margin_s == pytest.approx(update.eta_s * eta.UNKNOWN_SPREAD, rel=0.01)


# Seconds of (setup, all units) per stage for a document of ``words`` words.
def stage_costs(stage: str, words: int) -> tuple[float, float]:
    return {
        "parsing": (0.2, 0.00001 * words),
        "analyzing": (0.5, 0.0001 * words),
        "integrating": (0.0, 0.00001 * words),
        "formatting": (0.1, 0.001),
    }[stage]


UNITS = {"parsing": 10, "analyzing": 20, "integrating": 5, "formatting": 2}
TEXT_PER_WORD = 6


def run_job(
    progress: ProgressReporter,
    clock: HandClock,
    words: int,
    *,
    slower_from: tuple[str, int] | None = None,
    neighbour: list[int] | None = None,
) -> tuple[list[tuple[float, ProgressUpdate]], float]:
    """The four stages on the hand clock: each update with its time, and the job's duration.

    From ``slower_from`` (stage, unit) to the end of that stage every unit takes
    twice as long, while ``neighbour`` (the load the reporter reads) says a second
    job runs beside this one.
    """
    seen: list[tuple[float, ProgressUpdate]] = []
    start = clock.now
    progress.started("w")
    slow = 1.0
    for stage in STAGES:
        setup, work = stage_costs(stage, words)
        progress.begin_stage(stage, total=UNITS[stage])
        clock.now += setup
        for unit in range(UNITS[stage]):
            if slower_from == (stage, unit) and neighbour is not None:
                slow = 2.0
                neighbour[0] = 2
            clock.now += slow * work / UNITS[stage]
            before = len(progress_events(progress))
            progress.advance()
            seen += [(clock.now - start, e) for e in progress_events(progress)[before:]]
        if stage == "parsing":
            progress.set_words(words)
        progress.finish_stage()
        if neighbour is not None and slow > 1.0:
            slow, neighbour[0] = 1.0, 1  # the neighbour is done
    clock.now += 0.05
    progress.completed("x.docx", Metrics(words=words))
    return seen, clock.now - start


def progress_events(progress: ProgressReporter) -> list[ProgressUpdate]:
    return updates(progress._emit.__self__)  # type: ignore[attr-defined]


def trained(sizes: tuple[int, ...]) -> eta.DurationModel:
    """The model after jobs of these sizes ran through reporters on the hand clock."""
    model = eta.DurationModel()
    for words in sizes:
        progress, _events, clock = reporter(text_bytes=words * TEXT_PER_WORD)
        run_job(progress, clock, words)
        model = eta.learn(
            model,
            progress.durations,
            words=words,
            text_bytes=words * TEXT_PER_WORD,
            variations=progress.variations,
        )
    return model


def test_on_a_recorded_timeline_the_eta_tells_the_truth() -> None:
    model = trained((5_000, 20_000, 80_000, 40_000, 10_000) * 2)
    progress, events, clock = reporter(text_bytes=60_000 * TEXT_PER_WORD, models={1: model})
    seen, total = run_job(progress, clock, 60_000)
    started = events[0]
    assert isinstance(started, JobStarted) and started.estimated_duration_s is not None
    assert started.estimated_duration_s == pytest.approx(total, rel=0.05)
    for at, update in seen:
        assert update.eta_s is not None and update.eta_margin_s is not None
        assert update.eta_s == pytest.approx(total - at, rel=0.1, abs=0.02)


def test_a_neighbour_slowing_the_job_shows_in_its_eta() -> None:
    alone = trained((5_000, 20_000, 80_000, 40_000, 10_000) * 2)
    # Nothing learned of two jobs at once yet: the model of one alone, without its record.
    beside = eta.untried(alone)
    load = [1]
    progress, _events, clock = reporter(
        text_bytes=60_000 * TEXT_PER_WORD, models={1: alone, 2: beside}, load=lambda: load[0]
    )
    seen, total = run_job(progress, clock, 60_000, slower_from=("analyzing", 5), neighbour=load)
    # Until a few units after the neighbour's arrival the ETA is too short; from
    # then on it has found the slower pace, and the truth lies within its margin.
    analyzing = [(at, u) for at, u in seen if u.stage == "analyzing"]
    before = [u for at, u in analyzing if u.stage_progress == 35]
    assert before and (before[0].eta_s or 0) < 0.75 * (total - 4.0)
    for at, update in analyzing:
        if update.stage_progress >= 50:
            assert abs((update.eta_s or 0) - (total - at)) <= 2 * (update.eta_margin_s or 0)
            assert update.eta_s == pytest.approx(total - at, rel=0.1, abs=0.1)


def test_the_shown_eta_counts_down_while_new_estimates_lie_within_its_margin() -> None:
    model = trained((5_000, 20_000, 80_000, 40_000, 10_000) * 2)
    progress, _events, clock = reporter(text_bytes=60_000 * TEXT_PER_WORD, models={1: model})
    seen, _total = run_job(progress, clock, 60_000)
    analyzing = [(at, u) for at, u in seen if u.stage == "analyzing"]
    # The job runs as modelled: every shown ETA is the first one counted down.
    first_at, first = analyzing[1]
    for at, update in analyzing[2:]:
        assert update.eta_s == pytest.approx((first.eta_s or 0) - (at - first_at), abs=0.02)


def test_job_started_estimates_from_the_model_or_says_none() -> None:
    unknown, events, _ = reporter()
    unknown.started("w")
    assert isinstance(events[0], JobStarted) and events[0].estimated_duration_s is None
    model = trained((5_000, 20_000, 80_000))
    known, events, _ = reporter(text_bytes=30_000, models={1: model}, attempt=2)
    known.started("w")
    started = events[0]
    assert isinstance(started, JobStarted) and started.attempt == 2
    assert started.estimated_duration_s == pytest.approx(
        sum(sum(stage_costs(stage, 5_000)) for stage in STAGES) + 0.05, rel=0.05
    )
    assert started.estimated_margin_s is not None and started.estimated_margin_s > 0


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
