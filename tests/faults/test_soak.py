"""1,000 small jobs through every service, then idle: memory comes back, retention empties the store.

Each job goes the way a user's does: an upload over HTTP, a WebSocket
watching it to the end, the result downloaded. Memory is compared with a
baseline taken after a warm-up (imports, dictionaries and allocator pools
are paid once, not per job). Retention runs with a short TTL, so the test
sees the stream and both object stores empty out by themselves.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from nats.aio.client import Client
from nats.js import JetStreamContext

from contracts.events import JobCompleted
from contracts.subjects import RESULTS_BUCKET, STREAM, UPLOADS_BUCKET
from korrektur.natsserver import NatsServer
from tests.faults.documents import thesis
from tests.faults.jobs import until_idle
from tests.faults.processes import Service, Services
from tests.faults.report import record
from tests.faults.watchers import watch

JOBS = 1000
BATCH = 100
IN_FLIGHT = 12
TTL_S = 10
# What "near its baseline" allows: allocator slack. A leak of 50 KB per job passes it in 500 jobs.
GROWTH_LIMIT_MB = 25.0
KEEPALIVE_S = 2.0


async def run_jobs(
    http: httpx.AsyncClient, gateway_port: int, documents: list[bytes], count: int
) -> int:
    """Upload, watch to the end and download ``count`` jobs, ``IN_FLIGHT`` at a time; frames seen."""
    slots = asyncio.Semaphore(IN_FLIGHT)
    frames = 0

    async def one(index: int) -> None:
        nonlocal frames
        async with slots:
            files = {"file": (f"t{index}.docx", documents[index % len(documents)])}
            created = (await http.post("/api/jobs", files=files)).raise_for_status().json()
            watched = await watch(created["job_id"], created["token"], [gateway_port])
            assert isinstance(watched.frames[-1].event, JobCompleted)
            headers = {"Authorization": f"Bearer {created['token']}"}
            result = await http.get(created["result_url"], headers=headers)
            assert result.status_code == 200 and result.content[:2] == b"PK"
            frames += len(watched.frames)

    await asyncio.gather(*(one(index) for index in range(count)))
    return frames


async def stored(js: JetStreamContext) -> dict[str, int]:
    """Messages held by the event stream and by the streams behind both object stores."""
    counts = {STREAM: (await js.stream_info(STREAM)).state.messages}
    for bucket in (UPLOADS_BUCKET, RESULTS_BUCKET):
        counts[bucket] = (await js.stream_info(f"OBJ_{bucket}")).state.messages
    return counts


async def until_empty(js: JetStreamContext, limit_s: float) -> None:
    async with asyncio.timeout(limit_s):
        while any((await stored(js)).values()):
            await asyncio.sleep(0.25)


def rss(services: list[Service]) -> dict[str, float]:
    return {service.name: round(service.rss_mb(), 1) for service in services}


async def test_a_thousand_jobs_then_idle_leave_no_growth(
    nats: NatsServer, tmp_path: Path, client: Client, corpus: Path
) -> None:
    running = Services(
        nats.url,
        tmp_path / "logs",
        KORREKTUR_RETENTION_S=str(TTL_S),
        KORREKTUR_PROCESSOR_CONCURRENCY="4",
        KORREKTUR_MAX_UPLOADS_PER_CLIENT=str(IN_FLIGHT * 2),
    )
    try:
        parts = [
            running.processor("p1").wait_ready(),
            gateway := running.gateway("gw").wait_ready(),
            upload := running.upload().wait_ready(),
        ]
        assert gateway.port is not None
        documents = [thesis(corpus / "source-de.txt", 3, seed=seed) for seed in range(20)]
        js = client.jetstream()
        base = f"http://127.0.0.1:{upload.port}"
        samples: list[dict[str, float]] = []
        frames = 0
        # Idle connections are dropped before uvicorn's 5 s keep-alive ends them: between
        # batches the pool idles, and a POST on a connection the server just closed fails.
        limits = httpx.Limits(keepalive_expiry=KEEPALIVE_S)
        async with httpx.AsyncClient(
            base_url=base, timeout=60, trust_env=False, limits=limits
        ) as http:
            # Given services warmed up by a first batch of jobs (the baseline is taken after it)
            # When the rest of the thousand go through, batch by batch, each time until idle
            for _batch in range(JOBS // BATCH):
                frames += await run_jobs(http, gateway.port, documents, BATCH)
                await until_idle(js)
                samples.append(rss(parts))
        baseline, after = samples[0], samples[-1]
        held = await stored(js)

        growth = {name: round(after[name] - baseline[name], 1) for name in after}
        # A leak climbs; allocator noise swings (the processor's RSS moves by tens of MB with
        # the moment it is sampled). So the later half's peak must stay near the earlier half's.
        half = len(samples) // 2
        trend = {
            name: round(
                max(s[name] for s in samples[half:]) - max(s[name] for s in samples[:half]), 1
            )
            for name in after
        }
        record(
            "soak",
            jobs=JOBS,
            frames_seen_by_clients=frames,
            rss_mb_baseline_after_warm_up=baseline,
            rss_mb_per_100_jobs=samples,
            rss_mb_after_idle=after,
            growth_mb=growth,
            peak_growth_second_half_mb=trend,
            ttl_s=TTL_S,
            stored_right_after_idle=held,
        )
        # Then no service kept memory per job: none climbs, and each is back near its baseline
        assert all(mb < GROWTH_LIMIT_MB for mb in trend.values()), samples
        assert all(mb < GROWTH_LIMIT_MB for mb in growth.values()), samples
        # and retention empties the event stream and both object stores by itself
        await until_empty(js, limit_s=TTL_S * 3)
    finally:
        running.stop()
