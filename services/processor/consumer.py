"""The durable pull consumer every processor shares, and the loop that feeds jobs to it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from nats.aio.msg import Msg
from nats.errors import Error as NatsError
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

from contracts.subjects import NEW_JOBS, PROCESSOR_CONSUMER, STREAM
from services.processor.settings import Settings

log = logging.getLogger(__name__)

Handler = Callable[[Msg], Awaitable[None]]
_FETCH_TIMEOUT_S = 1.0


def consumer_config(settings: Settings) -> ConsumerConfig:
    return ConsumerConfig(
        durable_name=PROCESSOR_CONSUMER,
        filter_subject=NEW_JOBS,
        deliver_policy=DeliverPolicy.ALL,
        ack_policy=AckPolicy.EXPLICIT,
        ack_wait=settings.ack_wait_s,
        # The delivery after the last attempt only records retries_exhausted.
        max_deliver=settings.max_attempts + 1,
        num_replicas=settings.replicas,
    )


async def ensure_consumer(js: JetStreamContext, settings: Settings) -> None:
    """Create (or update to these settings) the durable consumer; idempotent across processors."""
    await js.add_consumer(STREAM, consumer_config(settings))


async def consume(
    js: JetStreamContext, handle: Handler, settings: Settings, stop: asyncio.Event
) -> None:
    """Take up to ``concurrency`` jobs at a time until ``stop`` is set, then drain.

    A job is fetched only when a slot is free, so jobs this processor cannot
    start yet stay available to the others sharing the durable.
    """
    subscription = await js.pull_subscribe_bind(durable=PROCESSOR_CONSUMER, stream=STREAM)
    slots = asyncio.Semaphore(settings.concurrency)
    running: set[asyncio.Task[None]] = set()
    try:
        while not stop.is_set():
            await slots.acquire()
            if stop.is_set():
                slots.release()
                break
            try:
                messages = await subscription.fetch(1, timeout=_FETCH_TIMEOUT_S)
            except (TimeoutError, NatsTimeoutError):
                slots.release()
                continue
            except NatsError as error:
                slots.release()
                log.warning("fetch failed, retrying: %s", error)
                await _wait(stop, _FETCH_TIMEOUT_S)
                continue
            for message in messages:
                task = asyncio.create_task(_run(handle, message))
                running.add(task)
                task.add_done_callback(lambda done: _finished(done, running, slots))
    finally:
        await _drain(running, settings.shutdown_grace_s)
        await subscription.unsubscribe()


def _finished(
    task: asyncio.Task[None], running: set[asyncio.Task[None]], slots: asyncio.Semaphore
) -> None:
    running.discard(task)
    slots.release()


async def _run(handle: Handler, message: Msg) -> None:
    try:
        await handle(message)
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("handling a delivery failed")


async def _drain(running: set[asyncio.Task[None]], grace_s: float) -> None:
    """Let running jobs finish; past the grace period, cancel them (they nak for another processor)."""
    if not running:
        return
    _done, pending = await asyncio.wait(set(running), timeout=grace_s)
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
