"""The shapes of the processor fixtures, for tests to annotate them with."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from contracts.events import AnyEvent, JobCreated

# Puts a job on the real stream, as the upload service would; returns its job_created.
SubmitJob = Callable[..., Awaitable[JobCreated]]
# Waits for a job's terminal event; returns every event of its log.
WaitForEnd = Callable[[str], Awaitable[list[AnyEvent]]]
