"""Telling JetStream a long job is still alive, so its ack deadline keeps moving."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from joblog.job_queue import Delivery

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def keep_alive(delivery: Delivery, interval_s: float) -> AsyncIterator[None]:
    """Send ``in_progress()`` every ``interval_s`` while the block runs."""

    async def beat() -> None:
        while True:
            await asyncio.sleep(interval_s)
            try:
                await delivery.in_progress()
            except Exception as error:  # noqa: BLE001 - a missed beat is retried next interval
                log.warning("in_progress failed: %s", error)

    task = asyncio.create_task(beat(), name="in-progress")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
