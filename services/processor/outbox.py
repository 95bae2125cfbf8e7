"""Publishing one job's events in the order they were emitted, from any thread.

The reporter emits from the stage's worker thread and from the event loop;
the outbox funnels both into one queue that a single task appends to the job
log, so the log's order is the emission order. Progress updates that cannot
be stored are dropped (the next one supersedes them); a stage or terminal
event that cannot be stored fails the attempt as transient, so the job is
retried rather than left with a hole. Every append names the one before it
(:mod:`services.processor.attempt_log`), so an attempt that another has replaced
stops writing at once, and sets the attempt's stop signal so its work ends too.
"""

from __future__ import annotations

import asyncio
import logging
import threading

from contracts.events import Event, ProgressUpdate, event_type, is_terminal
from joblog import JobLog
from servicekit.backoff import EVENT_APPEND
from servicekit.metrics import EVENTS_APPENDED, JOBS_FINISHED
from services.processor.attempt_log import OwnedLog
from services.processor.errors import Superseded, TransientError
from services.processor.stopping import StopSignal

log = logging.getLogger(__name__)


class Outbox:
    def __init__(
        self,
        job_log: JobLog,
        *,
        job_id: str,
        attempt: int,
        last_seq: int,
        stop: StopSignal,
        run: str = "",
    ) -> None:
        self._log = OwnedLog(job_log, job_id, last_seq=last_seq)
        self._stop = stop
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        self._queue: asyncio.Queue[Event] = asyncio.Queue()
        # ``run`` tells a revision's appends from the job's in JetStream's duplicate window.
        self._prefix = f"{job_id}{run}-{attempt}"
        self._job_id = job_id
        self._sent = 0
        self._error: Exception | None = None
        self._task = asyncio.create_task(self._drain(), name=f"outbox-{job_id}")

    def emit(self, event: Event) -> None:
        """Queue ``event``; callable from any thread, order preserved."""
        if threading.get_ident() == self._loop_thread:
            self._queue.put_nowait(event)
        else:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, event)

    async def flush(self) -> None:
        """Wait until everything emitted so far is stored; raise if something vital was not."""
        await self._queue.join()
        if isinstance(self._error, Superseded):
            raise self._error
        if self._error is not None:
            raise TransientError(
                f"could not store the job's events: {self._error}"
            ) from self._error

    async def close(self) -> None:
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass

    async def _drain(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                if self._error is None:
                    await self._store(event)
            finally:
                self._queue.task_done()

    async def _store(self, event: Event) -> None:
        self._sent += 1
        # Duplicate-window ids: a retried publish is stored once, and only one
        # terminal event per job survives even when two attempts race.
        msg_id = (
            f"{self._job_id}-terminal" if is_terminal(event) else f"{self._prefix}-{self._sent}"
        )
        # Progress updates get one try: the next one supersedes a lost one.
        waits = iter(()) if isinstance(event, ProgressUpdate) else EVENT_APPEND.delays()
        while True:
            try:
                await self._log.append(event, msg_id=msg_id)
                _count(event)
                return
            except Superseded as error:
                log.warning("%s; dropping this attempt's events", error)
                self._error = error
                self._stop.supersede()
                return
            except Exception as error:  # noqa: BLE001 - any publish failure is NATS's, not the job's
                delay = next(waits, None)
                if delay is None:
                    if not isinstance(event, ProgressUpdate):
                        self._error = error
                    log.warning(
                        "dropping %s of job %s: %s", type(event).__name__, self._job_id, error
                    )
                    return
                await asyncio.sleep(delay)


def _count(event: Event) -> None:
    kind = event_type(event)
    EVENTS_APPENDED.labels(kind).inc()
    if is_terminal(event):
        JOBS_FINISHED.labels(kind.removeprefix("job_")).inc()  # completed, failed, cancelled
