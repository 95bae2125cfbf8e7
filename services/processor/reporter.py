"""The one progress reporter: stages count work, it decides what the world sees.

Stages call :meth:`ProgressReporter.advance` with units of real work
(paragraphs, chunks, comments, steps). The reporter alone turns that into
events: it coalesces ``progress_update`` to one per interval, keeps overall
progress monotonic (also across retries, via ``floor``), computes the ETA, and
emits. Stage and terminal events are never coalesced, and a stage's 100 %
update always precedes its ``stage_completed``. No timer drives anything:
only work reported here does. Each unit of work is also where the attempt's
:class:`~services.processor.stopping.StopSignal` is checked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

from contracts.events import (
    FindingsReported,
    JobCancelled,
    JobCompleted,
    JobFailed,
    JobStarted,
    Metrics,
    ProgressUpdate,
    ReportedFinding,
    RevisionCompleted,
    RevisionFailed,
    StageCompleted,
    StageStarted,
)
from contracts.stages import STAGE_WEIGHTS, STAGES
from servicekit.metrics import STAGE_SECONDS
from services.processor import eta
from services.processor.stopping import StopSignal
from services.processor.types import Clock, Emit

# How far within its margin a new estimate may stray before the shown ETA follows it.
# The estimate is a mean over measured units and steady by itself: a wide band only
# held on to stale values (on a recorded bench run, 0.5 cost a point of median error
# and raised the ETA more often, not less).
SMOOTHING_BAND = 0.1


class ProgressReporter:
    """Progress of one attempt at one job; safe to call from the worker thread and the loop."""

    def __init__(
        self,
        job_id: str,
        emit: Emit,
        *,
        stop: StopSignal,
        text_bytes: int = 0,
        models: Mapping[int, eta.DurationModel] | None = None,
        load: Callable[[], int] = lambda: 1,
        interval_s: float = 0.1,
        attempt: int = 1,
        floor: float = 0.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.job_id = job_id
        self.text_bytes = text_bytes
        self.words: int | None = None
        # The language the job's messages speak; parsing sets it for "auto" jobs.
        self.language = "de"
        self.durations: dict[str, float] = {}
        # How much each stage's units' times varied, and how many units it had, to learn.
        self.variations: dict[str, float] = {}
        self.units: dict[str, float] = {}
        self._emit = emit
        # The duration model for each number of jobs sharing the processor, and that number now.
        self._models = models or {}
        self._load = load
        self._interval_s = interval_s
        self._attempt = attempt
        self._progress = floor
        self._clock = clock
        self._lock = threading.Lock()
        self._stop = stop
        # Set once a terminal event is emitted: nothing of this attempt may follow it.
        self.ended = False
        self._job_start = clock()
        self._last_update: float | None = None
        self._stage: str | None = None
        self._stage_start = 0.0
        self._done = 0.0
        self._total = 0.0
        self._stage_progress = 0.0
        # The running stage's units, measured from its first one on (past the stage's
        # setup) and afresh when another job starts or ends beside this one.
        self._units = eta.UnitTimes()
        self._last_unit_at: float | None = None
        self._measured_load = 0
        self._last_finish: float | None = None
        # The ETA last shown and when: it counts down while new estimates agree with it.
        self._shown: tuple[float, float] | None = None

    @property
    def stage(self) -> str | None:
        return self._stage

    def started(self, worker_id: str) -> None:
        model = self._model()
        words, spread = self._words(model)
        estimate = None
        if words is not None:
            estimate = eta.job_estimate(model, STAGES, words=words, words_spread=spread)
        self._emit(
            JobStarted(
                job_id=self.job_id,
                stages=list(STAGES),
                stage_weights=dict(STAGE_WEIGHTS),
                worker_id=worker_id,
                estimated_duration_s=None if estimate is None else round(estimate.seconds, 2),
                estimated_margin_s=None if estimate is None else round(estimate.margin, 2),
                attempt=self._attempt,
            )
        )

    def begin_stage(self, stage: str, total: float = 0) -> None:
        # A stage boundary is a unit of work too: a cancelled job starts no new stage.
        self._stop.check()
        with self._lock:
            self._stage, self._stage_start = stage, self._clock()
            self._done, self._total, self._stage_progress = 0.0, float(total), 0.0
            self._units, self._last_unit_at = eta.UnitTimes(), None
            # The first unit of a stage is always shown, so its message replaces the last
            # stage's at once instead of after a coalescing interval.
            self._last_update = None
            self._emit(StageStarted(job_id=self.job_id, stage=stage, attempt=self._attempt))

    def set_total(self, total: float) -> None:
        """How many units the running stage has, once it knows (after opening the file, say)."""
        with self._lock:
            self._total = float(total)

    def set_words(self, words: int) -> None:
        """The document's size in words, which the learned rates are measured in."""
        self.words = words

    def advance(self, units: float = 1, message: str = "") -> None:
        """``units`` more of the running stage are done; maybe publish a progress update."""
        self._stop.check()
        with self._lock:
            self._done = min(self._done + units, self._total) if self._total else self._done + units
            now = self._clock()
            self._measure(now, units)
            finished = self._total > 0 and self._done >= self._total
            if finished or self._last_update is None or now - self._last_update >= self._interval_s:
                self._publish(now, message)

    def report_findings(self, findings: list[ReportedFinding]) -> None:
        """What a unit of work found, at once and never coalesced: the student reads along."""
        if not findings:
            return
        with self._lock:
            self._emit(FindingsReported(job_id=self.job_id, findings=findings))

    def finish_stage(self, message: str = "") -> None:
        """Close the running stage: its 100 % update (always), then ``stage_completed``."""
        with self._lock:
            stage = self._require_stage()
            now = self._clock()
            if self._stage_progress < 100.0:
                self._done = self._total = max(self._total, self._done, 1.0)
                self._publish(now, message)
            duration = now - self._stage_start
            self.durations[stage] = duration
            self.units[stage] = self._total
            variation = self._units.variation()
            if variation is not None:
                self.variations[stage] = variation
            self._last_finish = now
            STAGE_SECONDS.labels(stage).observe(duration)
            position = STAGES.index(stage)
            following = STAGES[position + 1] if position + 1 < len(STAGES) else None
            self._emit(
                StageCompleted(
                    job_id=self.job_id, stage=stage, duration_s=duration, next_stage=following
                )
            )
            self._stage = None

    def completed(self, result_name: str, metrics: Metrics) -> None:
        with self._lock:
            self.ended = True
            now = self._clock()
            if self._last_finish is not None:
                self.durations[eta.FINISHING] = now - self._last_finish
            self._emit(
                JobCompleted(
                    job_id=self.job_id,
                    processing_time_s=now - self._job_start,
                    result_name=result_name,
                    metrics=metrics,
                )
            )

    def failed(self, code: str, message: str, stage: str | None) -> None:
        with self._lock:
            self.ended = True
            self._emit(JobFailed(job_id=self.job_id, code=code, message=message, stage=stage))

    def revision_completed(self, revision: int, result_name: str, comments: int) -> None:
        with self._lock:
            self.ended = True
            self._emit(
                RevisionCompleted(
                    job_id=self.job_id,
                    revision=revision,
                    result_name=result_name,
                    comments_inserted=comments,
                )
            )

    def revision_failed(self, revision: int, code: str, message: str) -> None:
        with self._lock:
            self.ended = True
            self._emit(
                RevisionFailed(job_id=self.job_id, revision=revision, code=code, message=message)
            )

    def cancelled(self, stage: str | None) -> None:
        """The job stopped because its owner asked; ``stage`` is where (None: before starting)."""
        with self._lock:
            self.ended = True
            self._emit(JobCancelled(job_id=self.job_id, stage=stage))

    def _require_stage(self) -> str:
        if self._stage is None:
            raise RuntimeError("Expected a running stage, but none was begun")
        return self._stage

    def _publish(self, now: float, message: str) -> None:
        stage = self._require_stage()
        stage_progress = 100.0 * self._done / self._total if self._total else 0.0
        self._stage_progress = max(self._stage_progress, min(stage_progress, 100.0))
        weights_done = sum(STAGE_WEIGHTS[name] for name in STAGES[: STAGES.index(stage)])
        overall = weights_done + STAGE_WEIGHTS[stage] * self._stage_progress / 100.0
        # Never backwards: a retry holds at the furthest point any attempt reached.
        self._progress = min(max(self._progress, overall), 100.0)
        estimate = self._smoothed(now, self._estimate(now, stage, overall))
        self._emit(
            ProgressUpdate(
                job_id=self.job_id,
                stage=stage,
                stage_progress=round(self._stage_progress, 2),
                progress=round(self._progress, 2),
                message=message,
                eta_s=None if estimate is None else round(estimate.seconds, 2),
                eta_margin_s=None if estimate is None else round(estimate.margin, 2),
                elapsed_s=round(now - self._job_start, 3),
            )
        )
        self._last_update = now

    def _model(self) -> eta.DurationModel:
        return self._models.get(self._load(), eta.DurationModel())

    def _words(self, model: eta.DurationModel) -> tuple[float | None, float]:
        """The document's words and their relative margin: counted, or guessed before parsing."""
        if self.words is not None:
            return self.words, 0.0
        return eta.words_guess(model, self.text_bytes) or (None, 0.0)

    def _measure(self, now: float, units: float) -> None:
        """Time one more unit; the first unit of a stage or of a new load only starts the clock."""
        load = self._load()
        if self._last_unit_at is None:
            self._units = eta.UnitTimes(setup_s=now - self._stage_start)
        elif load == self._measured_load:
            self._units = self._units.added(now - self._last_unit_at, units)
        else:
            self._units = self._units.restarted(units)
        self._measured_load = load
        self._last_unit_at = now

    def _estimate(self, now: float, stage: str, progress: float) -> eta.Estimate | None:
        """What is left of the job: the model blended with this stage's measured units."""
        model = self._model()
        words, words_spread = self._words(model)
        estimate = eta.remaining(
            model,
            stage=stage,
            measured=self._units,
            left=max(self._total - self._done, 0.0),
            stage_elapsed_s=now - self._stage_start,
            later_stages=STAGES[STAGES.index(stage) + 1 :],
            words=words,
            words_spread=words_spread,
            units=self._total,
        )
        if estimate is None and 0 < progress < 100:
            # Nothing learned yet: the job's own speed so far, with the margin of a guess.
            seconds = (now - self._job_start) / progress * (100.0 - progress)
            estimate = eta.Estimate(seconds, seconds * eta.UNKNOWN_SPREAD)
        return estimate

    def _smoothed(self, now: float, estimate: eta.Estimate | None) -> eta.Estimate | None:
        """The last ETA shown, counted down, while the new estimate lies within its margin.

        Estimates wobble with every chunk of text; a countdown that only jumps
        when an estimate leaves the band its own margin allows reads steadily
        and lags nothing.
        """
        if estimate is None:
            self._shown = None
            return None
        if self._shown is not None:
            shown_s, shown_at = self._shown
            countdown = max(shown_s - (now - shown_at), 0.0)
            if abs(estimate.seconds - countdown) <= SMOOTHING_BAND * estimate.margin:
                return eta.Estimate(countdown, estimate.margin)
        self._shown = (estimate.seconds, now)
        return estimate
