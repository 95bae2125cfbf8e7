"""Running one accepted WebSocket: frames out, client frames in, one close code.

Two tasks share the socket. The sender relays the job's deliveries; the
receiver reads what the client sends, so pings, closes and misbehaviour are
noticed even while no event arrives. Whichever ends first decides the close.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing

import msgspec
from starlette.websockets import WebSocket, WebSocketDisconnect

from servicekit.metrics import EVENTS_RELAYED, SLOW_CLIENT_DROPS
from services.gateway.errors import (
    INTERNAL_ERROR,
    MESSAGE_TOO_BIG,
    NORMAL,
    UNSUPPORTED_DATA,
    Close,
    SlowClient,
)
from services.gateway.hub import Delivery

log = logging.getLogger(__name__)

_RECANCEL_S = 0.5


class ClientMessage(msgspec.Struct):
    """What a client may send: ``{"type": "cancel"}`` or ``{"type": "dismiss", "finding": id}``."""

    type: str
    finding: str | None = None


# What the route does with a client's message (record a cancel, a dismissal …).
Act = Callable[[ClientMessage], Awaitable[object]]


_client_message = msgspec.json.Decoder(ClientMessage)

# What ends a send or receive when the peer is already gone.
_GONE = (WebSocketDisconnect, OSError)


async def relay(
    websocket: WebSocket,
    deliveries: AsyncGenerator[Delivery, None],
    *,
    stalled: asyncio.Event,
    max_client_frame_bytes: int,
    act: Act | None = None,
) -> Close | None:
    """How the connection must close, or None when the client already left.

    ``stalled`` ends a sender that is stuck in a send to a client that stopped
    reading; waiting for that send to finish could take forever.
    """
    tasks = {
        asyncio.create_task(_send(websocket, deliveries)),
        asyncio.create_task(_receive(websocket, max_client_frame_bytes, act)),
        asyncio.create_task(_stall(stalled)),
    }
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    await _cancel(pending)
    outcome = done.pop().result()
    if isinstance(outcome, SlowClient):
        SLOW_CLIENT_DROPS.inc()
    return outcome


async def _cancel(tasks: set[asyncio.Task[Close | None]]) -> None:
    """Cancel and wait until they are gone, which runs the deliveries' cleanup.

    Cancelling once is not enough: Python 3.11's ``asyncio.wait_for`` (inside
    every nats-py request) swallows a cancellation that arrives just as its
    answer does, and the sender would then wait for live events forever.
    """
    while tasks:
        for task in tasks:
            task.cancel()
        _, tasks = await asyncio.wait(tasks, timeout=_RECANCEL_S)


async def close(websocket: WebSocket, outcome: Close, timeout_s: float) -> None:
    """Close with ``outcome``'s code, without hanging on a client that stopped reading."""
    with contextlib.suppress(*_GONE, RuntimeError, TimeoutError):
        await asyncio.wait_for(websocket.close(outcome.code, outcome.reason), timeout_s)


async def _stall(stalled: asyncio.Event) -> Close:
    await stalled.wait()
    return SlowClient()


async def _send(websocket: WebSocket, deliveries: AsyncGenerator[Delivery, None]) -> Close | None:
    """Relay until the job's terminal event (1000); None when the client left first."""
    try:
        async with aclosing(deliveries) as stream:
            async for delivery in stream:
                await websocket.send_text(delivery.text)
                EVENTS_RELAYED.inc()
    except Close as outcome:
        return outcome
    except _GONE:
        return None
    except Exception:
        log.exception("gateway: relaying events failed")
        return Close(INTERNAL_ERROR, "internal error, reconnect with after=<last seq>")
    return Close(NORMAL, "job finished")


async def _receive(websocket: WebSocket, max_frame_bytes: int, act: Act | None) -> Close | None:
    """Act on the client's small JSON messages, ignore others, refuse binary and big frames."""
    while True:
        try:
            message = await websocket.receive()
        except (*_GONE, RuntimeError):
            return None
        if message["type"] == "websocket.disconnect":
            return None
        if message.get("bytes") is not None:
            return Close(UNSUPPORTED_DATA, "binary frames are not accepted")
        text = message.get("text") or ""
        if len(text.encode()) > max_frame_bytes:
            return Close(MESSAGE_TOO_BIG, "frame too big")
        request = _decoded(text)
        if act is not None and request is not None:
            try:
                await act(request)
            except Exception:  # the client may ask again; the connection stays
                log.warning("gateway: acting on a %s message failed", request.type, exc_info=True)


def _decoded(text: str) -> ClientMessage | None:
    try:
        return _client_message.decode(text)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
