"""Hearing one job's events as they are stored, without a JetStream consumer per job.

A core NATS subscription on the event's subject lives exactly as long as
the block; it is flushed before the block runs, so an event stored after
that cannot be missed. The processor uses it for ``cancel_requested``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable

import nats.errors
from nats.aio.client import Client
from nats.aio.msg import Msg

from contracts.subjects import event_subject

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def on_event(
    client: Client, job_id: str, event_type: str, react: Callable[[], None]
) -> AsyncIterator[None]:
    """Call ``react()`` each time the job's ``event_type`` is stored, for the block's duration."""

    async def heard(_message: Msg) -> None:
        react()

    subscription = await client.subscribe(event_subject(job_id, event_type), cb=heard)
    await client.flush()
    try:
        yield
    finally:
        try:
            await subscription.unsubscribe()
        except nats.errors.Error as error:  # a closed connection has nothing to unsubscribe
            log.debug("%s of %s: unsubscribe failed: %s", event_type, job_id, error)
