"""Putting jobs on the log as the upload service does, and reading what the log says about them."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from typing import Self

from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import ConsumerInfo

from contracts.events import AnyEvent, Frame, JobCreated, ProgressUpdate, decode_event
from contracts.state import fold
from contracts.subjects import PROCESSOR_CONSUMER, STREAM, UPLOADS_BUCKET, job_subjects
from contracts.tokens import hash_token, new_job_id, new_token
from joblog import JobLog

# A safety net so a broken fault path fails a test instead of hanging it; never a measurement.
LIMIT_S = 90.0


async def submit(
    js: JetStreamContext, data: bytes, filename: str = "thesis.docx"
) -> tuple[str, str]:
    """Store the upload, then append job_created; returns (job_id, token)."""
    job_id, token = new_job_id(), new_token()
    await (await js.object_store(UPLOADS_BUCKET)).put(job_id, data)
    await JobLog(js).append(
        JobCreated(
            job_id=job_id,
            filename=filename,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            token_sha256=hash_token(token),
            language="de",
        )
    )
    return job_id, token


async def logged_frames(job_log: JobLog, job_id: str) -> list[Frame]:
    return [frame async for frame in job_log.read(job_id)]


class EventTap:
    """Every event stored under ``subject`` as it is stored (a plain core subscription).

    Subscribed before the job is created, so a test can act at an exact moment
    of a job (``stage_started analyzing``) without guessing when it comes. It
    sees a publish as the server routes it, which can be a moment before the
    stream has stored it (or even one the stream refused), so it triggers
    actions; what the log holds is read from the log.
    """

    def __init__(self, client: Client, subject: str = "jobs.>") -> None:
        self._client = client
        self._subject = subject
        self._seen: list[AnyEvent] = []
        self._changed = asyncio.Condition()

    async def __aenter__(self) -> Self:
        self._subscription = await self._client.subscribe(self._subject, cb=self._on_message)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self._subscription.unsubscribe()

    @property
    def seen(self) -> list[AnyEvent]:
        return list(self._seen)

    async def _on_message(self, message: object) -> None:
        event = decode_event(message.data)  # type: ignore[attr-defined]
        async with self._changed:
            self._seen.append(event)
            self._changed.notify_all()

    async def wait_for(
        self, matches: Callable[[AnyEvent], bool], *, count: int = 1, limit_s: float = LIMIT_S
    ) -> AnyEvent:
        """The ``count``-th event that ``matches`` (waiting for it if it has not come yet)."""
        async with asyncio.timeout(limit_s), self._changed:
            while True:
                found = [event for event in self._seen if matches(event)]
                if len(found) >= count:
                    return found[count - 1]
                await self._changed.wait()


async def until_idle(js: JetStreamContext) -> ConsumerInfo:
    """Until the processors' durable holds nothing pending or unacknowledged; its final info."""
    async with asyncio.timeout(LIMIT_S):
        while True:
            info = await js.consumer_info(STREAM, PROCESSOR_CONSUMER)
            if info.num_pending == 0 and info.num_ack_pending == 0:
                return info
            await asyncio.sleep(0.1)


def progress_never_goes_back(frames: list[Frame]) -> bool:
    """Both what a client reads in each update and what it folds must be non-decreasing."""
    shown = [f.event.progress for f in frames if isinstance(f.event, ProgressUpdate)]
    folded: list[float] = []
    state = fold([])
    for frame in frames:
        state = fold([frame.event], state)
        folded.append(state.progress)
    return shown == sorted(shown) and folded == sorted(folded)


def job_subject(job_id: str) -> str:
    return job_subjects(job_id)
