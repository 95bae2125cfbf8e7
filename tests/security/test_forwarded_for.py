"""The gateway counts connections per client address, and only a trusted proxy may name that address.

A client that talks to the gateway directly cannot dodge the limit by sending
a different ``X-Forwarded-For`` each time; behind the trusted proxy (loopback
here), the forwarded address is the one that counts.
"""

from __future__ import annotations

from contextlib import AsyncExitStack

from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from joblog import JobLog
from korrektur.natsserver import NatsServer
from tests.gateway.helpers import running_gateway
from tests.gateway.jobs import create_job
from tests.security.helpers import record

LIMIT = 2


async def admitted(url: str, source: str, forwarded: list[str]) -> list[int | None]:
    """For each connection (held open together): None if admitted, else its close code."""
    outcomes: list[int | None] = []
    async with AsyncExitStack() as held:
        for address in forwarded:
            websocket = await held.enter_async_context(
                ws_connect(
                    url,
                    proxy=None,
                    local_addr=(source, 0),
                    additional_headers={"X-Forwarded-For": address},
                )
            )
            try:
                await websocket.recv()
                outcomes.append(None)
            except ConnectionClosed:
                outcomes.append(websocket.close_code)
    return outcomes


async def test_only_a_trusted_proxy_names_the_client(
    nats_server: NatsServer, job_log: JobLog
) -> None:
    job_id, token = await create_job(job_log)
    spoofed = [f"10.0.0.{n}" for n in range(1, LIMIT + 2)]

    async with running_gateway(
        nats_server.url, max_connections_per_client=LIMIT, forwarded_allow_ips="127.0.0.1"
    ) as gateway:
        url = gateway.url(job_id, token)
        # 127.0.0.6 is no trusted proxy: its X-Forwarded-For is ignored, all count as one client.
        direct = await admitted(url, "127.0.0.6", spoofed)
        # 127.0.0.1 is the trusted proxy: each forwarded address is its own client.
        proxied = await admitted(url, "127.0.0.1", spoofed)

    record("access", "X-Forwarded-For trust", {"untrusted_peer": direct, "trusted_proxy": proxied})
    assert direct == [None] * LIMIT + [4429]
    assert proxied == [None] * (LIMIT + 1)
