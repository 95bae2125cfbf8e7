"""One live feed of every job event per gateway process, fanned out in memory.

The hub follows joblog's :class:`LiveFeed` (one ordered consumer on
``jobs.>``) and hands each event to the watchers of its job. A watcher that
is live writes the event to its socket at once, in the hub's callback: no
task, no queue and no wake-up per connection, which is what lets one process
hold ten thousand of them.

The hub keeps no job state: only the set of watchers, which dies with the
connections, and its stream position, which it rebuilds from the stream.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple, Protocol

import msgspec

from contracts.events import AnyEvent, Frame, decode_event, encode, rest_after
from contracts.subjects import job_id_of
from joblog.connection import JetStream
from joblog.live_feed import LiveFeed
from servicekit.metrics import EVENTS_RELAYED, SLOW_CLIENT_DROPS
from services.gateway.errors import NORMAL, Close, SlowClient

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


class Sink(Protocol):
    """Where a live watcher's frames go: a socket, written without waiting."""

    def write(self, text: str) -> bool:
        """Queue one frame; False when the peer holds too much unread (it must go)."""
        ...

    def end(self, outcome: Close) -> None:
        """Close with ``outcome``, in the background; called at most once."""
        ...


class Watcher:
    """One connection's view of one job: buffered while it replays, written through once live.

    While the connection replays the log, the hub's deliveries wait in a
    bounded buffer. :meth:`go_live` sends the buffered ones the replay did not
    cover and from then on the hub writes each delivery straight to the sink.
    The hub never waits for a connection: an overflowing buffer, or a socket
    with too much unread, ends it with :class:`SlowClient`.
    """

    def __init__(
        self, job_id: str, capacity: int, sink: Sink, release: Callable[[Watcher], None]
    ) -> None:
        self.job_id = job_id
        self._capacity = capacity
        self._sink = sink
        # Leaves the hub: a watcher that ended holds nothing while its socket closes.
        self._release = release
        self._buffer: list[Delivery] = []
        self._live = False
        self._last_sent = 0
        # Why the connection ends, once known; nothing is sent after it.
        self.outcome: Close | None = None

    def offer(self, delivery: Delivery) -> None:
        if self.outcome is not None:
            return
        if self._live:
            self._write(delivery)
        elif len(self._buffer) < self._capacity:
            self._buffer.append(delivery)
        else:
            self.finish(SlowClient())

    def go_live(self, last_sent: int) -> None:
        """After the replay up to ``last_sent``: send what came meanwhile, then write through.

        Runs without yielding to the event loop, so no delivery can slip in
        between the buffer and the live path.
        """
        self._last_sent = last_sent
        self._live = True
        buffered, self._buffer = self._buffer, []
        for delivery in buffered:
            if self.outcome is not None:
                return
            self._write(delivery)

    def finish(self, outcome: Close) -> None:
        """End the connection with ``outcome``; later deliveries are dropped."""
        if self.outcome is not None:
            return
        self.outcome = outcome
        self._buffer = []
        self._release(self)
        if isinstance(outcome, SlowClient):
            SLOW_CLIENT_DROPS.inc()
        self._sink.end(outcome)

    def _write(self, delivery: Delivery) -> None:
        if delivery.seq <= self._last_sent:
            return  # the replay sent it already
        if not self._sink.write(delivery.text):
            self.finish(SlowClient())
            return
        self._last_sent = delivery.seq
        EVENTS_RELAYED.inc()
        if delivery.rest:
            self.finish(Close(NORMAL, "job finished"))


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
    def watch(self, job_id: str, capacity: int, sink: Sink) -> Iterator[Watcher]:
        """Register a watcher until it finishes or the connection ends, whichever is first."""
        watcher = Watcher(job_id, capacity, sink, self._release)
        self._watchers.setdefault(job_id, set()).add(watcher)
        self._idle.clear()
        try:
            yield watcher
        finally:
            self._release(watcher)

    def _release(self, watcher: Watcher) -> None:
        watchers = self._watchers.get(watcher.job_id)
        if watchers is not None:
            watchers.discard(watcher)
            if not watchers:
                del self._watchers[watcher.job_id]
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
