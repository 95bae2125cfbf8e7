"""The replay → live handover under load: no gap, no duplicate, in order, for every client."""

from __future__ import annotations

import asyncio
import random

from contracts.events import AnyEvent
from joblog import JobLog
from services.gateway.errors import NORMAL
from tests.gateway.helpers import Received, RunningGateway, logged_frames, receive_all, run_events
from tests.gateway.jobs import create_job

CLIENTS = 20
JOBS = 3


async def test_clients_joining_at_random_moments_each_see_exactly_the_log(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)

    # Given a few jobs whose runs are interleaved the way concurrent processors append them
    jobs = [await create_job(job_log) for _ in range(JOBS)]
    runs = {job_id: run_events(job_id, progress_per_stage=50) for job_id, _ in jobs}
    schedule: list[AnyEvent] = []
    pending = {job_id: list(events) for job_id, events in runs.items()}
    while pending:
        job_id = rng.choice(sorted(pending))
        schedule.append(pending[job_id].pop(0))
        if not pending[job_id]:
            del pending[job_id]

    # and clients that connect at random points of the run,
    # half of them resuming with after=<a seq they hold>
    starts = {index: asyncio.Event() for index in range(len(schedule))}
    appended: dict[str, list[int]] = {job_id: [] for job_id, _ in jobs}
    plans = [
        (rng.choice(jobs), rng.randrange(len(schedule)), rng.random() < 0.5) for _ in range(CLIENTS)
    ]

    async def client(job: tuple[str, str], start: int, resume: bool) -> tuple[str, int, Received]:
        job_id, token = job
        await starts[start].wait()
        after = rng.choice(appended[job_id]) if resume and appended[job_id] else 0
        return job_id, after, await receive_all(gateway.url(job_id, token, after=after))

    clients = [asyncio.create_task(client(*plan)) for plan in plans]

    # When the events are appended while those clients connect and replay
    for index, event in enumerate(schedule):
        appended[event.job_id].append(await job_log.append(event))
        starts[index].set()
    results = await asyncio.gather(*clients)

    # Then every client got exactly the log after its position, and a normal close
    for job_id, after, received in results:
        expected = await logged_frames(job_log, job_id, after=after)
        assert received.seqs == [frame.seq for frame in expected], f"seed {seed}, after {after}"
        assert received.frames == expected, f"seed {seed}"
        assert received.code == NORMAL, f"seed {seed}"

    # and no watcher outlives its connection
    await asyncio.wait_for(gateway.hub.until_idle(), 10)
    assert gateway.hub.watcher_count == 0
    assert gateway.hub.watched_jobs == 0
