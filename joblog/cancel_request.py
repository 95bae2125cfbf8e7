"""What a job's owner may ask of its log: to cancel the job, recorded once and never too late.

The upload service (``DELETE /api/jobs/{id}``) and the gateway (a WebSocket
``{"type": "cancel"}``) both ask to cancel, so the rule lives here once: a
``cancel_requested`` is appended only while the job has not ended, checked
atomically against the log, so it can never land after a terminal event (a
client replaying with ``after=<terminal seq>`` would then wait forever).
"""

from __future__ import annotations

from contracts.events import CancelRequested
from contracts.state import JobState, apply, fold
from joblog.log import JobLog, LogMoved

# A running job appends about ten events a second; a few retries always get through.
_CANCEL_ATTEMPTS = 20


class CancelNotRecorded(Exception):
    """The job's log kept moving under every attempt to append ``cancel_requested``."""


async def request_cancel(job_log: JobLog, job_id: str) -> JobState:
    """The job's state after asking it to stop; unchanged when it already ended or was asked.

    The processor running the job listens for ``cancel_requested`` and answers
    with ``job_cancelled``; a processor that picks up a queued job sees it in
    the fold and cancels without starting.
    """
    for _ in range(_CANCEL_ATTEMPTS):
        logged = [entry async for entry in job_log.read(job_id)]
        state = fold(entry.event for entry in logged)
        if not logged or state.finished or state.cancel_requested:
            return state
        request = CancelRequested(job_id=job_id)
        try:
            await job_log.append(request, expect_last=logged[-1].seq)
        except LogMoved:
            continue
        return apply(state, request)
    raise CancelNotRecorded(
        f"Expected to record the cancel of job {job_id}, but its log kept moving"
    )
