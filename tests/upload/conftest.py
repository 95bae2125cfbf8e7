"""A real upload service for each test: uvicorn on a free port, the real lifespan, real NATS.

uvicorn rather than ASGITransport, because only a real server streams a request
body to the handler piece by piece, which is what the size cap is about.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
import uvicorn

from korrektur.natsserver import NatsServer
from services.upload.app import create_app
from services.upload.settings import Settings
from tests.upload.helpers import Serve


@pytest.fixture
def upload_tmp(tmp_path: Path) -> Path:
    """Where the service keeps uploads while checking them; tests assert it ends empty."""
    folder = tmp_path / "upload-tmp"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(nats_server: NatsServer, upload_tmp: Path) -> Settings:
    return Settings(nats_url=nats_server.url, tmp_dir=upload_tmp)


@pytest.fixture
def serve(settings: Settings) -> Serve:
    """Start the service with ``settings`` (plus overrides) and hand out a client for it."""

    @asynccontextmanager
    async def running(**overrides: object) -> AsyncIterator[httpx.AsyncClient]:
        app = create_app(replace(settings, **overrides))  # type: ignore[arg-type]
        # A socket that already listens: connections wait in its backlog until
        # uvicorn has run the lifespan, so no test needs to poll for readiness.
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        port = listener.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, lifespan="on", log_level="warning"))
        task = asyncio.create_task(server.serve(sockets=[listener]))
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                yield client
        finally:
            server.should_exit = True
            await task
            listener.close()

    return running


@pytest.fixture
async def client(serve: Serve) -> AsyncIterator[httpx.AsyncClient]:
    async with serve() as running:
        yield running
