"""Retry schedules: doubling waits up to a cap, ended by a number of tries or a span of time."""

from __future__ import annotations

import pytest

from servicekit.backoff import EVENT_APPEND, WATCH_RECONNECT, Backoff


def test_waits_double_up_to_the_cap_and_stop_after_the_tries() -> None:
    assert list(Backoff(first_s=1, max_s=4, attempts=5).delays()) == [1, 2, 4, 4]
    # the schedules the services use keep the numbers they had before they moved here
    assert list(EVENT_APPEND.delays()) == [0.25, 0.5, 1, 2, 4, 8, 16]
    assert len(list(WATCH_RECONNECT.delays())) == 12 and max(WATCH_RECONNECT.delays()) == 5


def test_patience_ends_the_schedule_before_its_span_is_spent() -> None:
    assert list(Backoff(first_s=1, max_s=2, patience_s=6).delays()) == [1, 2, 2]


async def test_retry_tries_again_only_on_the_named_errors() -> None:
    calls: list[int] = []

    async def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise TimeoutError
        return "done"

    assert await Backoff(first_s=0, max_s=0, attempts=3).retry(flaky, on=(TimeoutError,)) == "done"

    async def broken() -> str:
        raise ValueError

    with pytest.raises(ValueError):
        await Backoff(first_s=0, max_s=0, attempts=3).retry(broken, on=(TimeoutError,))
