"""A document that passes the upload checks but breaks the processor fails clearly, at its stage."""

from __future__ import annotations

import httpx

from contracts.events import JobFailed, event_type
from korrektur.stack import Stack
from tests.e2e.client import corrupt_docx, upload, watch


async def test_corrupt_document_ends_in_job_failed_with_stage_and_code(stack: Stack) -> None:
    created = await upload(stack.url, corrupt_docx(), "kaputt.docx")
    assert created.status_code == 201, created.text
    body = created.json()

    watched = await watch(stack.url, body["events_url"], query=f"token={body['token']}")

    failure = watched.frames[-1].event
    assert isinstance(failure, JobFailed), [event_type(frame.event) for frame in watched.frames]
    assert failure.stage == "parsing"
    assert failure.code and failure.message
    assert watched.close_code == 1000
    assert "job_completed" not in [event_type(frame.event) for frame in watched.frames]

    # The result is refused with the reason, and the stack still serves other jobs.
    async with httpx.AsyncClient(base_url=stack.url) as client:
        result = await client.get(
            body["result_url"], headers={"Authorization": f"Bearer {body['token']}"}
        )
        health = await client.get("/healthz")
    assert result.status_code == 409
    assert result.json()["error"]["message"]
    assert health.status_code == 200
