"""Connecting to NATS the same way from every process."""

from __future__ import annotations

import logging

import nats
import nats.errors
from nats.aio.client import Client
from nats.js import JetStreamContext

# The handles services pass to joblog's functions, named here so they need not import nats.
JetStream = JetStreamContext
Connection = Client

log = logging.getLogger(__name__)

# What a call into NATS raises when the server cannot serve it now (a nats.py error, a
# timeout, a file read cut short): a service answers "try again later", never "crashed".
UNAVAILABLE: tuple[type[Exception], ...] = (nats.errors.Error, TimeoutError)


async def connect(url: str, name: str) -> Client:
    """A connection that keeps reconnecting for as long as the process lives.

    Services must survive a restart of nats-server, so reconnects never give up.
    ``url`` may list several servers separated by commas (a cluster).
    """

    client: Client | None = None

    async def on_disconnect() -> None:
        # close() and drain() end with this call too: only a connection lost while open is news.
        if client is not None and not client.is_closed:
            log.warning("%s: disconnected from NATS", name)

    async def on_reconnect() -> None:
        log.warning("%s: reconnected to NATS", name)

    async def on_error(error: Exception) -> None:
        log.warning("%s: NATS error: %s", name, error)

    client = await nats.connect(
        servers=[server.strip() for server in url.split(",") if server.strip()],
        name=name,
        max_reconnect_attempts=-1,
        reconnect_time_wait=0.5,
        allow_reconnect=True,
        disconnected_cb=on_disconnect,
        reconnected_cb=on_reconnect,
        error_cb=on_error,
    )
    return client


async def disconnect(client: Client) -> None:
    """Drain a connection that is up; close one that is still trying to reconnect.

    A killed stack's nats-server is often gone before its services stop, and then
    drain() refuses. Closing ends the reconnect loop that never gives up; left to
    the event loop's final cancellation, it has kept a processor alive after its
    parent died.
    """
    if client.is_connected:
        await client.drain()
    elif not client.is_closed:
        await client.close()
