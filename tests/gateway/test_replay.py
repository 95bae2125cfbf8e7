"""Replay and live tail: a client sees exactly the job's log, in order, then 1000."""

from __future__ import annotations

from contracts.events import JobCreated
from joblog import JobLog
from services.gateway.errors import NORMAL
from tests.gateway.helpers import (
    RunningGateway,
    connected_client,
    logged_frames,
    receive_all,
    run_events,
)
from tests.gateway.jobs import create_job


async def test_a_finished_job_replays_exactly_its_log(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    # Given a job that ran to completion before anyone watched
    job_id, token = await create_job(job_log)
    for event in run_events(job_id):
        await job_log.append(event)

    # When a client connects without after
    received = await receive_all(gateway.url(job_id, token))

    # Then it gets the whole log, created to completed, and a normal close
    log = await logged_frames(job_log, job_id)
    assert received.frames == log
    assert isinstance(received.frames[0].event, JobCreated)
    assert received.code == NORMAL


async def test_after_n_yields_exactly_the_events_after_n(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    job_id, token = await create_job(job_log)
    for event in run_events(job_id):
        await job_log.append(event)
    log = await logged_frames(job_log, job_id)

    for cut in (log[0].seq, log[len(log) // 2].seq, log[-2].seq):
        received = await receive_all(gateway.url(job_id, token, after=cut))
        assert received.frames == [frame for frame in log if frame.seq > cut]
        assert received.code == NORMAL


async def test_a_client_that_has_the_terminal_event_is_closed_without_frames(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    job_id, token = await create_job(job_log)
    for event in run_events(job_id):
        await job_log.append(event)
    last = (await logged_frames(job_log, job_id))[-1].seq

    received = await receive_all(gateway.url(job_id, token, after=last))

    assert received.frames == []
    assert received.code == NORMAL


async def test_live_events_follow_the_replay(gateway: RunningGateway, job_log: JobLog) -> None:
    # Given a queued job and a client that is connected
    job_id, token = await create_job(job_log)
    client = await connected_client(gateway.url(job_id, token))

    # When the processor appends the run afterwards
    for event in run_events(job_id):
        await job_log.append(event)

    # Then the client saw every one of them live, and the close after completion
    received = await client
    assert received.frames == await logged_frames(job_log, job_id)
    assert received.code == NORMAL


async def test_a_late_join_replays_what_a_live_client_saw(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    job_id, token = await create_job(job_log)
    live = await connected_client(gateway.url(job_id, token))
    for event in run_events(job_id, progress_per_stage=10):
        await job_log.append(event)
    seen_live = await live

    late = await receive_all(gateway.url(job_id, token))

    assert late.frames == seen_live.frames
    assert late.code == seen_live.code == NORMAL
