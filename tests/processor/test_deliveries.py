"""How one delivery is settled: redelivery of a finished job, exhausted retries, poison messages."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig

from contracts.events import JobCompleted, JobFailed
from contracts.subjects import STREAM, event_subject
from joblog import JobLog
from joblog.job_queue import Delivery
from services.processor.job import JobRunner
from services.processor.settings import Settings
from tests.processor.helpers import SubmitJob, WaitForEnd


@pytest.fixture
async def deliveries(js: JetStreamContext) -> AsyncIterator[object]:
    """A private pull consumer per job, to hand real deliveries to a JobRunner."""
    names: list[str] = []

    async def subscribe(job_id: str):  # type: ignore[no-untyped-def]
        name = f"test-{uuid.uuid4().hex[:8]}"
        names.append(name)
        await js.add_consumer(
            STREAM,
            ConsumerConfig(
                durable_name=name,
                filter_subject=event_subject(job_id, "job_created"),
                ack_policy=AckPolicy.EXPLICIT,
                ack_wait=30,
            ),
        )
        return await js.pull_subscribe_bind(durable=name, stream=STREAM)

    yield subscribe
    for name in names:
        await js.delete_consumer(STREAM, name)


async def test_a_redelivered_finished_job_is_acked_without_new_events(
    processor: Settings,
    nats_client: Client,
    submit_job: SubmitJob,
    wait_for_end: WaitForEnd,
    deliveries,
    js: JetStreamContext,
    job_log: JobLog,
    planted: bytes,
) -> None:
    # Given a job the processor has completed
    job = await submit_job(planted)
    before = await wait_for_end(job.job_id)
    assert isinstance(before[-1], JobCompleted)

    # When its job_created is delivered again
    subscription = await deliveries(job.job_id)
    [message] = await subscription.fetch(1, timeout=5)
    await JobRunner(js, nats_client, processor).handle(Delivery(message))

    # Then it is acknowledged and the log is exactly as it was: one job_completed
    after = await job_log.events(job.job_id)
    assert after == before
    assert sum(isinstance(e, JobCompleted) for e in after) == 1
    info = await subscription.consumer_info()
    assert info.num_ack_pending == 0


async def test_a_job_past_its_attempts_fails_as_retries_exhausted(
    nats_client: Client,
    submit_job: SubmitJob,
    deliveries,
    js: JetStreamContext,
    job_log: JobLog,
    settings: Settings,
    planted: bytes,
) -> None:
    # Given a job whose only allowed attempt was given up (nak'd) by a processor
    job = await submit_job(planted)
    subscription = await deliveries(job.job_id)
    [first] = await subscription.fetch(1, timeout=5)
    await first.nak()

    # When it is delivered once more
    [second] = await subscription.fetch(1, timeout=5)
    assert second.metadata.num_delivered == 2
    runner = JobRunner(js, nats_client, Settings(**{**settings.__dict__, "max_attempts": 1}))
    await runner.handle(Delivery(second))

    # Then the job ends as retries_exhausted, and the delivery is settled
    events = await job_log.events(job.job_id)
    assert isinstance(events[-1], JobFailed) and events[-1].code == "retries_exhausted"
    assert (await subscription.consumer_info()).num_ack_pending == 0


async def test_an_undecodable_job_created_is_terminated_not_retried(
    deliveries, js: JetStreamContext, settings: Settings, nats_client: Client
) -> None:
    job_id = uuid.uuid4().hex
    await js.publish(event_subject(job_id, "job_created"), b"{not json", stream=STREAM)
    subscription = await deliveries(job_id)
    [message] = await subscription.fetch(1, timeout=5)
    await JobRunner(js, nats_client, settings).handle(Delivery(message))
    await nats_client.flush()  # term() is fire-and-forget; the flush round-trip ensures it arrived
    # The server applies an acknowledgement to the consumer's state on its own time.
    for _ in range(50):
        info = await subscription.consumer_info()
        if info.num_ack_pending == 0:
            break
        await asyncio.sleep(0.1)
    assert info.num_ack_pending == 0 and info.num_redelivered == 0


async def test_a_missing_upload_fails_with_its_own_code(
    processor: Settings,
    job_log: JobLog,
    wait_for_end: WaitForEnd,
    js: JetStreamContext,
    planted: bytes,
    submit_job: SubmitJob,
) -> None:
    job = await submit_job(planted)
    # The upload disappears (retention, deletion) before the processor reads it: simulated by a job
    # whose object was never stored.
    from contracts.events import JobCreated

    orphan = JobCreated(
        job_id=uuid.uuid4().hex,
        filename="weg.docx",
        size=10,
        sha256="0" * 64,
        token_sha256="0" * 64,
    )
    await job_log.append(orphan)
    failed = (await wait_for_end(orphan.job_id))[-1]
    assert isinstance(failed, JobFailed) and (failed.code, failed.stage) == (
        "upload_missing",
        "parsing",
    )
    assert isinstance((await wait_for_end(job.job_id))[-1], JobCompleted)
