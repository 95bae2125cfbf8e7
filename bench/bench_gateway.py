"""Gateway benchmarks: live latency with many jobs watched at once, and replay time.

Prints figures, asserts nothing. Run from the repository root:

    .venv/bin/python bench/bench_gateway.py   [--jobs 100] [--rate 10] [--seconds 10]

It starts its own nats-server (temporary store) and a gateway process
(``python -m services.gateway``) on free ports, and stops both at the end.

(a) Latency: ``--jobs`` jobs are live at once, each watched by one WebSocket
    client and each getting ``progress_update`` events at ``--rate`` per second
    from a publisher acting as the processor. Latency is the client's receive
    time minus the event's ``at`` (set just before ``JobLog.append``), so it
    covers the publish, JetStream, the gateway hub and the WebSocket.
(b) Replay: a job of ``--replay-events`` events is read back server-side with
    ``JobLog.read`` and through a WebSocket (connect to last frame).
(c) The dev proxy: ``--proxy-watchers`` watchers, one job each, connect and
    receive a wave of progress events, first to the gateway directly, then
    through ``korrektur.proxy`` (the one origin of ``make run``); printed side
    by side with their ratios, to show whether the proxy is the bottleneck.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from contracts.events import JobCompleted, ProgressUpdate, decode_frame
from joblog import JobLog, connect, provision
from korrektur.natsserver import NatsServer, free_port
from tests.gateway.jobs import create_job

LIMIT_S = 300.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def start_gateway(nats_url: str, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    return _start(
        "services.gateway",
        log_path,
        KORREKTUR_NATS_URL=nats_url,
        KORREKTUR_GATEWAY_PORT=str(port),
        # Every bench watcher comes from 127.0.0.1; the per-address limit is not under test.
        KORREKTUR_MAX_WS_PER_CLIENT="0",
    )


def start_proxy(gateway_port: int, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    return _start(
        "korrektur.proxy",
        log_path,
        KORREKTUR_GATEWAY_URL=f"ws://127.0.0.1:{gateway_port}",
        KORREKTUR_UPLOAD_URL=f"http://127.0.0.1:{free_port()}",  # no upload service needed
        KORREKTUR_HTTP_PORT=str(port),
    )


def _start(module: str, log_path: Path, **variables: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, KORREKTUR_HOST="127.0.0.1", **variables)
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", module], cwd=ROOT, env=env, stdout=log, stderr=log
        )


async def wait_listening(port: int, limit_s: float = 30.0) -> None:
    async with asyncio.timeout(limit_s):
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
                return
            except OSError:
                await asyncio.sleep(0.1)


async def wait_healthy(port: int, limit_s: float = 30.0) -> None:
    async with httpx.AsyncClient() as http, asyncio.timeout(limit_s):
        while True:
            try:
                if (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)


async def watch(url: str, latencies: list[float], ready: asyncio.Event) -> tuple[int, int | None]:
    """Receive until the close, recording each progress event's latency: (frames, close code)."""
    return await receive(await ws_connect(url), latencies, ready)


async def receive(
    websocket: ClientConnection, latencies: list[float], ready: asyncio.Event
) -> tuple[int, int | None]:
    frames = 0
    async with websocket:
        try:
            async for message in websocket:
                received = datetime.now(UTC)
                frame = decode_frame(message)
                frames += 1
                if frames == 1:
                    ready.set()  # the replayed job_created: the client is in
                if isinstance(frame.event, ProgressUpdate):
                    latencies.append((received - frame.event.at).total_seconds() * 1000)
        except ConnectionClosed:
            pass
    return frames, websocket.close_code


async def produce(job_log: JobLog, job_id: str, rate: float, seconds: float, phase: float) -> int:
    """One processor's progress stream: ``rate`` events per second, then job_completed.

    ``phase`` (0..1 of a period) spreads the jobs over the period, as independent
    processors would be; all in step would measure a 100-event burst instead.
    """
    count = int(rate * seconds)
    start = time.monotonic() + phase / rate
    for step in range(count):
        await asyncio.sleep(max(0.0, start + step / rate - time.monotonic()))
        await job_log.append(
            ProgressUpdate(
                job_id=job_id,
                stage="analyzing",
                stage_progress=100 * step / count,
                progress=15 + 60 * step / count,
            )
        )
    await job_log.append(
        JobCompleted(job_id=job_id, processing_time_s=seconds, result_name="bench-korrigiert.docx")
    )
    return count + 1


async def bench_latency(job_log: JobLog, port: int, jobs: int, rate: float, seconds: float) -> None:
    created = [await create_job(job_log) for _ in range(jobs)]
    latencies: list[float] = []
    readies = [asyncio.Event() for _ in created]
    clients = [
        asyncio.create_task(
            watch(f"ws://127.0.0.1:{port}/ws/jobs/{job_id}?token={token}", latencies, ready)
        )
        for (job_id, token), ready in zip(created, readies)
    ]
    await asyncio.gather(*(ready.wait() for ready in readies))
    started = time.monotonic()
    produced = await asyncio.gather(
        *(
            produce(job_log, job_id, rate, seconds, index / jobs)
            for index, (job_id, _) in enumerate(created)
        )
    )
    results = await asyncio.gather(*clients)
    elapsed = time.monotonic() - started
    received = sum(frames for frames, _ in results) - jobs  # minus the replayed job_created
    normal = sum(1 for _, code in results if code == 1000)
    print(f"(a) live latency, append -> WebSocket receive, {jobs} jobs live")
    print(
        f"    each job {rate:g} progress events/s for {seconds:g} s, phases spread over the period"
    )
    print(
        f"    events appended {sum(produced)}, received {received}, "
        f"clients closed 1000: {normal}/{jobs}, wall {elapsed:.1f} s"
    )
    print(
        f"    p50 {percentile(latencies, 0.50):.2f} ms   "
        f"p99 {percentile(latencies, 0.99):.2f} ms   "
        f"max {max(latencies):.2f} ms   (n={len(latencies)})"
    )


async def bench_replay(job_log: JobLog, port: int, events: int, repeats: int) -> None:
    job_id, token = await create_job(job_log)
    for step in range(events - 2):
        await job_log.append(
            ProgressUpdate(
                job_id=job_id,
                stage="analyzing",
                stage_progress=100 * step / events,
                progress=60 * step / events,
            )
        )
    await job_log.append(
        JobCompleted(job_id=job_id, processing_time_s=1, result_name="bench-korrigiert.docx")
    )

    server_side: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        count = sum([1 async for _ in job_log.read(job_id)])
        server_side.append((time.perf_counter() - start) * 1000)
    through_ws: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        frames = 0
        async with ws_connect(f"ws://127.0.0.1:{port}/ws/jobs/{job_id}?token={token}") as websocket:
            try:
                async for _message in websocket:
                    frames += 1
                    last = time.perf_counter()
            except ConnectionClosed:
                pass
        through_ws.append((last - start) * 1000)
    print(f"(b) replay of a {count}-event job, median of {repeats}")
    print(
        f"    JobLog.read: {statistics.median(server_side):.1f} ms   (runs: {_runs(server_side)})"
    )
    print(
        f"    WebSocket connect -> last frame ({frames} frames): "
        f"{statistics.median(through_ws):.1f} ms   (runs: {_runs(through_ws)})"
    )


async def bench_proxy(
    job_log: JobLog, ports: dict[str, int], watchers: int, events: int, rate: float
) -> None:
    """(c) The same watchers and wave, to the gateway directly and through the proxy."""
    print(f"(c) {watchers} watchers, {events} live events at {rate:.0f}/s, direct vs proxy")
    figures = {}
    for route, port in ports.items():
        figures[route] = await _wave(job_log, port, watchers, events, rate)
        connect_s, p50, p99, lost = figures[route]
        print(
            f"    {route:<8} connect all {connect_s:5.2f} s   p50 {p50:.2f} ms   "
            f"p99 {p99:.2f} ms   events lost {lost}"
        )
    direct, proxied = figures["direct"], figures["proxy"]
    print(
        f"    proxy / direct: connect {proxied[0] / direct[0]:.2f}x   "
        f"p50 {proxied[1] / direct[1]:.2f}x   p99 {proxied[2] / direct[2]:.2f}x"
    )


async def _wave(
    job_log: JobLog, port: int, watchers: int, events: int, rate: float
) -> tuple[float, float, float, int]:
    """Connect ``watchers`` (one job each), send the wave: connect s, p50, p99, events lost."""
    jobs = [await create_job(job_log) for _ in range(watchers)]
    latencies: list[float] = []
    readies = [asyncio.Event() for _ in jobs]
    opening = asyncio.Semaphore(200)

    async def watch_one(job: tuple[str, str], ready: asyncio.Event) -> tuple[int, int | None]:
        async with opening:  # as browsers do, a few handshakes at a time
            websocket = await ws_connect(f"ws://127.0.0.1:{port}/ws/jobs/{job[0]}?token={job[1]}")
        return await receive(websocket, latencies, ready)

    start = time.perf_counter()
    clients = [asyncio.create_task(watch_one(job, ready)) for job, ready in zip(jobs, readies)]
    await asyncio.gather(*(ready.wait() for ready in readies))
    connected = time.perf_counter()
    for step in range(events):
        await job_log.append(
            ProgressUpdate(
                job_id=jobs[step % watchers][0], stage="analyzing", stage_progress=50, progress=40
            )
        )
        await asyncio.sleep(max(0.0, connected + (step + 1) / rate - time.perf_counter()))
    for job_id, _token in jobs:
        await job_log.append(JobCompleted(job_id=job_id, processing_time_s=1, result_name="b.docx"))
    results = await asyncio.gather(*clients)
    # Each watcher also gets its job_created (replayed) and job_completed.
    lost = events + 2 * watchers - sum(frames for frames, _ in results)
    return (
        connected - start,
        statistics.median(latencies),
        percentile(latencies, 0.99),
        lost,
    )


def _runs(values: list[float]) -> str:
    return ", ".join(f"{value:.0f}" for value in values)


async def main(args: argparse.Namespace) -> None:
    # Thousands of watchers are thousands of sockets in this process too.
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with (
        tempfile.TemporaryDirectory(prefix="korrektur-bench-gateway-") as tmp,
        NatsServer(store_dir=Path(tmp) / "store", log_file=Path(tmp) / "nats.log") as server,
    ):
        client = await connect(server.url, "bench-gateway")
        js = client.jetstream()
        await provision(js)
        job_log = JobLog(js)
        port, proxy_port = free_port(), free_port()
        gateway = start_gateway(server.url, port, Path(tmp) / "gateway.log")
        proxy = start_proxy(port, proxy_port, Path(tmp) / "proxy.log")
        try:
            async with asyncio.timeout(LIMIT_S):
                await wait_healthy(port)
                await wait_listening(proxy_port)
                print(f"gateway pid {gateway.pid} on :{port}, {os.cpu_count()} CPUs")
                await bench_latency(job_log, port, args.jobs, args.rate, args.seconds)
                await bench_replay(job_log, port, args.replay_events, args.repeats)
                await bench_proxy(
                    job_log,
                    {"direct": port, "proxy": proxy_port},
                    args.proxy_watchers,
                    args.proxy_events,
                    args.proxy_rate,
                )
        except BaseException:
            for name in ("gateway.log", "proxy.log"):
                print(f"--- {name}:", (Path(tmp) / name).read_text()[-3000:], file=sys.stderr)
            raise
        finally:
            for process in (proxy, gateway):
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            await client.drain()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument(
        "--rate", type=float, default=10.0, help="progress events per second per job"
    )
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--replay-events", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--proxy-watchers", type=int, default=2000)
    parser.add_argument("--proxy-events", type=int, default=1000)
    parser.add_argument("--proxy-rate", type=float, default=200.0)
    asyncio.run(main(parser.parse_args()))
