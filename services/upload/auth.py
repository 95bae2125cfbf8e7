"""Proving ownership of a job: the token, checked against the hash in ``job_created``.

A wrong token, an unknown job and a malformed id all get the same 404, so the
API never tells a stranger whether a job exists.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from contracts.events import JobCreated
from contracts.tokens import is_job_id, owns
from services.upload.deps import ServicesDep
from services.upload.errors import NotFound, TokenRequired


def presented_token(request: Request, token: str | None = None) -> str | None:
    """The bearer token from the Authorization header, else from ``?token=``."""
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return token or None


async def authorize_job(
    job_id: str,
    request: Request,
    services: ServicesDep,
    token: Annotated[
        str | None, Query(description="The job token, if not sent as `Authorization: Bearer`.")
    ] = None,
) -> JobCreated:
    """The job's ``job_created`` event, once the presented token is proven to own it."""
    presented = presented_token(request, token)
    if presented is None:
        raise TokenRequired()
    created = await services.log.created(job_id) if is_job_id(job_id) else None
    if not owns(presented, created) or created is None:
        raise NotFound()
    return created


OwnedJob = Annotated[JobCreated, Depends(authorize_job)]
