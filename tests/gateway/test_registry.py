"""Watchers exist exactly while connections do: nothing leaks in the hub."""

from __future__ import annotations

import asyncio

from websockets.asyncio.client import connect as ws_connect

from contracts.events import decode_frame
from joblog import JobLog
from tests.gateway.helpers import RunningGateway
from tests.gateway.jobs import create_job


async def test_the_watcher_registry_empties_when_clients_leave(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    # Given five clients watching a job that is still running
    job_id, token = await create_job(job_log)
    other_id, other_token = await create_job(job_log)
    clients = [await ws_connect(gateway.url(job_id, token)) for _ in range(4)]
    clients.append(await ws_connect(gateway.url(other_id, other_token)))
    for websocket in clients:
        decode_frame(await asyncio.wait_for(websocket.recv(), 10))  # the replayed job_created
    assert gateway.hub.watcher_count == 5
    assert gateway.hub.watched_jobs == 2

    # When they all go away without the job finishing
    for websocket in clients:
        await websocket.close()

    # Then the hub holds no watcher and no job
    await asyncio.wait_for(gateway.hub.until_idle(), 10)
    assert gateway.hub.watcher_count == 0
    assert gateway.hub.watched_jobs == 0
