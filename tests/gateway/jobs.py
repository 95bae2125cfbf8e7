"""A job as the upload service leaves it, for the gateway's tests and its benchmark."""

from __future__ import annotations

from contracts.events import JobCreated
from contracts.tokens import hash_token, new_job_id, new_token
from joblog import JobLog


async def create_job(job_log: JobLog) -> tuple[str, str]:
    """A job_created with the token's hash; returns (job_id, token)."""
    job_id, token = new_job_id(), new_token()
    await job_log.append(
        JobCreated(
            job_id=job_id,
            filename="thesis.docx",
            size=1234,
            sha256="0" * 64,
            token_sha256=hash_token(token),
        )
    )
    return job_id, token
