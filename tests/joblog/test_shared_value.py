"""A shared KV document: concurrent updates all land, and a missing one reads as empty."""

from __future__ import annotations

import asyncio

import msgspec
from nats.js import JetStreamContext

from contracts.subjects import RATES_BUCKET
from contracts.tokens import new_job_id
from joblog import provision
from joblog.shared_value import SharedValue


class Tally(msgspec.Struct):
    count: int = 0


async def test_concurrent_updates_are_folded_in_not_lost(js: JetStreamContext) -> None:
    await provision(js)
    # Given one document that several writers update at the same time
    shared = SharedValue(js, RATES_BUCKET, f"test-{new_job_id()}", Tally, Tally)
    assert (await shared.read()).count == 0

    # When four writers each add one
    await asyncio.gather(*(shared.update(lambda t: Tally(t.count + 1)) for _ in range(4)))

    # Then every addition is there
    assert (await shared.read()).count == 4
