"""Who may watch a job: checked before the first event is sent.

An unknown job and a wrong token are refused alike (4403), so the gateway
never tells a stranger whether a job id exists.
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection

from contracts.events import Frame, JobCreated
from contracts.tokens import is_job_id, owns
from services.gateway.errors import FORBIDDEN, POLICY_VIOLATION, UNAUTHORIZED, Refused


def check_origin(origin: str | None, allowed: Collection[str]) -> None:
    """Browsers always send Origin; a missing one is a non-browser client (the CLI)."""
    if origin is None or "*" in allowed or origin.rstrip("/") in allowed:
        return
    raise Refused(FORBIDDEN, "origin not allowed")


def check_request(job_id: str, token: str | None) -> str:
    """The token, if the request can be asked about at all: one given, a well-formed job id."""
    if not token:
        raise Refused(UNAUTHORIZED, "token required")
    if not is_job_id(job_id):
        raise Refused(FORBIDDEN, "forbidden")
    return token


def check_owner(token: str, creation: Frame | None) -> None:
    """Whether ``token`` is the one the job was created with (no job: refused alike)."""
    created = creation.event if creation is not None else None
    if not isinstance(created, JobCreated) or not owns(token, created):
        raise Refused(FORBIDDEN, "forbidden")


def parse_after(raw: str | None) -> int:
    """The last sequence the client already has; 0 (everything) when absent."""
    if raw is None or raw == "":
        return 0
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 20):
        raise Refused(
            POLICY_VIOLATION, f"Expected after to be a non-negative integer, but got {raw[:32]!r}"
        )
    return int(raw)


def query_of(path: str) -> dict[str, str]:
    """The request's query parameters, the first value of each."""
    return {key: values[0] for key, values in parse_qs(urlsplit(path).query).items()}


def client_address(websocket: ServerConnection, trusted_proxies: Collection[str]) -> str:
    """Who the client is, for the per-client limit.

    Behind a trusted proxy (the dev proxy on 127.0.0.1) the last address in
    ``X-Forwarded-For`` is the client; from anyone else the peer itself is,
    so a client cannot spread itself over invented addresses.
    """
    peer = websocket.remote_address[0] if websocket.remote_address else "unknown"
    forwarded = websocket.request.headers.get("X-Forwarded-For") if websocket.request else None
    if forwarded and ("*" in trusted_proxies or peer in trusted_proxies):
        return forwarded.split(",")[-1].strip() or peer
    return str(peer)
