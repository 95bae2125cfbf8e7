"""Fixtures for the processor: jobs put on the real stream, a processor running in-process."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from nats.aio.client import Client
from nats.js import JetStreamContext

from contracts.events import AnyEvent, JobCreated, decode_event, is_terminal
from contracts.subjects import UPLOADS_BUCKET, job_subjects
from contracts.tokens import hash_token, new_job_id, new_token
from joblog import JobLog
from korrektur.natsserver import NatsServer
from servicekit.docx_scan import DocxRejected, Limits, scan_docx
from services.processor.service import run
from services.processor.settings import Settings
from tests.processor.helpers import SubmitJob, WaitForEnd


@pytest.fixture
def settings(nats_server: NatsServer) -> Settings:
    return Settings(
        nats_url=nats_server.url,
        progress_interval_s=0.05,
        retry_delay_s=0.2,
        worker_id="test-processor",
    )


@pytest.fixture
async def processor(settings: Settings, nats_client: Client) -> AsyncIterator[Settings]:
    """A processor serving jobs in this event loop for the duration of a test."""
    stop = asyncio.Event()
    task = asyncio.create_task(run(settings, stop))
    yield settings
    stop.set()
    await asyncio.wait_for(task, timeout=30)


@pytest.fixture
def submit_job(js: JetStreamContext, job_log: JobLog) -> SubmitJob:
    """Store an upload and append its job_created, as the upload service does."""

    async def submit(data: bytes, filename: str = "thesis.docx", **fields: object) -> JobCreated:
        job_id = new_job_id()
        store = await js.object_store(UPLOADS_BUCKET)
        await store.put(job_id, data)
        created = JobCreated(
            job_id=job_id,
            filename=filename,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            token_sha256=hash_token(new_token()),
            **{"text_bytes": text_bytes(data), **fields},  # type: ignore[arg-type]
        )
        await job_log.append(created)
        return created

    return submit


def text_bytes(data: bytes) -> int:
    """What the upload service measures of a document at validation; 0 for a broken one."""
    try:
        return scan_docx(data, Limits())
    except DocxRejected:
        return 0


# How long to wait before reading a job's log again while the stream catches up.
_STREAM_CATCH_UP_S = 0.02


def _ended(events: list[AnyEvent]) -> bool:
    return any(is_terminal(event) for event in events)


@pytest.fixture
def wait_for_end(nats_client: Client, job_log: JobLog) -> WaitForEnd:
    """Every event of a job once its terminal event is in the log (waits on the events themselves)."""

    async def wait(job_id: str, timeout: float = 60) -> list[AnyEvent]:
        subscription = await nats_client.subscribe(job_subjects(job_id))
        try:
            async with asyncio.timeout(timeout):
                if not _ended(await job_log.events(job_id)):
                    async for message in subscription.messages:
                        if is_terminal(decode_event(message.data)):
                            break
                # A subscriber may see the terminal event a moment before the stream has
                # stored it: read the log until it holds the terminal event too.
                while not _ended(events := await job_log.events(job_id)):
                    await asyncio.sleep(_STREAM_CATCH_UP_S)
                return events
        finally:
            await subscription.unsubscribe()

    return wait


@pytest.fixture(scope="session")
def planted(corpus: Path) -> bytes:
    return (corpus / "planted-de.docx").read_bytes()
