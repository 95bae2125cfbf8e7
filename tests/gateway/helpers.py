"""A real gateway on a free port, talking to the session's real nats-server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urlencode

from websockets.asyncio.client import connect as ws_connect

from contracts.events import (
    AnyEvent,
    Frame,
)
from contracts.stages import STAGE_WEIGHTS, STAGES
from joblog import JobLog
from korrektur.natsserver import free_port
from services.gateway.deps import Gateway
from services.gateway.hub import Hub
from services.gateway.server import serving
from services.gateway.settings import Settings
from tests.contracts import samples
from tests.wsclient import frames_until_close

# A safety net so a broken gateway fails a test instead of hanging it; never a measurement.
RECEIVE_LIMIT_S = 30.0


@dataclass(frozen=True)
class RunningGateway:
    gateway: Gateway
    settings: Settings

    @property
    def hub(self) -> Hub:
        return self.gateway.hub

    def url(self, job_id: str, token: str | None = None, after: int | None = None) -> str:
        query = {
            key: value for key, value in (("token", token), ("after", after)) if value is not None
        }
        suffix = f"?{urlencode(query)}" if query else ""
        return f"ws://127.0.0.1:{self.settings.port}/ws/jobs/{job_id}{suffix}"


@dataclass(frozen=True)
class Received:
    frames: list[Frame]
    code: int | None

    @property
    def seqs(self) -> list[int]:
        return [frame.seq for frame in self.frames]


def gateway_settings(nats_url: str, **overrides: object) -> Settings:
    return Settings(nats_url=nats_url, port=free_port(), public_port=free_port(), **overrides)  # type: ignore[arg-type]


@asynccontextmanager
async def running_gateway(nats_url: str, **overrides: object) -> AsyncIterator[RunningGateway]:
    settings = gateway_settings(nats_url, **overrides)
    async with serving(settings) as gateway:
        yield RunningGateway(gateway, settings)


def run_events(job_id: str, progress_per_stage: int = 3) -> list[AnyEvent]:
    """What a processor appends for a successful job, job_created excluded."""
    events: list[AnyEvent] = [samples.started(job_id)]
    done = 0.0
    for position, stage in enumerate(STAGES):
        following = STAGES[position + 1] if position + 1 < len(STAGES) else None
        events.append(samples.stage_started(stage, job_id=job_id))
        for step in range(1, progress_per_stage + 1):
            share = step / progress_per_stage
            overall = done + STAGE_WEIGHTS[stage] * share
            events.append(samples.progress(stage, 100 * share, overall, job_id=job_id))
        done += STAGE_WEIGHTS[stage]
        events.append(samples.stage_completed(stage, following, job_id=job_id))
    events.append(samples.completed(job_id))
    return events


async def logged_frames(job_log: JobLog, job_id: str, after: int = 0) -> list[Frame]:
    return [frame async for frame in job_log.read(job_id, after=after)]


async def receive_all(
    url: str, *, origin: str | None = None, on_open: asyncio.Event | None = None
) -> Received:
    """Every frame until the server closes, and the close code."""
    async with asyncio.timeout(RECEIVE_LIMIT_S):
        async with ws_connect(url, origin=origin) as websocket:  # type: ignore[arg-type]
            if on_open is not None:
                on_open.set()
            frames = await frames_until_close(websocket)
    return Received(frames, websocket.close_code)


async def connected_client(url: str) -> asyncio.Task[Received]:
    """A client that is connected (so what follows is live for it), receiving in the background."""
    opened = asyncio.Event()
    client = asyncio.create_task(receive_all(url, on_open=opened))
    opened_wait = asyncio.create_task(opened.wait())
    await asyncio.wait({client, opened_wait}, return_when=asyncio.FIRST_COMPLETED)
    opened_wait.cancel()
    return client
