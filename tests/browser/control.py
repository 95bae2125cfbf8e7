"""The test's hands on the real stack: pause a process, kill and restart the gateway,
and read a job's log the way any client may (and straight from NATS)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import msgspec

from contracts.events import decode_frame
from contracts.state import fold
from contracts.subjects import NEW_JOBS, STREAM
from joblog import connect
from korrektur.stack import Child, Stack, wait_healthy

HEALTH_TIMEOUT_S = 60.0


def child(stack: Stack, name: str) -> Child:
    found = next((c for c in stack.children if c.name == name), None)
    assert found is not None and found.process is not None, f"Expected a running {name}"
    return found


@contextmanager
def paused(stack: Stack, name: str) -> Iterator[None]:
    """SIGSTOP a service for the block: its job freezes mid-stage, then goes on."""
    process = child(stack, name).process
    assert process is not None
    os.kill(process.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(process.pid, signal.SIGCONT)


def kill(stack: Stack, name: str) -> None:
    """A crash, not a shutdown: every socket of the process drops at once."""
    process = child(stack, name).process
    assert process is not None
    process.kill()
    process.wait(timeout=30)


def restart(stack: Stack, name: str, health_port: int) -> None:
    """Start ``name`` again on its old port, the way the stack started it."""
    dead = child(stack, name)
    stack.respawn(dead)
    assert dead.process is not None
    wait_healthy(dead.process, health_port, name, timeout=HEALTH_TIMEOUT_S)


def log_frames(base: str, job_id: str, token: str) -> list[Any]:
    """The job's log as any client reads it: GET /api/jobs/{id}/events (NDJSON)."""
    response = httpx.get(
        f"{base}/api/jobs/{job_id}/events",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
        trust_env=False,
    )
    assert response.status_code == 200, response.text
    return [decode_frame(line) for line in response.text.splitlines() if line.strip()]


def folded(frames: list[Any]) -> dict[str, Any]:
    """The contract's fold of a log, as the JSON the page's fold produces."""
    state: dict[str, Any] = msgspec.to_builtins(fold(frame.event for frame in frames))
    return state


async def created_jobs(nats_url: str) -> int:
    """How many jobs were ever created: job_created subjects in the stream."""
    client = await connect(nats_url, "browser-test")
    try:
        info = await client.jetstream().stream_info(STREAM, subjects_filter=NEW_JOBS)
        return len(info.state.subjects or {})
    finally:
        await client.drain()
