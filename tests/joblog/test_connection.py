"""The connection's log names a lost server, stays quiet when the process closes it, and a
process whose server went first still ends its connection."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from joblog import connect, disconnect
from korrektur.natsserver import NatsServer

_LOST = "disconnected from NATS"


async def test_closing_the_connection_is_not_logged_as_a_lost_server(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with NatsServer(store_dir=tmp_path / "nats") as server:
        client = await connect(server.url, "test-close")
        with caplog.at_level(logging.WARNING, logger="joblog.connection"):
            await client.drain()
    assert _LOST not in caplog.text


async def test_a_server_that_goes_away_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = NatsServer(store_dir=tmp_path / "nats").start()
    client = await connect(server.url, "test-lost")
    with caplog.at_level(logging.WARNING, logger="joblog.connection"):
        server.kill()
        for _ in range(100):  # until the client notices, at most 10 s
            if _LOST in caplog.text:
                break
            await asyncio.sleep(0.1)
    await client.close()
    assert "test-lost: " + _LOST in caplog.text


async def test_a_connection_whose_server_went_first_is_closed_not_left_reconnecting(
    tmp_path: Path,
) -> None:
    # Given a connection whose server was killed, so that it keeps trying to reconnect
    server = NatsServer(store_dir=tmp_path / "nats").start()
    client = await connect(server.url, "test-gone")
    server.kill()
    for _ in range(100):  # until the client notices, at most 10 s
        if client.is_reconnecting:
            break
        await asyncio.sleep(0.1)
    assert client.is_reconnecting
    # When the process ends it (drain() would refuse: the connection is reconnecting)
    await disconnect(client)
    # Then it is closed, and no reconnect attempt is left running
    assert client.is_closed
    await asyncio.sleep(0.1)
    left = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    assert not [task for task in left if "reconnect" in repr(task.get_coro())]
