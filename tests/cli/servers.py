"""Running tiny inline ASGI apps under a real uvicorn, for testing the proxy and the client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn

from korrektur.natsserver import free_port


@asynccontextmanager
async def serve(app: Any) -> AsyncIterator[int]:
    """Serve ``app`` on a free loopback port for the duration of the block; yields the port."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan="on",
            proxy_headers=False,
        )
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("Expected uvicorn to start, but it stopped")
        await asyncio.sleep(0.01)
    try:
        yield port
    finally:
        server.should_exit = True
        await task
