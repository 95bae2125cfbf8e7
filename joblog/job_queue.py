"""The queue of new jobs: one durable pull consumer every processor shares.

A ``job_created`` is delivered to one processor at a time and acked only
after the job's terminal event is stored; a processor that dies or hangs
past ``ack_wait`` loses the delivery to another. :class:`Delivery` is all a
handler sees of it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from nats.aio.msg import Msg
from nats.errors import Error as NatsError
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

from contracts.subjects import NEW_JOBS, PROCESSOR_CONSUMER, REVISIONS, STREAM

log = logging.getLogger(__name__)

_FETCH_TIMEOUT_S = 1.0


class Delivery:
    """One delivery of a ``job_created``: its bytes, its attempt, and how to settle it."""

    def __init__(self, message: Msg) -> None:
        self._message = message

    @property
    def data(self) -> bytes:
        return self._message.data

    @property
    def attempt(self) -> int:
        """1 for the first delivery, 2 for the first redelivery, …"""
        return self._message.metadata.num_delivered or 1

    async def ack(self) -> None:
        """Done: waits until JetStream has the ack, so the job is not delivered again."""
        await self._message.ack_sync()

    async def nak(self, delay_s: float | None = None) -> None:
        """Give the job back, to be delivered again (after ``delay_s``)."""
        await self._message.nak(delay=delay_s)

    async def term(self) -> None:
        """Never deliver this again: it cannot be a job."""
        await self._message.term()

    async def in_progress(self) -> None:
        """Still working: push the ack deadline back by ``ack_wait``."""
        await self._message.in_progress()


Handler = Callable[[Delivery], Awaitable[None]]


async def ensure_consumer(
    js: JetStreamContext, *, ack_wait_s: float, max_deliveries: int, replicas: int
) -> None:
    """Create (or update to these settings) the durable consumer; idempotent across processors."""
    config = ConsumerConfig(
        durable_name=PROCESSOR_CONSUMER,
        filter_subjects=[NEW_JOBS, REVISIONS],
        deliver_policy=DeliverPolicy.ALL,
        ack_policy=AckPolicy.EXPLICIT,
        ack_wait=ack_wait_s,
        max_deliver=max_deliveries,
        num_replicas=replicas,
    )
    await js.add_consumer(STREAM, config)


async def waiting(js: JetStreamContext) -> int:
    """Jobs and revisions in the queue that no processor has taken yet."""
    info = await js.consumer_info(STREAM, PROCESSOR_CONSUMER)
    return int(info.num_pending or 0)


async def consume(
    js: JetStreamContext,
    handle: Handler,
    *,
    concurrency: int,
    shutdown_grace_s: float,
    stop: asyncio.Event,
) -> None:
    """Take up to ``concurrency`` jobs at a time until ``stop`` is set, then drain.

    A job is fetched only when a slot is free, so jobs this processor cannot
    start yet stay available to the others sharing the durable.
    """
    subscription = await js.pull_subscribe_bind(durable=PROCESSOR_CONSUMER, stream=STREAM)
    slots = asyncio.Semaphore(concurrency)
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
                task = asyncio.create_task(_run(handle, Delivery(message)))
                running.add(task)
                task.add_done_callback(lambda done: _finished(done, running, slots))
    finally:
        await _drain(running, shutdown_grace_s)
        await subscription.unsubscribe()


def _finished(
    task: asyncio.Task[None], running: set[asyncio.Task[None]], slots: asyncio.Semaphore
) -> None:
    running.discard(task)
    slots.release()


async def _run(handle: Handler, delivery: Delivery) -> None:
    try:
        await handle(delivery)
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
