"""Hearing, while a job runs, that its owner asked to stop it.

A core NATS subscription on ``jobs.<id>.cancel_requested`` lives exactly as
long as the job's attempt: cheap, no JetStream consumer per job. It is opened
before the job's log is folded, so a request is either in the fold (the job
is cancelled before it starts) or arrives on the subscription; none slips
through between the two. The stages notice at their next unit of work,
because :meth:`ProgressReporter.advance` raises once the reporter is cancelled.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import AsyncIterator

import nats.errors
from nats.aio.client import Client
from nats.aio.msg import Msg

from contracts.subjects import event_subject
from services.processor.reporter import ProgressReporter

log = logging.getLogger(__name__)


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

    async def _on_message(self, _message: Msg) -> None:
        self.request()


@contextlib.asynccontextmanager
async def watch_cancel(client: Client, job_id: str) -> AsyncIterator[CancelWatch]:
    """Listen for the job's ``cancel_requested`` for the duration of the block."""
    watch = CancelWatch()
    subscription = await client.subscribe(
        event_subject(job_id, "cancel_requested"), cb=watch._on_message
    )
    # Once the server has the subscription, a later request cannot be missed.
    await client.flush()
    try:
        yield watch
    finally:
        try:
            await subscription.unsubscribe()
        except nats.errors.Error as error:  # a closed connection has nothing to unsubscribe
            log.debug("cancel watch of %s: unsubscribe failed: %s", job_id, error)
