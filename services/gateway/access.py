"""Who may watch a job: checked before the first event is sent.

An unknown job and a wrong token are refused alike (4403), so the gateway
never tells a stranger whether a job id exists.
"""

from __future__ import annotations

from collections.abc import Collection

from contracts.tokens import is_job_id, owns
from joblog import JobLog
from services.gateway.errors import FORBIDDEN, POLICY_VIOLATION, UNAUTHORIZED, Refused


def check_origin(origin: str | None, allowed: Collection[str]) -> None:
    """Browsers always send Origin; a missing one is a non-browser client (the CLI)."""
    if origin is None or "*" in allowed or origin.rstrip("/") in allowed:
        return
    raise Refused(FORBIDDEN, "origin not allowed")


async def authorize(job_log: JobLog, job_id: str, token: str | None) -> None:
    if not token:
        raise Refused(UNAUTHORIZED, "token required")
    if not is_job_id(job_id):
        raise Refused(FORBIDDEN, "forbidden")
    created = await job_log.created(job_id)
    if not owns(token, created):
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
