"""What clients send: small text is tolerated, binary and big frames end the connection;
a client too slow to read is let go with 1013 and loses nothing by reconnecting."""

from __future__ import annotations

import asyncio
import secrets

import pytest
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from contracts.events import JobCompleted, ProgressUpdate, decode_frame
from joblog import JobLog
from korrektur.natsserver import NatsServer
from services.gateway.errors import MESSAGE_TOO_BIG, NORMAL, TRY_AGAIN_LATER, UNSUPPORTED_DATA
from tests.gateway.helpers import (
    RECEIVE_LIMIT_S,
    RunningGateway,
    logged_frames,
    receive_all,
    run_events,
    running_gateway,
)
from tests.gateway.jobs import create_job


async def _close_code_after_sending(
    gateway: RunningGateway, job_log: JobLog, payload: str | bytes
) -> int | None:
    # A running job, so nothing but the client's frame can end the connection.
    job_id, token = await create_job(job_log)
    async with asyncio.timeout(RECEIVE_LIMIT_S):
        async with ws_connect(gateway.url(job_id, token), max_size=None) as websocket:
            decode_frame(await websocket.recv())
            await websocket.send(payload)
            with pytest.raises(ConnectionClosed):
                while True:
                    await websocket.recv()
    return websocket.close_code


async def test_a_small_text_frame_is_ignored(gateway: RunningGateway, job_log: JobLog) -> None:
    job_id, token = await create_job(job_log)
    async with asyncio.timeout(RECEIVE_LIMIT_S):
        async with ws_connect(gateway.url(job_id, token)) as websocket:
            first = decode_frame(await websocket.recv())
            await websocket.send('{"type": "cancel"}')
            for event in run_events(job_id):
                await job_log.append(event)
            frames = [first] + [decode_frame(message) async for message in websocket]
    assert frames == await logged_frames(job_log, job_id)
    assert websocket.close_code == NORMAL


async def test_a_binary_frame_is_1003(gateway: RunningGateway, job_log: JobLog) -> None:
    assert await _close_code_after_sending(gateway, job_log, b"\x00\x01") == UNSUPPORTED_DATA


async def test_a_big_text_frame_is_1009(gateway: RunningGateway, job_log: JobLog) -> None:
    too_big = "x" * (gateway.settings.max_client_frame_bytes + 1)
    assert await _close_code_after_sending(gateway, job_log, too_big) == MESSAGE_TOO_BIG


async def test_a_frame_beyond_the_protocol_limit_is_1009(
    gateway: RunningGateway, job_log: JobLog
) -> None:
    huge = "x" * (gateway.settings.ws_max_size + 1)
    assert await _close_code_after_sending(gateway, job_log, huge) == MESSAGE_TOO_BIG


async def test_a_client_that_stops_reading_is_let_go_and_resumes_without_loss(
    nats_server: NatsServer, job_log: JobLog
) -> None:
    async with running_gateway(nats_server.url, queue_size=4) as gateway:
        # Given a client that took the first frame and then stopped reading
        job_id, token = await create_job(job_log)
        async with ws_connect(gateway.url(job_id, token), max_queue=1) as stuck:
            frames = [decode_frame(await asyncio.wait_for(stuck.recv(), RECEIVE_LIMIT_S))]

            # When the job produces far more than the socket buffers and the queue hold
            # Random text: per-message deflate would shrink anything repetitive to nothing.
            bulky = secrets.token_urlsafe(24_000)
            for step in range(3000):
                if gateway.hub.watcher_count == 0:
                    break
                await job_log.append(
                    ProgressUpdate(
                        job_id=job_id,
                        stage="analyzing",
                        stage_progress=0,
                        progress=step / 30,
                        message=bulky,
                    )
                )

            # Then the gateway let it go (the hub holds no watcher for it),
            # and the client reads a clean prefix of the log, then 1013
            assert gateway.hub.watcher_count == 0
            with pytest.raises(ConnectionClosed):
                async with asyncio.timeout(RECEIVE_LIMIT_S):
                    while True:
                        frames.append(decode_frame(await stuck.recv()))
            assert stuck.close_code == TRY_AGAIN_LATER
            log = await logged_frames(job_log, job_id)
            assert frames == log[: len(frames)]

        # and reconnecting with after=<last seq> delivers the rest
        await job_log.append(JobCompleted(job_id=job_id, processing_time_s=1, result_name="t.docx"))
        resumed = await receive_all(gateway.url(job_id, token, after=frames[-1].seq))
        assert frames + resumed.frames == await logged_frames(job_log, job_id)
        assert resumed.code == NORMAL
