"""Serving the gateway with uvicorn, configured once for ``__main__``, tests and the bench."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from servicekit.logs import uvicorn_log_config
from servicekit.metrics import serve_metrics
from services.gateway.app import create_app
from services.gateway.errors import GatewayError
from services.gateway.settings import Settings


def uvicorn_config(
    settings: Settings, *, app: FastAPI | None = None, log_level: str = "info"
) -> uvicorn.Config:
    """Pings clean up dead connections; a small max size because clients send nothing big."""
    return uvicorn.Config(
        app if app is not None else create_app(settings),
        host=settings.host,
        port=settings.port,
        lifespan="on",
        ws_ping_interval=settings.ping_interval_s,
        ws_ping_timeout=settings.ping_timeout_s,
        ws_max_size=settings.ws_max_size,
        # The client address (for the per-client limit) comes from X-Forwarded-For,
        # but only when a trusted proxy set it; anyone else is counted as themselves.
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        log_level=log_level,
        log_config=uvicorn_log_config(),
    )


def run(settings: Settings) -> None:
    serve_metrics(default_port=9102)
    uvicorn.Server(uvicorn_config(settings)).run()


@asynccontextmanager
async def serving(settings: Settings, *, startup_timeout_s: float = 20.0) -> AsyncIterator[FastAPI]:
    """Run the gateway inside the current event loop (tests, bench) until the block ends."""
    app = create_app(settings)
    config = uvicorn_config(settings, app=app, log_level="warning")
    config.timeout_graceful_shutdown = 5
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    deadline = asyncio.get_running_loop().time() + startup_timeout_s
    while not server.started:
        if task.done() or asyncio.get_running_loop().time() > deadline:
            server.should_exit = True
            await task
            raise GatewayError(
                f"Expected the gateway to listen on port {settings.port}, but it did not start"
            )
        await asyncio.sleep(0.02)
    try:
        yield app
    finally:
        server.should_exit = True
        await task
