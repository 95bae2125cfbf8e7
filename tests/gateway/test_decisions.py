"""A watching client dismisses a finding over its WebSocket; every watcher sees the decision."""

from __future__ import annotations

import asyncio

from websockets.asyncio.client import connect as ws_connect

from contracts.events import FindingDismissed, decode_frame
from joblog import JobLog
from services.gateway.errors import NORMAL
from tests.contracts import samples
from tests.gateway.helpers import RECEIVE_LIMIT_S, RunningGateway, logged_frames, receive_all
from tests.gateway.jobs import create_job


async def test_a_dismiss_message_is_recorded_once_and_relayed(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    job_id, token = await create_job(job_log)
    found = samples.finding(0)
    await job_log.append(samples.started(job_id))
    await job_log.append(samples.findings_reported(found, job_id=job_id))

    async with asyncio.timeout(RECEIVE_LIMIT_S):
        async with ws_connect(gateway.url(job_id, token)) as websocket:
            message = f'{{"type": "dismiss", "finding": "{found.id}"}}'
            await websocket.send(message)
            await websocket.send(message)
            await websocket.send('{"type": "dismiss", "finding": "no-such-finding"}')
            # The decision comes back like any event, so a second tab sees it too.
            while not isinstance(decode_frame(await websocket.recv()).event, FindingDismissed):
                pass
            await job_log.append(samples.completed(job_id))
            async for _ in websocket:
                pass

    dismissed = [
        frame.event
        for frame in await logged_frames(job_log, job_id)
        if isinstance(frame.event, FindingDismissed)
    ]
    assert [event.finding_id for event in dismissed] == [found.id]


async def test_a_replay_brings_the_decisions_made_after_the_end(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    job_id, token = await create_job(job_log)
    found = samples.finding(0)
    for event in (
        samples.started(job_id),
        samples.findings_reported(found, job_id=job_id),
        samples.completed(job_id),
        samples.finding_dismissed(found.id, job_id=job_id),
    ):
        await job_log.append(event)
    logged = await logged_frames(job_log, job_id)
    terminal = logged[-2].seq

    everything = await receive_all(gateway.url(job_id, token))
    after_the_end = await receive_all(gateway.url(job_id, token, after=terminal))
    caught_up = await receive_all(gateway.url(job_id, token, after=logged[-1].seq))

    assert everything.frames == logged and everything.code == NORMAL
    assert after_the_end.frames == logged[-1:] and after_the_end.code == NORMAL
    assert caught_up.frames == [] and caught_up.code == NORMAL
