"""A watcher that stops answering pings is dropped; one that answers stays."""

from __future__ import annotations

import asyncio
import base64
import os

from websockets.asyncio.client import connect as ws_connect

from joblog import JobLog
from korrektur.natsserver import NatsServer
from tests.gateway.helpers import running_gateway
from tests.gateway.jobs import create_job


async def test_a_silent_client_is_dropped_and_a_live_one_kept(
    nats_server: NatsServer, job_log: JobLog
) -> None:
    async with running_gateway(nats_server.url, ping_interval_s=0.2, ping_timeout_s=0.3) as gateway:
        job_id, token = await create_job(job_log)
        # Given a client that answers pings (websockets does) and one that completed
        # the handshake by hand and then never reads or writes again
        async with ws_connect(gateway.url(job_id, token)) as live:
            await asyncio.wait_for(live.recv(), 10)
            reader, writer = await asyncio.open_connection("127.0.0.1", gateway.settings.port)
            key = base64.b64encode(os.urandom(16)).decode()
            path = gateway.url(job_id, token).split(str(gateway.settings.port), 1)[1]
            writer.write(
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n".encode()
            )
            assert b" 101 " in await asyncio.wait_for(reader.readline(), 10)
            async with asyncio.timeout(10):
                while gateway.hub.watcher_count < 2:
                    await asyncio.sleep(0.05)

            # When several ping intervals and the timeout pass
            async with asyncio.timeout(10):
                while gateway.hub.watcher_count > 1:
                    await asyncio.sleep(0.05)

            # Then the silent one was dropped (its socket ends) and the live one still works
            async with asyncio.timeout(10):
                while await reader.read(65536):
                    pass
            writer.close()
            assert gateway.hub.watcher_count == 1
            await live.ping()
