"""The hub outlives a nats-server restart: its ordered consumer resumes where it stopped."""

from __future__ import annotations

import asyncio
from pathlib import Path

import nats.errors

from contracts.events import Event
from joblog import JobLog, connect, provision
from korrektur.natsserver import NatsServer
from services.gateway.errors import NORMAL
from tests.gateway.helpers import (
    connected_client,
    logged_frames,
    receive_all,
    run_events,
    running_gateway,
)
from tests.gateway.jobs import create_job


async def test_a_watcher_gets_every_event_across_a_nats_restart(tmp_path: Path) -> None:
    server = NatsServer(store_dir=tmp_path / "store", log_file=tmp_path / "nats.log").start()
    try:
        client = await connect(server.url, "test-restart")
        await provision(client.jetstream())
        job_log = JobLog(client.jetstream())
        async with running_gateway(server.url) as gateway:
            # Given a client watching a job that is half done
            job_id, token = await create_job(job_log)
            events = run_events(job_id)
            half = len(events) // 2
            watching = await connected_client(gateway.url(job_id, token))
            for event in events[:half]:
                await job_log.append(event)

            # When nats-server restarts on its file store, and the job goes on
            server.stop()
            server.start()
            for index, event in enumerate(events[half:], start=half):
                await _append_once(job_log, event, f"{job_id}-{index}")

            # Then the client saw the whole log once, in order, and a normal close
            received = await watching
            assert received.frames == await logged_frames(job_log, job_id)
            assert received.code == NORMAL
            # and a newcomer after the restart is served too
            assert (await receive_all(gateway.url(job_id, token))).frames == received.frames
        await client.drain()
    finally:
        server.stop()


async def _append_once(job_log: JobLog, event: Event, msg_id: str, limit_s: float = 30.0) -> None:
    """Like a processor: retry while JetStream recovers its store; the msg id keeps it single."""
    async with asyncio.timeout(limit_s):
        while True:
            try:
                await job_log.append(event, msg_id=msg_id)
                return
            except nats.errors.TimeoutError:
                continue
            except nats.errors.NoRespondersError:
                await asyncio.sleep(0.1)  # back off: this answer comes back at once
