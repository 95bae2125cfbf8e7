"""Every event stored from now on, for one process: a single self-healing ordered consumer.

Thousands of watched jobs must not cost thousands of JetStream consumers, so
a gateway follows ``jobs.>`` once. Ordered consumers are nats.py's
self-healing kind: after a reconnect, a missed heartbeat or a sequence gap
they re-create themselves from the last stream sequence delivered, so the
feed sees every event stored after it started, once and in stream order.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import nats.errors
from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy

from contracts.subjects import ALL_EVENTS, STREAM

log = logging.getLogger(__name__)

# subject, stream sequence, encoded event
OnEvent = Callable[[str, int, bytes], Awaitable[None]]


class LiveFeed:
    """Calls ``on_event`` for each event stored after :meth:`start`, in stream order."""

    def __init__(
        self, js: JetStreamContext, on_event: OnEvent, *, idle_heartbeat_s: float = 1.0
    ) -> None:
        self._js = js
        self._on_event = on_event
        self._idle_heartbeat_s = idle_heartbeat_s
        self._subscription: JetStreamContext.PushSubscription | None = None

    async def start(self) -> int:
        """Subscribe from the stream's end; returns the sequence the feed starts after.

        This is DeliverPolicy.NEW pinned to a known sequence: nats.py resets an
        ordered consumer to "last delivered + 1", which is 1 before the first
        delivery, so the start is seeded to keep a reset from replaying the
        whole stream.
        """
        position = (await self._js.stream_info(STREAM)).state.last_seq
        self._subscription = await self._js.subscribe(
            ALL_EVENTS,
            stream=STREAM,
            cb=self._deliver,
            ordered_consumer=True,
            idle_heartbeat=self._idle_heartbeat_s,
            config=ConsumerConfig(
                deliver_policy=DeliverPolicy.BY_START_SEQUENCE, opt_start_seq=position + 1
            ),
            # Flow control already bounds what is in flight; a client-side limit
            # would drop messages silently, which is a gap nobody could repair.
            pending_msgs_limit=0,
            pending_bytes_limit=0,
        )
        if not seed_ordered_start(self._subscription, position):
            log.warning("nats.py's ordered consumer state changed; a reset may replay the stream")
        return position

    async def stop(self) -> None:
        if self._subscription is not None:
            try:
                await self._subscription.unsubscribe()
            except nats.errors.Error as error:  # a closed connection has nothing to unsubscribe
                log.debug("live feed: unsubscribe failed: %s", error)
            self._subscription = None

    async def _deliver(self, message: Msg) -> None:
        await self._on_event(message.subject, message.metadata.sequence.stream, message.data)


def seed_ordered_start(subscription: JetStreamContext.PushSubscription, seq: int) -> bool:
    """Tell nats.py's ordered consumer it has delivered up to ``seq``; False if it cannot be told.

    nats.py has no API for this, so it is the one place that touches its
    private state (``_jsi._sseq``); pyproject bounds nats-py to the minor
    version this was tested with, and a test fails if the state moves.
    """
    state = getattr(getattr(subscription, "_sub", None), "_jsi", None)
    if state is None or not hasattr(state, "_sseq"):
        return False
    state._sseq = seq
    return True
