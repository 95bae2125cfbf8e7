"""Hearing, while a job runs, that its owner asked to stop it.

joblog's event signal on ``cancel_requested`` lives exactly as long as the
job's attempt: cheap, no JetStream consumer per job. It is opened before
the job's log is folded, so a request is either in the fold (the job is
cancelled before it starts) or arrives on the signal; none slips through
between the two. The stages notice at their next unit of work, because
:meth:`ProgressReporter.advance` raises once the reporter is cancelled.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator

from joblog.connection import Connection
from joblog.signals import on_event
from services.processor.reporter import ProgressReporter


class CancelWatch:
    """Whether the owner asked to stop this job, and the reporter to stop when they do."""

    def __init__(self) -> None:
        self._requested = threading.Event()
        self._reporter: ProgressReporter | None = None

    @property
    def requested(self) -> bool:
        return self._requested.is_set()

    def request(self) -> None:
        self._requested.set()
        if self._reporter is not None:
            self._reporter.cancel()

    def bind(self, reporter: ProgressReporter) -> None:
        """Stop ``reporter`` on a request, also one that came before it existed."""
        self._reporter = reporter
        if self.requested:
            reporter.cancel()


@contextlib.asynccontextmanager
async def watch_cancel(client: Connection, job_id: str) -> AsyncIterator[CancelWatch]:
    """Listen for the job's ``cancel_requested`` for the duration of the block."""
    watch = CancelWatch()
    async with on_event(client, job_id, "cancel_requested", watch.request):
        yield watch
