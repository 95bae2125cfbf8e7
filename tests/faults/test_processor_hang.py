"""A processor that hangs (SIGSTOP) loses its job after the ack deadline and, woken, writes nothing.

The deadline is KORREKTUR_PROCESSOR_ACK_WAIT_S (2 s here). A job whose every
attempt hangs ends as ``retries_exhausted`` after a bounded number of
deliveries; it never loops.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nats.aio.client import Client

from contracts.events import (
    AnyEvent,
    JobFailed,
    JobStarted,
    StageStarted,
    is_terminal,
)
from contracts.state import fold
from joblog import JobLog
from tests.faults.jobs import (
    EventTap,
    logged_frames,
    progress_never_goes_back,
    submit,
    until_idle,
)
from tests.faults.processes import Service, Services
from tests.faults.report import record

SUPERSEDED = "was superseded; leaving it"


def analyzing(job_id: str, attempt: int):  # type: ignore[no-untyped-def]
    return lambda e: (
        isinstance(e, StageStarted)
        and (e.job_id, e.stage, e.attempt) == (job_id, "analyzing", attempt)
    )


def takeover(job_id: str, attempt: int):  # type: ignore[no-untyped-def]
    return lambda e: isinstance(e, JobStarted) and (e.job_id, e.attempt) == (job_id, attempt)


async def wake_and_check_silence(sleeper: Service, job_log: JobLog, job_id: str) -> None:
    """Thaw a hung processor; it must notice it was replaced and leave the finished log alone."""
    before = await logged_frames(job_log, job_id)
    sleeper.resume()
    sleeper.wait_for_log(SUPERSEDED, timeout=30)
    assert await logged_frames(job_log, job_id) == before


async def test_a_hung_processor_s_job_is_taken_over_and_it_stays_silent_after(
    services: Services, client: Client, job_log: JobLog, big_thesis: bytes
) -> None:
    hung = services.processor("p1").wait_ready()
    async with EventTap(client) as tap:
        # Given a job that the only processor is analyzing
        job_id, _token = await submit(client.jetstream(), big_thesis)
        await tap.wait_for(analyzing(job_id, 1))
        # When that processor hangs, and another one is there
        hung.suspend()
        hung_at = datetime.now(UTC)
        services.processor("p2").wait_ready()
        # Then the other one takes the job after the ack deadline and completes it
        retried = await tap.wait_for(takeover(job_id, 2))
        end = await tap.wait_for(lambda e: is_terminal(e) and e.job_id == job_id)
    # (the tap may see an event a moment before the stream has stored it; the ack comes after)
    await until_idle(client.jetstream())
    assert fold(await job_log.events(job_id)).status == "completed"

    # and when the hung processor wakes up, it appends nothing (no stale progress, no 2nd end)
    await wake_and_check_silence(hung, job_log, job_id)
    frames = await logged_frames(job_log, job_id)
    assert progress_never_goes_back(frames)
    assert sum(is_terminal(frame.event) for frame in frames) == 1
    assert is_terminal(frames[-1].event)
    record(
        "processor_sigstop",
        time_to_takeover_s=(retried.at - hung_at).total_seconds(),
        time_to_complete_after_hang_s=(end.at - hung_at).total_seconds(),
        ack_wait_s=2,
        events_in_log=len(frames),
        events_after_wakeup=0,
    )


async def test_a_job_that_keeps_hanging_ends_as_retries_exhausted(
    services: Services, client: Client, job_log: JobLog, big_thesis: bytes
) -> None:
    env = {"KORREKTUR_PROCESSOR_MAX_ATTEMPTS": "2"}
    sleepers: list[Service] = []
    async with EventTap(client) as tap:
        job_id, _token = await submit(client.jetstream(), big_thesis)
        # Given every processor that tries the job hangs in the middle of it
        for attempt in (1, 2):
            sleeper = services.processor(f"p{attempt}", **env).wait_ready()
            await tap.wait_for(analyzing(job_id, attempt))
            sleeper.suspend()
            sleepers.append(sleeper)
        hung_at = datetime.now(UTC)
        # When the next processor gets the delivery after the last allowed attempt
        services.processor("p3", **env).wait_ready()
        end: AnyEvent = await tap.wait_for(lambda e: is_terminal(e) and e.job_id == job_id)

    # Then the job failed clearly, with the stage it was stuck in
    assert isinstance(end, JobFailed)
    assert (end.code, end.stage) == ("retries_exhausted", "analyzing")
    # and the delivery is settled after exactly max_attempts + 1 deliveries: no endless loop
    info = await until_idle(client.jetstream())
    assert info.delivered.consumer_seq == 3
    # and the hung attempts, once awake, add nothing to the ended log
    for sleeper in sleepers:
        await wake_and_check_silence(sleeper, job_log, job_id)
    frames = await logged_frames(job_log, job_id)
    assert [type(f.event) for f in frames].count(JobStarted) == 2
    assert sum(is_terminal(frame.event) for frame in frames) == 1
    assert progress_never_goes_back(frames)
    record(
        "processor_retries_exhausted",
        max_attempts=2,
        deliveries=info.delivered.consumer_seq,
        time_to_fail_after_last_hang_s=(end.at - hung_at).total_seconds(),
        events_in_log=len(frames),
    )
