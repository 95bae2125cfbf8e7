"""The gateway fixture: a real gateway on a free port, on the session's real nats-server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from joblog import JobLog
from korrektur.natsserver import NatsServer
from tests.gateway.helpers import RunningGateway, running_gateway


@pytest.fixture
async def gateway(nats_server: NatsServer, job_log: JobLog) -> AsyncIterator[RunningGateway]:
    # job_log first: it provisions the stream the gateway's hub subscribes to.
    async with running_gateway(nats_server.url) as running:
        yield running
