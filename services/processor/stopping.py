"""The one place an attempt learns it must stop early: its owner cancelled, or another took over.

The owner's ``cancel_requested`` arrives on joblog's event signal, which
lives exactly as long as the attempt (cheap: no JetStream consumer per
job). It is opened before the job's log is folded, so a request is either
in the fold or arrives on the signal; none slips through between the two.
A lost append tells the outbox that a later attempt owns the job. Either
sets this signal, from any thread; the stages notice at their next unit of
work, when the reporter checks it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator

from joblog.connection import Connection
from joblog.signals import on_event
from services.processor.errors import StopRequested


class StopSignal:
    """Set once, from any thread; checked between units of work."""

    def __init__(self, job_id: str) -> None:
        self._job_id = job_id
        self._stop = threading.Event()
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        """Whether the owner asked to stop (rather than another attempt taking over)."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """The owner asked to stop the job."""
        self._cancelled.set()
        self._stop.set()

    def supersede(self) -> None:
        """Another attempt owns the job now; this one stops without a trace."""
        self._stop.set()

    def check(self) -> None:
        """Raise :class:`StopRequested` if the work must stop here."""
        if self._stop.is_set():
            raise StopRequested(self._job_id)


@contextlib.asynccontextmanager
async def stop_signal(client: Connection, job_id: str) -> AsyncIterator[StopSignal]:
    """A job's stop signal, set by its ``cancel_requested`` for the duration of the block."""
    signal = StopSignal(job_id)
    async with on_event(client, job_id, "cancel_requested", signal.cancel):
        yield signal
