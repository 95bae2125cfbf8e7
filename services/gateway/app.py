"""The gateway's ASGI app, wired in a factory so tests and ``__main__`` build the same thing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from joblog import JobLog, connect, provision
from services.gateway.deps import Gateway
from services.gateway.hub import Hub
from services.gateway.routes import router
from services.gateway.settings import Settings


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        nats = await connect(settings.nats_url, "gateway")
        js = nats.jetstream()
        await provision(js, replicas=settings.replicas, retention_s=settings.retention_s)
        hub = Hub(js)
        # The hub listens before the first connection is accepted: the handover relies on it.
        await hub.start()
        app.state.gateway = Gateway(
            settings=settings,
            is_connected=lambda: nats.is_connected,
            job_log=JobLog(js),
            hub=hub,
        )
        try:
            yield
        finally:
            await hub.stop()
            await nats.drain()

    app = FastAPI(title="Korrektur gateway", lifespan=lifespan)
    app.include_router(router)
    return app
