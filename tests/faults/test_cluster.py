"""The scale-out setup under a node loss: 3 NATS nodes, R3 stream and stores, 2 processors, 2 gateways.

The node killed is the JOBS stream's leader, the worst one to lose: appends,
the processors' durable consumer and the replay consumers all move to the
nodes left. Every job must still complete and every client see every event.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from nats.aio.client import Client

from contracts.events import JobCompleted, StageStarted, is_terminal
from contracts.subjects import STREAM
from joblog import JobLog, connect, provision
from tests.faults.documents import thesis
from tests.faults.jobs import EventTap, logged_frames, progress_never_goes_back, submit
from tests.faults.processes import Services
from tests.faults.report import record
from tests.faults.watchers import watch
from tests.natscluster import NatsCluster

JOBS = 8
PARAGRAPHS = 600


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[NatsCluster]:
    with NatsCluster(tmp_path / "cluster") as running:
        yield running


@pytest.fixture
async def cluster_client(cluster: NatsCluster) -> AsyncIterator[Client]:
    connection = await connect(cluster.url, "fault-test")
    await provision(connection.jetstream(), replicas=3)
    yield connection
    await connection.close()


@pytest.fixture
def cluster_services(cluster: NatsCluster, tmp_path: Path) -> Iterator[Services]:
    running = Services(cluster.url, tmp_path / "logs", KORREKTUR_REPLICAS="3")
    yield running
    running.stop()


async def test_every_job_completes_and_every_client_sees_every_event_when_a_node_dies(
    cluster: NatsCluster, cluster_client: Client, cluster_services: Services, corpus: Path
) -> None:
    js = cluster_client.jetstream()
    job_log = JobLog(js)
    # Given the scale-out configuration, every replica count at 3
    for name in ("p1", "p2"):
        cluster_services.processor(name).wait_ready()
    gateways = [cluster_services.gateway(name).wait_ready() for name in ("gw1", "gw2")]
    ports = [gateway.port for gateway in gateways if gateway.port is not None]
    info = await js.stream_info(STREAM)
    assert info.config.num_replicas == 3 and info.cluster is not None
    documents = [thesis(corpus / "source-de.txt", PARAGRAPHS, seed=seed) for seed in range(JOBS)]

    async with EventTap(cluster_client) as tap:
        # and jobs running, each watched by one client on each gateway
        jobs = [await submit(js, document) for document in documents]
        clients = [
            asyncio.create_task(watch(job_id, token, ports[side:] + ports[:side]))
            for job_id, token in jobs
            for side in (0, 1)
        ]
        await tap.wait_for(lambda e: isinstance(e, StageStarted) and e.stage == "analyzing")

        # When the node leading the JOBS stream is killed
        leader = (await js.stream_info(STREAM)).cluster.leader  # type: ignore[union-attr]
        assert leader is not None
        ended_before = sum(is_terminal(event) for event in tap.seen)
        cluster.kill(leader)
        killed_at, killed = datetime.now(UTC), time.monotonic()
        # and more clients join during the leader election: their replays start on the nodes left
        clients += [asyncio.create_task(watch(job_id, token, ports)) for job_id, token in jobs]
        watched = await asyncio.gather(*clients)
        done = time.monotonic()

    # Then every job completed exactly once
    logs = {job_id: await logged_frames(job_log, job_id) for job_id, _ in jobs}
    for frames in logs.values():
        ends = [frame.event for frame in frames if is_terminal(frame.event)]
        assert len(ends) == 1 and isinstance(ends[0], JobCompleted)
    # and every client saw every event of its job, once, in order
    for seen in watched:
        assert seen.frames == logs[seen.job_id]
        assert progress_never_goes_back(seen.frames)
    new_leader = (await js.stream_info(STREAM)).cluster.leader  # type: ignore[union-attr]
    assert new_leader != leader
    after_kill = sorted(
        frame.event.at for frames in logs.values() for frame in frames if frame.event.at > killed_at
    )
    record(
        "cluster_node_loss",
        killed=leader,
        new_leader=new_leader,
        jobs=JOBS,
        jobs_done_before_kill=ended_before,
        first_event_emitted_after_kill_s=(after_kill[0] - killed_at).total_seconds()
        if after_kill
        else None,
        all_clients_done_after_kill_s=done - killed,
        clients=len(watched),
        client_reconnects=sum(seen.reconnects for seen in watched),
        events_seen=sum(len(seen.frames) for seen in watched),
        events_in_logs_times_watchers=sum(len(logs[seen.job_id]) for seen in watched),
    )
