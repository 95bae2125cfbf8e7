"""Fixtures shared by every test: a real nats-server, the running stack, sample documents."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from nats.aio.client import Client
from nats.js import JetStreamContext

from joblog import JobLog, connect, provision
from korrektur.natsserver import NatsServer
from korrektur.stack import Stack
from korrektur.stackconfig import StackSettings
from tests.samples.build import build_samples


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
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample documents (``tests/samples``), built once per session into a temporary folder."""
    return build_samples(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The real product as subprocesses (three services and the proxy), on a free port.

    It gets a nats-server of its own rather than the session one: other tests run
    processors on the shared durable consumer and create jobs of their own, and
    the two would take each other's work. KORREKTUR_NATS_URL is set, so the stack
    starts no server itself, exactly like ``make run`` with an external NATS.
    """
    root = tmp_path_factory.mktemp("stack")
    # Its own folder for uploads being checked, so a test can see that none is left behind.
    upload_tmp = root / "upload-tmp"
    upload_tmp.mkdir()
    with NatsServer(store_dir=root / "nats", log_file=root / "nats.log") as nats:
        # One processor, so pausing it freezes any job (tests that kill processors start their own).
        settings = StackSettings(
            http_port=0, nats_url=nats.url, data_dir=root / "data", processors=1, metrics_port=0
        )
        env = {"KORREKTUR_UPLOAD_TMP_DIR": str(upload_tmp)}
        with Stack(settings, log_dir=root / "logs", env=env) as running:
            yield running
