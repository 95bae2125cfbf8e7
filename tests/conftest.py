"""Fixtures shared by every test: a real nats-server for the session, sample documents."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from nats.aio.client import Client
from nats.js import JetStreamContext

from joblog import JobLog, connect, provision
from korrektur.natsserver import NatsServer

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nats_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NatsServer]:
    """A real nats-server with JetStream on a free port and a temporary store."""
    store = tmp_path_factory.mktemp("nats-store")
    with NatsServer(store_dir=store, log_file=store / "nats.log") as server:
        yield server


@pytest.fixture
async def nats_client(nats_server: NatsServer) -> AsyncIterator[Client]:
    client = await connect(nats_server.url, "test")
    await provision(client.jetstream())
    yield client
    await client.drain()


@pytest.fixture
def js(nats_client: Client) -> JetStreamContext:
    return nats_client.jetstream()


@pytest.fixture
def job_log(js: JetStreamContext) -> JobLog:
    return JobLog(js)


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"Expected the sample theses in {CORPUS}, but the folder is missing")
    return CORPUS
