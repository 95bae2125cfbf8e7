"""The live feed starts at the stream's end and its start survives nats.py's consumer resets."""

from __future__ import annotations

import asyncio

from nats.js import JetStreamContext

from contracts.events import JobCreated
from contracts.subjects import ALL_EVENTS, STREAM
from contracts.tokens import new_job_id
from joblog import JobLog, provision
from joblog.live_feed import LiveFeed, seed_ordered_start


def created(job_id: str) -> JobCreated:
    return JobCreated(job_id=job_id, filename="t.docx", size=1, sha256="0", token_sha256="0")


async def test_the_feed_sees_only_what_is_stored_after_it_started(js: JetStreamContext) -> None:
    await provision(js)
    log = JobLog(js)
    before = new_job_id()
    await log.append(created(before))
    seen: list[tuple[str, int]] = []
    arrived = asyncio.Event()

    async def on_event(subject: str, seq: int, _data: bytes) -> None:
        seen.append((subject, seq))
        arrived.set()

    feed = LiveFeed(js, on_event)
    start = await feed.start()
    after = new_job_id()
    seq = await log.append(created(after))
    await asyncio.wait_for(arrived.wait(), timeout=5)
    await feed.stop()
    assert seq > start and seen == [(f"jobs.{after}.job_created", seq)]


async def test_the_ordered_consumer_state_the_feed_seeds_is_still_where_it_was(
    js: JetStreamContext,
) -> None:
    # seed_ordered_start writes nats.py's private state; if an upgrade moves it, this fails.
    await provision(js)

    async def ignore(_message: object) -> None:
        return None

    subscription = await js.subscribe(ALL_EVENTS, stream=STREAM, cb=ignore, ordered_consumer=True)
    try:
        assert seed_ordered_start(subscription, 0)
    finally:
        await subscription.unsubscribe()
