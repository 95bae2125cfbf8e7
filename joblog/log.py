"""Appending to and reading back one job's log in the ``JOBS`` stream."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import TypeVar

from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import BadRequestError, NotFoundError, ServiceUnavailableError

from contracts.events import AnyEvent, Event, Frame, JobCreated, decode_event, encode, event_type
from contracts.subjects import STREAM, event_subject, job_subjects
from servicekit.backoff import LEADER_ELECTION

REPLAY_BATCH = 256
# A stream without a leader (a cluster electing one after a node loss) is waited out with
# servicekit's LEADER_ELECTION schedule; appends have their own retries.
_LEADERLESS = (NatsTimeoutError, NoRespondersError, ServiceUnavailableError)
T = TypeVar("T")


async def _patiently(call: Callable[[], Awaitable[T]]) -> T:
    """``call()``, retried with backoff while JetStream has no leader to answer it."""
    return await LEADER_ELECTION.retry(call, on=_LEADERLESS)


# JetStream's answer when an expected-last-sequence header does not hold.
_WRONG_LAST_SEQUENCE = 10071


class LogMoved(Exception):
    """The job's log has events past the sequence an append expected to be the newest."""

    def __init__(self, job_id: str, expected: int) -> None:
        super().__init__(f"Expected job {job_id}'s newest event at {expected}, but there are newer")
        self.job_id = job_id
        self.expected = expected


class JobLog:
    """Append and replay, with the stream sequence as the position of every event."""

    def __init__(self, js: JetStreamContext) -> None:
        self._js = js

    async def append(
        self, event: Event, *, msg_id: str | None = None, expect_last: int | None = None
    ) -> int:
        """Store one event; returns its stream sequence once JetStream has it.

        With ``expect_last``, JetStream stores it only if the job's newest event
        is still at that sequence, checked atomically over the whole job log
        (``jobs.<id>.>``); otherwise :class:`LogMoved` is raised. A writer that
        may have been replaced (a processor that hung past its ack deadline)
        learns so at its next append instead of writing into another's run.
        """
        headers: dict[str, str] = {}
        if msg_id:
            headers["Nats-Msg-Id"] = msg_id
        if expect_last is not None:
            headers["Nats-Expected-Last-Subject-Sequence"] = str(expect_last)
            headers["Nats-Expected-Last-Subject-Sequence-Subject"] = job_subjects(event.job_id)
        try:
            ack = await self._js.publish(
                event_subject(event.job_id, event_type(event)),
                encode(event),
                stream=STREAM,
                headers=headers or None,
            )
        except BadRequestError as error:
            if expect_last is not None and error.err_code == _WRONG_LAST_SEQUENCE:
                raise LogMoved(event.job_id, expect_last) from error
            raise
        return ack.seq

    async def last_seq(self, job_id: str) -> int:
        """The sequence of the job's newest event, or 0 if it has none.

        Asked of the stream leader rather than a direct-get replica: a lagging
        replica could report an older sequence and open a gap in a replay handover.
        """
        try:
            message = await _patiently(
                lambda: self._js.get_last_msg(STREAM, job_subjects(job_id), direct=False)
            )
        except NotFoundError:
            return 0
        return message.seq or 0

    async def created(self, job_id: str) -> JobCreated | None:
        """The job's ``job_created`` event, or None when there is no such job."""
        try:
            message = await _patiently(
                lambda: self._js.get_last_msg(
                    STREAM, event_subject(job_id, "job_created"), direct=False
                )
            )
        except NotFoundError:
            return None
        event = decode_event(message.data or b"")
        return event if isinstance(event, JobCreated) else None

    async def read(
        self, job_id: str, *, after: int = 0, until: int | None = None
    ) -> AsyncGenerator[Frame, None]:
        """Yield the job's events with ``after < seq <= until``, in order.

        ``until`` defaults to the newest event at the time of the call, so a
        replay always ends; whatever is appended later belongs to a live tail.
        Close it (``contextlib.aclosing``) when leaving early, so its consumer is
        deleted at once.
        """
        upper = until if until is not None else await self.last_seq(job_id)
        seq = after
        waits = LEADER_ELECTION.delays()
        while seq < upper:
            try:
                async with self._replay_consumer(job_id, start=seq + 1) as subscription:
                    while seq < upper:
                        messages = await subscription.fetch(REPLAY_BATCH, timeout=5)
                        for message in messages:
                            seq = message.metadata.sequence.stream
                            if seq > upper:
                                return
                            yield Frame(seq, decode_event(message.data))
            except _LEADERLESS:
                # The consumer's server went away under a cluster change: go on
                # from the last event delivered, on a fresh consumer.
                delay = next(waits, None)
                if delay is None:
                    raise
                await asyncio.sleep(delay)

    @contextlib.asynccontextmanager
    async def _replay_consumer(
        self, job_id: str, *, start: int
    ) -> AsyncIterator[JetStreamContext.PullSubscription]:
        """A throwaway pull consumer over the job's events from sequence ``start``."""
        consumer = f"replay-{uuid.uuid4().hex}"
        config = ConsumerConfig(
            name=consumer,
            filter_subject=job_subjects(job_id),
            deliver_policy=DeliverPolicy.BY_START_SEQUENCE,
            opt_start_seq=start,
            ack_policy=AckPolicy.NONE,
            inactive_threshold=10.0,
            mem_storage=True,
            num_replicas=1,
        )
        await _patiently(lambda: self._js.add_consumer(STREAM, config))
        subscription = await self._js.pull_subscribe_bind(consumer=consumer, stream=STREAM)
        try:
            yield subscription
        finally:
            await subscription.unsubscribe()
            # Deleting now rather than waiting for the inactivity threshold keeps
            # thousands of short replays from piling up consumers on the server.
            with contextlib.suppress(NotFoundError, *_LEADERLESS):
                await self._js.delete_consumer(STREAM, consumer)

    async def erase(self, job_id: str) -> None:
        """Remove every event of the job: afterwards it is as if it never existed."""
        await self._js.purge_stream(STREAM, subject=job_subjects(job_id))

    async def events(self, job_id: str) -> list[AnyEvent]:
        """Every event of the job so far, for folding."""
        return [logged.event async for logged in self.read(job_id)]
