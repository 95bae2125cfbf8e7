"""Which attempt may write a job's log: the one whose appends still follow each other.

A processor that hung past its ack deadline (SIGSTOP, a frozen VM, a long
pause) wakes up while another processor runs the job's next attempt. If it
kept appending, clients would see attempt 1's stale progress between attempt
2's events, and, once the duplicate window has passed, a second terminal
event. So every append of an attempt names the sequence it follows
(``JobLog.append(expect_last=)``), which JetStream checks atomically over the
job's whole log. When the log has moved on, the attempt looks at what was
written in between:

* its own event (a retried publish that was stored after all): done;
* events no processor writes (``job_created``, ``cancel_requested``,
  ``finding_dismissed``): adopted;
* anything a processor writes: another attempt owns the job, :class:`Superseded`.

There is no lease to renew and nothing to clean up: the log itself is the lock.
"""

from __future__ import annotations

from contracts.events import CancelRequested, Event, FindingDismissed, JobCreated
from joblog import JobLog, LogMoved
from services.processor.errors import Superseded, TransientError

# Every other event is written by a processor, so finding one means a rival attempt.
_WRITTEN_BY_OTHERS = (JobCreated, CancelRequested, FindingDismissed)
# Others append rarely (a cancel request, a few dismissals); a log that keeps moving is a fault, not a race.
_MAX_ADOPTIONS = 8


class OwnedLog:
    """One attempt's appends to one job's log, each expected right after the previous one."""

    def __init__(self, job_log: JobLog, job_id: str, *, last_seq: int) -> None:
        self._log = job_log
        self._job_id = job_id
        self.last_seq = last_seq

    async def append(self, event: Event, *, msg_id: str) -> int:
        for _ in range(_MAX_ADOPTIONS):
            try:
                self.last_seq = await self._log.append(
                    event, msg_id=msg_id, expect_last=self.last_seq
                )
                return self.last_seq
            except LogMoved:
                newer = [
                    logged async for logged in self._log.read(self._job_id, after=self.last_seq)
                ]
            for logged in newer:
                if logged.event == event:
                    self.last_seq = logged.seq
                    return logged.seq
                if not isinstance(logged.event, _WRITTEN_BY_OTHERS):
                    raise Superseded(
                        f"job {self._job_id}: another attempt wrote {type(logged.event).__name__} "
                        f"at {logged.seq}"
                    )
            # Nothing newer left (retention removed it) means the newest is what the log says.
            self.last_seq = newer[-1].seq if newer else await self._log.last_seq(self._job_id)
        raise TransientError(f"job {self._job_id}: the log kept moving under this attempt")
