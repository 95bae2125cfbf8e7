"""The running stack seen by an attacker and by its owner: shared helpers of the security tests.

Every test talks to the real stack through its one origin (the proxy), the way
any client would. What each hostile input led to is written to
``test-output/security/summary.json`` for the closing note.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from nats.aio.client import Client

from contracts.events import JobCompleted, event_type
from contracts.subjects import PROCESSOR_CONSUMER, STREAM
from korrektur.stack import Stack
from tests.e2e.client import watch

SUMMARY = Path(__file__).resolve().parents[2] / "test-output" / "security" / "summary.json"


def record(section: str, name: str, outcome: object) -> None:
    """Keep one measured outcome in the summary file (merged across tests) and print it."""
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    summary = json.loads(SUMMARY.read_text(encoding="utf-8")) if SUMMARY.exists() else {}
    summary.setdefault(section, {})[name] = outcome
    SUMMARY.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\n[security] {section} / {name}: {json.dumps(outcome, sort_keys=True)}")


@asynccontextmanager
async def processor_paused(client: Client) -> AsyncIterator[None]:
    """Hold every job in the queue: JetStream pauses the processors' shared durable.

    Jobs uploaded meanwhile stay queued (their WebSockets open and waiting), and
    run as soon as the block ends. No process is stopped or signalled.
    """
    subject = f"$JS.API.CONSUMER.PAUSE.{STREAM}.{PROCESSOR_CONSUMER}"
    until = (datetime.now(UTC) + timedelta(minutes=10)).isoformat().replace("+00:00", "Z")
    reply = await client.request(subject, json.dumps({"pause_until": until}).encode(), timeout=5)
    assert json.loads(reply.data).get("paused") is True, reply.data
    try:
        yield
    finally:
        await client.request(subject, b"{}", timeout=5)


async def assert_healthy(stack: Stack) -> None:
    """Both public services answer their health check (upload via the proxy, gateway directly)."""
    async with httpx.AsyncClient(timeout=10, trust_env=False) as client:
        upload = await client.get(f"{stack.url}/healthz")
        gateway = await client.get(f"http://127.0.0.1:{stack.gateway_port}/healthz")
    assert (upload.status_code, gateway.status_code) == (200, 200)
    assert stack.dead_child() is None


async def upload_job(stack: Stack, content: bytes, filename: str = "thesis.docx") -> dict[str, str]:
    async with httpx.AsyncClient(base_url=stack.url, timeout=60, trust_env=False) as client:
        created = await client.post("/api/jobs", files={"file": (filename, content)})
    assert created.status_code == 201, created.text
    body: dict[str, str] = created.json()
    return body


async def assert_completes(stack: Stack, job: dict[str, str]) -> None:
    """The job's WebSocket ends with ``job_completed`` and a normal close."""
    watched = await watch(stack.url, job["events_url"], query=f"token={job['token']}")
    kinds = [event_type(frame.event) for frame in watched.frames]
    assert isinstance(watched.frames[-1].event, JobCompleted), kinds
    assert watched.close_code == 1000


def owner_headers(job: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {job['token']}"}
