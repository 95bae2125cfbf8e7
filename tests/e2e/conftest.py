"""One real job on the planted thesis, watched live from upload to download, shared by the e2e tests."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from contracts.events import Frame
from korrektur.stack import Stack
from tests.e2e.client import watch


@dataclass(frozen=True)
class FinishedJob:
    job_id: str
    token: str
    urls: dict[str, str]
    live: list[Frame]
    close_code: int | None
    result: httpx.Response


async def run_job(base: str, document: Path) -> FinishedJob:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        created = await client.post(
            "/api/jobs", files={"file": (document.name, document.read_bytes())}
        )
        assert created.status_code == 201, created.text
        body = created.json()
        # Watch right away: what arrives is whatever replay there is, then the live tail.
        watched = await watch(base, body["events_url"], query=f"token={body['token']}")
        result = await client.get(
            body["result_url"], headers={"Authorization": f"Bearer {body['token']}"}
        )
    return FinishedJob(
        job_id=body["job_id"],
        token=body["token"],
        urls={key: body[key] for key in ("status_url", "events_url", "result_url")},
        live=watched.frames,
        close_code=watched.close_code,
        result=result,
    )


@pytest.fixture(scope="session")
def planted_job(stack: Stack, corpus: Path) -> FinishedJob:
    return asyncio.run(run_job(stack.url, corpus / "planted-de.docx"))
