"""The gateway's endpoints: the job event WebSocket and the health check."""

from __future__ import annotations

import contextlib

from fastapi import APIRouter, Request, WebSocket
from fastapi.responses import JSONResponse

from joblog import owner_requests
from servicekit.client_limit import LimitReached
from servicekit.metrics import CONNECTIONS_OPEN
from services.gateway import access
from services.gateway.connection import ClientMessage, close, relay
from services.gateway.deps import Gateway
from services.gateway.errors import Refused, TooManyConnections
from services.gateway.handover import follow

router = APIRouter()


@router.get("/healthz")
async def healthz(request: Request) -> JSONResponse:
    gateway: Gateway = request.app.state.gateway
    if not gateway.connected:
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


@router.websocket("/ws/jobs/{job_id}")
async def job_events(websocket: WebSocket, job_id: str) -> None:
    """Replay the job's events after ``after``, then tail live; 1000 after the terminal one.

    The client may send ``{"type": "cancel"}`` to ask the job to stop, and
    ``{"type": "dismiss", "finding": "<id>"}`` to dismiss one finding.
    """
    gateway: Gateway = websocket.app.state.gateway
    # Accept first: a browser only learns a close code from an open socket.
    await websocket.accept()
    client = websocket.client.host if websocket.client else "unknown"
    try:
        # Counted before the token is checked: a flood must not cost a lookup each.
        with gateway.clients.admit(client):
            await _serve(websocket, gateway, job_id)
    except LimitReached as reached:
        await close(websocket, TooManyConnections(reached.limit), gateway.settings.close_timeout_s)


async def _serve(websocket: WebSocket, gateway: Gateway, job_id: str) -> None:
    settings = gateway.settings
    try:
        access.check_origin(websocket.headers.get("origin"), settings.origins)
        await access.authorize(gateway.job_log, job_id, websocket.query_params.get("token"))
        after = access.parse_after(websocket.query_params.get("after"))
    except Refused as refusal:
        await close(websocket, refusal, settings.close_timeout_s)
        return
    CONNECTIONS_OPEN.inc()
    try:
        # Registered before the replay starts: the handover's proof depends on this order.
        with gateway.hub.watch(job_id, settings.queue_size) as watcher:
            outcome = await relay(
                websocket,
                follow(gateway.job_log, watcher, after=after),
                stalled=watcher.stalled,
                max_client_frame_bytes=settings.max_client_frame_bytes,
                act=lambda message: _act(gateway, job_id, message),
            )
    finally:
        CONNECTIONS_OPEN.dec()
    # Closed after leaving the hub, so a client that stopped reading holds no watcher.
    if outcome is not None:
        await close(websocket, outcome, settings.close_timeout_s)


async def _act(gateway: Gateway, job_id: str, message: ClientMessage) -> None:
    """A client's request, recorded in the job's log like the upload API records it."""
    if message.type == "cancel":
        await owner_requests.request_cancel(gateway.job_log, job_id)
    elif message.type == "dismiss" and message.finding is not None:
        with contextlib.suppress(owner_requests.UnknownFinding):  # nothing to dismiss
            await owner_requests.dismiss_finding(gateway.job_log, job_id, message.finding)
