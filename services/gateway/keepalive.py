"""One task pings every connection, spread evenly over the interval.

A ping task per connection costs memory, and connections opened in one burst
(a reconnect storm after a restart) would all ping at the same instant, every
interval, stalling the loop each time. One sweeper instead walks the
connections in small slices, pinging each once per interval without a task
or a future (:meth:`LiveSocket.ping_now`); a connection that has not been
heard from (not even a pong) for an interval and the timeout is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math

from websockets.protocol import State

from services.gateway.live_socket import LiveSocket

log = logging.getLogger(__name__)

# Connections pinged per wake-up: few enough that a wake-up never holds up the events.
_PER_SLICE = 16
# Wake-ups per interval at least, so a new connection waits little for its first ping.
_MIN_SLICES = 10


class Keepalive:
    """Pings every registered connection once per ``interval_s``; drops one silent for longer."""

    def __init__(self, interval_s: float, timeout_s: float) -> None:
        self._interval_s = interval_s
        # A live client answers a ping within the timeout, and one comes every interval.
        self._silence_s = interval_s + timeout_s
        self._sockets: set[LiveSocket] = set()
        self._task: asyncio.Task[None] | None = None

    def add(self, websocket: LiveSocket) -> None:
        self._sockets.add(websocket)

    def discard(self, websocket: LiveSocket) -> None:
        self._sockets.discard(websocket)

    def start(self) -> None:
        self._task = asyncio.create_task(self._sweep())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _sweep(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            sockets = list(self._sockets)
            slices = max(math.ceil(len(sockets) / _PER_SLICE), _MIN_SLICES)
            pause = self._interval_s / slices
            for start in range(0, slices * _PER_SLICE, _PER_SLICE):
                now = loop.time()
                for websocket in sockets[start : start + _PER_SLICE]:
                    self._ping(websocket, now)
                await asyncio.sleep(pause)

    def _ping(self, websocket: LiveSocket, now: float) -> None:
        if websocket not in self._sockets or websocket.state is not State.OPEN:
            return
        if now - websocket.last_heard > self._silence_s:
            log.info(
                "gateway: silent for %.0f s, dropping a connection", now - websocket.last_heard
            )
            websocket.transport.abort()
            return
        websocket.ping_now()
