"""What a job's owner may ask of its log: to cancel the job, dismiss a finding, or rebuild the result.

The upload service and the gateway both take these requests, so the rules
live here once. Each is appended only if the fold says it still changes
something, checked atomically against the log (append with expect-last): a
``cancel_requested`` never lands after a terminal event (a client replaying
with ``after=<terminal seq>`` would then wait forever), and a finding is
dismissed once however often the owner clicks, and a revision is requested only of a
completed job with none running.
"""

from __future__ import annotations

from collections.abc import Callable

from contracts.events import AnyEvent, CancelRequested, FindingDismissed, RevisionRequested
from contracts.state import JobState, apply, fold
from joblog.log import JobLog, LogMoved

# A running job appends about ten events a second; a few retries always get through.
_ATTEMPTS = 20


class RequestNotRecorded(Exception):
    """The job's log kept moving under every attempt to append the request."""


class UnknownFinding(Exception):
    """The job has reported no finding with that id."""


class RevisionRefused(Exception):
    """No revision now: ``code`` says why (``not_completed`` or ``revision_running``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


async def request_cancel(job_log: JobLog, job_id: str) -> JobState:
    """The job's state after asking it to stop; unchanged when it already ended or was asked.

    The processor running the job listens for ``cancel_requested`` and answers
    with ``job_cancelled``; a processor that picks up a queued job sees it in
    the fold and cancels without starting.
    """

    def cancel(state: JobState) -> AnyEvent | None:
        if state.finished or state.cancel_requested:
            return None
        return CancelRequested(job_id=job_id)

    return await _record_once(job_log, job_id, cancel)


async def dismiss_finding(job_log: JobLog, job_id: str, finding_id: str) -> JobState:
    """The job's state with ``finding_id`` dismissed; raises :class:`UnknownFinding`."""

    def dismiss(state: JobState) -> AnyEvent | None:
        if finding_id not in state.findings:
            raise UnknownFinding(f"Job {job_id} has no finding {finding_id!r}")
        if finding_id in state.dismissed:
            return None
        return FindingDismissed(job_id=job_id, finding_id=finding_id)

    return await _record_once(job_log, job_id, dismiss)


async def request_revision(job_log: JobLog, job_id: str) -> JobState:
    """The job's state with a new revision requested; raises :class:`RevisionRefused`."""

    def revise(state: JobState) -> AnyEvent | None:
        if state.status != "completed":
            raise RevisionRefused("not_completed")
        if state.revision is not None and state.revision.status == "running":
            raise RevisionRefused("revision_running")
        number = 1 if state.revision is None else state.revision.number + 1
        return RevisionRequested(job_id=job_id, revision=number)

    return await _record_once(job_log, job_id, revise)


async def _record_once(
    job_log: JobLog, job_id: str, decide: Callable[[JobState], AnyEvent | None]
) -> JobState:
    """Append what ``decide`` asks for in view of the whole log, unless the log moved meanwhile."""
    for _ in range(_ATTEMPTS):
        logged = [entry async for entry in job_log.read(job_id)]
        state = fold(entry.event for entry in logged)
        if not logged:
            return state
        request = decide(state)
        if request is None:
            return state
        try:
            await job_log.append(request, expect_last=logged[-1].seq)
        except LogMoved:
            continue
        return apply(state, request)
    raise RequestNotRecorded(
        f"Expected to record a request on job {job_id}, but its log kept moving"
    )
