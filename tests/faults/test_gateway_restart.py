"""The gateway killed and restarted while 50 clients watch 10 running jobs.

Every client reconnects with ``after=<last seq>`` and ends with exactly the
job's log: nothing missing, nothing twice.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from nats.aio.client import Client

from contracts.events import JobStarted, is_terminal
from joblog import JobLog
from tests.faults.documents import thesis
from tests.faults.jobs import EventTap, logged_frames, submit
from tests.faults.processes import Services
from tests.faults.report import record
from tests.faults.watchers import watch

JOBS = 10
CLIENTS_PER_JOB = 5
PARAGRAPHS = 700


async def test_clients_resume_exactly_after_a_gateway_restart(
    services: Services, client: Client, job_log: JobLog, corpus: Path
) -> None:
    services.processor("p1", KORREKTUR_PROCESSOR_CONCURRENCY=str(JOBS)).wait_ready()
    gateway = services.gateway("gw1").wait_ready()
    port = gateway.port
    assert port is not None
    documents = [thesis(corpus / "source-de.txt", PARAGRAPHS, seed=seed) for seed in range(JOBS)]
    async with EventTap(client) as tap:
        # Given 50 clients watching 10 jobs that are running
        jobs = [await submit(client.jetstream(), document) for document in documents]
        opened = [asyncio.Event() for _ in range(JOBS * CLIENTS_PER_JOB)]
        clients = [
            asyncio.create_task(watch(job_id, token, [port], started=opened[index]))
            for index, (job_id, token) in enumerate(jobs * CLIENTS_PER_JOB)
        ]
        await tap.wait_for(lambda e: isinstance(e, JobStarted), count=JOBS)
        await asyncio.gather(*(event.wait() for event in opened))

        # When the gateway dies (SIGKILL) and a new one starts on the same port
        gateway.kill()
        running = JOBS - sum(is_terminal(event) for event in tap.seen)
        killed = time.monotonic()
        services.gateway("gw2", port=port).wait_ready()
        watched = await asyncio.gather(*clients)

    # Then every client holds exactly its job's log: 0 gaps, 0 duplicates
    logs = {job_id: await logged_frames(job_log, job_id) for job_id, _ in jobs}
    gaps = duplicates = 0
    for seen in watched:
        log = logs[seen.job_id]
        assert is_terminal(log[-1].event)
        duplicates += len(seen.seqs) - len(set(seen.seqs))
        gaps += len({f.seq for f in log} - set(seen.seqs))
        assert seen.frames == log
    assert (gaps, duplicates) == (0, 0)
    # and the clients whose job was still running did reconnect
    resumed = [seen for seen in watched if seen.reconnects]
    assert len(resumed) >= running * CLIENTS_PER_JOB
    recovery = [seen.resumed_at[0] - killed for seen in resumed if seen.resumed_at]
    record(
        "gateway_restart",
        clients=len(watched),
        jobs=JOBS,
        jobs_running_at_kill=running,
        clients_reconnected=len(resumed),
        time_to_reconnect_after_kill_s={
            "max": max(recovery, default=None),
            "min": min(recovery, default=None),
        },
        events_seen=sum(len(seen.frames) for seen in watched),
        events_in_logs_times_watchers=sum(len(logs[seen.job_id]) for seen in watched),
        gaps=gaps,
        duplicates=duplicates,
    )
