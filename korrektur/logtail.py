"""``korrektur events``: a job's log straight from JetStream, as NDJSON frames.

An ops tool, so it needs no token: whoever can reach NATS can read the stream
anyway. The replay uses the same ``JobLog.read`` as the services; ``--follow``
continues with an ordered consumer from the next sequence, so nothing is
printed twice and nothing is skipped between the two.
"""

from __future__ import annotations

import sys
from typing import TextIO

from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy

from contracts.events import Frame, decode_event, encode, is_terminal
from contracts.subjects import STREAM, job_subjects
from contracts.tokens import is_job_id
from joblog import JobLog, connect, disconnect
from korrektur.errors import CliError


async def _ended_by(js: JetStreamContext, job_id: str, seq: int) -> bool:
    """Whether the job's terminal event is at or before ``seq``, so following would wait forever.

    A terminal event appended after the replay is not: the tail prints it.
    """
    newest = await js.get_last_msg(STREAM, job_subjects(job_id), direct=True)
    return (newest.seq or 0) <= seq and is_terminal(decode_event(newest.data or b""))


def emit(out: TextIO, frame: Frame) -> None:
    out.write(encode(frame).decode() + "\n")
    out.flush()


async def print_events(
    job_id: str, *, nats_url: str, after: int = 0, follow: bool = False, out: TextIO = sys.stdout
) -> int:
    """Print the frames; returns how many were printed."""
    if not is_job_id(job_id):
        raise CliError(f"Expected a job id of 32 hex digits, but got {job_id!r}")
    client = await connect(nats_url, "korrektur-events")
    try:
        js = client.jetstream()
        log = JobLog(js)
        if await log.created(job_id) is None:
            raise CliError(f"Kein Job {job_id} im Stream {STREAM}.")
        printed = 0
        last = after
        async for logged in log.read(job_id, after=after):
            emit(out, logged)
            printed += 1
            last = logged.seq
            if is_terminal(logged.event):
                return printed
        if not follow or await _ended_by(js, job_id, last):
            return printed
        subscription = await js.subscribe(
            job_subjects(job_id),
            stream=STREAM,
            ordered_consumer=True,
            config=ConsumerConfig(
                deliver_policy=DeliverPolicy.BY_START_SEQUENCE, opt_start_seq=last + 1
            ),
        )
        try:
            async for message in subscription.messages:
                event = decode_event(message.data)
                emit(out, Frame(message.metadata.sequence.stream, event))
                printed += 1
                if is_terminal(event):
                    break
        finally:
            await subscription.unsubscribe()
        return printed
    finally:
        await disconnect(client)
