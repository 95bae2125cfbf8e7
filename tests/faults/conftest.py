"""Fixtures for fault tests: a nats-server of the test's own, services as killable processes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from nats.aio.client import Client

from joblog import JobLog, connect, provision
from korrektur.natsserver import NatsServer
from tests.faults.documents import thesis
from tests.faults.processes import Services

# Analyzing this many paragraphs lasts about a second: long enough to be hit mid-stage.
BIG_PARAGRAPHS = 1500


@pytest.fixture
def nats(tmp_path: Path) -> Iterator[NatsServer]:
    """Each fault test breaks its own server (and owns the shared processor durable on it)."""
    with NatsServer(store_dir=tmp_path / "nats", log_file=tmp_path / "nats.log") as server:
        yield server


@pytest.fixture
async def client(nats: NatsServer) -> AsyncIterator[Client]:
    connection = await connect(nats.url, "fault-test")
    await provision(connection.jetstream())
    yield connection
    await connection.close()


@pytest.fixture
def job_log(client: Client) -> JobLog:
    return JobLog(client.jetstream())


@pytest.fixture
def services(nats: NatsServer, tmp_path: Path) -> Iterator[Services]:
    running = Services(nats.url, tmp_path / "logs")
    yield running
    running.stop()


@pytest.fixture(scope="session")
def big_thesis(corpus: Path) -> bytes:
    return thesis(corpus / "source-de.txt", BIG_PARAGRAPHS)
