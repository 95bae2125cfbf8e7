"""ETA arithmetic from measured rates: pure functions, no clocks, no I/O.

Two kinds of rate feed it. Within a running stage, the stage's own measured
speed (seconds per counted unit). For stages not reached yet, rates learned
from earlier jobs: seconds per word of the document once parsing has counted
them, seconds per byte of upload before that. Nothing learned means no
estimate, never a made-up constant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import msgspec

EWMA_ALPHA = 0.3


class StageRates(msgspec.Struct, frozen=True, kw_only=True):
    """Learned seconds per word and per upload byte, per stage (exponentially weighted)."""

    per_word: dict[str, float] = {}
    per_byte: dict[str, float] = {}
    jobs: int = 0


def stage_estimate(rates: StageRates, stage: str, *, words: int | None, size: int) -> float | None:
    """Learned seconds ``stage`` takes for this document, or None if never learned."""
    if words is not None and stage in rates.per_word:
        return rates.per_word[stage] * words
    if stage in rates.per_byte:
        return rates.per_byte[stage] * size
    return None


def total_estimate(
    rates: StageRates, stages: Iterable[str], *, words: int | None, size: int
) -> float | None:
    """Learned seconds for the given stages together; None unless every one is known."""
    total = 0.0
    for stage in stages:
        estimate = stage_estimate(rates, stage, words=words, size=size)
        if estimate is None:
            return None
        total += estimate
    return total


def remaining_s(
    *,
    stage: str,
    done: float,
    total: float,
    stage_elapsed_s: float,
    later_stages: Iterable[str],
    rates: StageRates,
    words: int | None,
    size: int,
    job_elapsed_s: float,
    progress: float,
) -> float | None:
    """Seconds left for the job: the running stage's blended rate, then the later stages.

    In the running stage, the learned rate and the rate measured so far are
    blended by the share of the stage done: at the start a stage's fixed
    cost (opening, warming caches) would make its measured rate absurd, near
    the end the measurement knows best. The later stages take their learned
    durations, scaled by how much slower or faster than learned this job
    runs (another job sharing the processor, say). When a stage was never
    learned, the job's own speed so far extrapolates instead.
    """
    predicted = stage_estimate(rates, stage, words=words, size=size)
    later = total_estimate(rates, later_stages, words=words, size=size)
    if done > 0 and total > 0:
        share = min(done / total, 1.0)
        measured_rate = stage_elapsed_s / done
        if predicted is None:
            current: float | None = measured_rate * (total - done)
            pace = 1.0
        else:
            learned_rate = predicted / total
            rate = (1 - share) * learned_rate + share * measured_rate
            current = rate * (total - done)
            pace = rate / learned_rate if learned_rate > 0 else 1.0
    else:
        current = None if predicted is None else max(predicted - stage_elapsed_s, 0.0)
        pace = 1.0
    if current is not None and later is not None:
        return current + later * pace
    if 0 < progress < 100:
        return job_elapsed_s / progress * (100.0 - progress)
    return None


def ewma(old: float | None, sample: float, alpha: float = EWMA_ALPHA) -> float:
    return sample if old is None else (1 - alpha) * old + alpha * sample


def learn(
    rates: StageRates, durations: Mapping[str, float], *, words: int, size: int
) -> StageRates:
    """The rates after one more finished job with these stage durations."""
    per_word = dict(rates.per_word)
    per_byte = dict(rates.per_byte)
    for stage, seconds in durations.items():
        if words > 0:
            per_word[stage] = ewma(per_word.get(stage), seconds / words)
        if size > 0:
            per_byte[stage] = ewma(per_byte.get(stage), seconds / size)
    return StageRates(per_word=per_word, per_byte=per_byte, jobs=rates.jobs + 1)
