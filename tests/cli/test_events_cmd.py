"""``korrektur events``: the log straight from JetStream, as NDJSON, replayed and followed."""

from __future__ import annotations

import asyncio
import sys

import msgspec

from contracts.events import decode_frame
from contracts.tokens import new_job_id
from joblog import JobLog
from korrektur.natsserver import NatsServer
from tests.contracts import samples


def events_for(job_id: str) -> list[msgspec.Struct]:
    return [msgspec.structs.replace(event, job_id=job_id) for event in samples.happy_path()]


async def korrektur(*args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "korrektur.cli",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_prints_the_whole_log_as_frames(nats_server: NatsServer, job_log: JobLog) -> None:
    job_id = new_job_id()
    seqs = [await job_log.append(event) for event in events_for(job_id)]  # type: ignore[arg-type]

    process = await korrektur("events", job_id, "--nats", nats_server.url)
    out, err = await process.communicate()

    assert process.returncode == 0, err.decode()
    frames = [decode_frame(line) for line in out.splitlines()]
    assert [frame.seq for frame in frames] == seqs
    assert [frame.event for frame in frames] == events_for(job_id)


async def test_after_prints_exactly_the_later_events(
    nats_server: NatsServer, job_log: JobLog
) -> None:
    job_id = new_job_id()
    seqs = [await job_log.append(event) for event in events_for(job_id)]  # type: ignore[arg-type]

    process = await korrektur("events", job_id, "--after", str(seqs[4]), "--nats", nats_server.url)
    out, _ = await process.communicate()

    assert [decode_frame(line).seq for line in out.splitlines()] == seqs[5:]


async def test_follow_tails_until_the_terminal_event(
    nats_server: NatsServer, job_log: JobLog
) -> None:
    job_id = new_job_id()
    events = events_for(job_id)
    seqs = [await job_log.append(event) for event in events[:3]]  # type: ignore[arg-type]

    process = await korrektur("events", job_id, "--follow", "--nats", nats_server.url)
    assert process.stdout is not None
    # Wait until the replay has been printed, then let the job go on.
    replayed = [decode_frame(await process.stdout.readline()).seq for _ in seqs]
    seqs += [await job_log.append(event) for event in events[3:]]  # type: ignore[arg-type]
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)

    assert process.returncode == 0, err.decode()
    assert replayed + [decode_frame(line).seq for line in out.splitlines()] == seqs


async def test_an_unknown_job_is_a_clear_error(nats_server: NatsServer, job_log: JobLog) -> None:
    process = await korrektur("events", new_job_id(), "--nats", nats_server.url)
    out, err = await process.communicate()
    assert process.returncode == 1
    assert out == b""
    assert b"Kein Job" in err


async def test_a_malformed_job_id_is_refused_before_touching_nats() -> None:
    process = await korrektur("events", "jobs.>", "--nats", "nats://127.0.0.1:1")
    _, err = await process.communicate()
    assert process.returncode == 1
    assert b"Expected a job id" in err
