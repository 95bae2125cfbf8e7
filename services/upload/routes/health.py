"""Liveness for orchestrators and the dev stack: ok once NATS is connected."""

from __future__ import annotations

from fastapi import APIRouter

from services.upload.deps import ServicesDep
from services.upload.errors import Unavailable

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Ready to take uploads")
async def healthz(services: ServicesDep) -> dict[str, str]:
    if not services.connected():
        raise Unavailable()
    return {"status": "ok"}
