"""Appending to and reading back one job's log in the ``JOBS`` stream."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TypeVar, cast

from nats.aio.msg import Msg
from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js import JetStreamContext
from nats.js.errors import BadRequestError, NotFoundError, ServiceUnavailableError

from contracts.events import AnyEvent, Event, Frame, JobCreated, decode_event, encode, event_type
from contracts.subjects import STREAM, event_subject, job_subjects
from servicekit.backoff import LEADER_ELECTION

REPLAY_BATCH = 1024
# Statuses that end a batched direct get: the batch is complete, or there was nothing.
_END_OF_BATCH = "204"
_NOT_FOUND = "404"
_BATCH_TIMEOUT_S = 5.0
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

    def __init__(self, js: JetStreamContext, *, single_replica: bool = False) -> None:
        self._js = js
        # With one replica the server that answers a direct get is the stream's only
        # one, so it is as fresh as the leader: last_seq can skip the API's JSON.
        self._single_replica = single_replica

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
        newest = await self._fresh_last(job_subjects(job_id))
        return 0 if newest is None else newest[0]

    async def created(self, job_id: str) -> JobCreated | None:
        """The job's ``job_created`` event, or None when there is no such job."""
        frame = await self.creation(job_id)
        return None if frame is None else cast(JobCreated, frame.event)

    async def creation(self, job_id: str) -> Frame | None:
        """The job's ``job_created`` event with its sequence, or None when there is no such job.

        Any replica may answer (a direct get, no detour through the leader);
        only "not found" is asked again of the leader, since a replica may not
        have stored a job created a moment ago.
        """
        subject = event_subject(job_id, "job_created")
        if self._single_replica:
            found = await self._fresh_last(subject)
        else:
            try:
                found = await self._direct_last(subject)
            except _LEADERLESS:
                found = None
            if found is None:
                found = await self._fresh_last(subject)
        if found is None:
            return None
        seq, data = found
        event = decode_event(data)
        return Frame(seq, event) if isinstance(event, JobCreated) else None

    async def _fresh_last(self, subject: str) -> tuple[int, bytes] | None:
        """The newest event on ``subject`` as the leader has it, waiting out an election."""
        if self._single_replica:
            return await _patiently(lambda: self._direct_last(subject))
        try:
            message = await _patiently(lambda: self._js.get_last_msg(STREAM, subject, direct=False))
        except NotFoundError:
            return None
        return message.seq or 0, message.data or b""

    async def _direct_last(self, subject: str) -> tuple[int, bytes] | None:
        """The newest event on ``subject`` (wildcards allowed) as sequence and data, or None.

        A direct get by hand: nats.py's get_last_msg validates and decodes more
        than this needs, which at ten thousand connecting watchers shows.
        """
        message = await self._js._nc.request(
            f"$JS.API.DIRECT.GET.{STREAM}.{subject}", b"", timeout=_BATCH_TIMEOUT_S
        )
        headers = message.headers or {}
        status = headers.get("Status")
        if status == _NOT_FOUND:
            return None
        if status is not None:
            raise ServiceUnavailableError(description=f"direct get answered {status}")
        return int(headers["Nats-Sequence"]), message.data

    async def read(
        self, job_id: str, *, after: int = 0, until: int | None = None
    ) -> AsyncGenerator[Frame, None]:
        """Yield the job's events with ``after < seq <= until``, in order.

        ``until`` defaults to the newest event at the time of the call, so a
        replay always ends; whatever is appended later belongs to a live tail.
        The events come in batched direct gets, up to ``REPLAY_BATCH`` in one
        round trip, from any replica; since the leader named ``until``, a
        replica that has not stored it yet is waited for, never believed.
        """
        upper = until if until is not None else await self.last_seq(job_id)
        seq = after
        waits = LEADER_ELECTION.delays()
        while seq < upper:
            reached = seq
            try:
                batch = await self._batch(job_id, start=seq + 1)
            except _LEADERLESS:
                batch = []
            for frame_seq, data in batch:
                if frame_seq > upper:
                    return
                seq = frame_seq
                yield Frame(seq, decode_event(data))
            if seq == reached:
                # Nothing new: the replica that answered is behind, or the stream has no
                # leader for a moment. Ask again, from the last event delivered.
                delay = next(waits, None)
                if delay is None:
                    raise NatsTimeoutError()
                await asyncio.sleep(delay)

    async def _batch(self, job_id: str, *, start: int) -> list[tuple[int, bytes]]:
        """The job's next ``REPLAY_BATCH`` events from sequence ``start``, in one request.

        A batched direct get (NATS 2.11) answers with one message per event and
        an end-of-batch status; nats.py has no call for it, so the request is
        published by hand and its answers collected from a private inbox by a
        callback, which costs far less per message than awaiting each one.
        """
        client = self._js._nc
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        found: list[tuple[int, bytes]] = []

        async def collect(message: Msg) -> None:
            headers = message.headers or {}
            status = headers.get("Status")
            if status is None:
                found.append((int(headers["Nats-Sequence"]), message.data))
            elif done.done():
                pass
            elif status in (_END_OF_BATCH, _NOT_FOUND):
                done.set_result(None)
            else:
                done.set_exception(
                    ServiceUnavailableError(description=f"direct get answered {status}")
                )

        inbox = client.new_inbox()
        subscription = await client.subscribe(inbox, cb=collect)
        request = {"seq": start, "next_by_subj": job_subjects(job_id), "batch": REPLAY_BATCH}
        try:
            await client.publish(
                f"$JS.API.DIRECT.GET.{STREAM}", json.dumps(request).encode(), reply=inbox
            )
            await asyncio.wait_for(done, _BATCH_TIMEOUT_S)
        except TimeoutError as error:
            raise NatsTimeoutError() from error
        finally:
            await subscription.unsubscribe()
        return found

    async def erase(self, job_id: str) -> None:
        """Remove every event of the job: afterwards it is as if it never existed."""
        await self._js.purge_stream(STREAM, subject=job_subjects(job_id))

    async def events(self, job_id: str) -> list[AnyEvent]:
        """Every event of the job so far, for folding."""
        return [logged.event async for logged in self.read(job_id)]
