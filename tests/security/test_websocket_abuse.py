"""A WebSocket flood from one address, and frames no client should send, through the one origin.

The flood watches a real job that is held in the queue (the processors'
durable is paused), so every admitted connection stays open while the rest
arrive. Afterwards the job runs, and every admitted watcher, like a client
from another address, sees it to the end.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import pytest
from nats.aio.client import Client
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from contracts.events import JobCompleted, decode_frame
from korrektur.stack import Stack
from tests.e2e.client import ws_base
from tests.security.helpers import assert_healthy, processor_paused, record, upload_job
from tests.wsclient import frames_until_close

FLOODER = "127.0.0.2"
FLOOD = 1_000
DEFAULT_CONNECTIONS_PER_CLIENT = 128
# Handshakes in flight at once; the connections themselves all stay open.
OPENING = 100
TOO_MANY = 4429


@dataclass
class Flood:
    held: list[ClientConnection] = field(default_factory=list)
    refused: dict[tuple[int, str], int] = field(default_factory=dict)


def job_url(stack: Stack, job: dict[str, str]) -> str:
    return f"{ws_base(stack.url)}{job['events_url']}?token={job['token']}"


async def open_watch(url: str, source: str) -> ClientConnection | tuple[int, str]:
    """An admitted connection (it got the replayed first frame), or how it was closed."""
    websocket = await ws_connect(url, proxy=None, local_addr=(source, 0), open_timeout=30)
    try:
        decode_frame(await asyncio.wait_for(websocket.recv(), 30))
    except ConnectionClosed:
        return (websocket.close_code or 0, websocket.close_reason or "")
    return websocket


async def finish(websocket: ClientConnection) -> tuple[object, int | None]:
    """The last event a watcher gets and its close code."""
    frames = await frames_until_close(websocket)
    return (frames[-1].event if frames else None), websocket.close_code


async def flood(url: str) -> Flood:
    result = Flood()
    gate = asyncio.Semaphore(OPENING)

    async def one() -> None:
        async with gate:
            outcome = await open_watch(url, FLOODER)
        if isinstance(outcome, tuple):
            result.refused[outcome] = result.refused.get(outcome, 0) + 1
        else:
            result.held.append(outcome)

    await asyncio.gather(*(one() for _ in range(FLOOD)))
    return result


async def test_a_flood_from_one_address_is_capped_and_harms_no_one_else(
    stack: Stack, stack_nats: Client, small_thesis: bytes
) -> None:
    async with processor_paused(stack_nats):
        job = await upload_job(stack, small_thesis)
        started = time.monotonic()
        result = await flood(job_url(stack, job))
        flood_s = time.monotonic() - started
        # Another address is admitted while the flooder holds every slot it may.
        bystander = await open_watch(job_url(stack, job), "127.0.0.1")
        await assert_healthy(stack)
        assert not isinstance(bystander, tuple), bystander
    # The job runs now; every admitted watcher and the bystander see it end.
    endings = await asyncio.wait_for(
        asyncio.gather(*(finish(websocket) for websocket in [*result.held, bystander])), 180
    )

    record(
        "hostile_input",
        "WebSocket flood (1,000 connections from one address)",
        {
            "admitted": len(result.held),
            "refused": {
                f"{code} {reason}": count for (code, reason), count in result.refused.items()
            },
            "flood_s": round(flood_s, 2),
            "admitted_and_bystander_completed": sum(
                isinstance(last, JobCompleted) and code == 1000 for last, code in endings
            ),
        },
    )
    assert len(result.held) == DEFAULT_CONNECTIONS_PER_CLIENT
    assert sum(result.refused.values()) == FLOOD - DEFAULT_CONNECTIONS_PER_CLIENT
    assert {code for code, _reason in result.refused} == {TOO_MANY}
    assert all("too many connections" in reason for _code, reason in result.refused)
    assert all(isinstance(last, JobCompleted) and code == 1000 for last, code in endings)
    # The slots were given back: the flooder's address may watch again.
    again = await open_watch(job_url(stack, job), FLOODER)
    assert not isinstance(again, tuple), again
    await again.close()
    await assert_healthy(stack)


@pytest.mark.parametrize(
    ("name", "frame", "code"),
    [
        ("binary frame", b"\x00\x01binary", 1003),
        ("oversized text frame (10 KB)", "x" * 10_000, 1009),
        ("huge text frame (1 MB)", "x" * 1_000_000, 1009),
    ],
)
async def test_frames_no_client_should_send_close_the_connection(
    stack: Stack, stack_nats: Client, small_thesis: bytes, name: str, frame: str | bytes, code: int
) -> None:
    async with processor_paused(stack_nats):
        job = await upload_job(stack, small_thesis)
        websocket = await open_watch(job_url(stack, job), "127.0.0.1")
        assert not isinstance(websocket, tuple), websocket
        # Small text that is not a command is ignored: the connection stays.
        await websocket.send('{"type": "hello"}')
        await websocket.send(frame)
        last, closed_with = await asyncio.wait_for(finish(websocket), 30)
        await assert_healthy(stack)

    record(
        "hostile_input",
        f"WebSocket {name}",
        {"close_code": closed_with, "close_reason": websocket.close_reason},
    )
    assert closed_with == code
    assert last is None  # nothing but the replayed job_created had arrived, and nothing more came
