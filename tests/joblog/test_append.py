"""Appending with ``expect_last``: optimistic concurrency over one job's whole log."""

from __future__ import annotations

import pytest

from contracts.events import CancelRequested, JobCreated, ProgressUpdate
from contracts.tokens import new_job_id
from joblog import JobLog, LogMoved


def created(job_id: str) -> JobCreated:
    return JobCreated(job_id=job_id, filename="a.docx", size=1, sha256="0", token_sha256="0")


def progress(job_id: str, value: float) -> ProgressUpdate:
    return ProgressUpdate(job_id=job_id, stage="parsing", stage_progress=value, progress=value)


async def test_an_append_that_follows_the_newest_event_is_stored(job_log: JobLog) -> None:
    job_id = new_job_id()
    first = await job_log.append(created(job_id))
    # Other jobs' events in between do not count: the check is over this job's log only
    await job_log.append(created(new_job_id()))
    second = await job_log.append(progress(job_id, 10), expect_last=first)
    assert second > first
    assert [e.seq for e in [logged async for logged in job_log.read(job_id)]] == [first, second]


async def test_an_append_behind_the_log_is_refused_and_stores_nothing(job_log: JobLog) -> None:
    job_id = new_job_id()
    first = await job_log.append(created(job_id))
    await job_log.append(CancelRequested(job_id=job_id))
    with pytest.raises(LogMoved):
        await job_log.append(progress(job_id, 10), expect_last=first)
    assert len(await job_log.events(job_id)) == 2


async def test_zero_expects_a_job_without_events(job_log: JobLog) -> None:
    job_id = new_job_id()
    assert await job_log.append(created(job_id), expect_last=0) > 0
    with pytest.raises(LogMoved):
        await job_log.append(created(job_id), expect_last=0)
