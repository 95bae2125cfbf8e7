"""Serving one accepted WebSocket: refusals, the handover, the client's messages, one close.

A connection costs one task, the one ``websockets`` runs its handler in. It
replays the job's log with ordinary sends, then the hub writes live events
straight to the socket (:class:`SocketSink`), and the task only reads what
the client sends: cancel and dismiss requests, and the close.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import msgspec
from websockets.exceptions import ConnectionClosed
from websockets.protocol import State

from contracts.events import Frame
from joblog import owner_requests
from joblog.connection import UNAVAILABLE
from servicekit.client_limit import LimitReached
from servicekit.metrics import CONNECTIONS_OPEN, EVENTS_RELAYED
from services.gateway import access
from services.gateway.deps import Gateway
from services.gateway.errors import (
    INTERNAL_ERROR,
    MESSAGE_TOO_BIG,
    NORMAL,
    TRY_AGAIN_LATER,
    UNSUPPORTED_DATA,
    Close,
    Refused,
    TooManyConnections,
)
from services.gateway.handover import hand_over
from services.gateway.hub import Delivery, Watcher
from services.gateway.live_socket import LiveSocket

log = logging.getLogger(__name__)

# NATS did not answer in time: the client tries again, as after any reconnect.
_UNAVAILABLE = Close(TRY_AGAIN_LATER, "job log unavailable, reconnect with after=<last seq>")


class ClientMessage(msgspec.Struct):
    """What a client may send: ``{"type": "cancel"}`` or ``{"type": "dismiss", "finding": id}``."""

    type: str
    finding: str | None = None


_client_message = msgspec.json.Decoder(ClientMessage)


class SocketSink:
    """Writes live frames to the socket without waiting, and ends it in the background.

    The kernel's buffer and the transport's are the connection's only queue;
    a client that leaves more than ``limit_bytes`` unread is too slow.
    """

    def __init__(self, websocket: LiveSocket, limit_bytes: int, close_timeout_s: float):
        self._websocket = websocket
        self._limit_bytes = limit_bytes
        self._close_timeout_s = close_timeout_s
        self._closing: asyncio.Task[None] | None = None

    def write(self, text: str) -> bool:
        return self._websocket.send_now(text) <= self._limit_bytes

    def end(self, outcome: Close) -> None:
        self._closing = asyncio.create_task(close(self._websocket, outcome, self._close_timeout_s))

    async def closed(self) -> None:
        """Wait for a close :meth:`end` started, so the handler does not close it first."""
        if self._closing is not None:
            await self._closing


async def serve(gateway: Gateway, websocket: LiveSocket, job_id: str) -> None:
    """The whole life of one connection to ``/ws/jobs/<job_id>``."""
    settings = gateway.settings
    client = access.client_address(websocket, settings.trusted_proxies)
    try:
        # Counted before the token is checked: a flood must not cost a lookup each.
        with gateway.clients.admit(client):
            await _watch(gateway, websocket, job_id)
    except LimitReached as reached:
        await close(websocket, TooManyConnections(reached.limit), settings.close_timeout_s)


async def _watch(gateway: Gateway, websocket: LiveSocket, job_id: str) -> None:
    settings = gateway.settings
    request = websocket.request
    query = access.query_of(request.path if request is not None else "")
    try:
        access.check_origin(request.headers.get("Origin") if request else None, settings.origins)
        token = access.check_request(job_id, query.get("token"))
        after = access.parse_after(query.get("after"))
    except Refused as refusal:
        await close(websocket, refusal, settings.close_timeout_s)
        return
    sink = SocketSink(websocket, settings.send_buffer_bytes, settings.close_timeout_s)
    CONNECTIONS_OPEN.inc()
    try:
        # Registered before the log is read: the handover's proof depends on this order.
        # Until the owner is checked it only buffers; a refused one leaves with nothing.
        with gateway.hub.watch(job_id, settings.queue_size, sink) as watcher:
            try:
                creation = await gateway.job_log.creation(job_id)
                upper = await gateway.job_log.last_seq(job_id)
                access.check_owner(token, creation)
            except Refused as refusal:
                await close(websocket, refusal, settings.close_timeout_s)
                return
            except UNAVAILABLE:
                await close(websocket, _UNAVAILABLE, settings.close_timeout_s)
                return
            if not await _replay(gateway, websocket, watcher, after, upper, creation):
                return
            outcome = await _receive(gateway, websocket, job_id)
            if outcome is not None:
                watcher.finish(outcome)
            await sink.closed()
    finally:
        CONNECTIONS_OPEN.dec()


async def _replay(
    gateway: Gateway,
    websocket: LiveSocket,
    watcher: Watcher,
    after: int,
    upper: int,
    creation: Frame | None,
) -> bool:
    """The handover, ending the watcher if nothing more will come; False if the client left."""

    async def send(delivery: Delivery) -> None:
        await websocket.send(delivery.text)
        EVENTS_RELAYED.inc()

    try:
        live = await hand_over(
            gateway.job_log, watcher, after=after, upper=upper, first=creation, send=send
        )
    except ConnectionClosed:
        return False
    except Exception:
        log.exception("gateway: replaying job %s failed", watcher.job_id)
        watcher.finish(Close(INTERNAL_ERROR, "internal error, reconnect with after=<last seq>"))
        return True
    if not live:
        watcher.finish(Close(NORMAL, "job finished"))
    return True


async def _receive(gateway: Gateway, websocket: LiveSocket, job_id: str) -> Close | None:
    """Act on the client's small JSON messages until the connection closes.

    Returns how to close when the client misbehaves (binary or big frames),
    or None when the connection closed on its own.
    """
    try:
        async for message in websocket:
            if isinstance(message, bytes):
                return Close(UNSUPPORTED_DATA, "binary frames are not accepted")
            if len(message.encode()) > gateway.settings.max_client_frame_bytes:
                return Close(MESSAGE_TOO_BIG, "frame too big")
            request = _decoded(message)
            if request is None:
                continue
            try:
                await _act(gateway, job_id, request)
            except Exception:  # the client may ask again; the connection stays
                log.warning("gateway: acting on a %s message failed", request.type, exc_info=True)
    except ConnectionClosed:
        pass
    return None


async def close(websocket: LiveSocket, outcome: Close, timeout_s: float) -> None:
    """Close with ``outcome``'s code, without hanging on a client that stopped reading."""
    with contextlib.suppress(ConnectionClosed, OSError, TimeoutError):
        async with asyncio.timeout(timeout_s):
            await websocket.close(outcome.code, outcome.reason)
    if websocket.state is not State.CLOSED:
        websocket.transport.abort()


async def _act(gateway: Gateway, job_id: str, message: ClientMessage) -> None:
    """A client's request, recorded in the job's log like the upload API records it."""
    if message.type == "cancel":
        await owner_requests.request_cancel(gateway.job_log, job_id)
    elif message.type == "dismiss" and message.finding is not None:
        with contextlib.suppress(owner_requests.UnknownFinding):  # nothing to dismiss
            await owner_requests.dismiss_finding(gateway.job_log, job_id, message.finding)


def _decoded(text: str) -> ClientMessage | None:
    try:
        return _client_message.decode(text)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
