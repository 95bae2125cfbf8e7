"""One live feed of every job event per gateway process, fanned out in memory.

Thousands of watched jobs must not cost thousands of JetStream consumers, so
the hub runs a single ordered push consumer on ``jobs.>`` and hands each event
to the watchers of its job. Ordered consumers are nats.py's self-healing kind:
after a reconnect, a missed heartbeat or a sequence gap they re-create
themselves from the last stream sequence delivered, so the hub sees every
event stored after it started, once and in stream order.

The hub keeps no job state: only the set of watchers, which dies with the
connections, and its stream position, which it rebuilds from the stream.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import msgspec
import nats.errors
from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy

from contracts.events import AnyEvent, Frame, decode_event, encode, is_terminal
from contracts.subjects import ALL_EVENTS, STREAM, job_id_of
from services.gateway.errors import SlowClient

log = logging.getLogger(__name__)


class Delivery(NamedTuple):
    """One event ready for the wire: its stream sequence and the encoded ``Frame``."""

    seq: int
    text: str
    terminal: bool

    @classmethod
    def of(cls, seq: int, event: AnyEvent) -> Delivery:
        return cls(seq, encode(Frame(seq, event)).decode(), is_terminal(event))


class Watcher:
    """One connection's live view of one job: a bounded buffer the hub fills.

    The hub never waits for a connection; when the buffer is full the watcher
    is marked stalled and the connection ends with :class:`SlowClient`.
    """

    def __init__(self, job_id: str, capacity: int) -> None:
        self.job_id = job_id
        # Set on overflow, so a connection stuck in a send learns it must end.
        self.stalled = asyncio.Event()
        self._queue: asyncio.Queue[Delivery] = asyncio.Queue(capacity)

    def offer(self, delivery: Delivery) -> None:
        if self.stalled.is_set():
            return
        try:
            self._queue.put_nowait(delivery)
        except asyncio.QueueFull:
            self.stalled.set()

    async def next(self) -> Delivery:
        # An overflowed queue is full, so get() never blocks a watcher that must end.
        if self.stalled.is_set():
            raise SlowClient()
        return await self._queue.get()


class Hub:
    """The single live subscription of a gateway and the registry of its watchers."""

    def __init__(self, js: JetStreamContext, *, idle_heartbeat_s: float = 1.0) -> None:
        self._js = js
        self._idle_heartbeat_s = idle_heartbeat_s
        self._watchers: dict[str, set[Watcher]] = {}
        self._subscription: JetStreamContext.PushSubscription | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self.position = 0

    @property
    def watcher_count(self) -> int:
        return sum(len(watchers) for watchers in self._watchers.values())

    @property
    def watched_jobs(self) -> int:
        return len(self._watchers)

    async def until_idle(self) -> None:
        """Return once no connection watches anything (shutdown, and tests that check for leaks)."""
        await self._idle.wait()

    async def start(self) -> None:
        """Subscribe to every event stored from now on.

        This is DeliverPolicy.NEW pinned to a known sequence: nats.py resets an
        ordered consumer to "last delivered + 1", which is 1 before the first
        delivery, so the start is seeded to keep a reset from replaying the
        whole stream.
        """
        self.position = (await self._js.stream_info(STREAM)).state.last_seq
        self._subscription = await self._js.subscribe(
            ALL_EVENTS,
            stream=STREAM,
            cb=self._on_message,
            ordered_consumer=True,
            idle_heartbeat=self._idle_heartbeat_s,
            config=ConsumerConfig(
                deliver_policy=DeliverPolicy.BY_START_SEQUENCE, opt_start_seq=self.position + 1
            ),
            # Flow control already bounds what is in flight; a client-side limit
            # would drop messages silently, which is a gap nobody could repair.
            pending_msgs_limit=0,
            pending_bytes_limit=0,
        )
        state = getattr(self._subscription._sub, "_jsi", None)
        if state is not None and hasattr(state, "_sseq"):
            state._sseq = self.position

    async def stop(self) -> None:
        if self._subscription is not None:
            try:
                await self._subscription.unsubscribe()
            except nats.errors.Error as error:  # a closed connection has nothing to unsubscribe
                log.debug("gateway hub: unsubscribe failed: %s", error)
            self._subscription = None

    @contextmanager
    def watch(self, job_id: str, capacity: int) -> Iterator[Watcher]:
        """Register a watcher for the duration of a connection; always removed after."""
        watcher = Watcher(job_id, capacity)
        self._watchers.setdefault(job_id, set()).add(watcher)
        self._idle.clear()
        try:
            yield watcher
        finally:
            watchers = self._watchers.get(job_id)
            if watchers is not None:
                watchers.discard(watcher)
                if not watchers:
                    del self._watchers[job_id]
            if not self._watchers:
                self._idle.set()

    async def _on_message(self, message: Msg) -> None:
        seq = message.metadata.sequence.stream
        if seq <= self.position:
            return  # already dispatched before a consumer reset
        self.position = seq
        try:
            watchers = self._watchers.get(job_id_of(message.subject))
        except ValueError:
            return
        if not watchers:
            return
        try:
            delivery = Delivery.of(seq, decode_event(message.data))
        except msgspec.DecodeError as error:
            log.warning("gateway hub: skipping undecodable event %d: %s", seq, error)
            return
        for watcher in tuple(watchers):
            watcher.offer(delivery)
