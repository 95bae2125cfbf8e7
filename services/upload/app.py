"""Wiring the upload service: the app factory and its lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from joblog import JobLog, connect, disconnect, provision
from joblog.files import JobFiles
from services.upload.deps import Services
from services.upload.error_handlers import install_error_handlers
from services.upload.openapi_docs import install_openapi
from services.upload.page_assets import PageAssets
from services.upload.routes import config, health, jobs, page
from services.upload.security_headers import SecurityHeaders
from services.upload.settings import Settings

DESCRIPTION = (
    "Upload a thesis (.docx), follow its check, and download it back with Word comments. "
    "Every job endpoint needs the job's token: `Authorization: Bearer <token>` or `?token=`."
)


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        client = await connect(settings.nats_url, "korrektur-upload")
        try:
            js = client.jetstream()
            await provision(js, replicas=settings.replicas, retention_s=settings.retention_s)
            app.state.services = Services(
                settings=settings,
                connected=lambda: client.is_connected,
                log=JobLog(js),
                files=JobFiles(js),
            )
            yield
        finally:
            await disconnect(client)

    # Swagger UI's assets come from the fastapi-offline package, not a CDN.
    app = FastAPIOffline(
        title="Korrektur upload API",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        redoc_url=None,
        static_url="/docs/static",
    )
    app.include_router(jobs.router)
    app.include_router(config.router)
    app.include_router(health.router)
    app.include_router(page.router)
    app.state.page_assets = PageAssets.load()
    install_error_handlers(app)
    install_openapi(app)
    app.add_middleware(SecurityHeaders)
    return app
