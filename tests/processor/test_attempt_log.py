"""Who may write a job's log: a replaced attempt is stopped, a retried publish is not a rival."""

from __future__ import annotations

import pytest

from contracts.events import CancelRequested, JobCreated, JobStarted, ProgressUpdate, StageStarted
from contracts.tokens import new_job_id
from joblog import JobLog
from services.processor.attempt_log import OwnedLog
from services.processor.errors import Superseded
from tests.contracts import samples


async def new_job(job_log: JobLog) -> tuple[str, int]:
    job_id = new_job_id()
    seq = await job_log.append(
        JobCreated(job_id=job_id, filename="a.docx", size=1, sha256="0", token_sha256="0")
    )
    return job_id, seq


async def test_an_attempt_another_has_replaced_is_superseded(job_log: JobLog) -> None:
    # Given attempt 1 wrote job_started, then hung, and attempt 2 started meanwhile
    job_id, created = await new_job(job_log)
    first = OwnedLog(job_log, job_id, last_seq=created)
    await first.append(samples.started(job_id, attempt=1), msg_id=f"{job_id}-1-1")
    second = OwnedLog(job_log, job_id, last_seq=first.last_seq)
    await second.append(samples.started(job_id, attempt=2), msg_id=f"{job_id}-2-1")

    # When attempt 1 wakes up and reports progress, then it is told to stop, and nothing is stored
    stale = ProgressUpdate(job_id=job_id, stage="parsing", stage_progress=50, progress=7.5)
    with pytest.raises(Superseded):
        await first.append(stale, msg_id=f"{job_id}-1-2")
    assert stale not in await job_log.events(job_id)


async def test_a_cancel_request_in_between_is_adopted(job_log: JobLog) -> None:
    job_id, created = await new_job(job_log)
    owned = OwnedLog(job_log, job_id, last_seq=created)
    await job_log.append(CancelRequested(job_id=job_id))
    seq = await owned.append(samples.started(job_id, attempt=1), msg_id=f"{job_id}-1-1")
    assert [type(e) for e in await job_log.events(job_id)] == [
        JobCreated,
        CancelRequested,
        JobStarted,
    ]
    assert owned.last_seq == seq


async def test_a_publish_stored_before_its_ack_was_lost_counts_as_done(job_log: JobLog) -> None:
    # Given an event that reached the log although its writer never heard back
    job_id, created = await new_job(job_log)
    event = StageStarted(job_id=job_id, stage="parsing")
    stored = await job_log.append(event, msg_id=f"{job_id}-1-1")
    # When the writer retries it, then it learns its sequence and nothing is stored twice
    owned = OwnedLog(job_log, job_id, last_seq=created)
    assert await owned.append(event, msg_id=f"{job_id}-1-1") == stored
    assert (await job_log.events(job_id)).count(event) == 1
