"""Wiring the processor: connect, provision, consume until told to stop, drain."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal

from joblog import connect, disconnect, provision
from joblog.connection import UNAVAILABLE, JetStream
from joblog.job_queue import consume, ensure_consumer, waiting
from servicekit.metrics import JOBS_WAITING, serve_metrics
from services.processor.checker import warm_up
from services.processor.checking import CheckingWorkers
from services.processor.job import JobRunner
from services.processor.memory import limit_malloc_arenas
from services.processor.settings import Settings

log = logging.getLogger(__name__)

_QUEUE_POLL_S = 5.0


async def run(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Serve jobs until ``stop`` is set (or SIGTERM/SIGINT when run as the main program)."""
    stop = stop or asyncio.Event()
    client = await connect(settings.nats_url, f"processor-{settings.worker_id}")
    try:
        js = client.jetstream()
        await provision(js, replicas=settings.replicas, retention_s=settings.retention_s)
        await ensure_consumer(
            js,
            ack_wait_s=settings.ack_wait_s,
            # The delivery after the last attempt only records retries_exhausted.
            max_deliveries=settings.max_attempts + 1,
            replicas=settings.replicas,
        )
        # Loading the dictionaries takes about a second: pay it now, not in the first job
        # (here for detecting languages; the checking workers load their own).
        _, checking = await asyncio.gather(
            asyncio.to_thread(warm_up), asyncio.to_thread(CheckingWorkers, settings.concurrency)
        )
        # Dictionaries and the tagger live as long as the process: keep them out of the
        # collection that runs after every job (memory.release_freed_memory).
        gc.freeze()
        log.info(
            "processor %s consuming, %d job(s) at a time", settings.worker_id, settings.concurrency
        )
        watching = asyncio.create_task(_watch_queue(js, stop))
        try:
            await consume(
                js,
                JobRunner(js, client, settings, checking).handle,
                concurrency=settings.concurrency,
                shutdown_grace_s=settings.shutdown_grace_s,
                stop=stop,
            )
        finally:
            watching.cancel()
            checking.close()
    finally:
        await disconnect(client)


async def _watch_queue(js: JetStream, stop: asyncio.Event) -> None:
    """Keep the queue-depth gauge current while the processor runs."""
    while not stop.is_set():
        try:
            JOBS_WAITING.set(await waiting(js))
        except UNAVAILABLE:
            pass  # NATS away for a moment: the gauge keeps its last value
        try:
            await asyncio.wait_for(stop.wait(), _QUEUE_POLL_S)
        except TimeoutError:
            pass


def main() -> None:
    limit_malloc_arenas()
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = Settings.from_env()
    serve_metrics(default_port=9103)

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        await run(settings, stop)

    asyncio.run(serve())
