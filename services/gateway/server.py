"""Serving the gateway with ``websockets``' own server, for ``__main__``, tests and the bench.

The gateway speaks WebSocket on ``/ws/jobs/<id>`` and answers ``/healthz``;
nothing else. ``websockets`` does both with a fraction of an ASGI stack's
memory per connection, no compression (events are small, and a deflate
context costs tens of kilobytes per socket) and no ping task per connection
(:mod:`services.gateway.keepalive` pings them all from one).
"""

from __future__ import annotations

import asyncio
import json
import logging
import logging.config
import re
import resource
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from typing import cast
from urllib.parse import urlsplit

import uvloop
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from joblog import JobLog, connect, disconnect, provision
from servicekit.logs import plain_log_config
from servicekit.metrics import serve_metrics
from services.gateway import connection
from services.gateway.collector import Collector
from services.gateway.deps import Gateway
from services.gateway.errors import GatewayError
from services.gateway.hub import Hub
from services.gateway.keepalive import Keepalive
from services.gateway.live_socket import LiveSocket
from services.gateway.settings import Settings

log = logging.getLogger(__name__)

_JOB_PATH = re.compile(r"/ws/jobs/([^/]+)")
_BACKLOG = 4096


def run(settings: Settings) -> None:
    logging.config.dictConfig(plain_log_config())
    _allow_many_sockets()
    serve_metrics(default_port=9102)
    # uvloop, as uvicorn would choose: sockets, timers and callbacks cost about half.
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(_serve_until_stopped(settings))


def _allow_many_sockets() -> None:
    """Raise the open-file limit to what the system allows: every watcher is a socket.

    The usual soft limit of 1,024 would refuse watchers long before memory or CPU run out.
    """
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def _serve_until_stopped(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with serving(settings):
        log.info("gateway: listening on %s:%d", settings.host, settings.port)
        await stop.wait()
    log.info("gateway: stopped")


@asynccontextmanager
async def serving(settings: Settings) -> AsyncIterator[Gateway]:
    """Run the gateway in the current event loop until the block ends."""
    nats = await connect(settings.nats_url, "gateway")
    try:
        js = nats.jetstream()
        await provision(js, replicas=settings.replicas, retention_s=settings.retention_s)
        hub = Hub(js)
        # The hub listens before the first connection is accepted: the handover relies on it.
        await hub.start()
        gateway = Gateway(
            settings=settings,
            is_connected=lambda: nats.is_connected,
            job_log=JobLog(js, single_replica=settings.replicas == 1),
            hub=hub,
        )
        keepalive = Keepalive(settings.ping_interval_s, settings.ping_timeout_s)
        collector = Collector()

        async def handle(opened: ServerConnection) -> None:
            websocket = cast(LiveSocket, opened)  # create_connection=LiveSocket below
            match = _JOB_PATH.fullmatch(urlsplit(_path(websocket)).path)
            if match is None:  # process_request refused it already
                return
            keepalive.add(websocket)
            try:
                await connection.serve(gateway, websocket, match.group(1))
            finally:
                keepalive.discard(websocket)
                collector.closed()

        try:
            server = await serve(
                handle,
                settings.host,
                settings.port,
                process_request=lambda ws, request: _http(gateway, ws, request),
                compression=None,
                ping_interval=None,
                max_size=settings.ws_max_size,
                close_timeout=settings.close_timeout_s,
                create_connection=LiveSocket,
                # A reconnect storm after a restart opens thousands at once; the default
                # backlog of 100 would refuse most of them.
                backlog=_BACKLOG,
            )
        except OSError as error:
            await hub.stop()
            raise GatewayError(
                f"Expected the gateway to listen on port {settings.port}, but: {error}"
            ) from error
        keepalive.start()
        collector.start()
        try:
            yield gateway
        finally:
            collector.stop()
            await keepalive.stop()
            server.close()
            await server.wait_closed()
            await hub.stop()
    finally:
        await disconnect(nats)


def _path(websocket: ServerConnection) -> str:
    return websocket.request.path if websocket.request is not None else ""


def _http(gateway: Gateway, websocket: ServerConnection, request: Request) -> Response | None:
    """Answer what is not a job's WebSocket: ``/healthz``, and 404 for anything else."""
    path = urlsplit(request.path).path
    if path == "/healthz":
        if gateway.connected:
            return _json(HTTPStatus.OK, {"status": "ok"})
        return _json(HTTPStatus.SERVICE_UNAVAILABLE, {"status": "unavailable"})
    if _JOB_PATH.fullmatch(path) is None:
        return _json(HTTPStatus.NOT_FOUND, {"detail": "Not Found"})
    return None


def _json(status: HTTPStatus, body: object) -> Response:
    data = json.dumps(body).encode()
    headers = Headers(
        [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(data))),
            ("Connection", "close"),
        ]
    )
    return Response(status.value, status.phrase, headers, data)
