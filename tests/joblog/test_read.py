"""Reading a job's log back: batched direct gets, in order, bounded, whatever else is stored."""

from __future__ import annotations

from nats.js import JetStreamContext

from contracts.events import JobCreated, ProgressUpdate
from contracts.tokens import new_job_id
from joblog import JobLog
from joblog.log import REPLAY_BATCH


def created(job_id: str) -> JobCreated:
    return JobCreated(job_id=job_id, filename="a.docx", size=1, sha256="0", token_sha256="0")


def progress(job_id: str, value: float) -> ProgressUpdate:
    return ProgressUpdate(job_id=job_id, stage="parsing", stage_progress=value, progress=value)


async def test_a_log_longer_than_a_batch_reads_back_whole_and_in_order(job_log: JobLog) -> None:
    # Given a job with more events than one batch holds, interleaved with another job's
    job_id, other = new_job_id(), new_job_id()
    stored = [await job_log.append(created(job_id))]
    await job_log.append(created(other))
    for step in range(REPLAY_BATCH + 10):
        stored.append(await job_log.append(progress(job_id, step / 20)))
        if step % 50 == 0:
            await job_log.append(progress(other, step))

    # When it is read back whole, from the middle, and up to a bound
    whole = [frame.seq async for frame in job_log.read(job_id)]
    middle = [frame.seq async for frame in job_log.read(job_id, after=stored[100])]
    bounded = [frame.seq async for frame in job_log.read(job_id, until=stored[REPLAY_BATCH + 3])]

    # Then each is exactly its part of the job's own events
    assert whole == stored
    assert middle == stored[101:]
    assert bounded == stored[: REPLAY_BATCH + 4]


async def test_the_single_replica_reads_agree_with_the_leader(
    job_log: JobLog, js: JetStreamContext
) -> None:
    # Given a job, read through the leader and through direct gets
    job_id = new_job_id()
    first = await job_log.append(created(job_id))
    last = await job_log.append(progress(job_id, 50))
    direct = JobLog(js, single_replica=True)

    # Then both name the same creation and the same newest event
    for reader in (job_log, direct):
        creation = await reader.creation(job_id)
        assert creation is not None and creation.seq == first
        assert await reader.last_seq(job_id) == last
    assert await direct.creation(new_job_id()) is None
    assert await direct.last_seq(new_job_id()) == 0
