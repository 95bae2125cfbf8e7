"""An owner deletes a finished job: its files go at once, its log is erased, and it is as if it never was."""

from __future__ import annotations

import httpx
from nats.aio.client import Client
from nats.js.errors import NotFoundError, ObjectDeletedError

from contracts.subjects import RESULTS_BUCKET, STREAM, UPLOADS_BUCKET, job_subjects
from contracts.tokens import new_job_id
from korrektur.stack import Stack
from tests.e2e.client import watch
from tests.security.helpers import assert_completes, owner_headers, record, upload_job


async def answers(stack: Stack, job_id: str, token: str) -> list[tuple[int, bytes]]:
    """What every job endpoint says to ``token`` about ``job_id``."""
    headers = {"Authorization": f"Bearer {token}"}
    base = f"/api/jobs/{job_id}"
    async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
        responses = [
            await client.get(base, headers=headers),
            await client.get(f"{base}/events", headers=headers),
            await client.get(f"{base}/result", headers=headers),
            await client.delete(base, headers=headers),
        ]
    return [(response.status_code, response.content) for response in responses]


async def object_exists(client: Client, bucket: str, name: str) -> bool:
    store = await client.jetstream().object_store(bucket)
    try:
        await store.get_info(name)
    except (NotFoundError, ObjectDeletedError):
        return False
    return True


async def test_deleting_a_finished_job_erases_it(
    stack: Stack, stack_nats: Client, small_thesis: bytes
) -> None:
    job = await upload_job(stack, small_thesis)
    await assert_completes(stack, job)
    job_id, token = job["job_id"], job["token"]
    assert await object_exists(stack_nats, UPLOADS_BUCKET, job_id)
    assert await object_exists(stack_nats, RESULTS_BUCKET, job_id)

    async with httpx.AsyncClient(base_url=stack.url, trust_env=False) as client:
        deleted = await client.delete(job["status_url"], headers=owner_headers(job))

    assert deleted.status_code == 204
    # The files are gone at once, and so is every event of the job.
    assert not await object_exists(stack_nats, UPLOADS_BUCKET, job_id)
    assert not await object_exists(stack_nats, RESULTS_BUCKET, job_id)
    info = await stack_nats.jetstream().stream_info(STREAM, subjects_filter=job_subjects(job_id))
    assert not info.state.subjects
    # Every endpoint now answers exactly as for a job that never existed.
    assert await answers(stack, job_id, token) == await answers(stack, new_job_id(), token)
    gone = await watch(stack.url, job["events_url"], query=f"token={token}")
    never = await watch(stack.url, f"/ws/jobs/{new_job_id()}", query=f"token={token}")
    assert (gone.frames, gone.close_code, gone.close_reason) == (
        never.frames,
        never.close_code,
        never.close_reason,
    )
    record(
        "access",
        "delete a finished job",
        {
            "status": 204,
            "files_left": 0,
            "events_left": 0,
            "then_every_endpoint": "as unknown (404, WS 4403)",
        },
    )
    # Other jobs are untouched.
    await assert_completes(stack, await upload_job(stack, small_thesis))
