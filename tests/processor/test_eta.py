"""ETA arithmetic: measured rates in the running stage, learned rates for the rest, None when unknown."""

from __future__ import annotations

from itertools import pairwise

import pytest

from services.processor import eta

LEARNED = eta.StageRates(
    per_word={"parsing": 0.001, "analyzing": 0.002, "integrating": 0.0005, "formatting": 0.0001},
    per_byte={
        "parsing": 0.00001,
        "analyzing": 0.00002,
        "integrating": 0.000005,
        "formatting": 0.000001,
    },
    jobs=3,
)
STAGES = ("parsing", "analyzing", "integrating", "formatting")


def test_nothing_learned_means_no_estimate() -> None:
    assert eta.total_estimate(eta.StageRates(), STAGES, words=None, size=10_000) is None


def test_before_parsing_the_estimate_scales_with_upload_bytes() -> None:
    assert eta.total_estimate(LEARNED, STAGES, words=None, size=100_000) == pytest.approx(3.6)


def test_after_parsing_the_estimate_scales_with_words() -> None:
    assert eta.total_estimate(LEARNED, STAGES, words=1000, size=100_000) == pytest.approx(3.6)
    assert eta.total_estimate(LEARNED, STAGES[1:], words=2000, size=100_000) == pytest.approx(5.2)


def analyzing_left(done: float, elapsed: float) -> float | None:
    """Seconds left with ``done`` of 40 chunks analysed in ``elapsed`` s (2 s learned)."""
    return eta.remaining_s(
        stage="analyzing",
        done=done,
        total=40,
        stage_elapsed_s=elapsed,
        later_stages=STAGES[2:],
        rates=LEARNED,
        words=1000,
        size=100_000,
        job_elapsed_s=elapsed + 1.0,
        progress=30.0,
    )


def test_on_the_learned_pace_the_estimate_is_the_learned_remainder() -> None:
    # analyzing learned at 2 s for 1000 words: a quarter done in 0.5 s leaves 1.5 s,
    # plus integrating 0.5 s and formatting 0.1 s
    assert analyzing_left(10, 0.5) == pytest.approx(1.5 + 0.6)


def test_a_slow_start_weighs_little_and_a_late_measurement_much() -> None:
    # The first chunk took 1 s (a stage's fixed cost): its measured rate, 40 s for the
    # stage, counts for a fortieth; the learned rate decides.
    early = analyzing_left(1, 1.0)
    assert early is not None and early < 2 * (2.0 + 0.6)
    # Three quarters done at twice the learned pace: the measurement decides, and the
    # later stages are expected twice as slow as well.
    late = analyzing_left(30, 3.0)
    rate = 0.25 * 0.05 + 0.75 * 0.1
    assert late == pytest.approx(rate * 10 + 0.6 * rate / 0.05)


def test_the_estimate_closes_in_on_the_truth_as_the_stage_goes_on() -> None:
    # A hand-turned clock: 0.1 s per chunk, twice the learned pace, so the later
    # stages too take twice their learned 0.6 s.
    errors = []
    for done in range(1, 41):
        estimate = analyzing_left(done, done * 0.1)
        truth = (40 - done) * 0.1 + 2 * 0.6
        assert estimate is not None
        errors.append(abs(estimate - truth) / truth)
    assert all(later <= earlier + 1e-9 for earlier, later in pairwise(errors))
    assert errors[-1] == pytest.approx(0.0, abs=1e-9)


def test_without_learned_rates_the_job_speed_so_far_extrapolates() -> None:
    remaining = eta.remaining_s(
        stage="analyzing",
        done=10,
        total=40,
        stage_elapsed_s=2.0,
        later_stages=STAGES[2:],
        rates=eta.StageRates(),
        words=1000,
        size=100_000,
        job_elapsed_s=3.0,
        progress=30.0,
    )
    assert remaining == pytest.approx(3.0 / 30.0 * 70.0)


def test_no_progress_and_nothing_learned_gives_none() -> None:
    assert (
        eta.remaining_s(
            stage="parsing",
            done=0,
            total=0,
            stage_elapsed_s=0.0,
            later_stages=STAGES[1:],
            rates=eta.StageRates(),
            words=None,
            size=1,
            job_elapsed_s=0.0,
            progress=0.0,
        )
        is None
    )


def test_learning_is_an_exponentially_weighted_average() -> None:
    first = eta.learn(eta.StageRates(), {"parsing": 2.0}, words=1000, size=10_000)
    assert first.per_word["parsing"] == pytest.approx(0.002) and first.jobs == 1
    second = eta.learn(first, {"parsing": 4.0}, words=1000, size=10_000)
    assert second.per_word["parsing"] == pytest.approx(0.7 * 0.002 + 0.3 * 0.004)
    assert second.per_byte["parsing"] == pytest.approx(0.7 * 0.0002 + 0.3 * 0.0004)


def test_an_empty_document_teaches_no_per_word_rate() -> None:
    learned = eta.learn(eta.StageRates(), {"parsing": 1.0}, words=0, size=500)
    assert "parsing" not in learned.per_word and "parsing" in learned.per_byte
