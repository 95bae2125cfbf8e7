"""ETA arithmetic: a duration model per stage, learned from finished jobs, blended with the job.

Pure values and functions, no clocks, no I/O.

- Each stage, and the short finish after the last one, takes ``fixed + per_word × words``
  seconds, fitted by least squares over recent jobs, older ones weighing less. A
  fixed cost (opening the file, building the document's context) is why a plain
  rate per word misjudges small and large documents alike.
- Before parsing has counted the words, they are estimated from the bytes of text
  in the upload's body, measured when it was validated.
- The running stage, once it has counted its units, is predicted by them where
  they vary from job to job: paragraphs, comments, chunks weighed by the words
  new to the checker. Those say more of its work than the words do.
- In the running stage, what the model leaves of it and what the units measured
  since its first one leave are blended by how far each can be trusted. The later
  stages take the model's durations, the model being the one for as many jobs as
  share the processor now.
- How far off past predictions were gives every estimate its margin; a model
  with no track record yet has a wide one, and a guess's spread counts among
  the few recent jobs a record holds.

Nothing learned means no estimate, never a made-up constant.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import msgspec

# The time from the last stage's end to the job's end, learned like a stage.
FINISHING = "finishing"
# How much each earlier job weighs against the next one: about the last five count.
DECAY = 0.8
# The relative margin of a prediction without a track record: about ±50 %.
UNKNOWN_SPREAD = 0.5
# A track record of a few jobs cannot prove a model better than a guess: the guess's
# spread counts as this many jobs among the checked ones.
PRIOR_JOBS = 1.0
# The least relative margin of a measured rate: text changes from chapter to chapter.
MEASURED_SPREAD = 0.05
# Reports of units before their mean says anything.
MIN_REPORTS = 2
# What a stage's units usually do counts as this many reports.
PRIOR_REPORTS = 5
# Neighbouring units count as at most this alike: the widening stays finite.
MAX_ALIKE = 0.9
# Below this spread of sizes (relative to their mean) a fixed cost cannot be told apart.
SIZES_APART = 0.25
# One job's relative error counts at most this much: a stage of milliseconds is noisy.
MAX_MISS = 1.0


class Estimate(NamedTuple):
    seconds: float
    margin: float


class LinearFit(msgspec.Struct, frozen=True, kw_only=True):
    """``y = fixed + slope × x`` by least squares over decayed sums, with its track record."""

    weight: float = 0.0
    x: float = 0.0
    y: float = 0.0
    xx: float = 0.0
    xy: float = 0.0
    # Decayed sum of squared relative errors of the predictions made before each job.
    misses: float = 0.0
    checked: float = 0.0

    def predict(self, x: float) -> float | None:
        if self.weight <= 0:
            return None
        fixed, slope = self._line()
        return fixed + slope * x

    def spread(self) -> float:
        """The relative error to expect, from how far off this fit was on recent jobs."""
        prior = PRIOR_JOBS * UNKNOWN_SPREAD**2
        return math.sqrt((self.misses + prior) / (self.checked + PRIOR_JOBS))

    def learned(self, x: float, y: float) -> LinearFit:
        """This fit after one more observation."""
        predicted = self.predict(x)
        checked = predicted is not None and y > 0
        miss = min(abs(y - predicted) / y, MAX_MISS) ** 2 if checked and predicted else 0.0
        return LinearFit(
            weight=DECAY * self.weight + 1,
            x=DECAY * self.x + x,
            y=DECAY * self.y + y,
            xx=DECAY * self.xx + x * x,
            xy=DECAY * self.xy + x * y,
            misses=DECAY * self.misses + miss,
            checked=DECAY * self.checked + (1.0 if checked else 0.0),
        )

    def sized(self) -> bool:
        """Whether the sizes seen differed enough for a line through them to mean anything."""
        if self.weight <= 0:
            return False
        mean_x = self.x / self.weight
        return self.xx / self.weight - mean_x * mean_x > (SIZES_APART * mean_x) ** 2

    def _line(self) -> tuple[float, float]:
        mean_x, mean_y = self.x / self.weight, self.y / self.weight
        if self.sized():
            variance = self.xx / self.weight - mean_x * mean_x
            slope = (self.xy / self.weight - mean_x * mean_y) / variance
            fixed = mean_y - slope * mean_x
            if fixed >= 0 and slope >= 0:
                return fixed, slope
        if self.xx <= 0:
            return mean_y, 0.0
        # Sizes too alike to separate a fixed cost, or a line through negative time:
        # proportional, which is right for the sizes seen.
        return 0.0, self.xy / self.xx


class DurationModel(msgspec.Struct, frozen=True, kw_only=True):
    """Seconds per stage by words, and words by the upload's text bytes, for one kind of job."""

    stages: dict[str, LinearFit] = {}
    # Seconds per stage by the stage's own units (paragraphs, weighed chunks, comments).
    stages_by_units: dict[str, LinearFit] = {}
    words_by_text: LinearFit = LinearFit()
    # Per stage, how much its units' times varied in finished jobs (squared, relative).
    unit_variation: dict[str, float] = {}
    jobs: int = 0

    def seconds(self, stage: str, words: float) -> float | None:
        fit = self.stages.get(stage)
        return None if fit is None else fit.predict(words)

    def spread(self, stage: str) -> float:
        fit = self.stages.get(stage)
        return UNKNOWN_SPREAD if fit is None else fit.spread()

    def running(self, stage: str, words: float, units: float) -> tuple[float, float] | None:
        """The running stage's (seconds, relative spread), by its units where they tell.

        A stage's units, once counted, say more of its work than the words do
        (new words cost the checker most); where they never varied (formatting's
        steps) the words say more.
        """
        fit = self.stages_by_units.get(stage)
        if units > 0 and fit is not None and fit.sized():
            predicted = fit.predict(units)
            if predicted is not None:
                return predicted, fit.spread()
        predicted = self.seconds(stage, words)
        return None if predicted is None else (predicted, self.spread(stage))


def untried(model: DurationModel) -> DurationModel:
    """``model`` without its track record: for another kind of job, its estimates are guesses."""

    def guesses(fits: dict[str, LinearFit]) -> dict[str, LinearFit]:
        return {
            stage: msgspec.structs.replace(fit, misses=0.0, checked=0.0)
            for stage, fit in fits.items()
        }

    return msgspec.structs.replace(
        model, stages=guesses(model.stages), stages_by_units=guesses(model.stages_by_units)
    )


def words_guess(model: DurationModel, text_bytes: int) -> tuple[float, float] | None:
    """(words, relative margin) the document likely has, before parsing has counted them."""
    words = model.words_by_text.predict(text_bytes) if text_bytes > 0 else None
    return None if words is None else (max(words, 0.0), model.words_by_text.spread())


def job_estimate(
    model: DurationModel, stages: Iterable[str], *, words: float, words_spread: float = 0.0
) -> Estimate | None:
    """The whole job's duration from the model; None unless every stage was learned."""
    return _sum(model, [*stages, FINISHING], words, words_spread=words_spread)


class UnitTimes(msgspec.Struct, frozen=True):
    """Seconds per unit of work in the running stage, measured since its first unit.

    The first unit carries the stage's setup (opening the file, building the
    document's context), so it is kept apart and the measurement starts after
    it; a change in how many jobs share the processor starts it afresh.
    """

    # Seconds from the stage's start to its first unit; None before it.
    setup_s: float | None = None
    # Units done after the first one but before this measurement began (another load).
    before: float = 0.0
    count: float = 0.0
    seconds: float = 0.0
    # Each report's seconds per unit: how many, their sum, sum of squares, and sum of
    # products with the one before (neighbouring chunks of a text run alike).
    reports: int = 0
    rate_sum: float = 0.0
    rate_squares: float = 0.0
    rate_lagged: float = 0.0
    last_rate: float = 0.0

    @property
    def mean(self) -> float:
        return self.seconds / self.count if self.count else 0.0

    def restarted(self, units: float) -> UnitTimes:
        """A fresh measurement after ``units`` more; the units so far count as done, untimed."""
        return UnitTimes(setup_s=self.setup_s, before=self.before + self.count + units)

    def added(self, seconds: float, units: float) -> UnitTimes:
        if units <= 0:
            return self
        rate = seconds / units
        return msgspec.structs.replace(
            self,
            count=self.count + units,
            seconds=self.seconds + seconds,
            reports=self.reports + 1,
            rate_sum=self.rate_sum + rate,
            rate_squares=self.rate_squares + rate * rate,
            rate_lagged=self.rate_lagged + (rate * self.last_rate if self.reports else 0.0),
            last_rate=rate,
        )

    def variation(self) -> float | None:
        """How much the units' times varied, squared and relative to their mean; None if unknown."""
        n = self.reports
        if n < 2 or self.rate_sum <= 0:
            return None
        mean = self.rate_sum / n
        return max(self.rate_squares / n - mean * mean, 0.0) * n / (n - 1) / (mean * mean)

    def spread(self, left: float, usual: float | None = None) -> float:
        """The relative error of ``mean × left`` as the time ``left`` more units take.

        A few units say little of how much units vary, so what this stage's
        units usually do (``usual``, learned from finished jobs) counts as
        several reports more. Chapters differ: neighbouring units run alike,
        so the spread of their mean widens by how alike neighbours were.
        """
        n = self.reports
        if n < MIN_REPORTS or self.mean <= 0:
            return math.inf
        prior = UNKNOWN_SPREAD**2 if usual is None else usual
        seen = self.variation() or 0.0
        variation = (PRIOR_REPORTS * prior + (n - 1) * seen) / (PRIOR_REPORTS + n - 1)
        widening = 1.0
        if n >= PRIOR_REPORTS and seen > 0:
            mean = self.rate_sum / n
            variance = seen * mean * mean
            lagged = (self.rate_lagged - (n - 1) * mean * mean) / (n - 1)
            alike = min(max(lagged / variance, 0.0), MAX_ALIKE)
            widening = (1 + alike) / (1 - alike)
        relative = math.sqrt(variation * (1 / n + 1 / max(left, 1.0)) * widening)
        return max(relative, MEASURED_SPREAD)


def remaining(
    model: DurationModel,
    *,
    stage: str,
    measured: UnitTimes,
    left: float,
    stage_elapsed_s: float,
    later_stages: Iterable[str],
    words: float | None,
    words_spread: float = 0.0,
    units: float = 0.0,
) -> Estimate | None:
    """Seconds left: the running stage's remainder, then the later stages'.

    The model's remainder of the stage (its prediction less the setup seen,
    spread over the units) and the one its measured units give (``left``
    more of them) are blended by how far each can be trusted: a model with a
    good record outweighs a few units, many steady units outweigh a model of
    another kind of job. The later stages take the model's durations: how
    fast one stage runs says little about the next (paragraphs that parse
    quickly may be slow to check), and a neighbour's effect comes with the
    model of the load it makes.
    """
    running = None if words is None else model.running(stage, words, units)
    if running is None or words is None:
        return None
    predicted, spread = running
    model_spread = spread + words_spread
    measured_spread = measured.spread(left, model.unit_variation.get(stage))
    if measured.setup_s is None:
        # Before the first unit: the model's prediction, less the time spent.
        current, spread = max(predicted - stage_elapsed_s, 0.0), model_spread
    else:
        # The stage's setup took what it took; the model's rest is spread over the units,
        # and how much slower or faster they run is the trusted blend of both.
        units = left + measured.before + measured.count
        per_unit = max(predicted - measured.setup_s, 0.0) / max(units, 1.0)
        pace, spread = 1.0, model_spread
        if not math.isinf(measured_spread) and per_unit > 0:
            trust = model_spread**2 / (model_spread**2 + measured_spread**2)
            pace = (1.0 - trust) + trust * measured.mean / per_unit
            spread = model_spread * measured_spread / math.hypot(model_spread, measured_spread)
        current = per_unit * pace * left
    later = _sum(model, [*later_stages, FINISHING], words, words_spread=words_spread)
    if later is None:
        return None
    return Estimate(current + later.seconds, math.hypot(current * spread, later.margin))


def _sum(
    model: DurationModel, stages: list[str], words: float, *, words_spread: float
) -> Estimate | None:
    seconds = 0.0
    squares = 0.0
    for stage in stages:
        predicted = model.seconds(stage, words)
        if predicted is None:
            return None
        seconds += predicted
        squares += (predicted * (model.spread(stage) + words_spread)) ** 2
    return Estimate(seconds, math.sqrt(squares))


def learn(
    model: DurationModel,
    durations: Mapping[str, float],
    *,
    words: int,
    text_bytes: int,
    variations: Mapping[str, float] | None = None,
    units: Mapping[str, float] | None = None,
) -> DurationModel:
    """The model after one more finished job with these stage durations, units and variations."""
    stages = dict(model.stages)
    by_units = dict(model.stages_by_units)
    for stage, seconds in durations.items():
        stages[stage] = stages.get(stage, LinearFit()).learned(words, seconds)
        counted = (units or {}).get(stage)
        if counted:
            by_units[stage] = by_units.get(stage, LinearFit()).learned(counted, seconds)
    words_by_text = model.words_by_text
    if text_bytes > 0:
        words_by_text = words_by_text.learned(text_bytes, words)
    unit_variation = dict(model.unit_variation)
    for stage, variation in (variations or {}).items():
        old = unit_variation.get(stage)
        unit_variation[stage] = variation if old is None else DECAY * old + (1 - DECAY) * variation
    return DurationModel(
        stages=stages,
        stages_by_units=by_units,
        words_by_text=words_by_text,
        unit_variation=unit_variation,
        jobs=model.jobs + 1,
    )
