"""A WebSocket client that behaves like the CLI: on any drop it reconnects with after=<last seq>."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from contracts.events import Frame, decode_frame
from tests.faults.jobs import LIMIT_S

NORMAL = 1000
_BACKOFF_S = 0.1


@dataclass
class Watch:
    job_id: str
    frames: list[Frame] = field(default_factory=list)
    reconnects: int = 0
    # Monotonic times at which a reconnect succeeded.
    resumed_at: list[float] = field(default_factory=list)

    @property
    def seqs(self) -> list[int]:
        return [frame.seq for frame in self.frames]


async def watch(
    job_id: str,
    token: str,
    ports: list[int],
    *,
    started: asyncio.Event | None = None,
    limit_s: float = LIMIT_S,
) -> Watch:
    """Every frame of the job until a normal close, across gateway restarts and failovers.

    A drop moves on to the next gateway in ``ports`` (one port: the same one
    again, once it is back). ``started`` is set when the first frame arrives.
    """
    watched = Watch(job_id)
    attempt = 0
    async with asyncio.timeout(limit_s):
        while True:
            port = ports[attempt % len(ports)]
            after = watched.frames[-1].seq if watched.frames else 0
            url = f"ws://127.0.0.1:{port}/ws/jobs/{job_id}?token={token}&after={after}"
            try:
                async with ws_connect(url, proxy=None, open_timeout=5) as websocket:
                    if attempt > 0:
                        watched.resumed_at.append(time.monotonic())
                    async for data in websocket:
                        watched.frames.append(decode_frame(data))
                        if started is not None:
                            started.set()
                if websocket.close_code == NORMAL:
                    return watched
            except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError):
                pass
            attempt += 1
            watched.reconnects += 1
            await asyncio.sleep(_BACKOFF_S)  # a client's reconnect backoff, not a test's wait
