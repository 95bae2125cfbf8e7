"""nats-server killed and restarted on its file store in the middle of a job.

No stored event is lost, the services reconnect by themselves, the job
completes, and a client watching through the gateway sees the whole log.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from nats.aio.client import Client

from contracts.events import JobCompleted, StageCompleted, StageStarted, is_terminal
from contracts.stages import STAGES
from contracts.subjects import RESULTS_BUCKET
from joblog import JobLog
from korrektur.natsserver import NatsServer
from tests.faults.jobs import EventTap, logged_frames, progress_never_goes_back, submit
from tests.faults.processes import Services
from tests.faults.report import record
from tests.faults.watchers import watch


async def test_a_job_survives_a_nats_server_restart(
    nats: NatsServer, services: Services, client: Client, job_log: JobLog, big_thesis: bytes
) -> None:
    services.processor("p1").wait_ready()
    gateway = services.gateway("gw").wait_ready()
    assert gateway.port is not None
    async with EventTap(client) as tap:
        # Given a job being analyzed while a client watches it
        job_id, token = await submit(client.jetstream(), big_thesis)
        watching = asyncio.create_task(watch(job_id, token, [gateway.port]))
        await tap.wait_for(
            lambda e: isinstance(e, StageStarted) and e.stage == "analyzing" and e.job_id == job_id
        )
        stored_before = await logged_frames(job_log, job_id)
        # When nats-server dies (SIGKILL) and comes back on the same store and port
        nats.kill()
        down_at = datetime.now(UTC)
        nats.start()
        back_at = datetime.now(UTC)
        # Then the job goes on and completes, with no help from the test
        end = await tap.wait_for(lambda e: is_terminal(e) and e.job_id == job_id)
        watched = await watching

    assert isinstance(end, JobCompleted)
    logged = await logged_frames(job_log, job_id)
    # nothing stored before the crash was lost
    assert logged[: len(stored_before)] == stored_before
    # every stage began and ended, and the job ended exactly once
    events = [frame.event for frame in logged]
    for stage in STAGES:
        assert any(isinstance(e, StageStarted) and e.stage == stage for e in events)
        assert any(isinstance(e, StageCompleted) and e.stage == stage for e in events)
    assert sum(is_terminal(event) for event in events) == 1
    # the client saw the whole log, once, in order, never going backwards
    assert watched.frames == logged
    assert progress_never_goes_back(watched.frames)
    # and the result is stored
    result = await (await client.jetstream().object_store(RESULTS_BUCKET)).get(job_id)
    assert result.data
    after_restart = [frame.event for frame in logged if frame.event.at > back_at]
    record(
        "nats_restart",
        outage_s=(back_at - down_at).total_seconds(),
        first_event_after_restart_s=(after_restart[0].at - back_at).total_seconds()
        if after_restart
        else None,
        time_to_complete_after_restart_s=(end.at - back_at).total_seconds(),
        events_before_crash=len(stored_before),
        events_seen=len(watched.frames),
        events_in_log=len(logged),
        client_reconnects=watched.reconnects,
        attempts=max(getattr(e, "attempt", 1) for e in events),
    )
