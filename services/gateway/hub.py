"""One live feed of every job event per gateway process, fanned out in memory.

The hub follows joblog's :class:`LiveFeed` (one ordered consumer on
``jobs.>``) and hands each event to the watchers of its job.

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

from contracts.events import AnyEvent, Frame, decode_event, encode, rest_after
from contracts.subjects import job_id_of
from joblog.connection import JetStream
from joblog.live_feed import LiveFeed
from services.gateway.errors import SlowClient

log = logging.getLogger(__name__)


class Delivery(NamedTuple):
    """One event ready for the wire: its stream sequence and the encoded ``Frame``."""

    seq: int
    text: str
    # contracts.events.rest_after: whether the job is at rest after it (None: unchanged).
    rest: bool | None

    @classmethod
    def of(cls, seq: int, event: AnyEvent) -> Delivery:
        return cls(seq, encode(Frame(seq, event)).decode(), rest_after(event))


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

    def __init__(self, js: JetStream, *, idle_heartbeat_s: float = 1.0) -> None:
        self._feed = LiveFeed(js, self._on_event, idle_heartbeat_s=idle_heartbeat_s)
        self._watchers: dict[str, set[Watcher]] = {}
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
        """Follow every event stored from now on."""
        self.position = await self._feed.start()

    async def stop(self) -> None:
        await self._feed.stop()

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

    async def _on_event(self, subject: str, seq: int, data: bytes) -> None:
        if seq <= self.position:
            return  # already dispatched before a consumer reset
        self.position = seq
        try:
            watchers = self._watchers.get(job_id_of(subject))
        except ValueError:
            return
        if not watchers:
            return
        try:
            delivery = Delivery.of(seq, decode_event(data))
        except msgspec.DecodeError as error:
            log.warning("gateway hub: skipping undecodable event %d: %s", seq, error)
            return
        for watcher in tuple(watchers):
            watcher.offer(delivery)
