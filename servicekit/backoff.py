"""Waiting between retries: one schedule type, and each schedule's numbers in one place.

Every retry in Korrektur waits longer each time up to a cap, and gives up
after a number of tries or a span of time; only the numbers differ, and
they are all here, named for what they wait out.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """Doubling waits from ``first_s`` up to ``max_s``; ``attempts`` tries or ``patience_s`` seconds."""

    first_s: float
    max_s: float
    attempts: int | None = None
    patience_s: float | None = None

    def delays(self) -> Iterator[float]:
        """The waits before the second, third, … try, as long as trying may go on."""
        delay, waited, tries = self.first_s, 0.0, 1
        while (self.attempts is None or tries < self.attempts) and (
            self.patience_s is None or waited + delay <= self.patience_s
        ):
            yield delay
            waited += delay
            tries += 1
            delay = min(delay * 2, self.max_s)

    async def retry(
        self, call: Callable[[], Awaitable[T]], *, on: tuple[type[BaseException], ...]
    ) -> T:
        """``call()``, tried again after each wait while it raises one of ``on``."""
        for delay in self.delays():
            try:
                return await call()
            except on:
                await asyncio.sleep(delay)
        return await call()


# A JetStream stream without a leader: a cluster elects one within seconds of a node loss.
LEADER_ELECTION = Backoff(first_s=0.1, max_s=1.0, patience_s=15.0)
# Appending one of a job's events while NATS is away (progress updates get one try).
EVENT_APPEND = Backoff(first_s=0.25, max_s=16.0, attempts=8)
# A watcher's WebSocket to the gateway, until the CLI says the server is unreachable.
WATCH_RECONNECT = Backoff(first_s=0.25, max_s=5.0, attempts=13)
# Restarting a service of the local stack that died: the n-th restart within the window waits
# the n-th of these delays; CRASH_LOOP restarts within CRASH_LOOP_WINDOW_S and the stack gives up.
SERVICE_RESTART = Backoff(first_s=0.5, max_s=8.0)
CRASH_LOOP = 5
CRASH_LOOP_WINDOW_S = 60.0
