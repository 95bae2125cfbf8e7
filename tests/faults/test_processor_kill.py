"""A processor killed (SIGKILL) mid-analysis: another one finishes the job, once, without going back."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from nats.aio.client import Client

from contracts.events import JobCompleted, JobStarted, StageStarted, is_terminal
from contracts.state import fold
from joblog import JobLog
from tests.faults.jobs import EventTap, logged_frames, progress_never_goes_back, submit
from tests.faults.processes import Services
from tests.faults.report import record
from tests.faults.watchers import watch


async def test_a_killed_processor_s_job_is_finished_by_another(
    services: Services, client: Client, job_log: JobLog, big_thesis: bytes
) -> None:
    # Given one processor and a client watching a large job through the gateway
    first = services.processor("p1").wait_ready()
    gateway = services.gateway("gw").wait_ready()
    async with EventTap(client) as tap:
        job_id, token = await submit(client.jetstream(), big_thesis)
        watching = asyncio.create_task(watch(job_id, token, [gateway.port]))  # type: ignore[list-item]

        # When the processor is killed the moment it starts analyzing
        await tap.wait_for(
            lambda e: isinstance(e, StageStarted) and e.stage == "analyzing" and e.job_id == job_id
        )
        first.kill()
        killed_at = datetime.now(UTC)
        # and only then a second processor comes up (so it can only get the job by redelivery)
        services.processor("p2").wait_ready()
        retried = await tap.wait_for(
            lambda e: isinstance(e, JobStarted) and e.job_id == job_id and e.attempt > 1
        )
        watched = await watching

    # Then the client saw exactly the log: every event once, in order
    logged = await logged_frames(job_log, job_id)
    assert watched.frames == logged
    events = [frame.event for frame in logged]
    # and the log holds exactly one job_completed, at the end, from the second attempt
    assert sum(isinstance(event, JobCompleted) for event in events) == 1
    assert isinstance(events[-1], JobCompleted)
    assert sum(is_terminal(event) for event in events) == 1
    state = fold(events)
    assert (state.status, state.attempt) == ("completed", 2)
    # and progress never went backwards for the client; it held while the job was retried
    assert progress_never_goes_back(watched.frames)
    # and every stage_started that repeats says it is a retry
    seen: dict[str, int] = {}
    for event in events:
        if isinstance(event, StageStarted):
            assert event.attempt > seen.get(event.stage, 0), f"unmarked repeat of {event.stage}"
            seen[event.stage] = event.attempt
    assert seen["analyzing"] == 2
    assert isinstance(retried, JobStarted) and retried.worker_id == "p2"

    retried_at = next(frame.seq for frame in logged if frame.event == retried)
    record(
        "processor_sigkill",
        time_to_takeover_s=(retried.at - killed_at).total_seconds(),
        time_to_complete_after_kill_s=(events[-1].at - killed_at).total_seconds(),
        note="takeover includes starting p2 after the kill and the 2 s ack deadline",
        events_seen=len(watched.frames),
        events_in_log=len(logged),
        progress_held_at=fold(f.event for f in logged if f.seq < retried_at).progress,
    )
